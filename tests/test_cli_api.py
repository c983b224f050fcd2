"""`changeproof api` as users run it, on git histories and directories built by the tests: through the command
line's entry point with the arguments, working directory and environment of a user's run (run_cp, in this process:
a new process per run cost most of this file's CPU), and in a real process where that is the point
(run_cp_process: the report of a git history, `--version`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import changeproof
from changeproof.cli import main
from changeproof.report.json import load_schema

from helpers.api_trees import line_of, write_tree
from helpers.cli import in_process

jsonschema = pytest.importorskip("jsonschema")

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------------------------------
# helpers


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Keep the user's git config, caches and debug switches out of the tests (also for CliRunner)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(home / "default-cache"))
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "CHANGEPROOF_DEBUG", "CHANGEPROOF_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)


def cp_env(cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"))}
    env.update(CHANGEPROOF_CACHE_DIR=str(cache), COLUMNS="200", PYTHONDONTWRITEBYTECODE="1")
    env.pop("CHANGEPROOF_DEBUG", None)
    env.update(extra)
    return env


def run_cp_process(args: list[str], cwd: Path, cache: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`changeproof ARGS` in a new process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "changeproof", *args], cwd=cwd, env=cp_env(cache, **env),
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


def run_cp(args: list[str], cwd: Path, cache: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`changeproof ARGS` run in this process (tests/helpers/cli.py) with run_cp_process's working directory and
    environment."""
    return in_process(args, cwd, cp_env(cache, **env))


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"}).stdout


def init_repo(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.name", "Test")
    git(path, "config", "user.email", "test@example.invalid")
    git(path, "config", "commit.gpgsign", "false")
    return path


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def assert_user_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit 2 with exactly one `error:` line and one `hint:` line on stderr, and no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.splitlines()
    assert len(lines) == 2, proc.stderr
    assert lines[0].startswith("error: ") and len(lines[0]) > len("error: ")
    assert lines[1].startswith("hint: ") and len(lines[1]) > len("hint: ")
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stdout == ""
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def finding_rows(report: dict) -> set[tuple]:
    return {(f["kind"], f["object"], f["parameter"]) for f in report["findings"]}


def validate(report: dict) -> None:
    jsonschema.Draft202012Validator(load_schema()).validate(report)


# --------------------------------------------------------------------------------------------------
# a git history: base and head commits of a flat-layout package


INIT_V1 = '''\
"""A small package."""

from ._core import Engine, run, scale

__all__ = ["Engine", "run", "scale"]
'''
CORE_V1 = '''\
class Engine:
    def start(self, speed: int = 1) -> None:
        pass


def run(task):
    return task


def scale(x: int) -> int:
    return x
'''
UTIL_V1 = '''\
def helper(a):
    return a


def obsolete(b):
    return b
'''
INIT_V2 = '''\
"""A small package."""

from ._core import Engine, Report, run, scale

__all__ = ["Engine", "Report", "run", "scale"]
'''
CORE_V2 = '''\
# lines added at the top move every head line down


class Engine:
    def start(self, speed: int = 1) -> None:
        pass


def run(task, priority):
    return task


def scale(x: float) -> int:
    return x


class Report:
    pass
'''
UTIL_V2 = '''\
def helper(a):
    return a
'''


def build_history(repo: Path) -> tuple[str, str]:
    init_repo(repo)
    write_tree(repo, {"pkg/__init__.py": INIT_V1, "pkg/_core.py": CORE_V1, "pkg/util.py": UTIL_V1,
                      "tests/test_pkg.py": "def test_x():\n    pass\n", "setup.py": "from setuptools import setup\nsetup()\n"})
    base = commit_all(repo, "v1")
    write_tree(repo, {"pkg/__init__.py": INIT_V2, "pkg/_core.py": CORE_V2, "pkg/util.py": UTIL_V2,
                      "tests/test_pkg.py": "# tests changed, not API\n"})
    head = commit_all(repo, "v2")
    return base, head


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory, home: Path) -> tuple[Path, str, str]:
    """A read-only history shared by the tests that do not modify it."""
    mp = pytest.MonkeyPatch()
    mp.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    mp.setenv("GIT_CONFIG_NOSYSTEM", "1")
    try:
        repo = tmp_path_factory.mktemp("history") / "repo"
        base, head = build_history(repo)
    finally:
        mp.undo()
    return repo, base, head


