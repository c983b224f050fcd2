"""`verify`: the claims of a written stability report, judged against a Report built by hand.

Every claim family has a confirmed, a contradicted and a not-verifiable case, in wordings beyond the
example report; sentences no pattern matches are "not checked" and never confirmed."""

from __future__ import annotations

import json

import pytest

from changeproof.model import Change, CheckRun, Finding, Problem, Report, Revision
from changeproof.verify import (
    CLAIM_KINDS,
    VERDICTS,
    split_document,
    verify,
    verify_exit_code,
)
from changeproof.verify.render import (
    claims_json,
    claims_markdown,
    claims_terminal_text,
    render,
)

ALL_CHECKS = ("changed-files", "syntax", "api", "call-sites", "imports", "contracts", "config-drift", "dependencies",
              "architecture", "async-hazards")


def make_report(findings=(), changes=None, *, skipped=None, failed=None, tests=None, tests_run=None, problems=(),
                not_applicable=None):
    """A Report as `changeproof check` makes it: every check ran unless `skipped`/`failed`/`not_applicable` says
    otherwise."""
    skipped, failed, not_applicable = dict(skipped or {}), dict(failed or {}), dict(not_applicable or {})
    runs = []
    for name in ALL_CHECKS:
        if name in not_applicable:
            runs.append(CheckRun(name, name, "not-applicable", 0.0, not_applicable[name]))
        elif name in skipped:
            runs.append(CheckRun(name, name, "skipped", 0.0, skipped[name]))
        elif name in failed:
            runs.append(CheckRun(name, name, "failed", 0.0, failed[name]))
        else:
            runs.append(CheckRun(name, name, "ran", 0.01, f"{name} summary"))
    if tests is not None or tests_run:
        runs.append(CheckRun("tests", "Tests", "ran", 1.0, "tests summary", True))
    else:
        runs.append(CheckRun("tests", "Tests", "skipped", 0.0, "not requested: pass --tests", True))
    # what the runner requires of a change to production code (tests only when they are given: a project with a suite)
    required = {name: "the change touches production code" for name in ALL_CHECKS}
    if tests is not None or tests_run:
        required["tests"] = "the project has a test suite"
    return Report(base=Revision("main", "a" * 40), head=Revision("HEAD", "b" * 40), findings=list(findings),
                  problems=list(problems), changes=list(changes if changes is not None else DEFAULT_CHANGES),
                  checks=runs, tests=tests, required=required)


def F(kind, *, severity="breaking", category="api", obj="pkg.mod.func", param=None, path="pkg/mod.py", line=3,
      message="something", preexisting=False, acknowledged=None, old=None, new=None):
    return Finding(kind=kind, category=category, severity=severity, object=obj, parameter=param, path=path, line=line,
                   message=message, preexisting=preexisting, acknowledged=acknowledged, old=old, new=new)


def C(path, status="modified", category="production", added=3, removed=1):
    return Change(path=path, status=status, category=category, added=added, removed=removed)


DEFAULT_CHANGES = [C("pkg/mod.py"), C("pkg/util.py"), C("tests/test_mod.py", "added", "test"),
                   C("docs/notes.md", "added", "docs")]


def make_tests(passed=10, failed=0, errors=0, skipped=0, regressions=(), new=(), pre=(), flaky=(), removed=(),
                  base_isolated=True):
    ran = passed + failed + errors
    return {"head": {"passed": passed, "failed": failed, "errors": errors, "skipped": skipped, "xfailed": 0,
                     "collected": ran + skipped},
            "regressions": list(regressions), "fixed": [], "preexisting_failures": list(pre), "flaky": list(flaky),
            "new": list(new), "removed": list(removed), "pass_rate": round(passed / ran, 4) if ran else None,
            "pass_rate_meaning": "passed / (passed + failed + errors)", "base_isolated": base_isolated,
            "summary": f"{passed} passed, {failed} failed"}


def claims(text, report):
    return verify(text, report).claims


def verdict(text, report, kind):
    """The verdict of the one claim of `kind` that `text` makes."""
    found = [c for c in claims(text, report) if c.kind == kind]
    assert len(found) == 1, (text, [(c.kind, c.verdict) for c in claims(text, report)])
    return found[0].verdict


def kinds(text, report=None):
    return {c.kind for c in claims(text, report or make_report())}


def evidence_text(text, report, kind):
    c = next(c for c in claims(text, report) if c.kind == kind)
    return " | ".join(e.text for e in c.evidence)


# ------------------------------------------------------------------------------------------------ splitting

