"""Tree listings: a commit's listing is kept in the cache by its id (``git.listing_key``), and the head of a pair of
commits is listed from the base's listing and ``git diff-tree`` (``git.pair``). Either way a side holds exactly
what ``git ls-tree`` gives (files, modes, what is set aside and why); a tree naming an entry twice is listed in
full; a poisoned, corrupt or foreign row is a miss, listed again and said once, never an answer."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from changeproof import git, sqlitedb

from helpers.hostile import hostile_repo

BASE = {
    "pkg": {"__init__.py": "from .a import f\n", "a.py": "def f(x):\n    return x\n", "b.py": "B = 1\n",
            "tool.py": ("100755", "#!/usr/bin/env python\n"), "link.py": ("120000", "a.py"),
            "sub": {"m.py": "M = 1\n"}, "gone.py": "G = 1\n"},
    "setup.cfg": "[metadata]\nname = pkg\n",
    "vendored": ("160000", "not a commit"),
    "PKG2": {"x.py": "X = 1\n"},
}
HEAD = {
    "pkg": {"__init__.py": "from .a import f, g\n", "a.py": "def f(x, y):\n    return x\n\ndef g():\n    pass\n",
            "b.py": ("100755", "B = 1\n"),  # the mode alone changed
            "tool.py": "#!/usr/bin/env python\n",  # executable no more
            "link.py": "real = 1\n",  # a symbolic link became a file
            "sub": "now a file\n",  # a directory became a file
            "new": {"n.py": "N = 1\n"},  # a new directory
            "gone.py": ("120000", "a.py")},  # a file became a symbolic link
    "setup.cfg": {"inner.py": "I = 1\n"},  # a file became a directory
    "vendored": ("160000", "another commit"),
    "PKG2": {"x.py": "X = 1\n"},
    "pkg2": {"x.py": "X = 2\n"},  # collides with PKG2 on a case-insensitive file system
    "..": {"escape.py": "E = 1\n"},  # unsafe
}


def _sorted(entries: dict) -> list:
    """The entries in git's order (a directory sorts as its name and a slash), as git itself writes a tree."""
    def key(item):
        name, value = item
        return name.encode() + (b"/" if isinstance(value, dict) else b"")

    return [(name, _sorted(value) if isinstance(value, dict) else value) for name, value in sorted(entries.items(), key=key)]


@pytest.fixture
def runs(monkeypatch):
    """The git commands run (their first word), in order."""
    seen: list[str] = []
    original = git._run

    def run(repo, *args, **kw):
        if args[0] in ("ls-tree", "diff-tree"):
            seen.append(args[0])
        return original(repo, *args, **kw)

    monkeypatch.setattr(git, "_run", run)
    return seen


def _side(snap: git.GitSnapshot) -> tuple:
    try:
        return dict(snap.files()), dict(snap.unanalysable), dict(snap._modes)
    finally:
        snap.close()


def _by_ls_tree(repo: Path, rev: str, monkeypatch) -> tuple:
    """What the side holds listed by `git ls-tree` alone (no cache, no pair)."""
    with monkeypatch.context() as m:
        m.setenv("CHANGEPROOF_NO_CACHE", "1")
        return _side(git.GitSnapshot(repo, git.resolve(repo, rev), rev))


def _paired(repo: Path) -> tuple[tuple, tuple]:
    base = git.GitSnapshot(repo, git.resolve(repo, "base"), "base")
    head = git.GitSnapshot(repo, git.resolve(repo, "head"), "head")
    assert git.pair(base, head)
    return _side(base), _side(head)


def test_the_head_listed_from_the_base_and_the_difference_is_its_ls_tree(tmp_path, runs, monkeypatch):
    repo = hostile_repo(tmp_path, _sorted(BASE), _sorted(HEAD))
    want_base, want_head = _by_ls_tree(repo, "base", monkeypatch), _by_ls_tree(repo, "head", monkeypatch)
    runs.clear()
    assert _paired(repo) == (want_base, want_head)
    assert runs == ["ls-tree", "diff-tree"]  # the head is not listed in full
    files, aside, modes = want_head
    assert modes["pkg/b.py"] == "100755" and "pkg/tool.py" not in modes
    assert "pkg/link.py" in files and "pkg/gone.py" not in files and "vendored" not in files
    assert "setup.cfg/inner.py" in files and "pkg/sub" in files and "pkg/new/n.py" in files
    assert "pkg2/x.py" in aside and "PKG2/x.py" in aside and "../escape.py" in aside
    # a later run: both listings from the cache, no git process at all, the same sides
    runs.clear()
    assert _paired(repo) == (want_base, want_head)
    assert runs == []


@pytest.mark.parametrize("head", [
    [("pkg", {"__init__.py": "x = 1\n"}), ("pkg", {"__init__.py": "x = 2\n"})],  # a directory named twice
    [("pkg", [("__init__.py", "x = 1\n"), ("__init__.py", "x = 1\n")])],  # the same file, unchanged, named twice
    [("pkg", [("__init__.py", "x = 2\n"), ("__init__.py", "x = 3\n")])],
    [("pkg", [("__init__.py", "def f(x):\n    return x\n"), ("other.py", "o = 1\n"), ("__init__.py", "y = 1\n")])],
], ids=["dir-twice", "same-file-twice", "changed-file-twice", "unsorted-twice"])
def test_a_head_naming_an_entry_twice_is_listed_in_full(tmp_path, runs, monkeypatch, head):
    repo = hostile_repo(tmp_path, {"pkg": {"__init__.py": "def f(x):\n    return x\n"}}, head)
    want = _by_ls_tree(repo, "head", monkeypatch)
    assert "twice" in want[1]["pkg/__init__.py"]
    runs.clear()
    assert _paired(repo)[1] == want
    assert runs.count("ls-tree") == 2  # the difference did not apply: listed in full