EXPECTED_HISTORY = {
    ("object-removed", "pkg.util.obsolete", None),
    ("parameter-added-required", "pkg.run", "priority"),
    ("parameter-type-widened", "pkg.scale", "x"),
    ("object-added", "pkg.Report", None),
}


def test_git_history_json_report(history, tmp_path):
    repo, base, head = history
    proc = run_cp_process(["api", "HEAD~1", "HEAD", "--format", "json"], repo, tmp_path / "cache")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert report["schema"] == "changeproof.report/2"
    assert report["tool"] == {"name": "changeproof", "version": changeproof.__version__}
    assert report["base"] == {"ref": "HEAD~1", "sha": base}
    assert report["head"] == {"ref": "HEAD", "sha": head}
    assert finding_rows(report) == EXPECTED_HISTORY
    assert report["verdict"] == "breaking" and report["semver"] == "major"
    assert report["summary"] == {"breaking": 2, "risk": 0, "info": 2, "acknowledged": 0, "preexisting": 0}
    assert report["problems"] == []
    where = {f["object"]: (f["path"], f["line"], f["severity"]) for f in report["findings"]}
    assert where == {
        # removals point at the base side
        "pkg.util.obsolete": ("pkg/util.py", line_of(UTIL_V1, "def obsolete"), "breaking"),
        # everything else at the head side, in the file that defines the object (not the re-exporting __init__)
        "pkg.run": ("pkg/_core.py", line_of(CORE_V2, "def run"), "breaking"),
        "pkg.scale": ("pkg/_core.py", line_of(CORE_V2, "def scale"), "info"),
        "pkg.Report": ("pkg/_core.py", line_of(CORE_V2, "class Report"), "info"),
    }
    # sorted by severity first
    severities = [f["severity"] for f in report["findings"]]
    assert severities == sorted(severities, key=["breaking", "risk", "info"].index)
    for f in report["findings"]:
        assert f["category"] == "api" and f["message"]
    removed = next(f for f in report["findings"] if f["kind"] == "object-removed")
    assert removed["old"] == "def obsolete(b)" and removed["new"] is None


def test_git_history_by_sha_and_branch_names(history, tmp_path):
    repo, base, head = history
    git(repo, "tag", "-f", "v1", base)
    try:
        proc = run_cp(["api", "v1", head[:12], "--format", "json"], repo, tmp_path / "cache")
    finally:
        git(repo, "tag", "-d", "v1")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["base"] == {"ref": "v1", "sha": base}
    assert report["head"] == {"ref": head[:12], "sha": head}
    assert finding_rows(report) == EXPECTED_HISTORY


