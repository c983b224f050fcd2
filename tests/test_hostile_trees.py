"""Hostile commits (trees git would refuse to check out, configuration that would run code): nothing is written
outside changeproof's temporary directories, nothing of the tree runs in a static check, and whatever could not be
analysed is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from changeproof import git
from changeproof.runner import run_checks

from helpers.hostile import hostile_repo

pytestmark = pytest.mark.slow

BASE = {"pkg": {"__init__.py": "def f(x):\n    return x\n"}}


def _check(repo: Path, **options):
    return run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), **options)


def _problems(report) -> dict[str, str]:
    return {p.path: p.message for p in report.problems}


UNSAFE_TREES = [
    ("dotdot", {"evil": {"..": {"..": {"..": {"..": {"..": {"..": {"..": {"ESCAPE": "x"}}}}}}}}}, "'..' component"),
    ("absolute", {"/ESCAPE_ABS": "x"}, "absolute path"),
    ("dotgit", {".git": {"hooks": {"post-checkout": "#!/bin/sh\necho hi\n"}}}, "'.git' component"),
    ("dotgit-case", {".GiT": {"config": "[core]\n"}}, "'.git' component"),
    ("dotgit-ntfs", {"GIT~1": {"config": "[core]\n"}}, "'.git' component"),
    ("dotgit-hfs", {".g\u200cit": {"config": "[core]\n"}}, "'.git' component"),
    ("control", {"a\x1b[2Jb.py": "x = 1\n"}, "control character"),
    ("newline", {"a\nb.py": "x = 1\n"}, "control character"),
    ("slash-in-name", {"evil/../../ESCAPE_SLASH": "x"}, "'..' component"),
    ("backslash", {"pkg\\..\\x.py": "x = 1\n"}, "backslash"),
]


@pytest.mark.parametrize("name, entries, why", UNSAFE_TREES)
def test_unsafe_tree_paths_are_never_written_and_said(tmp_path, name, entries, why):
    repo = hostile_repo(tmp_path, BASE, {**BASE, **entries})
    report = _check(repo, execute=True, only=["syntax", "api", "imports", "architecture"])
    # the copies made for --exec were inside the temporary directory; nothing climbed out of it
    assert not list(tmp_path.rglob("ESCAPE*")) and not Path("/ESCAPE_ABS").exists()
    assert not Path(tmp_path.parent / "ESCAPE").exists()
    problems = [p for p in report.problems if "unsafe path" in p.message]
    assert problems and all(why in p.message for p in problems), report.problems
    assert report.verdict == "unverified"  # what was not analysed keeps the verdict from being complete


def test_materialise_writes_only_inside_its_directory(tmp_path):
    repo = hostile_repo(tmp_path, BASE, {**BASE, "pkg": {"..": {"..": {"..": {"ESCAPE": "x"}}}, "ok.py": "y = 1\n"},
                                        "/ESCAPE_ABS2": "x"})
    snap = git.snapshot(repo, "head")
    assert sorted(snap.files()) == ["pkg/ok.py"]
    assert set(snap.unanalysable) == {"pkg/../../../ESCAPE", "/ESCAPE_ABS2"}
    with git.materialise(snap) as tree:
        written = sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*") if p.is_file())
    assert written == ["pkg/ok.py"]
    assert not list(tmp_path.rglob("ESCAPE*")) and not Path("/ESCAPE_ABS2").exists()


def test_last_guard_refuses_a_write_outside(tmp_path):
    with pytest.raises(git.UserError, match="unsafe path"):
        git._target(tmp_path, "a/../../x")
    with pytest.raises(git.UserError, match="unsafe path"):
        git._target(tmp_path, "/etc/passwd")


def test_case_folding_collisions_analyse_neither(tmp_path):
    repo = hostile_repo(tmp_path, BASE, {**BASE, "PKG": {"__init__.py": "def g():\n    pass\n"}})
    report = _check(repo, only=["api"])
    problems = _problems(report)
    assert "case-insensitive" in problems["pkg/__init__.py"] and "case-insensitive" in problems["PKG/__init__.py"]
    assert not [f for f in report.findings if f.kind.endswith("removed")]  # set aside on both sides, not removed


def test_duplicate_tree_entries_are_unsafe(tmp_path):
    repo = hostile_repo(tmp_path, BASE, [("pkg", {"__init__.py": "x = 1\n"}), ("pkg", {"__init__.py": "x = 2\n"})])
    snap = git.snapshot(repo, "head")
    assert "pkg/__init__.py" not in snap.files()
    assert "pkg/__init__.py" in snap.unanalysable and "twice" in snap.unanalysable["pkg/__init__.py"]


def test_unsafe_path_rules():
    ok = ["a.py", "pkg/mod.py", ".github/workflows/ci.yml", ".gitignore", "git/x.py", "a..b.py", "caf\u00e9.py"]
    assert [p for p in ok if git.unsafe_path(p)] == []
    bad = ["", "/a", "C:/a", "a/../b", "..", "./a", "a//b", "a/", ".git/config", "x/.git", ".git./x", "a\x00b",
           "a\tb", "a\x7fb", "a\\b", "Git~1/x"]
    assert [p for p in bad if not git.unsafe_path(p)] == []


STATIC_MARK = "MARK_"


def _marker(tmp_path: Path, name: str) -> str:
    return f"open({str(tmp_path / (STATIC_MARK + name))!r}, 'w').write('ran')\n"


def test_static_architecture_check_runs_no_project_code(tmp_path):
    pyproject = "\n".join([
        "[project]", 'name = "pkg"', 'version = "1"', "[tool.importlinter]", 'root_packages = ["pkg", "other"]',
        'contract_types = ["evil: pkg.evil.Contract"]',
        "[[tool.importlinter.contracts]]", 'name = "e"', 'type = "evil"',
        "[[tool.importlinter.contracts]]", 'name = "f"', 'type = "forbidden"', 'source_modules = ["pkg.sub"]',
        'forbidden_modules = ["other"]', ""])
    base = {"pyproject.toml": pyproject, "pkg": {"__init__.py": "", "sub": {"__init__.py": ""}},
            "other": {"__init__.py": ""}}
    head = {"pyproject.toml": pyproject,
            "pkg": {"__init__.py": _marker(tmp_path, "init"), "evil.py": _marker(tmp_path, "evil"),
                    "sub": {"__init__.py": _marker(tmp_path, "sub") + "import other\n"}},
            "other": {"__init__.py": _marker(tmp_path, "other")},
            # shadowing what the linting interpreter itself imports, and the interpreter's start-up hooks
            "sitecustomize.py": _marker(tmp_path, "site"), "usercustomize.py": _marker(tmp_path, "user"),
            "json.py": _marker(tmp_path, "json"), "grimp.py": _marker(tmp_path, "grimp"),
            "importlinter.py": _marker(tmp_path, "importlinter"), "encodings.py": _marker(tmp_path, "enc")}
    repo = hostile_repo(tmp_path, base, head)
    report = _check(repo, only=["architecture"])
    assert sorted(p.name for p in tmp_path.glob(STATIC_MARK + "*")) == []
    assert any("evil" in p.message and "not import-linter's" in p.message for p in report.problems)
    # the legitimate contract was still checked: the new import is a boundary violation
    assert [f.kind for f in report.findings] == ["boundary-violation"]


def test_dotted_root_package_is_not_imported(tmp_path):
    pyproject = "\n".join(["[tool.importlinter]", 'root_packages = ["pkg.sub"]', "[[tool.importlinter.contracts]]",
                           'name = "f"', 'type = "forbidden"', 'source_modules = ["pkg.sub.a"]',
                           'forbidden_modules = ["pkg.sub.b"]', ""])
    files = {"pyproject.toml": pyproject, "pkg": {"__init__.py": _marker(tmp_path, "parent"),
                                                  "sub": {"__init__.py": _marker(tmp_path, "sub"), "a.py": "",
                                                          "b.py": ""}}}
    repo = hostile_repo(tmp_path, files, {**files, "pkg": {**files["pkg"], "x.py": "y = 1\n"}})
    _check(repo, only=["architecture"])
    assert sorted(p.name for p in tmp_path.glob(STATIC_MARK + "*")) == []
