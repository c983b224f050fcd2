"""A verdict never outruns its evidence: `safe` only when every check the change needs ran, and every format
says what the verdict does not rest on."""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

import pytest

from changeproof.cli import exit_code
from changeproof.model import CheckRun, Problem, Report, Revision
from changeproof.report import render
from changeproof.runner import required_checks, run_checks

from helpers.checkrepo import make_repo

# a compatible change to production code in a project with no test suite: every needed check can run statically
BASE = {
    "pyproject.toml": '[project]\nname = "shop"\nversion = "1.0.0"\n',
    "shop/__init__.py": "from shop.cart import Cart\n\n__all__ = ['Cart']\n",
    "shop/cart.py": "class Cart:\n    def add(self, sku: str, qty: int = 1) -> None:\n        self.sku = sku\n",
}
HEAD = {"shop/cart.py": "class Cart:\n    def add(self, sku: str, qty: int = 1) -> None:\n        self.sku = sku.strip()\n"}


@pytest.fixture(scope="module")
def compatible(tmp_path_factory) -> Path:
    return make_repo(tmp_path_factory.mktemp("cov"), BASE, HEAD)


def _run(repo: Path, **kw) -> Report:
    sha = lambda ref: subprocess.run(["git", "-C", str(repo), "rev-parse", ref], capture_output=True, text=True,
                                     check=True).stdout.strip()
    return run_checks(repo, "base", sha("base"), "head", sha("head"), **kw)


def test_complete_static_run_of_a_compatible_change_is_safe(compatible, monkeypatch, tmp_path):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    report = _run(compatible)
    assert "tests" not in report.required  # no test suite: the tests are not needed
    assert report.coverage["complete"] and report.verdict == "safe", report.coverage


CHECKS = ["changed-files", "syntax", "api", "call-sites", "imports", "contracts", "config-drift", "dependencies",
          "architecture", "async-hazards", "tests"]


@pytest.mark.parametrize("dropped", [c for c in CHECKS if c not in ("tests",)])
def test_skipping_any_needed_check_never_yields_safe(compatible, dropped, monkeypatch, tmp_path):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    report = _run(compatible, skip=[dropped])
    needed = dropped in report.required
    assert (report.verdict == "safe") == (not needed), (dropped, report.coverage)
    if needed:
        assert report.verdict == "unverified"
        assert [m["check"] for m in report.coverage["missing"]] == [dropped]
        assert exit_code(report, "unverified") == 1 and exit_code(report, "breaking") == 0


def test_only_subsets_are_safe_exactly_when_they_cover_what_is_needed(compatible, monkeypatch, tmp_path):
    """Property over --only subsets: safe <=> every required check is in the subset (or not applicable)."""
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    full = _run(compatible)
    needed = set(full.required)
    cheap = ["changed-files", "syntax", "api", "dependencies"]
    for n in range(1, len(cheap) + 1):
        for subset in itertools.combinations(cheap, n):
            report = _run(compatible, only=list(subset))
            assert report.verdict != "safe" or needed <= set(subset), (subset, report.coverage)
            assert report.verdict in ("unverified", "safe")


def test_required_checks_follow_what_the_change_touches():
    from changeproof.model import Change

    docs = [Change("README.md", "modified", "docs")]
    assert set(required_checks(docs, test_suite=True)) == {"changed-files"}
    tests_only = [Change("tests/test_a.py", "added", "test")]
    assert set(required_checks(tests_only, test_suite=True)) == {"changed-files", "syntax", "tests"}
    prod = [Change("pkg/a.py", "modified", "production")]
    assert {"api", "call-sites", "imports", "contracts", "architecture", "async-hazards", "config-drift",
            "syntax", "tests"} <= set(required_checks(prod, test_suite=True))
    assert "tests" not in required_checks(prod, test_suite=False)
    deleted = [Change("pkg/gone.py", "deleted", "production")]
    assert "api" in required_checks(deleted, test_suite=False)  # a deleted module is an API change
    deps = [Change("requirements.txt", "modified", "dependencies")]
    assert "dependencies" in required_checks(deps, test_suite=False)


