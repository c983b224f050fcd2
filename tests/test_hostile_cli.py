"""Bad input at the command line gets one line, a hint and exit 2, never a traceback (exit 3): reports that are
valid JSON but not reports, empty output paths, demo directories that cannot be used, configuration that matches
nothing, repositories git refuses to read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from changeproof import git
from changeproof.cli import main
from changeproof.model import InvalidReport, Finding, Report, Revision, validate_report_json
from changeproof.runner import run_checks

from helpers.hostile import hostile_repo


def _run(*args: str, cwd: Path | None = None):
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def _good_report() -> dict:
    r = Report(Revision("a", None), Revision("b", None), findings=[
        Finding("object-added", "api", "info", "pkg.x", None, "pkg/x.py", 1, "new")], checks=[], changes=[])
    return r.to_json()


def _deep(n: int) -> str:
    return "[" * n + "]" * n


BAD_REPORTS = {
    "list": "[]",
    "null": "null",
    "number": "3",
    "string": '"report"',
    "other-schema": json.dumps({"schema": "something/1"}),
    "findings-numbers": json.dumps({**_good_report(), "findings": [1, 2]}),
    "unknown-severity": json.dumps({**_good_report(), "findings": [{**_good_report()["findings"][0],
                                                                    "severity": "catastrophic"}]}),
    "missing-base": json.dumps({k: v for k, v in _good_report().items() if k != "base"}),
    "line-string": json.dumps({**_good_report(), "findings": [{**_good_report()["findings"][0], "line": "ten"}]}),
    "problems-object": json.dumps({**_good_report(), "problems": {"a": 1}}),
    "deeply-nested": _deep(100_000),
    "not-json": "{",
    "not-utf8": b"\xff\xfe{}",
}


@pytest.mark.parametrize("name", sorted(BAD_REPORTS))
@pytest.mark.parametrize("command", ["merge", "verify"])
def test_not_a_report_is_exit_2_with_what_is_wrong(tmp_path, name, command):
    path = tmp_path / "r.json"
    content = BAD_REPORTS[name]
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    doc = tmp_path / "doc.md"
    doc.write_text("No breaking changes.\n")
    args = ["merge", str(path)] if command == "merge" else ["verify", str(doc), "--report", str(path)]
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert "r.json" in result.output and "hint:" in result.output
    assert "Traceback" not in result.output


def test_validation_says_where():
    with pytest.raises(InvalidReport, match=r"findings\[0\].severity: 'catastrophic' is not one of"):
        validate_report_json(json.loads(BAD_REPORTS["unknown-severity"]))
    with pytest.raises(InvalidReport, match="top level is list"):
        validate_report_json([])
    validate_report_json(_good_report())  # a real one passes
    old = {**_good_report(), "schema": "changeproof.report/1"}
    del old["coverage"], old["semver_certain"]
    validate_report_json(old)  # reports of the previous schema are still read


def test_empty_output_path_is_rejected(tmp_path):
    result = _run("merge", "-o", "", str(tmp_path / "nothing.json"))
    assert result.exit_code == 2 and "empty" in result.output


@pytest.mark.parametrize("case", ["under-a-file", "a-file", "proc", "reports-is-a-file"])
def test_demo_directory_errors(tmp_path, case):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "d-reports").write_text("x")
    target = {"under-a-file": tmp_path / "afile" / "sub", "a-file": tmp_path / "afile",
              "proc": Path("/proc/changeproof-demo"), "reports-is-a-file": tmp_path / "d"}[case]
    result = _run("demo", str(target))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "d").exists()  # nothing written before the error


def test_tool_not_a_table_has_a_hint():
    from changeproof.config import Config
    from changeproof.errors import UserError

    with pytest.raises(UserError) as exc:
        Config.from_toml_text('tool = "x"\n', "pyproject.toml")
    assert exc.value.hint and "[tool.changeproof]" in exc.value.hint


@pytest.mark.slow
def test_packages_matching_nothing_is_said(tmp_path):
    pyproject = '[tool.changeproof]\npackages = ["pkg", "ghost"]\n'
    files = {"pyproject.toml": pyproject, "pkg": {"__init__.py": "x = 1\n"}}
    repo = hostile_repo(tmp_path, files, {**files, "pkg": {"__init__.py": "x = 2\n"}})
    report = run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"),
                        only=["api", "syntax"])
    [problem] = [p for p in report.problems if "ghost" in p.message]
    assert "no package" in problem.message and report.verdict == "unverified"


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_repository_owned_by_another_user_says_safe_directory(tmp_path):
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="changeproof-test-", dir="/tmp"))
    try:
        home.chmod(0o755)
        repo = hostile_repo(home, {"a.py": "x = 1\n"}, {"a.py": "x = 2\n"})
        code = "import sys\nfrom changeproof import git\ntry:\n    git.find_repo(sys.argv[1])\nexcept Exception as e:\n" \
               "    print(e.message); print(e.hint)\n"
        out = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", os.sys.executable,
                              "-c", code, str(repo)], capture_output=True, text=True,
                             env={"PATH": os.environ["PATH"], "HOME": str(home)})
        assert "owned by another user" in out.stdout and "safe.directory" in out.stdout, out.stdout + out.stderr
    finally:
        shutil.rmtree(home)