def test_split_sentences_items_rows_with_line_numbers():
    doc = "# Title\n\nFirst sentence. Second one here.\n\n- item one\n- item two\n\n| ab | cd |\n|---|---|\n| xy | zw |\n"
    segs = split_document(doc)
    assert [(s.line, s.kind, s.text) for s in segs] == [
        (1, "heading", "Title"), (3, "paragraph", "First sentence."), (3, "paragraph", "Second one here."),
        (5, "item", "item one"), (6, "item", "item two"), (10, "row", "ab: xy"), (10, "row", "cd: zw")]


def test_split_strips_decoration_and_emoji():
    seg = split_document("- ✅ **NO production code** breaking `changes` [here](http://x)\n")[0]
    assert seg.text == "NO production code breaking changes here"
    assert seg.marked


def test_fenced_code_skipped_except_claim_lines():
    doc = ("```python\n# No breaking changes\ndef f(x): ...\n```\n"
           "```\n✅ Python syntax validation: ALL PASS\nmanager.send(x)  # no breaking changes\nUNIT TESTS: 98% PASS RATE\n```\n")
    segs = split_document(doc)
    assert [(s.line, s.text) for s in segs] == [(6, "Python syntax validation: ALL PASS"), (8, "UNIT TESTS: 98% PASS RATE")]


def test_wrapped_sentence_is_one_segment():
    segs = split_document("There are no breaking\nchanges in this branch.\n")
    assert len(segs) == 1 and segs[0].line == 1 and segs[0].text == "There are no breaking changes in this branch."


def test_section_titles_are_not_claims():
    r = make_report()
    assert claims("## 1. ZERO BREAKING CHANGES VALIDATION\n### 3.2 Architecture Violations Check\n", r) == []
    assert kinds("## Summary: zero breaking changes confirmed\n") == {"no-breaking-changes"}


# ------------------------------------------------------------------------------------------------ 1. files

@pytest.mark.parametrize("text", ["**Modified Production Files (2 total):**", "2 production files modified",
                                  "We modified 2 production files.", "Production files changed: 2"])
def test_count_of_modified_files_confirmed(text):
    assert verdict(text, make_report(), "changed-file-count") == "confirmed"


@pytest.mark.parametrize("text", ["**Modified Production Files (4 total):**", "4 production files were modified",
                                  "Only 1 production file was modified"])
def test_count_of_modified_files_contradicted(text):
    r = make_report()
    assert verdict(text, r, "changed-file-count") == "contradicted"
    assert "modifies 2 production file(s): pkg/mod.py, pkg/util.py" in evidence_text(text, r, "changed-file-count")


def test_count_variants():
    r = make_report()
    assert verdict("4 files changed, 12 insertions(+)", r, "changed-file-count") == "confirmed"
    assert verdict("1+ new test files", r, "changed-file-count") == "confirmed"
    assert verdict("50+ new comprehensive test files", r, "changed-file-count") == "contradicted"
    assert verdict("More than 1 new file was added", r, "changed-file-count") == "confirmed"
    assert verdict("Added 1 documentation file", r, "changed-file-count") == "confirmed"
    assert "changed-file-count" not in kinds("about 40 new test files")  # an estimate is not a count


def test_count_of_files_not_verifiable_without_changes():
    r = make_report()
    r.changes = None
    assert verdict("3 files changed", r, "changed-file-count") == "not_verifiable"
    r = make_report(failed={"changed-files": "internal error"})
    assert verdict("3 files changed", r, "changed-file-count") == "not_verifiable"


def test_count_under_a_listed_directory():
    doc = "**Test files added:**\n- `tests/` - 1 new test file\n- `auth/tests/` - 7 new test files\n"
    got = {c.text: c.verdict for c in claims(doc, make_report()) if c.kind == "changed-file-count"}
    assert got == {"`tests/` - 1 new test file": "confirmed", "`auth/tests/` - 7 new test files": "contradicted"}


def test_listed_files_under_a_heading():
    doc = ("### Modified files\n1. `pkg/mod.py` - better logging\n2. `tests/test_mod.py` - more cases\n"
           "3. `pkg/gone.py` - cleanup\n4. util.py - tidied\n")
    got = {c.line: (c.verdict, c.evidence[0].text) for c in claims(doc, make_report()) if c.kind == "listed-file"}
    assert got[2][0] == "confirmed" and got[2][1] == "pkg/mod.py: modified, production, +3 -1"
    assert got[3][0] == "contradicted" and "listed as modified" in got[3][1]  # it was added
    assert got[4][0] == "contradicted" and "not among the 4 file(s)" in got[4][1]
    assert got[5][0] == "confirmed"  # a path relative to a sub-directory matches by suffix


def test_listed_files_under_added_lead_in():
    doc = "**New files:**\n- `docs/notes.md`\n- `pkg/mod.py`\n"
    got = [(c.verdict) for c in claims(doc, make_report()) if c.kind == "listed-file"]
    assert got == ["confirmed", "contradicted"]


