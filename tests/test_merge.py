"""`changeproof merge`: shard reports of one change become one report and one verdict."""

from __future__ import annotations

import json

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from changeproof.cli import main
from changeproof.model import CheckRun, Finding, Report, Revision, report_from_json
from changeproof.report.json import load_schema


def shard(k: int, passed: int, regressions: list[str], fixed: list[str] | None, details: dict, n: int = 2,
          fingerprint: str = "c0ffee00c0ffee00", plan: str = "0123456789abcdef") -> dict:
    tests = {"head": {"passed": passed, "failed": len(regressions), "errors": 0, "skipped": 1, "xfailed": 0, "xpassed": 0,
                      "collected": passed + len(regressions) + 1},
             "regressions": regressions, "fixed": fixed, "preexisting_failures": [], "flaky": [], "new": [], "removed": [],
             "skipped_now": None, "details": details, "pass_rate": None, "pass_rate_meaning": "passed / (passed + failed + errors)",
             "base_isolated": True, "exit_status": 1 if regressions else 0, "shard": f"{k}/{n}", "duration": 3.0 + k, "summary": "x",
             "collection_fingerprint": fingerprint, "shard_plan": plan}
    findings = [Finding("test-regression", "tests", "breaking", r, None, "tests/test_a.py", 3, f"{r} passed at base, fails at head")
                for r in regressions]
    findings.append(Finding("object-added", "api", "info", "pkg.f", None, "pkg/__init__.py", 1, "new function `pkg.f`"))
    r = Report(base=Revision("main", "a" * 40), head=Revision("HEAD", "b" * 40), findings=findings,
               checks=[CheckRun("tests", "Tests", "ran", 3.0, "x", True)], changes=[], tests=tests,
               required={"tests": "the project has a test suite"})
    return r.to_json()