def test_same_revision_is_safe(history, tmp_path):
    repo, _, head = history
    proc = run_cp(["api", "HEAD", "main", "--format", "json"], repo, tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert report["findings"] == [] and report["verdict"] == "safe" and report["semver"] == "none"


def test_run_from_a_subdirectory_and_with_dash_c(history, tmp_path):
    repo, _, _ = history
    proc = run_cp(["api", "HEAD~1", "HEAD", "--format", "json"], repo / "pkg", tmp_path / "cache")
    assert proc.returncode == 1, proc.stderr
    assert finding_rows(json.loads(proc.stdout)) == EXPECTED_HISTORY
    proc = run_cp(["api", "HEAD~1", "HEAD", "--format", "json", "-C", str(repo)], tmp_path, tmp_path / "cache")
    assert proc.returncode == 1, proc.stderr
    assert finding_rows(json.loads(proc.stdout)) == EXPECTED_HISTORY


def test_worktree_side_sees_uncommitted_and_untracked_and_touches_nothing(tmp_path):
    repo = tmp_path / "repo"
    build_history(repo)
    write_tree(repo, {".gitignore": "ignored_mod.py\n"})
    commit_all(repo, "ignore")
    # an uncommitted edit, an untracked module, an ignored module, and a staged-but-uncommitted change
    (repo / "pkg" / "_core.py").write_text(CORE_V2.replace("def run(task, priority):", "def run(task, priority, mode):"))
    write_tree(repo, {"pkg/extra.py": "def new_tool(x):\n    return x\n", "pkg/ignored_mod.py": "def hidden(): ...\n"})
    (repo / "pkg" / "util.py").write_text(UTIL_V2 + "\n\ndef staged(): ...\n")
    git(repo, "add", "pkg/util.py")

    def state() -> dict:
        return {
            "status": git(repo, "status", "--porcelain=v1", "--untracked-files=all", "--ignored"),
            "refs": git(repo, "for-each-ref", "--format=%(refname) %(objectname)"),
            "stash": git(repo, "stash", "list"),
            "head": (repo / ".git" / "HEAD").read_bytes(),
            "files": {p.relative_to(repo).as_posix(): p.read_bytes() for p in repo.rglob("*")
                      if p.is_file() and ".git" not in p.relative_to(repo).parts},
        }

    before = state()
    index_before = (repo / ".git" / "index").read_bytes()
    proc = run_cp(["api", "HEAD", "WORKTREE", "--format", "json"], repo, tmp_path / "cache")
    index_after = (repo / ".git" / "index").read_bytes()
    after = state()
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert report["head"] == {"ref": "WORKTREE", "sha": None}
    assert report["base"]["sha"] == git(repo, "rev-parse", "HEAD").strip()
    assert finding_rows(report) == {
        ("parameter-added-required", "pkg.run", "mode"),
        ("object-added", "pkg.extra", None),
        ("object-added", "pkg.util.staged", None),
    }
    extra = next(f for f in report["findings"] if f["object"] == "pkg.extra")
    assert (extra["path"], extra["line"]) == ("pkg/extra.py", 1)
    assert index_after == index_before
    assert after == before
    assert not list((repo / ".git").glob("*.lock"))


def test_worktree_as_base(tmp_path):
    repo = tmp_path / "repo"
    build_history(repo)
    proc = run_cp(["api", "WORKTREE", "HEAD~1", "--format", "json"], repo, tmp_path / "cache")
    report = json.loads(proc.stdout)
    assert report["base"] == {"ref": "WORKTREE", "sha": None}
    assert ("object-removed", "pkg.Report", None) in finding_rows(report)
    assert proc.returncode == 1


# --------------------------------------------------------------------------------------------------
# two directories


PKG_OLD = "def connect(host, timeout=10):\n    return host\n\n\ndef gone():\n    pass\n"
PKG_DEFAULT = "def connect(host, timeout=30):\n    return host\n\n\ndef gone():\n    pass\n"
PKG_BREAK = "def connect(host, timeout=10):\n    return host\n"


@pytest.fixture
def dirs(tmp_path: Path) -> Path:
    write_tree(tmp_path / "old", {"pkg/__init__.py": PKG_OLD})
    write_tree(tmp_path / "risky", {"pkg/__init__.py": PKG_DEFAULT})
    write_tree(tmp_path / "breaking", {"pkg/__init__.py": PKG_BREAK})
    return tmp_path


def test_directories_default_fail_on_breaking(dirs):
    proc = run_cp(["api", "old", "breaking", "--format", "json"], dirs, dirs / "cache")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    validate(report)
    assert report["base"] == {"ref": "old", "sha": None} and report["head"] == {"ref": "breaking", "sha": None}
    assert finding_rows(report) == {("object-removed", "pkg.gone", None)}


def test_fail_on_never(dirs):
    proc = run_cp(["api", "old", "breaking", "--fail-on", "never"], dirs, dirs / "cache")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("fail_on, code", [("risk", 1), ("breaking", 0), ("never", 0), (None, 0)])
def test_fail_on_with_only_a_risk_finding(dirs, fail_on, code):
    args = ["api", "old", "risky", "--format", "json"] + (["--fail-on", fail_on] if fail_on else [])
    proc = run_cp(args, dirs, dirs / "cache")
    assert proc.returncode == code, proc.stderr
    report = json.loads(proc.stdout)
    assert [(f["kind"], f["severity"], f["parameter"]) for f in report["findings"]] == [("parameter-default-changed", "risk", "timeout")]
    assert report["verdict"] == "risky" and report["semver"] == "patch"


def test_fail_on_risk_counts_problems(tmp_path):
    write_tree(tmp_path / "a", {"pkg/__init__.py": "def f(): ...\n", "pkg/bad.py": "x = 1\n"})
    write_tree(tmp_path / "b", {"pkg/__init__.py": "def f(): ...\n", "pkg/bad.py": "def (:\n"})
    proc = run_cp(["api", "a", "b", "--format", "json", "--fail-on", "risk"], tmp_path, tmp_path / "cache")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert report["findings"] == [] and report["verdict"] == "unverified"
    assert [(p["path"].split(":")[0], p["side"]) for p in report["problems"]] == [("pkg/bad.py", "head")]
    assert run_cp(["api", "a", "b"], tmp_path, tmp_path / "cache").returncode == 0


def test_output_file_gets_the_report_and_stderr_the_verdict(dirs):
    out = dirs / "report.json"
    proc = run_cp(["api", "old", "breaking", "--format", "json", "-o", str(out)], dirs, dirs / "cache")
    assert proc.returncode == 1
    assert proc.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    validate(report)
    assert finding_rows(report) == {("object-removed", "pkg.gone", None)}
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("Verdict: breaking")
    assert any(str(out) in line for line in lines[1:])


def test_output_file_markdown_and_terminal_formats(dirs):
    for fmt in ("markdown", "terminal"):
        out = dirs / f"report.{fmt}"
        proc = run_cp(["api", "old", "risky", "--format", fmt, "--output", str(out)], dirs, dirs / "cache")
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == ""
        assert "parameter-default-changed" in out.read_text(encoding="utf-8")
        assert proc.stderr.splitlines()[0].startswith("Verdict: risky")


def test_markdown_has_the_finding_location(dirs):
    proc = run_cp(["api", "old", "breaking", "--format", "markdown"], dirs, dirs / "cache")
    assert proc.returncode == 1
    assert f"pkg/__init__.py:{line_of(PKG_OLD, 'def gone')}" in proc.stdout
    assert "object-removed" in proc.stdout and "pkg.gone" in proc.stdout
    assert "breaking" in proc.stdout.lower()


def test_terminal_output_starts_with_the_verdict(dirs):
    proc = run_cp(["api", "old", "breaking"], dirs, dirs / "cache")
    assert proc.returncode == 1
    assert proc.stdout.splitlines()[0].startswith("Verdict:")
    assert "breaking" in proc.stdout.splitlines()[0]
    assert "pkg.gone" in proc.stdout
    proc = run_cp(["api", "old", "old"], dirs, dirs / "cache")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0].startswith("Verdict: safe")