# ------------------------------------------------------------------------------------------------ 2. only tests / reports

@pytest.mark.parametrize("text", ["ALL new files are tests or reports", "Only test and documentation files were added",
                                  "All new files are isolated to test/report directories",
                                  "### New Files Added (All Tests/Reports)"])
def test_only_tests_added_confirmed(text):
    assert verdict(text, make_report(), "only-categories") == "confirmed"


def test_only_tests_added_contradicted():
    r = make_report(changes=DEFAULT_CHANGES + [C("pkg/new_service.py", "added", "production")])
    assert verdict("All new files are tests or reports", r, "only-categories") == "contradicted"
    assert "pkg/new_service.py (production, added)" in evidence_text("All new files are tests or reports", r, "only-categories")
    assert verdict("Only test files were added", make_report(), "only-categories") == "contradicted"  # docs/notes.md


def test_we_only_touched_tests_and_docs():
    only_tests = [C("tests/test_mod.py", "modified", "test"), C("README.md", "modified", "docs")]
    assert verdict("We only touched tests and docs.", make_report(changes=only_tests), "only-categories") == "confirmed"
    assert verdict("We only touched tests and docs.", make_report(), "only-categories") == "contradicted"
    assert verdict("Changes are limited to documentation", make_report(changes=only_tests), "only-categories") == "contradicted"


def test_only_categories_not_verifiable_without_changes():
    r = make_report()
    r.changes = None
    assert verdict("Only test files were added", r, "only-categories") == "not_verifiable"


# ------------------------------------------------------------------------------------------------ 3. production code

@pytest.mark.parametrize("text", ["No production code changes.", "Production code is untouched",
                                  "We did not touch any production code"])
def test_no_production_changes(text):
    tests_only = [C("tests/test_mod.py", "modified", "test")]
    assert verdict(text, make_report(changes=tests_only), "no-production-changes") == "confirmed"
    assert verdict(text, make_report(), "no-production-changes") == "contradicted"
    r = make_report()
    r.changes = None
    assert verdict(text, r, "no-production-changes") == "not_verifiable"


def test_no_production_breaking_changes_is_not_no_production_changes():
    assert kinds("NO production code breaking changes") == {"no-breaking-changes"}


# ------------------------------------------------------------------------------------------------ 4. compatibility

BREAKING = F("parameter-removed", obj="pkg.mod.send", param="timeout", path="pkg/mod.py", line=12)
WIDENED = F("parameter-type-widened", severity="info", obj="pkg.mod.send", param="user_id")


@pytest.mark.parametrize("text", ["ZERO BREAKING CHANGES", "No breaking API changes were introduced.",
                                  "This PR introduces no breaking changes", "Breaking changes: none",
                                  "TOTAL BREAKING CHANGES: 0", "It is a non-breaking change", "Nothing is broken."])
def test_no_breaking_changes(text):
    assert verdict(text, make_report([WIDENED]), "no-breaking-changes") == "confirmed"
    r = make_report([WIDENED, BREAKING])
    assert verdict(text, r, "no-breaking-changes") == "contradicted"
    assert "parameter-removed [breaking] pkg.mod.send (timeout) at pkg/mod.py:12" in evidence_text(text, r, "no-breaking-changes")
    assert verdict(text, make_report(skipped={"api": "no Python package found"}), "no-breaking-changes") == "not_verifiable"


def test_confirmed_no_breaking_names_the_checks_that_did_not_run():
    text = evidence_text("No breaking changes", make_report(skipped={"imports": "nothing to import"}), "no-breaking-changes")
    assert "`api` ran: api summary" in text
    assert "not checked: imports (nothing to import), which this change needs" in text
    assert "tests" not in text  # the project has no test suite: tests are not required


@pytest.mark.parametrize("text", ["100% backward compatible", "Backwards compatibility: fully preserved",
                                  "Existing interfaces maintain backward compatibility",
                                  "Method signature compatibility: ALL PASS", "The API remains fully compatible"])
def test_backward_compatible(text):
    assert verdict(text, make_report([WIDENED]), "backward-compatible") == "confirmed"
    assert verdict(text, make_report([BREAKING]), "backward-compatible") == "contradicted"
    assert verdict(text, make_report(failed={"api": "internal error"}), "backward-compatible") == "not_verifiable"


def test_negated_compatibility_is_not_a_compatibility_claim():
    assert "backward-compatible" not in kinds("This change is not backward compatible.")


def test_architecture_findings_do_not_break_compatibility_but_are_breaking():
    r = make_report([F("boundary-violation", category="architecture", obj="auth.tokens")])
    assert verdict("100% backward compatible", r, "backward-compatible") == "confirmed"
    assert verdict("Zero breaking changes", r, "no-breaking-changes") == "contradicted"