def test_merge_combines_counts_lists_and_verdict(tmp_path):
    a = shard(1, 10, [], [], {})
    b = shard(2, 7, ["tests/test_a.py::test_x"], [], {"tests/test_a.py::test_x": {"outcome": "failed", "message": "boom"}})
    for name, data in (("a.json", a), ("b.json", b)):
        (tmp_path / name).write_text(json.dumps(data))
    out = tmp_path / "merged.json"
    result = CliRunner().invoke(main, ["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output  # the regression in shard 2 makes the merged verdict breaking
    merged = json.loads(out.read_text())
    assert not list(Draft202012Validator(load_schema()).iter_errors(merged))
    assert merged["verdict"] == "breaking"
    assert merged["tests"]["head"]["passed"] == 17 and merged["tests"]["head"]["collected"] == 20
    assert merged["tests"]["regressions"] == ["tests/test_a.py::test_x"]
    assert merged["tests"]["fixed"] == []
    assert merged["tests"]["pass_rate"] == round(17 / 18, 4)
    assert sum(1 for f in merged["findings"] if f["kind"] == "object-added") == 1  # the same finding once


def test_unknown_in_one_shard_is_unknown_overall(tmp_path):
    from changeproof.testing.merge import merge_reports

    merged = merge_reports([report_from_json(shard(1, 3, [], [], {})), report_from_json(shard(2, 3, [], None, {}))],
                           ["a.json", "b.json"])
    assert merged.tests["fixed"] is None


def test_merge_refuses_reports_of_different_changes(tmp_path):
    a, b = shard(1, 1, [], [], {}), shard(2, 1, [], [], {})
    b["head"]["sha"] = "c" * 40
    (tmp_path / "a.json").write_text(json.dumps(a))
    (tmp_path / "b.json").write_text(json.dumps(b))
    result = CliRunner().invoke(main, ["merge", str(tmp_path / "a.json"), str(tmp_path / "b.json")])
    assert result.exit_code == 2 and "not of the same change" in result.output


def test_merge_rejects_a_file_that_is_not_a_report(tmp_path):
    (tmp_path / "x.json").write_text("{}")
    result = CliRunner().invoke(main, ["merge", str(tmp_path / "x.json")])
    assert result.exit_code == 2 and "not a changeproof JSON report" in result.output


def write_parts(tmp_path, parts: dict[str, dict]) -> list[str]:
    for name, data in parts.items():
        (tmp_path / name).write_text(json.dumps(data))
    return [str(tmp_path / name) for name in parts]


def merge_cli(*args: str):
    return CliRunner().invoke(main, ["merge", *args])


def test_a_complete_set_of_clean_shards_is_safe_and_says_so(tmp_path):
    files = write_parts(tmp_path, {f"p{k}.json": shard(k, 5, [], [], {}, n=3) for k in (1, 2, 3)})
    out = tmp_path / "m.json"
    result = merge_cli(*files, "--format", "json", "-o", str(out))
    merged = json.loads(out.read_text())
    assert result.exit_code == 0, result.output
    assert merged["verdict"] == "safe" and merged["coverage"]["complete"] is True
    assert merged["tests"]["complete"] is True and merged["tests"]["shard_count"] == 3
    assert merged["tests"]["collection_fingerprint"] == "c0ffee00c0ffee00"
    assert not list(Draft202012Validator(load_schema()).iter_errors(merged))


def test_a_missing_shard_is_refused_in_one_line_naming_it(tmp_path):
    files = write_parts(tmp_path, {f"p{k}.json": shard(k, 5, [], [], {}, n=4) for k in (1, 2, 4)})
    result = merge_cli(*files)
    assert result.exit_code == 2
    error = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert error == ["error: cannot merge: shard 3/4 is missing"]


def test_a_missing_shard_with_allow_incomplete_is_unverified_not_safe(tmp_path):
    files = write_parts(tmp_path, {f"p{k}.json": shard(k, 5, [], [], {}, n=4) for k in (1, 2, 4)})
    out = tmp_path / "m.json"
    result = merge_cli(*files, "--allow-incomplete", "--format", "json", "-o", str(out), "--fail-on", "unverified")
    merged = json.loads(out.read_text())
    assert result.exit_code == 1  # incomplete evidence fails --fail-on unverified
    assert merged["verdict"] == "unverified" and merged["coverage"]["complete"] is False
    missing = {m["check"]: m for m in merged["coverage"]["missing"]}
    assert set(missing) == {"tests (shard 3/4)"} and missing["tests (shard 3/4)"]["status"] == "failed"
    assert merged["tests"]["complete"] is False and merged["tests"]["missing_shards"] == ["3/4"]
    assert "INCOMPLETE: shard 3/4 is missing" in merged["tests"]["summary"]
    assert not list(Draft202012Validator(load_schema()).iter_errors(merged))
    md = merge_cli(*files, "--allow-incomplete", "--format", "markdown").output
    assert "unverified" in md and "shard 3/4" in md


def test_a_duplicated_shard_is_refused(tmp_path):
    files = write_parts(tmp_path, {"a.json": shard(1, 5, [], [], {}), "b.json": shard(1, 5, [], [], {}),
                                   "c.json": shard(2, 5, [], [], {})})
    result = merge_cli(*files)
    assert result.exit_code == 2 and "shard 1/2 is given 2 times (" in result.output
    assert "a.json" in result.output and "b.json" in result.output


def test_mismatched_shards_are_refused(tmp_path):
    # another shard count
    files = write_parts(tmp_path, {"a.json": shard(1, 5, [], [], {}, n=2), "b.json": shard(2, 5, [], [], {}, n=3)})
    result = merge_cli(*files)
    assert result.exit_code == 2 and "the shard counts differ" in result.output
    # another collection (a test added between the two jobs' checkouts, or other -k filters)
    files = write_parts(tmp_path, {"a.json": shard(1, 5, [], [], {}), "b.json": shard(2, 5, [], [], {}, fingerprint="f" * 16)})
    result = merge_cli(*files)
    assert result.exit_code == 2 and "collected different tests" in result.output
    # another split (different duration caches): shards may overlap or miss tests
    files = write_parts(tmp_path, {"a.json": shard(1, 5, [], [], {}), "b.json": shard(2, 5, [], [], {}, plan="e" * 16)})
    result = merge_cli(*files)
    assert result.exit_code == 2 and "split differently" in result.output
    # a full run is not a shard
    plain = shard(2, 5, [], [], {})
    plain["tests"]["shard"] = None
    files = write_parts(tmp_path, {"a.json": shard(1, 5, [], [], {}), "b.json": plain})
    result = merge_cli(*files)
    assert result.exit_code == 2 and "not a --shard report" in result.output


def test_a_shard_whose_tests_did_not_run_is_missing(tmp_path):
    dead = shard(2, 0, [], [], {})
    dead["tests"] = None
    del dead["tests"]
    dead["checks"] = [{"name": "tests", "title": "Tests", "status": "failed", "duration": 1.0, "runs_code": True,
                       "summary": "could not run: the test run at head did not complete (pytest ended)"}]
    files = write_parts(tmp_path, {"a.json": shard(1, 5, [], [], {}), "b.json": dead})
    result = merge_cli(*files)
    assert result.exit_code == 2
    assert "b.json: the tests did not run (failed: could not run" in result.output and "shard 2/2 is missing" in result.output