def test_unsorted_trees_are_listed_as_ls_tree_lists_them(tmp_path, monkeypatch):
    """Entries out of git's order (a tree git would not write) make a difference that names a path twice: such a
    difference is not applied, and the side is listed in full."""
    repo = hostile_repo(tmp_path, BASE, HEAD)
    assert _paired(repo) == (_by_ls_tree(repo, "base", monkeypatch), _by_ls_tree(repo, "head", monkeypatch))


def test_a_base_naming_an_entry_twice_lists_the_head_in_full(tmp_path, runs, monkeypatch):
    base = [("pkg", {"__init__.py": "x = 1\n"}), ("pkg", {"__init__.py": "x = 2\n"})]
    repo = hostile_repo(tmp_path, base, {"pkg": {"__init__.py": "x = 2\n"}})
    want = _by_ls_tree(repo, "base", monkeypatch), _by_ls_tree(repo, "head", monkeypatch)
    runs.clear()
    assert _paired(repo) == want
    assert runs == ["ls-tree", "ls-tree"]


def _rows() -> dict[str, str]:
    conn = sqlite3.connect(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE)
    try:
        return dict(conn.execute("SELECT key, data FROM listings"))
    finally:
        conn.close()


def _set_rows(data: str) -> None:
    conn = sqlite3.connect(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE)
    try:
        conn.execute("UPDATE listings SET data = ?", (data,))
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("poison", [
    "not json",
    "[1, 2]",
    '{"files": {"pkg/__init__.py": "not an id"}, "modes": {}, "twice": []}',
    '{"files": {"pkg/__init__.py": "' + "a" * 40 + '"}, "modes": {"elsewhere.py": "100755"}, "twice": []}',
    '{"files": {"pkg/__init__.py": "' + "a" * 40 + '"}, "modes": {"pkg/__init__.py": "120000"}, "twice": []}',
    '{"files": {"pkg/__init__.py": "' + "a" * 40 + '"}, "modes": {}, "twice": "pkg/__init__.py"}',
    '{"files": {"pkg/__init__.py": "' + "a" * 40 + '"}, "modes": {}, "twice": ["elsewhere.py"]}',
    '{"files": {"pkg/__init__.py": 7}, "modes": {}, "twice": []}',
    '{"files": [], "modes": {}, "twice": []}',
], ids=["not-json", "a-list", "bad-id", "mode-of-no-file", "not-a-file-mode", "twice-not-a-list", "twice-of-no-file",
        "id-not-a-string", "files-not-a-map"])
def test_a_poisoned_listing_is_a_miss_listed_again_and_said_once(tmp_path, runs, monkeypatch, capsys, poison):
    repo = hostile_repo(tmp_path, _sorted(BASE), _sorted(HEAD))
    want = _paired(repo)
    assert len(_rows()) == 2
    _set_rows(poison)
    monkeypatch.setattr(sqlitedb, "_said", set())
    runs.clear()
    assert _paired(repo) == want
    assert runs == ["ls-tree", "diff-tree"]  # both rows rejected: the base listed again, the head derived again
    err = capsys.readouterr().err
    assert err.count("tree listing cache did not validate") == 1
    runs.clear()
    assert _paired(repo) == want and runs == []  # the rows were rebuilt


def test_listing_key_changes_with_the_code_and_the_python(tmp_path, monkeypatch):
    sha = "a" * 40
    first = git.listing_key(sha)
    assert first.endswith(sha) and git.listing_key("b" * 40) != first
    other = tmp_path / "git.py"
    other.write_bytes(Path(git.__file__).read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(git, "_listing_engine", [])
    monkeypatch.setattr(git, "__file__", str(other))
    changed = git.listing_key(sha)
    assert changed != first  # other code: another key
    monkeypatch.setattr(git, "_listing_engine", [])
    monkeypatch.setattr(sys, "version_info", (3, 99, 0, "final", 0))
    assert git.listing_key(sha) not in (first, changed)  # the same code under another Python: another key


def test_a_listing_of_other_code_is_not_read(tmp_path, runs, monkeypatch):
    repo = hostile_repo(tmp_path, _sorted(BASE), _sorted(HEAD))
    want = _paired(repo)
    monkeypatch.setattr(git, "_listing_engine", ["other-engine"])
    runs.clear()
    assert _paired(repo) == want
    assert runs == ["ls-tree", "diff-tree"]
    assert len(_rows()) == 4  # the rows of both engines


def test_an_unopenable_cache_lists_with_git(tmp_path, runs, monkeypatch):
    repo = hostile_repo(tmp_path, _sorted(BASE), _sorted(HEAD))
    want = _by_ls_tree(repo, "base", monkeypatch), _by_ls_tree(repo, "head", monkeypatch)
    cache = sqlitedb.cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    (cache / sqlitedb.FACTS_FILE).write_bytes(b"this is not a database" * 100)
    runs.clear()
    assert _paired(repo) == want and _paired(repo) == want
    assert runs.count("ls-tree") == 2 and runs.count("diff-tree") == 2  # listed each time, never fatal