@pytest.mark.parametrize("text", ["No method signature changes", "NO existing method signature changes",
                                  "Function signatures are unchanged"])
def test_signatures_unchanged_is_strict(text):
    assert verdict(text, make_report([F("object-added", severity="info")]), "signatures-unchanged") == "confirmed"
    assert verdict(text, make_report([WIDENED]), "signatures-unchanged") == "contradicted"  # widened is still a change
    assert verdict(text, make_report(skipped={"api": "x"}), "signatures-unchanged") == "not_verifiable"


def test_scope_from_a_lead_in_naming_a_file():
    doc = "**`pkg/other.py`:**\n- No method signature changes\n"
    assert verdict(doc, make_report([WIDENED]), "signatures-unchanged") == "confirmed"  # WIDENED is in pkg/mod.py
    doc = "**mod.py:**\n- No method signature changes\n"
    assert verdict(doc, make_report([WIDENED]), "signatures-unchanged") == "contradicted"


@pytest.mark.parametrize("text", ["Existing interfaces unchanged", "The public API is unchanged",
                                  "WebSocket integration points unchanged", "No API changes"])
def test_interfaces_unchanged(text):
    assert verdict(text, make_report([F("object-added", severity="info")]), "interfaces-unchanged") == "confirmed"
    assert verdict(text, make_report([WIDENED]), "interfaces-unchanged") == "contradicted"
    assert verdict(text, make_report(skipped={"api": "x"}), "interfaces-unchanged") == "not_verifiable"


@pytest.mark.parametrize("text", ["All changes are purely additive", "The change is additive only",
                                  "VALIDATION RESULT: ALL CHANGES ARE PURELY ADDITIVE"])
def test_purely_additive(text):
    assert verdict(text, make_report([WIDENED, F("object-added", severity="info")]), "purely-additive") == "confirmed"
    assert verdict(text, make_report([F("parameter-default-changed", severity="risk")]), "purely-additive") == "contradicted"
    assert verdict(text, make_report(skipped={"api": "x"}), "purely-additive") == "not_verifiable"


@pytest.mark.parametrize("text", ["NO removal of existing functionality", "No public methods were removed",
                                  "All critical manager methods present"])
def test_nothing_removed(text):
    assert verdict(text, make_report([WIDENED]), "nothing-removed") == "confirmed"
    assert verdict(text, make_report([F("object-removed", obj="pkg.Manager.remove")]), "nothing-removed") == "contradicted"
    assert verdict(text, make_report(skipped={"api": "x"}), "nothing-removed") == "not_verifiable"


def test_zero_risk_is_never_confirmed():
    assert verdict("TOTAL RISK LEVEL: ZERO", make_report([WIDENED]), "no-risk") == "not_verifiable"
    assert verdict("Zero risk", make_report([F("blocking-call-in-async", severity="risk")]), "no-risk") == "contradicted"


def test_preexisting_findings_do_not_contradict_acknowledged_ones_do():
    pre = F("parameter-removed", preexisting=True)
    assert verdict("No breaking changes", make_report([pre]), "no-breaking-changes") == "confirmed"
    ack = F("parameter-removed", acknowledged="planned for 2.0")
    r = make_report([ack])
    assert verdict("No breaking changes", r, "no-breaking-changes") == "contradicted"
    assert "(acknowledged: planned for 2.0)" in evidence_text("No breaking changes", r, "no-breaking-changes")


def test_problems_are_a_caveat_of_a_confirmation():
    r = make_report(problems=[Problem("pkg/broken.py", "cannot decode", "head")])
    assert "caveat: 1 input(s) could not be analysed: pkg/broken.py" in evidence_text("No breaking changes", r, "no-breaking-changes")


def test_api_report_without_check_runs():
    r = Report(base=Revision("1.0", None), head=Revision("2.0", None), findings=[WIDENED])
    assert verdict("No breaking changes", r, "no-breaking-changes") == "confirmed"
    assert verdict("No environment variables changed", r, "no-env-var-changes") == "not_verifiable"


# ------------------------------------------------------------------------------------------------ 5. configuration

ENV_REMOVED = F("env-var-removed", severity="risk", category="config-drift", obj="OLD_FLAG", path="pkg/settings.py")
JWT_ADDED = F("env-var-added", category="config-drift", obj="APP_JWT_SECRET", path="pkg/settings.py", line=7)


@pytest.mark.parametrize("text", ["No environment variables modified", "env vars: unchanged",
                                  "Environment variables remain untouched", "We did not change any env variables"])
def test_env_vars(text):
    assert verdict(text, make_report(), "no-env-var-changes") == "confirmed"
    assert verdict(text, make_report([ENV_REMOVED]), "no-env-var-changes") == "contradicted"
    assert verdict(text, make_report(skipped={"config-drift": "no environment variable reads"}), "no-env-var-changes") == "not_verifiable"


