"""Inputs that are not what they claim: too large, too deep, not Python at all, unreadable. Each becomes a
"could not analyse" entry for that file (the verdict is then not complete), the rest is analysed, and nothing
ends in an internal error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from changeproof import git
from changeproof.api.summary import SUMMARY_VERSION
from changeproof.astutil import decodable, source_problem
from changeproof.runner import run_checks

from helpers.hostile import hostile_repo

BASE = {"pkg": {"__init__.py": "def f(x):\n    return x\n"}}
HEAD_CHANGE = {"__init__.py": "def f(x, y=1):\n    return x\n"}  # a real change that must still be found


def _check(repo: Path, **options):
    return run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), **options)


def _messages(report) -> dict[str, str]:
    return {p.path.split(":")[0]: p.message for p in report.problems}


LFS = ("version https://git-lfs.github.com/spec/v1\n"
       "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n")


@pytest.mark.slow
def test_files_that_are_not_python_source_are_said_as_such(tmp_path):
    rnd = bytes(range(256)) * 64  # binary, NUL bytes included
    latin = "# -*- coding: ascii -*-\nx = 'caf\u00e9'\n".encode("utf-8")
    head = {"pkg": {**HEAD_CHANGE, "lfs.py": LFS, "rnd.py": rnd, "latin.py": latin,
                    "deep.py": "x = " + "-" * 5000 + "1\n", "deeper.py": "x = " + " + ".join(["a"] * 20000) + "\n"}}
    report = _check(hostile_repo(tmp_path, BASE, head))
    msgs = _messages(report)
    assert "git-lfs pointer" in msgs["pkg/lfs.py"] and "git lfs pull" in msgs["pkg/lfs.py"]
    assert "binary content" in msgs["pkg/rnd.py"]
    assert "pkg/latin.py" not in msgs  # not valid text in its encoding: Python's own syntax error, below
    assert [f.message for f in report.findings if f.path == "pkg/latin.py"][0].startswith("pkg/latin.py does not parse")
    assert "deep" in msgs["pkg/deep.py"] and "deep" in msgs["pkg/deeper.py"]
    assert not any("needs Python" in m for m in msgs.values())
    assert not [c for c in report.checks if c.status == "failed"], report.checks
    assert [f.kind for f in report.findings if f.path == "pkg/__init__.py"] == ["parameter-added-optional"]
    assert report.verdict == "breaking"  # the latin-1 file does not import
    assert not report.complete


@pytest.mark.slow
@pytest.mark.parametrize("depth", [300, 950, 1500])
def test_deep_nesting_never_crashes_a_check(tmp_path, depth):
    body = ("def g(a=" + " + ".join(["1"] * depth) + "):\n    return " + "-" * depth + "a\n"
            "X = g" + ".b" * depth + "\n" "def h(a: " + " | ".join(["int"] * depth) + ") -> None:\n    pass\n")
    report = _check(hostile_repo(tmp_path, BASE, {"pkg": {**HEAD_CHANGE, "deep.py": body}}))
    assert not [c for c in report.checks if c.status == "failed"], report.checks
    assert "parameter-added-optional" in [f.kind for f in report.findings]


# what CPython's parser itself refuses with MemoryError or RecursionError ("too complex"), not SyntaxError
PARSER_LIMITS = {"unary": "-" * 50000 + "1", "lambdas": "lambda: " * 3000 + "1", "nots": "not " * 3000 + "1",
                 "attrs": "a" + ".b" * 30000}


@pytest.mark.slow
def test_the_parsers_own_limits_in_files_and_string_annotations(tmp_path):
    """A module at the parser's limits is a could-not-analyse entry for `api` as for `check`, and a string
    annotation or default at those limits (parsed on its own, later) is no crash: the rest is analysed."""
    from click.testing import CliRunner

    from changeproof.cli import main

    strings = "".join(f'def {k}(a: "{v}" = 1) -> "{v}":\n    pass\nV_{k}: "{v}" = 2\n' for k, v in PARSER_LIMITS.items())
    head = {"pkg": {**HEAD_CHANGE, "strings.py": strings,
                    **{f"{k}.py": f"x = {v}\n" for k, v in PARSER_LIMITS.items()}}}
    repo = hostile_repo(tmp_path, BASE, head)
    report = _check(repo)
    assert not [c for c in report.checks if c.status == "failed"], report.checks
    msgs = _messages(report)
    assert all("deep" in msgs[f"pkg/{k}.py"] for k in PARSER_LIMITS), msgs
    assert "parameter-added-optional" in [f.kind for f in report.findings if f.path == "pkg/__init__.py"]
    old, new = tmp_path / "old", tmp_path / "new"
    for side, files in ((old, BASE["pkg"]), (new, head["pkg"])):
        (side / "pkg").mkdir(parents=True)
        for name, text in files.items():
            (side / "pkg" / name).write_text(text)
    result = CliRunner().invoke(main, ["api", str(old), str(new), "--format", "json"])
    assert result.exit_code in (0, 1) and "internal error" not in result.output, result.output
    assert '"parameter-added-optional"' in result.output


def test_file_over_the_size_limit_is_set_aside_on_both_sides(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_MAX_FILE_SIZE", "2000")
    big_base = "X = 1\n" + "# pad\n" * 100
    big_head = "X = 1\n" + "Y = 2\n" * 1000  # grew over the limit: not "removed" at head, not analysed at all
    repo = hostile_repo(tmp_path, {"pkg": {**BASE["pkg"], "gen.py": big_base}},
                        {"pkg": {**HEAD_CHANGE, "gen.py": big_head, "data.csv": "x\n" * 5000}})
    report = _check(repo, only=["api", "syntax"])
    msgs = _messages(report)
    assert "too large" in msgs["pkg/gen.py"] and "CHANGEPROOF_MAX_FILE_SIZE" in msgs["pkg/gen.py"]
    assert "pkg/data.csv" not in msgs  # never parsed: its size does not matter
    assert not [f for f in report.findings if f.path == "pkg/gen.py"]
    assert report.verdict == "unverified"


def test_source_problem_is_quick_and_precise():
    assert source_problem(b"def f():\n    return 1\n") is None
    assert source_problem("# coding: latin-1\nx = '\u00e9'\n".encode("latin-1")) is None
    assert source_problem(b"\xef\xbb\xbfx = 1\n") is None  # a UTF-8 BOM
    assert "lfs" in source_problem(LFS.encode())
    assert "binary" in source_problem(os.urandom(4096) + b"\0")
    assert source_problem(b"x = '\xff\xfe'\n") is None  # Python's to judge: a syntax error, not "binary"
    assert not decodable(b"x = '\xff\xfe'\n") and not decodable(b"# coding: klingon\nx = 1\n")
    assert decodable("# coding: latin-1\nx = '\u00e9'\n".encode("latin-1"))


def test_garbage_is_never_called_newer_syntax():
    from changeproof.checks.syntax import parse_error

    for data in (bytes(range(1, 256)) * 8, b"x = t'\xff{a}'\n", os.urandom(2048).replace(b"\0", b"")):
        err = parse_error(data, "m.py")
        assert err is not None and err.needs is None, (data[:40], err)


def test_unreadable_files_and_directories_are_listed(tmp_path, monkeypatch):
    root = tmp_path / "tree"
    (root / "pkg" / "locked").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("X = 1\n")
    (root / "pkg" / "secret.py").write_text("Y = 1\n")
    real_read, real_walk = Path.read_bytes, os.walk

    def read_bytes(self):
        if self.name == "secret.py":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def walk(top, onerror=None, **kw):  # as os.walk reports a directory it cannot list
        for dirpath, dirnames, filenames in real_walk(top, **kw):
            if "locked" in dirnames:
                dirnames.remove("locked")
                onerror(PermissionError(13, "Permission denied", os.path.join(dirpath, "locked")))
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "walk", walk)
    snap = git.DirectorySnapshot(root)
    assert sorted(snap.files()) == ["pkg/__init__.py"]
    assert snap.unanalysable == {"pkg/secret.py": "cannot read: Permission denied",
                                 "pkg/locked/": "cannot read the directory: Permission denied"}


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists(), reason="needs root and setpriv")
def test_unreadable_worktree_directory_is_listed(tmp_path):
    """git skips a directory it cannot open (a warning only): said as could not analyse, never a silent skip."""
    import subprocess
    import sys

    import shutil
    import tempfile

    open_dir = Path(tempfile.mkdtemp(prefix="changeproof-test-", dir="/tmp"))  # pytest's own tmp is private to root
    open_dir.chmod(0o755)
    try:
        _unreadable_worktree(open_dir, subprocess, sys)
    finally:
        (open_dir / "repo" / "locked").chmod(0o755)
        shutil.rmtree(open_dir)


def _unreadable_worktree(tmp_path, subprocess, sys):
    repo = hostile_repo(tmp_path, BASE, BASE)
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "main"], check=True, capture_output=True)
    (repo / "locked").mkdir()
    (repo / "locked" / "x.py").write_text("x = 1\n")
    (repo / "locked").chmod(0o000)
    code = ("import sys; from changeproof import git; s = git.WorktreeSnapshot(sys.argv[1]); s.files(); "
            "print(sorted(s.unanalysable.items()))")
    out = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code,
                          str(repo)], capture_output=True, text=True,
                         env={**os.environ, "HOME": str(tmp_path), "GIT_CONFIG_COUNT": "1",
                              "GIT_CONFIG_KEY_0": "safe.directory", "GIT_CONFIG_VALUE_0": "*"})
    assert "locked/" in out.stdout and "Permission denied" in out.stdout, out.stderr


def test_poisoned_summary_cache_rows_are_misses_rebuilt_and_said_once(tmp_path, monkeypatch, capsys):
    import sqlite3

    from changeproof import sqlitedb
    from changeproof.api import load_side
    from changeproof.api.cache import _KEY_PREFIX, SummaryCache

    monkeypatch.setattr(sqlitedb, "_said", set())
    root = tmp_path / "tree"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "__init__.py").write_text("def f(x):\n    return x\n")
    (root / "pkg" / "b.py").write_text("def g(y):\n    return y\n")
    snap = git.DirectorySnapshot(root)
    db = tmp_path / "cache.sqlite3"
    cache = SummaryCache(db)
    ids = sorted(snap.files().values())
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE IF NOT EXISTS summaries (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
    v = SUMMARY_VERSION  # rows of the current version whose shape is wrong
    poison = ['[]', f'{{"v": {v}, "members": 5}}', 'null', f'{{"v": {v}, "imports": [], "all": null, "all_refs": [], '
              '"all_dynamic": false, "getattr_map": {}, "members": {"f": 3}, "tc_members": {}}']
    conn.executemany("INSERT OR REPLACE INTO summaries VALUES (?, ?)",
                     [(_KEY_PREFIX + i, poison[n % len(poison)]) for n, i in enumerate(ids)])
    conn.commit()
    conn.close()
    side = load_side(snap, cache=cache)
    assert side.parsed == 2 and not side.problems  # both rebuilt, none trusted
    assert set(side.model.modules) == {"pkg", "pkg.b"}
    side2 = load_side(git.DirectorySnapshot(root), cache=cache)  # rebuilt rows are hits now
    assert side2.parsed == 0
    cache.close()
    err = capsys.readouterr().err
    assert err.count("did not validate") == 1
