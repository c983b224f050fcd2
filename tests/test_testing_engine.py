"""The tests check on real two-commit repositories: every failure classified against base."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.checkrepo import make_context, make_repo
from jsonschema import Draft202012Validator

from changeproof import git
from changeproof.runner import run_checks
from changeproof.checks.tests import Tests
from changeproof.report.json import load_schema
from changeproof.catalog import RULES
from changeproof.testing import engine as engine_mod

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CHANGEPROOF_NO_CACHE", raising=False)


@dataclass
class Checked:
    found: list  # findings
    result: dict  # the check's result: the report's tests section
    problems: list
    summary: str


def check(tmp_path: Path, base: dict, head: dict, *, commit_head: bool = True, **options) -> Checked:
    """Run the tests check on base..head."""
    opts = {"reruns": 1, "test_timeout": 30, "run_timeout": 120, "progress": False, **options}
    ctx = make_context(tmp_path, base, head, commit_head=commit_head, run_tests=True, test_options=opts)
    try:
        chk = Tests()
        found = chk.run(ctx)
        return Checked(found, chk.result, list(ctx.problems), chk.outcome(found))
    finally:
        ctx.close()


def by_kind(findings) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.kind, []).append(f.object)
    return {k: sorted(v) for k, v in out.items()}


def test_every_story_of_a_failure_through_the_runner(tmp_path):
    counter = tmp_path / "flaky-counter"
    flaky = (f"def test_flaky():\n    from pathlib import Path\n    p = Path({str(counter)!r})\n"
             "    n = int(p.read_text()) if p.exists() else 0\n    p.write_text(str(n + 1))\n"
             "    assert n > 0, 'first run fails'\n")
    base = {
        "calc/__init__.py": "def area(w, h):\n    return w * h\n\n\ndef parse(text):\n    return int(text)\n",
        "tests/test_calc.py": ("from calc import area, parse\n\n\ndef test_area():\n    assert area(2, 3) == 6\n\n\n"
                               "def test_parse_spaces():\n    assert parse(' 7 x') == 7\n\n\n"
                               "def test_dropped():\n    assert area(1, 1) == 1\n\n\n" + flaky),
    }
    head = {
        # a behaviour change, no signature change
        "calc/__init__.py": "def area(w, h):\n    return w + h\n\n\ndef parse(text):\n    return int(text)\n",
        "tests/test_calc.py": ("from calc import area, parse\n\n\ndef test_area():\n    assert area(2, 3) == 6\n\n\n"
                               "def test_parse_spaces():\n    assert parse(' 7 x') == 7\n\n\n"
                               "def test_new_failing():\n    assert area(0, 5) == 0\n\n\n" + flaky),
    }
    repo = make_repo(tmp_path, base, head)
    report = run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), only=["tests"],
                        run_tests=True, test_options={"reruns": 2, "test_timeout": 30, "run_timeout": 120, "progress": False})
    data = report.to_json()
    assert not list(Draft202012Validator(load_schema()).iter_errors(data))
    t = data["tests"]
    tid = "tests/test_calc.py::"
    assert t["regressions"] == [tid + "test_area"]
    assert t["preexisting_failures"] == [tid + "test_parse_spaces"]
    assert t["flaky"] == [tid + "test_flaky"]
    assert t["new"] == [tid + "test_new_failing"]
    assert t["removed"] == [tid + "test_dropped"]
    assert t["fixed"] is None and t["skipped_now"] is None  # unknown without --base-tests all, never []
    assert t["base_isolated"] is True and t["exit_status"] == 1 and t["shard"] is None
    assert t["head"] == {"passed": 0, "failed": 4, "errors": 0, "skipped": 0, "xfailed": 0, "xpassed": 0, "collected": 4}
    assert t["pass_rate"] == 0.0 and "skipped, xfailed and xpassed tests are left out" in t["pass_rate_meaning"]
    d = t["details"]
    assert d[tid + "test_area"]["base_outcome"] == "passed" and d[tid + "test_area"]["reruns"] == ["failed", "failed"]
    assert d[tid + "test_area"]["message"] == "assert 5 == 6" and d[tid + "test_area"]["line"] == 4
    assert d[tid + "test_flaky"]["reruns"] == ["passed"] and d[tid + "test_new_failing"]["base_outcome"] == "absent"
    assert d[tid + "test_parse_spaces"]["base_outcome"] == "failed"
    kinds = {(f["kind"], f["object"]): f for f in data["findings"]}
    reg = kinds[("test-regression", tid + "test_area")]
    assert (reg["severity"], reg["path"], reg["line"], reg["old"], reg["new"]) == ("breaking", "tests/test_calc.py", 4, "passed", "failed")
    assert "assert 5 == 6" in reg["message"]
    assert kinds[("test-new-failing", tid + "test_new_failing")]["severity"] == "breaking"
    assert kinds[("test-flaky", tid + "test_flaky")]["severity"] == "risk"
    assert kinds[("test-removed", tid + "test_dropped")]["severity"] == "risk"
    pre = kinds[("test-failing-at-base", tid + "test_parse_spaces")]
    assert pre["severity"] == "info" and pre["preexisting"] is True
    assert data["verdict"] == "breaking"
    run = next(c for c in data["checks"] if c["name"] == "tests")
    assert run["status"] == "ran" and run["runs_code"] is True
    assert run["summary"] == t["summary"] == ("4 collected: 0 passed, 4 failed (1 pre-existing at base, 1 regression, "
                                              "1 flaky, 1 new); 1 regression, 1 new failing, 1 removed")


def test_the_example_reports_one_failure_is_known_to_be_pre_existing_and_cached(tmp_path, monkeypatch):
    tests = ("import pytest\nfrom pkg import ok, legacy\n\n\n@pytest.mark.parametrize('i', range(53))\n"
             "def test_ok(i):\n    assert ok(i) == i\n\n\ndef test_legacy():\n    assert legacy() == 'new'\n")
    base = {"src/pkg/__init__.py": "def ok(i):\n    return i\n\n\ndef legacy():\n    return 'old'\n", "tests/test_pkg.py": tests}
    head = {"src/pkg/__init__.py": "def ok(i):\n    return i  # reworded\n\n\ndef legacy():\n    return 'old'\n"}
    c = check(tmp_path, base, head, commit_head=False)  # head: the working tree, in place
    assert c.summary == "54 collected: 53 passed, 1 failed (pre-existing at base); 0 regressions"
    assert c.result["preexisting_failures"] == ["tests/test_pkg.py::test_legacy"] and c.result["regressions"] == []
    assert [(f.kind, f.preexisting) for f in c.found] == [("test-failing-at-base", True)]
    assert c.result["pass_rate"] == round(53 / 54, 4) and c.problems == []
    repo = tmp_path / "repo"
    assert not (repo / ".pytest_cache").exists() and not list(repo.rglob("__pycache__"))
    assert list((tmp_path / "cache" / "pycache").rglob("test_pkg*.pyc"))  # bytecode kept outside the tree
    # a second run reuses the base outcome from the cache: nothing runs at base but the collection
    calls = []
    real = engine_mod.run_pytest

    def spy(tree, **kw):
        calls.append((Path(tree), kw.get("nodeids"), kw.get("collect_only", False)))
        return real(tree, **kw)

    monkeypatch.setattr(engine_mod, "run_pytest", spy)
    (tmp_path / "again").mkdir()
    ctx = make_context(tmp_path / "again", base, head, commit_head=False, run_tests=True,
                       test_options={"reruns": 0, "test_timeout": 30, "run_timeout": 120, "progress": False})
    # same base commit content: same git tree id (and the same environment), so the cached outcome applies
    try:
        chk = Tests()
        found2 = chk.run(ctx)
        base_tree = ctx.tree("base")
    finally:
        ctx.close()
    assert [(f.kind, f.preexisting) for f in found2] == [("test-failing-at-base", True)]
    base_runs = [call for call in calls if call[0] == base_tree]
    assert len(base_runs) == 1 and base_runs[0][2] is True  # the collection only


def test_a_hanging_test_is_stopped_and_reported(tmp_path):
    base = {"pkg/__init__.py": "X = 1\n", "tests/test_a.py": "def test_a():\n    pass\n"}
    head = {"tests/test_hang.py": "import time\n\n\ndef test_hang():\n    time.sleep(60)\n"}
    c = check(tmp_path, base, head, reruns=0, test_timeout=2)
    assert c.result["new"] == ["tests/test_hang.py::test_hang"] and c.result["exit_status"] == 1
    assert c.result["details"]["tests/test_hang.py::test_hang"]["message"].endswith("timeout after 2s")
    f = next(f for f in c.found if f.kind == "test-new-failing")
    assert "timeout after 2s" in f.message and f.path == "tests/test_hang.py" and f.line == 4
    assert c.result["head"]["passed"] == 1


def test_a_suite_that_collects_nothing_says_so(tmp_path):
    base = {"pkg/__init__.py": "X = 1\n"}
    head = {"pkg/__init__.py": "X = 2\n"}
    c = check(tmp_path, base, head)
    assert c.result["exit_status"] == 5 and c.result["pass_rate"] is None and c.result["head"]["collected"] == 0
    assert c.summary.startswith("no tests collected at head (pytest exit status 5)")
    assert c.found == [] and c.result["removed"] == []


def test_renamed_test_file_and_a_file_that_no_longer_collects(tmp_path):
    body = "from calc import half\n\n\ndef test_half():\n    assert half(4) == 2\n\n\ndef test_half_odd():\n    assert half(5) == 2\n"
    base = {"calc/__init__.py": "def half(x):\n    return x // 2\n\n\ndef helper():\n    return 1\n",
            "tests/test_old.py": body,
            "tests/test_helper.py": "from calc import helper\n\n\ndef test_helper():\n    assert helper() == 1\n"}
    head = {"calc/__init__.py": "def half(x):\n    return x / 2\n",
            "tests/test_old.py": None, "tests/test_renamed.py": body}
    c = check(tmp_path, base, head)
    assert c.result["regressions"] == ["tests/test_helper.py", "tests/test_renamed.py::test_half_odd"]
    assert c.result["new"] == [] and c.result["removed"] == []  # followed the rename; the broken file is not "removed"
    d = c.result["details"]
    assert d["tests/test_renamed.py::test_half_odd"]["base_nodeid"] == "tests/test_old.py::test_half_odd"
    assert d["tests/test_helper.py"]["phase"] == "collect" and "helper" in d["tests/test_helper.py"]["message"]
    f = next(f for f in c.found if f.object == "tests/test_helper.py")
    assert f.kind == "test-regression" and "fails to collect" in f.message
    assert c.result["head"]["errors"] == 1 and c.result["head"]["collection_errors"] == 1


def test_base_tests_all_finds_fixed_and_newly_skipped_tests(tmp_path):
    base = {"pkg/__init__.py": "def neg(x):\n    return x\n",
            "tests/test_pkg.py": "import pytest\nfrom pkg import neg\n\n\ndef test_neg():\n    assert neg(1) == -1\n\n\n"
                                 "def test_export():\n    assert True\n"}
    head = {"pkg/__init__.py": "def neg(x):\n    return -x\n",
            "tests/test_pkg.py": "import pytest\nfrom pkg import neg\n\n\ndef test_neg():\n    assert neg(1) == -1\n\n\n"
                                 "@pytest.mark.skip(reason='slow on CI')\ndef test_export():\n    assert True\n"}
    c = check(tmp_path, base, head, base_tests="all")
    assert c.result["fixed"] == ["tests/test_pkg.py::test_neg"]
    assert c.result["skipped_now"] == ["tests/test_pkg.py::test_export"]
    f = next(f for f in c.found if f.kind == "test-skipped-now")
    assert f.severity == "risk" and "slow on CI" in f.message
    assert "1 fixed" in c.summary and "1 skipped now" in c.summary


def test_base_not_isolated_calls_nothing_pre_existing(tmp_path):
    repo_src = tmp_path / "repo" / "src"
    # base's conftest puts the working tree (head) first on sys.path: a base run would test head's code
    conftest = f"import sys\nsys.path.insert(0, {str(repo_src)!r})\n"
    base = {"src/mypkg/__init__.py": "def v():\n    return 1\n",
            "conftest.py": conftest,
            "tests/test_v.py": "from mypkg import v\n\n\ndef test_v():\n    assert v() == 3\n"}
    head = {"src/mypkg/__init__.py": "def v():\n    return 2\n"}
    c = check(tmp_path, base, head, commit_head=False)
    assert c.result["base_isolated"] is False
    assert c.result["preexisting_failures"] == [] and c.result["regressions"] == []
    assert c.result["base_unknown"] == ["tests/test_v.py::test_v"]
    f = c.found[0]
    assert f.kind == "test-failing-base-unknown" and f.severity == "risk" and not f.preexisting
    assert "base not isolated: mypkg imports from" in f.message
    assert any(p.side == "base" and p.message.startswith("base not isolated: mypkg imports from " + str(repo_src))
               for p in c.problems)


def test_shard_result(tmp_path):
    files = {f"tests/test_{i}.py": "def test_a():\n    pass\n" for i in range(4)}
    base = {"pkg/__init__.py": "X = 1\n", **files}
    c = check(tmp_path, base, {"pkg/__init__.py": "X = 2\n"}, shard=(2, 2))
    assert c.result["shard"] == "2/2" and c.result["head"]["collected"] == 2 and c.result["removed"] == []
    assert c.summary.endswith("(shard 2/2)") and c.result["shard_basis"] == "node ids"


def test_no_pytest_in_the_interpreter_cannot_run_with_the_fix(tmp_path):
    import venv

    venv.EnvBuilder(with_pip=False).create(tmp_path / "bare")
    python = str(tmp_path / "bare" / "bin" / "python")
    repo = make_repo(tmp_path, {"pkg/__init__.py": "", "tests/test_a.py": "def test_a():\n    pass\n"},
                     {"pkg/__init__.py": "X = 1\n"})
    report = run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), only=["tests"],
                        run_tests=True, test_options={"python": python, "progress": False})
    run = next(c for c in report.checks if c.name == "tests")
    assert run.status == "failed"  # should have run and could not: not evidence (Skip would be not-applicable)
    (problem,) = [p for p in report.problems if "pytest" in p.message]
    assert "\n" not in problem.message and f"pytest is not installed for {python}" in problem.message
    assert "pip install pytest" in problem.message and "--python" in problem.message
    assert report.verdict == "unverified" and report.tests is None


def test_kinds_are_registered_with_their_severities():
    assert {k: RULES[k].severity for k in RULES if RULES[k].category == "tests"} == {
        "test-regression": "breaking", "test-new-failing": "breaking", "test-flaky": "risk", "test-removed": "risk",
        "test-skipped-now": "risk", "test-failing-at-base": "info", "test-failing-base-unknown": "risk",
        "test-renamed": "info", "test-reparametrised": "info"}


def test_import_roots_of_each_layout():
    from changeproof.git import DirectorySnapshot

    assert engine_mod.import_roots(_snap({"src/a/__init__.py": "", "tests/test_x.py": ""}, DirectorySnapshot)) == (["src/"], ["a"])
    assert engine_mod.import_roots(_snap({"b/__init__.py": "", "c.py": "", "tests/test_x.py": ""}, DirectorySnapshot)) == ([""], ["b", "c"])


def _snap(files: dict[str, str], cls):
    import tempfile

    root = Path(tempfile.mkdtemp())
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return cls(root)


def test_ctrl_c_stops_the_head_run_and_the_base_collection_alongside_it(tmp_path):
    # deterministic: Ctrl-C comes once the head test and the base collection both run (each says so by writing a
    # file atomically), however long that takes on a loaded machine; each process is known by pid and start time
    # and waited for until gone
    import _thread
    import threading

    from helpers.processes import READY_WRITE, ctrl_c_raises, wait_gone, wait_ready

    ready_head, ready_base = tmp_path / "head.ready", tmp_path / "base.ready"
    hang = "import os, time\n{ready}\ntime.sleep(600)\n"
    base = {"pkg/__init__.py": "X = 1\n", "conftest.py": hang.format(ready=READY_WRITE.format(
                path=str(ready_base), text="str(os.getpid())")),
            "tests/test_a.py": "def test_a():\n    pass\n"}
    head = {"conftest.py": None, "tests/test_a.py": "def test_a():\n" + "".join(
        "    " + line + "\n" for line in hang.format(ready=READY_WRITE.format(
            path=str(ready_head), text="str(os.getpid())")).splitlines())}
    ctx = make_context(tmp_path, base, head, run_tests=True, test_options={"progress": False, "run_timeout": 900})
    stopped: list = []

    def interrupt() -> None:
        try:
            stopped.append(wait_ready([ready_head, ready_base]))
        finally:
            _thread.interrupt_main()

    try:
        with ctrl_c_raises(), pytest.raises(KeyboardInterrupt):
            threading.Thread(target=interrupt, daemon=True).start()
            Tests().run(ctx)
    finally:
        ctx.close()
    assert stopped and stopped[0] is not None, "the head test and the base collection did not both start"
    assert wait_gone(stopped[0]) == [], "pytest still running"
