"""`changeproof merge`: shard reports of one change become one report and one verdict."""

from __future__ import annotations

import json

from click.testing import CliRunner
from jsonschema import Draft202012Validator

from changeproof.cli import main
from changeproof.model import CheckRun, Finding, Report, Revision, report_from_json
from changeproof.report.json import load_schema


def shard(k: int, passed: int, regressions: list[str], fixed: list[str] | None, details: dict) -> dict:
    tests = {"head": {"passed": passed, "failed": len(regressions), "errors": 0, "skipped": 1, "xfailed": 0, "xpassed": 0,
                      "collected": passed + len(regressions) + 1},
             "regressions": regressions, "fixed": fixed, "preexisting_failures": [], "flaky": [], "new": [], "removed": [],
             "skipped_now": None, "details": details, "pass_rate": None, "pass_rate_meaning": "passed / (passed + failed + errors)",
             "base_isolated": True, "exit_status": 1 if regressions else 0, "shard": f"{k}/2", "duration": 3.0 + k, "summary": "x"}
    findings = [Finding("test-regression", "tests", "breaking", r, None, "tests/test_a.py", 3, f"{r} passed at base, fails at head")
                for r in regressions]
    findings.append(Finding("object-added", "api", "info", "pkg.f", None, "pkg/__init__.py", 1, "new function `pkg.f`"))
    r = Report(base=Revision("main", "a" * 40), head=Revision("HEAD", "b" * 40), findings=findings,
               checks=[CheckRun("tests", "Tests", "ran", 3.0, "x", True)], changes=[], tests=tests)
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

    merged = merge_reports([report_from_json(shard(1, 3, [], [], {})), report_from_json(shard(2, 3, [], None, {}))])
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