def test_no_new_env_vars_is_only_about_additions():
    assert verdict("No new environment variables", make_report([ENV_REMOVED]), "no-env-var-changes") == "confirmed"
    assert verdict("No new environment variables", make_report([JWT_ADDED]), "no-env-var-changes") == "contradicted"


def test_ports():
    port = F("port-changed", severity="risk", category="config-drift", obj="web", path="docker-compose.yml")
    for text in ("No service port changes", "Ports are unchanged"):
        assert verdict(text, make_report(), "no-port-changes") == "confirmed"
        assert verdict(text, make_report([port]), "no-port-changes") == "contradicted"
        assert verdict(text, make_report(skipped={"config-drift": "x"}), "no-port-changes") == "not_verifiable"


def test_credentials_and_database_are_contradicted_by_env_vars_but_never_confirmed():
    for text in ("No OAuth/JWT credential changes", "JWT token handling unchanged", "No authentication changes"):
        assert verdict(text, make_report([JWT_ADDED]), "no-credential-changes") == "contradicted"
        assert verdict(text, make_report([ENV_REMOVED]), "no-credential-changes") == "not_verifiable"
    db = F("env-var-default-changed", severity="risk", category="config-drift", obj="DATABASE_URL")
    for text in ("No database connection modifications", "Database config unchanged"):
        assert verdict(text, make_report([db]), "no-database-changes") == "contradicted"
        assert verdict(text, make_report(), "no-database-changes") == "not_verifiable"


def test_configuration_files_count_as_configuration_changes():
    text = "No configuration changes"
    assert verdict(text, make_report(), "no-config-changes") == "confirmed"
    assert verdict(text, make_report(changes=DEFAULT_CHANGES + [C("config/settings.yaml", category="config")]), "no-config-changes") == "contradicted"
    # packaging metadata (a version bump in pyproject.toml) is not deployment configuration
    assert verdict(text, make_report(changes=DEFAULT_CHANGES + [C("pyproject.toml", category="config")]), "no-config-changes") == "confirmed"
    assert verdict(text, make_report([ENV_REMOVED]), "no-config-changes") == "contradicted"


# ------------------------------------------------------------------------------------------------ 6. tests

def test_test_claims_not_verifiable_when_tests_were_not_run():
    r = make_report()
    doc = "53/54 tests pass\n\nTest pass rate: 98%\n\nAll tests pass\n\nThe failure is pre-existing\n"
    got = {c.kind: c.verdict for c in claims(doc, r)}
    assert got == {"tests-passed-count": "not_verifiable", "pass-rate": "not_verifiable",
                   "all-tests-pass": "not_verifiable", "failure-preexisting": "not_verifiable"}
    assert "tests were not run: not requested: pass --tests" in evidence_text("All tests pass", r, "all-tests-pass")


@pytest.mark.parametrize("text", ["53/54 tests pass", "53 of 54 unit tests passed", "UNIT TESTS: (53/54 tests passed)",
                                  "Existing unit tests pass (53/54)", "Passed: 53/54"])
def test_passed_count(text):
    assert verdict(text, make_report(tests=make_tests(53, 1)), "tests-passed-count") == "confirmed"
    r = make_report(tests=make_tests(50, 4))
    assert verdict(text, r, "tests-passed-count") == "contradicted"
    assert "tests at head: 50 passed, 4 failed" in evidence_text(text, r, "tests-passed-count")


def test_all_n_tests_passed():
    text = "All 120 unit tests passed"
    assert verdict(text, make_report(tests=make_tests(120)), "tests-passed-count") == "confirmed"
    assert verdict(text, make_report(tests=make_tests(119, 1)), "tests-passed-count") == "contradicted"


@pytest.mark.parametrize("text", ["Test pass rate: 97.5%", "97.5% pass rate", "97.5% of the tests pass"])
def test_pass_rate(text):
    assert verdict(text, make_report(tests=make_tests(39, 1)), "pass-rate") == "confirmed"
    assert verdict(text, make_report(tests=make_tests(38, 2)), "pass-rate") == "contradicted"


def test_pass_rate_rounding_follows_the_claimed_precision():
    assert verdict("98% success rate", make_report(tests=make_tests(53, 1)), "pass-rate") == "confirmed"  # 98.1%
    assert verdict("98.5% success rate", make_report(tests=make_tests(53, 1)), "pass-rate") == "contradicted"