def test_package_option_limits_the_comparison(tmp_path):
    write_tree(tmp_path / "a", {"one/__init__.py": "def f(): ...\n", "two/__init__.py": "def g(): ...\n"})
    write_tree(tmp_path / "b", {"one/__init__.py": "def f(): ...\n", "two/__init__.py": ""})
    proc = run_cp(["api", "a", "b", "--package", "one", "--format", "json"], tmp_path, tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["findings"] == []
    proc = run_cp(["api", "a", "b", "--format", "json"], tmp_path, tmp_path / "cache")
    assert proc.returncode == 1
    assert finding_rows(json.loads(proc.stdout)) == {("object-removed", "two.g", None)}


def _wheel(path: Path, files: dict[str, str]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


def _sdist(path: Path, files: dict[str, str]) -> Path:
    import io
    import tarfile

    with tarfile.open(path, "w:gz") as tf:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def _wheel_and_sdist(tmp_path: Path, name: str) -> tuple[str, str]:
    whl = _wheel(tmp_path / f"{name}-1.0-py3-none-any.whl", {
        f"{name}/__init__.py": "def f(a):\n    pass\n\n\ndef g():\n    pass\n",
        f"{name}-1.0.dist-info/METADATA": f"Name: {name}\n"})
    sdist = _sdist(tmp_path / f"{name}-1.1.tar.gz", {
        f"{name}-1.1/src/{name}/__init__.py": "def f(a, b):\n    pass\n",
        f"{name}-1.1/pyproject.toml": f'[project]\nname = "{name}"\n',
        f"{name}-1.1/tests/test_it.py": "def test_it():\n    pass\n"})
    return whl.name, sdist.name


def test_wheel_against_src_layout_sdist(tmp_path):
    whl, sdist = _wheel_and_sdist(tmp_path, "mylib")
    proc = run_cp(["api", whl, sdist, "--format", "json"], tmp_path, tmp_path / "cache")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert report["base"] == {"ref": whl, "sha": None} and report["head"] == {"ref": sdist, "sha": None}
    where = {(f["kind"], f["object"], f["parameter"]): (f["path"], f["line"]) for f in report["findings"]}
    assert where == {("object-removed", "mylib.g", None): ("mylib/__init__.py", 5),
                     ("parameter-added-required", "mylib.f", "b"): ("src/mylib/__init__.py", 1)}


def test_wheel_of_a_package_named_like_a_tooling_folder(tmp_path):
    whl, sdist = _wheel_and_sdist(tmp_path, "demo")
    proc = run_cp(["api", whl, sdist, "--format", "json"], tmp_path, tmp_path / "cache")
    report = json.loads(proc.stdout)
    assert ("object-removed", "demo.g", None) in finding_rows(report)
    assert proc.returncode == 1


def test_exclude_globs_leave_paths_out(tmp_path):
    pyproject = '[tool.changeproof]\nexclude = ["pkg/vendored/*"]\n'
    write_tree(tmp_path / "a", {"pkg/__init__.py": "def f(): ...\n", "pkg/vendored/__init__.py": "",
                                "pkg/vendored/lib.py": "def v(): ...\ndef w(): ...\n", "pyproject.toml": pyproject})
    write_tree(tmp_path / "b", {"pkg/__init__.py": "def f(): ...\n", "pkg/vendored/__init__.py": "",
                                "pkg/vendored/lib.py": "def v(): ...\n", "pyproject.toml": pyproject})
    proc = run_cp(["api", "a", "b", "--format", "json"], tmp_path, tmp_path / "cache")
    assert json.loads(proc.stdout)["findings"] == []
    assert proc.returncode == 0


def test_package_option_with_a_subpackage(tmp_path):
    for side, other in (("a", "def g(): ...\n"), ("b", "")):
        write_tree(tmp_path / side, {"one/__init__.py": "", "one/sub/__init__.py": "def f(): ...\n", "one/other.py": other})
    proc = run_cp(["api", "a", "b", "--package", "one.sub", "--format", "json"], tmp_path, tmp_path / "cache")
    assert json.loads(proc.stdout)["findings"] == []
    assert proc.returncode == 0


# --------------------------------------------------------------------------------------------------
# bad input: exit 2, one error line and one hint line, never a traceback


def test_unknown_revision(history, tmp_path):
    repo, _, _ = history
    proc = run_cp(["api", "no-such-branch", "HEAD"], repo, tmp_path / "cache")
    assert_user_error(proc, "no-such-branch")


def test_unknown_revision_on_the_new_side(history, tmp_path):
    repo, _, _ = history
    proc = run_cp(["api", "HEAD", "HEAD~99"], repo, tmp_path / "cache")
    assert_user_error(proc, "HEAD~99")


def test_non_existent_path(history, tmp_path):
    repo, _, _ = history
    proc = run_cp(["api", "./does/not/exist", "HEAD"], repo, tmp_path / "cache")
    assert_user_error(proc, "./does/not/exist")
    assert "path" in proc.stderr.splitlines()[1]


def test_revision_outside_a_git_repository(tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    proc = run_cp(["api", "HEAD~1", "HEAD"], plain, tmp_path / "cache", GIT_CEILING_DIRECTORIES=str(tmp_path))
    assert_user_error(proc, "HEAD~1")
    assert "git" in proc.stderr.splitlines()[1]


def test_unreadable_distribution(tmp_path):
    proc = run_cp(["api", "surely-not-a-real-dist-xyz==1.0", "surely-not-a-real-dist-xyz==1.1"], tmp_path,
                  tmp_path / "cache", PIP_INDEX_URL="http://127.0.0.1:9/simple", PIP_EXTRA_INDEX_URL="",
                  PIP_FIND_LINKS="", PIP_RETRIES="0", PIP_TIMEOUT="1", PIP_NO_INPUT="1")
    assert_user_error(proc, "surely-not-a-real-dist-xyz==1.0")


def test_file_that_is_not_an_archive(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    write_tree(tmp_path / "d", {"pkg/__init__.py": ""})
    proc = run_cp(["api", "notes.txt", "d"], tmp_path, tmp_path / "cache", GIT_CEILING_DIRECTORIES=str(tmp_path))
    assert_user_error(proc, "notes.txt")


def test_corrupt_wheel(tmp_path):
    (tmp_path / "broken-1.0-py3-none-any.whl").write_bytes(b"not a zip file")
    write_tree(tmp_path / "d", {"pkg/__init__.py": ""})
    proc = run_cp(["api", "broken-1.0-py3-none-any.whl", "d"], tmp_path, tmp_path / "cache")
    assert_user_error(proc, "broken-1.0-py3-none-any.whl")


def test_nothing_to_compare(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "README.md").write_text("docs only")
    proc = run_cp(["api", "a", "b"], tmp_path, tmp_path / "cache")
    assert_user_error(proc)


def test_output_path_that_cannot_be_written(dirs):
    proc = run_cp(["api", "old", "breaking", "-o", str(dirs / "no" / "such" / "dir" / "r.json")], dirs, dirs / "cache")
    assert_user_error(proc, "cannot write")


def test_invalid_pyproject_at_head(tmp_path):
    write_tree(tmp_path / "a", {"pkg/__init__.py": ""})
    write_tree(tmp_path / "b", {"pkg/__init__.py": "", "pyproject.toml": "[tool.changeproof\nignore = 3\n"})
    proc = run_cp(["api", "a", "b"], tmp_path, tmp_path / "cache")
    assert_user_error(proc, "pyproject.toml")


def test_unknown_ignore_kind(tmp_path):
    write_tree(tmp_path / "a", {"pkg/__init__.py": ""})
    write_tree(tmp_path / "b", {"pkg/__init__.py": "", "pyproject.toml":
                                '[tool.changeproof]\nignore = [{kind = "object-remove", object = "*", reason = "x"}]\n'})
    proc = run_cp(["api", "a", "b"], tmp_path, tmp_path / "cache")
    assert_user_error(proc, "object-remove")
    assert "object-removed" in proc.stderr.splitlines()[1]  # did you mean


def test_bad_option_value_is_a_usage_error(dirs):
    proc = run_cp(["api", "old", "breaking", "--format", "xml"], dirs, dirs / "cache")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------------------------------
# internal failure: exit 3, a hint, no traceback


def test_internal_failure_exit_3_without_traceback(monkeypatch, tmp_path):
    import changeproof.api

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(changeproof.api, "run_api", boom)
    result = CliRunner().invoke(main, ["api", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert "internal error: RuntimeError: kaboom" in result.stderr
    assert any(line.startswith("hint: ") for line in result.stderr.splitlines())
    assert result.stdout == ""


def test_internal_failure_with_debug_shows_the_traceback(monkeypatch, tmp_path):
    import changeproof.api

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(changeproof.api, "run_api", boom)
    result = CliRunner().invoke(main, ["--debug", "api", str(tmp_path), str(tmp_path)])
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "kaboom" in result.stderr


def test_user_error_through_cli_runner(tmp_path):
    result = CliRunner().invoke(main, ["api", str(tmp_path / "missing-a"), str(tmp_path / "missing-b")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.output


# --------------------------------------------------------------------------------------------------
# suppressions


IGNORE_PLANNED = '[tool.changeproof]\nignore = [{kind = "object-removed", object = "pkg.*", reason = "planned"}]\n'


def test_ignore_acknowledges_the_only_breaking_finding(dirs):
    (dirs / "breaking" / "pyproject.toml").write_text(IGNORE_PLANNED)
    proc = run_cp(["api", "old", "breaking", "--format", "json"], dirs, dirs / "cache")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert len(report["findings"]) == 1
    f = report["findings"][0]
    assert (f["kind"], f["object"], f["acknowledged"]) == ("object-removed", "pkg.gone", "planned")
    assert report["summary"] == {"breaking": 0, "risk": 0, "info": 0, "acknowledged": 1, "preexisting": 0}
    assert report["verdict"] == "safe"
    # still visible in the other formats
    md = run_cp(["api", "old", "breaking", "--format", "markdown"], dirs, dirs / "cache")
    assert md.returncode == 0 and "planned" in md.stdout and "pkg.gone" in md.stdout


def test_ignore_does_not_hide_other_breaking_findings(tmp_path):
    write_tree(tmp_path / "a", {"pkg/__init__.py": "def gone(): ...\ndef f(a): ...\n"})
    write_tree(tmp_path / "b", {"pkg/__init__.py": "def f(a, b): ...\n", "pyproject.toml": IGNORE_PLANNED})
    proc = run_cp(["api", "a", "b", "--format", "json"], tmp_path, tmp_path / "cache")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    ack = {f["object"]: f.get("acknowledged") for f in report["findings"]}
    assert ack == {"pkg.gone": "planned", "pkg.f": None}


def test_ignore_is_read_from_the_head_side_only(dirs):
    (dirs / "old" / "pyproject.toml").write_text(IGNORE_PLANNED)
    proc = run_cp(["api", "old", "breaking", "--format", "json"], dirs, dirs / "cache")
    assert proc.returncode == 1
    assert "acknowledged" not in json.loads(proc.stdout)["findings"][0]


def test_ignore_without_reason_is_bad_input(dirs):
    (dirs / "breaking" / "pyproject.toml").write_text(
        '[tool.changeproof]\nignore = [{kind = "object-removed", object = "pkg.*"}]\n')
    proc = run_cp(["api", "old", "breaking"], dirs, dirs / "cache")
    assert_user_error(proc, "reason")


def test_ignore_from_the_head_commit_not_the_worktree(tmp_path):
    repo = init_repo(tmp_path / "repo")
    write_tree(repo, {"pkg/__init__.py": "def gone(): ...\ndef keep(): ...\n"})
    commit_all(repo, "v1")
    write_tree(repo, {"pkg/__init__.py": "def keep(): ...\n", "pyproject.toml": IGNORE_PLANNED})
    commit_all(repo, "v2")
    (repo / "pyproject.toml").write_text("[tool.changeproof]\n")  # uncommitted: no ignore
    proc = run_cp(["api", "HEAD~1", "HEAD", "--format", "json"], repo, tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["findings"][0]["acknowledged"] == "planned"
    proc = run_cp(["api", "HEAD~1", "WORKTREE", "--format", "json"], repo, tmp_path / "cache")
    assert proc.returncode == 1
    assert "acknowledged" not in json.loads(proc.stdout)["findings"][0]


# --------------------------------------------------------------------------------------------------
# cache and version


def test_cache_is_written_and_cleared(dirs):
    cache = dirs / "cache"
    proc = run_cp(["api", "old", "breaking"], dirs, cache)
    assert proc.returncode == 1
    assert (cache / "summaries.sqlite3").is_file()
    proc = run_cp(["cache", "clear"], dirs, cache)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("removed ") and str(cache) in proc.stdout
    assert int(proc.stdout.split()[1]) >= 1
    assert not (cache / "summaries.sqlite3").exists()
    again = run_cp(["cache", "clear"], dirs, cache)
    assert again.returncode == 0 and again.stdout.startswith("removed 0 ")


def test_no_cache_writes_nothing(dirs):
    cache = dirs / "nocache"
    proc = run_cp(["api", "old", "breaking", "--no-cache"], dirs, cache)
    assert proc.returncode == 1
    assert not (cache / "summaries.sqlite3").exists()


def test_cached_run_gives_the_same_report(history, tmp_path):
    repo, _, _ = history
    first = run_cp(["api", "HEAD~1", "HEAD", "--format", "json"], repo, tmp_path / "cache")
    second = run_cp(["api", "HEAD~1", "HEAD", "--format", "json"], repo, tmp_path / "cache")
    assert first.returncode == second.returncode == 1
    assert json.loads(first.stdout) == json.loads(second.stdout)


def test_version():
    proc = subprocess.run([sys.executable, "-m", "changeproof", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"changeproof, version {changeproof.__version__}"
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and changeproof.__version__ in result.output