def test_problems_make_the_evidence_incomplete():
    report = Report(Revision("a", None), Revision("b", None), problems=[Problem("x.py", "does not parse", "head")])
    assert report.verdict == "unverified" and not report.complete
    assert exit_code(report, "unverified") == 1 and exit_code(report, "breaking") == 0


def test_a_not_applicable_check_is_evidence_a_failed_one_is_not():
    runs = [CheckRun("dependencies", "Dependencies", "not-applicable", 0.0, "no dependency declarations changed")]
    report = Report(Revision("a", None), Revision("b", None), checks=runs, required={"dependencies": "x"})
    assert report.verdict == "safe"
    runs[0].status = "failed"
    assert report.verdict == "unverified"


def test_only_changed_files_on_the_risky_demo_is_not_safe(demo_check):
    """The observed case: `--only changed-files` said "safe" where the full run finds 15 breaking findings."""
    p = demo_check("base..risky", "--only", "changed-files", "--format", "json")
    data = json.loads(p.stdout)
    assert data["verdict"] == "unverified" and p.returncode == 0
    assert data["semver_certain"] is False
    missing = {m["check"] for m in data["coverage"]["missing"]}
    assert {"api", "call-sites", "imports", "syntax", "tests"} <= missing
    p = demo_check("base..risky", "--only", "changed-files", "--fail-on", "unverified")
    assert p.returncode == 1
    assert "Verdict: unverified" in p.stdout and "incomplete evidence" in p.stdout and "not checked: syntax" in p.stdout


def test_local_run_without_tests_says_so_in_every_format(demo_check):
    """Tests are off outside CI: the headline must not say safe, and every format names what was not run."""
    p = demo_check("base..additive", "--format", "json")
    data = json.loads(p.stdout)
    assert data["verdict"] == "unverified"
    assert [m["check"] for m in data["coverage"]["missing"]] == ["tests"]
    from changeproof.model import report_from_json

    report = report_from_json(data)
    for fmt in ("terminal", "markdown", "html"):
        text = render(report, fmt)
        assert "unverified" in text and "not checked: tests" in text, fmt
        assert "a patch version bump is enough" not in text and "at least a" in text, fmt


def test_facts_are_published_and_round_trip(demo_check):
    p = demo_check("base..additive", "--format", "json")
    data = json.loads(p.stdout)
    facts = {f["id"]: f for f in data["facts"]}
    assert facts["changed-files:files"]["value"] == len(data["changes"])
    by_cat = facts["changed-files:files-by-category"]["value"]
    assert set(by_cat) == {"production", "test", "docs", "config", "ci", "dependencies", "other"}
    assert sum(sum(v.values()) for v in by_cat.values()) == len(data["changes"])
    assert "version:version" in facts
    from changeproof.model import report_from_json

    again = report_from_json(data).to_json()
    assert again["facts"] == data["facts"] and again["coverage"] == data["coverage"]


def test_facts_count_what_findings_leave_out(demo_check):
    """A relative import added where the project is not absolute-import (no finding by policy) is still counted:
    "no relative import was added" must be contradicted by the fact, not confirmed by the missing finding."""
    p = demo_check("base..risky", "--format", "json")
    data = json.loads(p.stdout)
    facts = {f["id"]: f["value"] for f in data["facts"]}
    assert facts["architecture:relative-imports-added"] == ["netra_backend/app/websocket_core/unified_manager.py:6"]
    assert facts["architecture:absolute-import-share"]["share"] < 0.9
    assert not [f for f in data["findings"] if f["kind"] == "relative-import-added"]
    assert facts["dependencies:declaration-files-changed"] == []  # counted, none: evidence of absence
    assert facts["async-hazards:blocking-calls-added"] == ["netra_backend/app/routes.py:14"]
    head_vars = facts["config-drift:env-vars"]["head"]
    assert head_vars["NETRA_JWT_SECRET"]["required"] is True
    assert "NETRA_JWT_SECRET" not in facts["config-drift:env-vars"]["base"]
    assert "UnifiedWebSocketManager.remove_connection" in " ".join(facts["call-sites:calls-broken"])
    assert len({f["id"] for f in data["facts"]}) == len(data["facts"])  # ids are unique