@pytest.mark.parametrize("text", ["All tests pass", "The test suite is green", "Unit tests: all passing", "No failing tests"])
def test_all_tests_pass(text):
    assert verdict(text, make_report(tests=make_tests(10)), "all-tests-pass") == "confirmed"
    r = make_report(tests=make_tests(9, 1, pre=["tests/test_a.py::test_x"]))
    assert verdict(text, r, "all-tests-pass") == "contradicted"
    assert "failing: tests/test_a.py::test_x" in evidence_text(text, r, "all-tests-pass")


def test_all_tests_of_a_subset_cannot_be_told_apart():
    text = "All core WebSocket functionality tests pass"
    assert verdict(text, make_report(tests=make_tests(10)), "all-tests-pass") == "confirmed"
    assert verdict(text, make_report(tests=make_tests(9, 1, new=["t::x"])), "all-tests-pass") == "not_verifiable"


@pytest.mark.parametrize("text", ["Existing tests continue to pass", "No regressions", "Old tests still pass"])
def test_existing_tests_pass_means_no_regressions(text):
    assert verdict(text, make_report(tests=make_tests(9, 1, pre=["t::old"])), "all-tests-pass") == "confirmed"
    assert verdict(text, make_report(tests=make_tests(9, 1, regressions=["t::x"])), "all-tests-pass") == "contradicted"
    assert verdict(text, make_report(tests=make_tests(10, removed=["t::gone"])), "all-tests-pass") == "contradicted"


def test_failure_claimed_preexisting_must_be_in_preexisting_failures():
    for text in ("The one failure is pre-existing", "That test was already failing on main", "The failing test is unrelated to this change"):
        assert verdict(text, make_report(tests=make_tests(9, 1, pre=["t::x"])), "failure-preexisting") == "confirmed"
        r = make_report(tests=make_tests(9, 1, regressions=["t::x"]))
        assert verdict(text, r, "failure-preexisting") == "contradicted"
        assert "regression (passed at base): t::x" in evidence_text(text, r, "failure-preexisting")
        assert verdict(text, make_report(tests=make_tests(10)), "failure-preexisting") == "not_verifiable"


def test_failed_count_and_non_critical():
    text = "Only 1 minor memory cleanup test failed (non-critical)"
    assert {c.kind for c in claims(text, make_report())} == {"tests-failed-count", "failure-non-critical"}
    r = make_report(tests=make_tests(53, 1, regressions=["t::cleanup"]))
    got = {c.kind: c.verdict for c in claims(text, r)}
    assert got == {"tests-failed-count": "confirmed", "failure-non-critical": "contradicted"}
    got = {c.kind: c.verdict for c in claims(text, make_report(tests=make_tests(52, 2, pre=["a", "b"])))}
    assert got == {"tests-failed-count": "contradicted", "failure-non-critical": "not_verifiable"}


# ------------------------------------------------------------------------------------------------ 7. dependencies

DEP_ADDED = F("dependency-added", severity="info", category="dependencies", obj="requests", path="pyproject.toml")
DEP_BUMPED = F("dependency-constraint-changed", severity="info", category="dependencies", obj="click", path="pyproject.toml")


@pytest.mark.parametrize("text", ["No new dependencies", "No new third-party packages were added",
                                  "We did not add any new dependencies", "Done without adding new dependencies"])
def test_no_new_dependencies(text):
    assert verdict(text, make_report([DEP_BUMPED]), "no-new-dependencies") == "confirmed"
    assert verdict(text, make_report([DEP_ADDED]), "no-new-dependencies") == "contradicted"
    r = make_report(skipped={"dependencies": "no dependency declarations changed"})
    assert verdict(text, r, "no-new-dependencies") == "not_verifiable"
    assert "did not run: no dependency declarations changed" in evidence_text(text, r, "no-new-dependencies")


def test_dependencies_unchanged_covers_every_dependency_change():
    assert verdict("Dependencies are unchanged", make_report([DEP_BUMPED]), "no-new-dependencies") == "contradicted"


# ------------------------------------------------------------------------------------------------ 8. async

BLOCKING = F("blocking-call-in-async", severity="risk", category="async-hazards", obj="pkg.routes.on_message",
             path="pkg/routes.py", line=14, message="`time.sleep(0.1)` in async def on_message()")


@pytest.mark.parametrize("text", ["No synchronous I/O blocking added to critical paths", "All new code is non-blocking",
                                  "No blocking calls were added", "It does not block the event loop"])
def test_no_blocking_io(text):
    assert verdict(text, make_report(), "no-blocking-io") == "confirmed"
    r = make_report([BLOCKING])
    assert verdict(text, r, "no-blocking-io") == "contradicted"
    assert "blocking-call-in-async [risk] pkg.routes.on_message at pkg/routes.py:14" in evidence_text(text, r, "no-blocking-io")
    assert verdict(text, make_report(skipped={"async-hazards": "no changed production Python files"}), "no-blocking-io") == "not_verifiable"


# ------------------------------------------------------------------------------------------------ 9. architecture

