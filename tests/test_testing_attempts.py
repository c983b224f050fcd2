"""The tests check on real repositories: attempts until a failure's story is clear, renamed and re-parametrised
tests, runs that do not complete, and a working tree left as it was.

Each scenario is one small generated project run once (module-scoped), several tests read its report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.checkrepo import make_repo
from jsonschema import Draft202012Validator

from changeproof import git
from changeproof.report.json import load_schema
from changeproof.model import CheckRun, report_from_json
from changeproof.runner import run_checks

pytestmark = pytest.mark.slow

COUNTER = """
def _attempt(name):
    from pathlib import Path
    p = Path({state!r}) / name
    n = int(p.read_text()) if p.exists() else 0
    p.write_text(str(n + 1))
    return n
"""

PARAMS = """

@pytest.mark.parametrize("i", {p})
def test_p(i):
    assert i > 0


@pytest.mark.parametrize("i", {q}, ids={qids})
def test_q(i):
    assert i > 0
"""


def _tests(state: Path, side: str) -> str:
    head = side == "head"
    text = "import pytest\nfrom pkg import VALUE\n" + COUNTER.format(state=str(state / side))
    text += "\n\ndef test_reg():\n    assert VALUE == 1\n"
    text += "\n\ndef test_pre():\n    assert False, 'broken at base too'\n"
    # fails on every attempt at head; at base it fails once, then passes: intermittent at base
    text += ("\n\ndef test_flaky_base():\n    assert VALUE == 1\n" if head else
             "\n\ndef test_flaky_base():\n    assert _attempt('flaky_base') >= 1\n")
    # fails twice, then passes (at head)
    text += "\n\ndef test_flaky_head():\n    assert _attempt('flaky_head') >= 2\n"
    text += ("\n\ndef test_new():\n    assert False, 'new and broken'\n" if head else
             "\n\ndef test_removed_plain():\n    assert True\n")
    name = "test_renamed_new" if head else "test_renamed_old"
    text += f"\n\ndef {name}():\n    assert VALUE in (1,)\n"
    name = "test_renamed_pass_new" if head else "test_renamed_pass_old"
    text += f"\n\ndef {name}():\n    assert 1 + 1 == 2\n"
    text += PARAMS.format(p="[1, 3]" if head else "[1, 2]", q="[1]" if head else "[1, 2, 3]",
                          qids='["one"]' if head else "None")
    return text


@pytest.fixture(scope="module")
def attempts(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attempts")
    for side in ("base", "head"):
        (tmp / "state" / side).mkdir(parents=True)
    base = {"pkg/__init__.py": "VALUE = 1\n", "tests/test_a.py": _tests(tmp / "state", "base")}
    head = {"pkg/__init__.py": "VALUE = 2\n", "tests/test_a.py": _tests(tmp / "state", "head")}
    repo = make_repo(tmp, base, head)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHANGEPROOF_CACHE_DIR", str(tmp / "cache"))
        report = run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), only=["tests"],
                            run_tests=True, test_options={"reruns": 4, "test_timeout": 30, "run_timeout": 120,
                                                          "progress": False})
    return report


T = "tests/test_a.py::"


def test_every_class_after_its_attempts(attempts):
    t = attempts.tests
    assert t["regressions"] == [T + "test_reg", T + "test_renamed_new"]
    assert t["new"] == [T + "test_new"]
    assert t["preexisting_failures"] == [T + "test_pre"]
    assert t["flaky"] == [T + "test_flaky_base", T + "test_flaky_head"]
    assert t["removed"] == [T + "test_removed_plain"]
    assert t["attempts"]["bound"] == 5 and t["attempts"]["preexisting_bound"] == 3
    d = t["details"]
    # a regression and a new failing test: every one of the 5 attempts at head failed; base passed its one
    assert d[T + "test_reg"]["attempts"] == {"head": ["failed"] * 5, "base": ["passed"]}
    assert d[T + "test_new"]["attempts"] == {"head": ["failed"] * 5, "base": []}
    # pre-existing: 3 failing attempts on each side
    assert d[T + "test_pre"]["attempts"] == {"head": ["failed"] * 3, "base": ["failed"] * 3}
    # flaky at head: passed on its third attempt (base is asked after two failing attempts at head: it failed there
    # too, so both sides went on, and the pass at head ended it)
    assert d[T + "test_flaky_head"]["attempts"] == {"head": ["failed", "failed", "passed"], "base": ["failed", "failed"]}
    # failed on every attempt at head (3: it failed at base too, so 3 are enough), then passed on the second at base
    assert d[T + "test_flaky_base"]["attempts"] == {"head": ["failed"] * 3, "base": ["failed", "passed"]}
    assert not any(v.get("attempts_short") for v in d.values())


def test_findings_say_how_many_attempts_were_made(attempts):
    f = {(x.kind, x.object): x for x in attempts.findings}
    reg = f[("test-regression", T + "test_reg")]
    assert reg.severity == "breaking" and "fails at head on all 5 attempts" in reg.message
    new = f[("test-new-failing", T + "test_new")]
    assert new.severity == "breaking" and "on all 5 attempts" in new.message and "new and broken" in new.message
    flaky = f[("test-flaky", T + "test_flaky_head")]
    assert flaky.severity == "risk" and "passed on attempt 3 of 3 (bound 5)" in flaky.message
    at_base = f[("test-flaky", T + "test_flaky_base")]
    assert at_base.severity == "risk" and "at base it failed, then passed on attempt 2 of 2" in at_base.message
    pre = f[("test-failing-at-base", T + "test_pre")]
    assert pre.preexisting and pre.message.startswith("fails at head on all 3 attempts and failed at base too on all 3")


def test_renamed_and_reparametrised_tests_are_not_removed(attempts):
    t = attempts.tests
    assert t["renamed"] == [{"base": T + "test_renamed_old", "head": T + "test_renamed_new", "cases": 1},
                            {"base": T + "test_renamed_pass_old", "head": T + "test_renamed_pass_new", "cases": 1}]
    rep = {r["test"]: r for r in t["reparametrised"]}
    assert rep[T + "test_p"]["removed"] == [T + "test_p[2]"] and rep[T + "test_p"]["added"] == [T + "test_p[3]"]
    assert (rep[T + "test_q"]["base_cases"], rep[T + "test_q"]["head_cases"]) == (3, 1)
    f = {(x.kind, x.object): x for x in attempts.findings}
    assert f[("test-renamed", T + "test_renamed_pass_old")].severity == "info"
    assert f[("test-renamed", T + "test_renamed_pass_old")].new == T + "test_renamed_pass_new"
    assert f[("test-reparametrised", T + "test_p")].severity == "info"
    q = f[("test-reparametrised", T + "test_q")]
    assert q.severity == "risk" and "3 case(s) at base, 1 at head" in q.message and "fewer cases" in q.message
    assert [x.object for x in attempts.findings if x.kind == "test-removed"] == [T + "test_removed_plain"]
    # the renamed test that fails at head was compared with the old test at base: a regression, not new
    assert t["details"][T + "test_renamed_new"]["base_nodeid"] == T + "test_renamed_old"


def test_the_report_is_valid_and_publishes_facts(attempts):
    data = attempts.to_json()
    assert not list(Draft202012Validator(load_schema()).iter_errors(data))
    facts = {f["id"]: f["value"] for f in data["facts"] if f["check"] == "tests"}
    assert facts["tests:outcomes:head"] == {"collected": 10, "passed": 4, "failed": 6, "errors": 0, "skipped": 0}
    assert facts["tests:outcomes:base"]["collected"] == 12 and facts["tests:outcomes:base"]["passed"] is None
    assert facts["tests:attempts"]["bound"] == 5 and facts["tests:attempts"]["most_at_head"] == 5
    assert facts["tests:flaky"] == [T + "test_flaky_base", T + "test_flaky_head"]
    assert facts["tests:removed"] == [T + "test_removed_plain"]
    assert facts["tests:regressions"] == [T + "test_reg", T + "test_renamed_new"]
    assert facts["tests:new-failing"] == [T + "test_new"]
    assert len(facts["tests:renamed"]) == 2 and len(facts["tests:reparametrised"]) == 2
    assert len(facts["tests:collection-fingerprint"]) == 16
    assert facts["tests:collection-fingerprint"] == data["tests"]["collection_fingerprint"]


# -- runs that do not complete -----------------------------------------------------------------------------------

def _check(repo: Path, **options):
    return run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), only=["tests"],
                      run_tests=True, test_options={"test_timeout": 30, "run_timeout": 120, "progress": False, **options})


def test_a_shard_whose_head_run_crashes_is_not_run_and_nothing_is_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    files = {f"tests/test_{i}.py": "def test_a():\n    pass\n" for i in range(4)}
    base = {"pkg/__init__.py": "X = 1\n", **files}
    # the head session dies after collecting: no outcome, no end of session
    head = {"pkg/__init__.py": "X = 2\n", "conftest.py": "import os\n\n\ndef pytest_collection_finish(session):\n"
                                                       "    raise SystemExit(os._exit(7))\n"}
    report = _check(make_repo(tmp_path, base, head), shard=(1, 2))
    run = next(c for c in report.checks if c.name == "tests")
    assert run.status == "failed" and report.tests is None
    assert not [f for f in report.findings if f.kind == "test-removed"] and report.findings == []
    (problem,) = report.problems
    assert problem.message.startswith("tests not run: the test run at head did not complete (pytest ended (status 7)")
    assert "no test is called failing or removed" in problem.message and "\n" not in problem.message
    assert problem.message.endswith("(shard 1/2)") and run.summary.endswith("(shard 1/2)")
    assert report.verdict == "unverified"
    # merged with the other shard, the dead one is named
    from changeproof.testing.merge import merge_reports, shard_issues

    other = report_from_json(report.to_json())
    other.tests = {"shard": "2/2", "collection_fingerprint": "x", "head": {}}
    other.checks = [CheckRun("tests", "Tests", "ran", 1.0, "ok", True)]
    issues = shard_issues([report, other], ["p1.json", "p2.json"])
    assert issues.missing == ["1/2"] and issues.issues[0].startswith("p1.json: the tests did not run (failed: could not")
    with pytest.raises(ValueError, match="shard 1/2 is missing"):
        merge_reports([report, other], ["p1.json", "p2.json"])


def test_a_failure_with_too_few_attempts_is_not_called_breaking(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "state").mkdir()
    dies = COUNTER.format(state=str(tmp_path / "state")) + (
        "\n\ndef test_dies():\n    import os\n    if _attempt('dies') >= 1:\n        os._exit(3)  # kills the rerun\n"
        "    assert False, 'first attempt'\n\n\ndef test_broken():\n    assert False\n")
    base = {"pkg/__init__.py": "X = 1\n", "tests/test_a.py": "def test_a():\n    pass\n"}
    report = _check(make_repo(tmp_path, base, {"tests/test_b.py": dies}), reruns=4)
    t = report.tests
    assert t["new"] == ["tests/test_b.py::test_broken", "tests/test_b.py::test_dies"]
    assert t["details"]["tests/test_b.py::test_dies"]["attempts"]["head"] == ["failed", "not run"]
    assert all(t["details"][n]["attempts_short"] for n in t["new"])
    found = [f for f in report.findings if f.kind == "test-new-failing"]
    assert [f.severity for f in found] == ["risk", "risk"]
    assert all("only 1 failing attempt could be made; 5 rule out an intermittent failure" in f.message for f in found)
    assert any(p.path == "(tests reruns)" and "attempt 2 at head" in p.message for p in report.problems)
    assert report.verdict != "breaking"


# -- the working tree ------------------------------------------------------------------------------------------

def _fingerprint(repo: Path) -> tuple:
    files = []
    for root, dirs, names in os.walk(repo):
        dirs[:] = [d for d in dirs if not (root == str(repo) and d == ".git")]
        for name in names + dirs:
            p = Path(root) / name
            st = p.lstat()
            files.append((str(p.relative_to(repo)), st.st_size, st.st_mtime_ns))
    status = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--ignored", "--untracked-files=all"],
                            capture_output=True, text=True, check=True).stdout
    return sorted(files), status


def test_tests_on_the_working_tree_leave_nothing_in_it_with_coverage_enabled(tmp_path, monkeypatch):
    pytest.importorskip("pytest_cov")  # in the test extras: the project's options below need it
    monkeypatch.delenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", raising=False)  # the project needs its plugins (pytest-cov)
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    pyproject = ('[project]\nname = "pkg"\nversion = "1"\n\n[tool.pytest.ini_options]\naddopts = "--cov=pkg '
                 '--cov-report=xml --cov-report=html --cov-report=term --junitxml=junit.xml"\n')
    tests = ("from hypothesis import given, strategies as st\nfrom pkg import VALUE\n\n\n@given(st.integers())\n"
             "def test_h(x):\n    assert VALUE == 1\n\n\ndef test_plain():\n    assert VALUE + 0 == 1\n")
    base = {"pyproject.toml": pyproject, "pkg/__init__.py": "VALUE = 1\n", "tests/test_a.py": tests}
    repo = make_repo(tmp_path, base, {"pkg/__init__.py": "VALUE = 2\n"}, commit_head=False)
    before = _fingerprint(repo)
    report = run_checks(repo, "base", git.resolve(repo, "base"), "WORKTREE", git.WORKTREE, only=["tests"],
                        run_tests=True, test_options={"python": sys.executable, "reruns": 2, "test_timeout": 60, "run_timeout": 120,
                                                      "progress": False})
    assert report.tests is not None, (report.checks, report.problems)
    # the head ran in place (reruns too) and the base ran the failing tests: regressions, as plain pytest would see
    assert report.tests["regressions"] == ["tests/test_a.py::test_h", "tests/test_a.py::test_plain"]
    assert report.tests["attempts"]["head_reruns"] == 2
    assert _fingerprint(repo) == before  # no .coverage, coverage.xml, htmlcov/, junit.xml, .hypothesis/, __pycache__