def test_architecture_claims():
    boundary = F("boundary-violation", category="architecture", obj="auth.tokens", path="auth/tokens.py", line=2)
    relative = F("relative-import-added", severity="risk", category="architecture", obj="pkg.mod")
    dup = F("duplicate-definition", severity="risk", category="architecture", obj="pkg.b.Manager")
    cases = [("No architecture violations introduced", "no-architecture-violations", boundary),
             ("Service independence maintained (backend/auth separation)", "no-architecture-violations", boundary),
             ("Layer boundaries are respected", "no-architecture-violations", boundary),
             ("Import management follows absolute import rules", "absolute-imports", relative),
             ("No new relative imports", "absolute-imports", relative),
             ("No duplicated classes", "no-duplicate-definitions", dup),
             ('No "Manager"/"Factory" proliferation', "no-duplicate-definitions", dup),
             ("Single Source of Truth preserved", "no-duplicate-definitions", dup)]
    for text, kind, finding in cases:
        assert verdict(text, make_report(), kind) == "confirmed", text
        assert verdict(text, make_report([finding]), kind) == "contradicted", text
        assert verdict(text, make_report(skipped={"architecture": "x"}), kind) == "not_verifiable", text


# ------------------------------------------------------------------------------------------------ 10. syntax, imports, contracts

def test_validity_claims():
    cases = [("Python syntax validation: ALL PASS", "syntax-valid", "syntax", F("syntax-error", category="syntax")),
             ("No syntax errors", "syntax-valid", "syntax", F("syntax-error", category="syntax")),
             ("Import compatibility: ALL PASS", "imports-valid", "imports", F("import-broken", category="imports")),
             ("All modules import successfully", "imports-valid", "imports", F("circular-import", category="imports")),
             ("Interface contract validation: ALL PASS", "contracts-valid", "contracts",
              F("protocol-nonconformance", category="contracts"))]
    for text, kind, check, finding in cases:
        assert verdict(text, make_report(), kind) == "confirmed", text
        assert verdict(text, make_report([finding]), kind) == "contradicted", text
        assert verdict(text, make_report(skipped={check: "x"}), kind) == "not_verifiable", text


def test_quoted_import_statement():
    text = "- `from pkg.mod import Manager` ✅"
    assert verdict(text, make_report(), "import-statement") == "not_verifiable"
    assert verdict(text, make_report([F("object-removed", obj="pkg.mod.Manager")]), "import-statement") == "contradicted"


# ------------------------------------------------------------------------------------------------ runtime, not checked

@pytest.mark.parametrize("text", ["Existing functionality works exactly as before", "Mixed usage patterns work seamlessly",
                                  "Chat remains fully operational", "Minimal performance impact",
                                  "Enhanced logging does not affect functionality", "The changes are completely stable"])
def test_runtime_behaviour_is_not_verifiable(text):
    assert verdict(text, make_report(tests=make_tests(10)), "runtime-behaviour") == "not_verifiable"


@pytest.mark.parametrize("text", ["Enhanced logging improves debugging", "Type safety improvements strengthen the system",
                                  "All CLAUDE.md mandates are satisfied", "✅ Thread record creation fix"])
def test_unrecognised_claims_are_not_checked(text):
    got = claims(text, make_report())
    assert [(c.kind, c.verdict) for c in got] == [("unrecognised", "not_checked")]


def test_plain_sentences_are_not_claims():
    assert claims("The service handles websocket connections.\n\n## Details\n\nSee the diff below.\n", make_report()) == []


def test_every_claim_kind_is_documented():
    doc = "No breaking changes\n\n3 files changed\n\nNo new dependencies\n\nAll tests pass\n\nEnhanced logging improves debugging\n"
    for c in claims(doc, make_report()):
        assert c.kind in CLAIM_KINDS or c.kind == "unrecognised"
        assert c.verdict in VERDICTS


# ------------------------------------------------------------------------------------------------ output

DOC = """# Report

- No breaking changes
- No new dependencies
- 53/54 tests pass
- Enhanced logging improves debugging
- No synchronous I/O added
"""


def result():
    r = make_report([BLOCKING], not_applicable={"dependencies": "no dependency declarations changed"})
    return verify(DOC, r, document="REPORT.md")


def test_json_shape():
    data = json.loads(claims_json(result()))
    assert set(data) == {"schema", "document", "base", "head", "claims", "summary"}
    assert data["schema"] == "changeproof.verify/1" and data["document"] == "REPORT.md"
    assert data["summary"] == {"confirmed": 2, "contradicted": 1, "not_verifiable": 1, "not_checked": 1}
    assert [c["line"] for c in data["claims"]] == [3, 4, 5, 6, 7]  # document order
    first = data["claims"][0]
    assert set(first) == {"line", "text", "kind", "verdict", "refs", "evidence"}
    assert first["text"] == "No breaking changes" and first["verdict"] == "confirmed"
    blocking = next(c for c in data["claims"] if c["kind"] == "no-blocking-io")
    assert blocking["verdict"] == "contradicted"
    ref = "blocking-call-in-async:pkg.routes.on_message@pkg/routes.py:14"
    assert blocking["refs"] == ["finding:" + ref]
    assert blocking["evidence"][0]["finding"] == {"id": ref, "kind": "blocking-call-in-async", "severity": "risk",
                                                  "object": "pkg.routes.on_message", "parameter": None,
                                                  "path": "pkg/routes.py", "line": 14}
    assert all({"source", "text"} <= set(e) for c in data["claims"] for e in c["evidence"])


def test_markdown_and_terminal_list_contradictions_first():
    md = claims_markdown(result())
    rows = [line for line in md.splitlines() if line.startswith("| ") and not line.startswith(("| line", "| ---"))]
    assert "**contradicted**" in rows[0] and "not verifiable" in rows[1] and "not checked" in rows[-1]
    assert "1 contradicted, 1 not verifiable, 2 confirmed, 1 not checked" in md
    text = claims_terminal_text(result(), width=160)
    table = text.split("\n", 2)[2]  # after the title and the summary line
    assert table.index("contradicted") < table.index("not verifiable") < table.index("confirmed") < table.index("not checked")
    assert render(result(), "terminal") == claims_terminal_text(result())


def test_exit_code():
    assert verify_exit_code(result()) == 1
    assert verify_exit_code(verify("No breaking changes\n", make_report())) == 0
    assert verify_exit_code(verify("", make_report())) == 0


def test_preexisting_claim_naming_a_test_judges_that_test():
    t = make_tests(8, 2, pre=["tests/test_a.py::test_cleanup"], regressions=["tests/test_b.py::test_send"])
    r = make_report(tests=t)
    assert verdict("test_cleanup was already failing on main", r, "failure-preexisting") == "confirmed"
    assert verdict("test_send is a pre-existing failure", r, "failure-preexisting") == "contradicted"
    assert verdict("test_other fails on main too", r, "failure-preexisting") == "not_verifiable"
    assert verdict("The failures are pre-existing", r, "failure-preexisting") == "contradicted"


def test_hedged_counts_are_not_read():
    r = make_report(tests=make_tests(53, 1))
    got = claims("All 54 tests are passing except one flaky test.", r)
    assert [(c.kind, c.verdict) for c in got] == [("unrecognised", "not_checked")]
    assert verdict("pytest: 53 passed, 1 failed in 3.2s", r, "tests-passed-count") == "confirmed"
    assert "all-tests-pass" not in kinds("All checks pass")  # CI checks are not tests


def test_descriptions_and_conditions_are_not_claims():
    assert "absolute-imports" not in kinds("A relative import was added to a project that uses absolute imports.")
    assert "backward-compatible" not in kinds("Where the engine cannot prove whether the change is compatible, it says so.")
    assert verdict("We use absolute imports throughout", make_report(), "absolute-imports") == "confirmed"


def test_listed_files_under_a_mixed_heading():
    doc = "**New and modified files:**\n- `pkg/mod.py`\n- `docs/notes.md`\n- `pkg/nope.py`\n"
    got = [c.verdict for c in claims(doc, make_report()) if c.kind == "listed-file"]
    assert got == ["confirmed", "confirmed", "contradicted"]


def test_verify_file(tmp_path):
    from changeproof.errors import UserError
    from changeproof.verify import verify_file

    doc = tmp_path / "STABILITY.md"
    doc.write_text("\ufeff# Report\n\nNo breaking changes.\n", encoding="utf-8")
    result = verify_file(doc, make_report())
    assert result.document == str(doc)
    assert [(c.line, c.kind, c.verdict) for c in result.claims] == [(3, "no-breaking-changes", "confirmed")]
    with pytest.raises(UserError, match="cannot read"):
        verify_file(tmp_path / "missing.md", make_report())


def test_empty_document():
    result = verify("", make_report())
    assert result.claims == [] and result.summary == {"confirmed": 0, "contradicted": 0, "not_verifiable": 0, "not_checked": 0}
    assert "no claims found" in claims_terminal_text(result)
    assert "No claims found." in claims_markdown(result)


def test_failures_whose_base_is_unknown_are_not_called_preexisting():
    t = make_tests(9, 1)
    t["base_unknown"] = ["t::x"]
    r = make_report(tests=t)
    assert verdict("The failure is pre-existing", r, "failure-preexisting") == "not_verifiable"
    assert "failing: t::x" in evidence_text("All tests pass", r, "all-tests-pass")
