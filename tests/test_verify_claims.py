"""`verify` reads every assertion and grounds it in the facts and findings on the thing it names.

Styles: checklists, key/value tables, headings, numbers as words, hedges, negation; named things: methods,
parameters, environment variables, dependencies, versions, files; vacuous truth; evidence ids."""

from __future__ import annotations

import pytest

from changeproof.model import Fact
from changeproof.verify import verify

from test_verify import C, F, claims, evidence_text, kinds, make_report, make_tests, verdict

# ------------------------------------------------------------------------------------------------ facts


def with_facts(report, *facts: Fact):
    report.facts = list(facts)
    return report


API_FACTS = (Fact("api", "modules-compared", ["pkg", "pkg.mod", "pkg.util"]),)


# ------------------------------------------------------------------------------------------------ styles

def test_checklist_items_are_claims_and_open_boxes_assert_nothing():
    got = claims("- [x] No new dependencies\n- [ ] Docs updated\n", make_report())
    assert [(c.kind, c.verdict, c.asserted) for c in got] == [
        ("no-new-dependencies", "confirmed", True), ("unrecognised", "not_verifiable", False)]
    assert "unticked checklist item asserts nothing" in got[1].evidence[0].text


def test_key_value_table_rows():
    r = make_report([F("env-var-added", category="config-drift", obj="API_TOKEN", path="pkg/settings.py")])
    doc = "| Check | Result |\n|---|---|\n| Breaking changes | none |\n| New env vars | none |\n| Dependencies | no changes |\n"
    got = {c.text: (c.kind, c.verdict) for c in claims(doc, r)}
    assert got["| Breaking changes | none |"] == ("no-breaking-changes", "contradicted")
    assert got["| New env vars | none |"] == ("no-env-var-changes", "contradicted")
    assert got["| Dependencies | no changes |"] == ("no-new-dependencies", "confirmed")


def test_a_header_naming_the_subjects_gives_a_claim_per_column():
    doc = "| Breaking changes | New dependencies |\n|---|---|\n| 0 | none |\n"
    assert kinds(doc) == {"no-breaking-changes", "no-new-dependencies"}


def test_check_names_in_a_table():
    r = make_report([F("relative-import-added", severity="risk", category="architecture", obj="pkg.mod")])
    doc = "| Check | Result |\n|---|---|\n| architecture | none |\n| call-sites | \u2705 |\n"
    got = {c.text: c.verdict for c in claims(doc, r)}
    assert got == {"| architecture | none |": "contradicted", "| call-sites | \u2705 |": "confirmed"}


def test_a_heading_asserts_after_its_colon_not_as_a_title():
    assert kinds("## Summary: no breaking changes\n") == {"no-breaking-changes"}
    assert kinds("## No breaking changes\n") == {"no-breaking-changes"}
    assert claims("## Breaking changes\n### 2.1 Dependency analysis\n", make_report()) == []


@pytest.mark.parametrize("text,n", [("four files changed", 4), ("Twenty-three files changed", 23),
                                    ("a dozen files changed", 12), ("one hundred and five files changed", 105)])
def test_numbers_written_as_words(text, n):
    got = next(c for c in claims(text, make_report()) if c.kind == "changed-file-count")
    assert f"claimed: {n} " in evidence_text(text, make_report(), "changed-file-count") or got.verdict == "confirmed"


def test_none_of_n_tests_fail_is_not_a_count_of_failures():
    r = make_report(tests=make_tests(5, 0))
    got = {c.kind: c.verdict for c in claims("None of the five tests fail.", r)}
    assert got == {"tests-passed-count": "confirmed", "all-tests-pass": "confirmed"}


def test_a_total_with_a_breakdown():
    r = make_report()  # 2 production modified, 1 test added, 1 docs added
    got = [(c.verdict, c.evidence[0].text) for c in claims("4 files changed (2 production, 2 test)", r)
           if c.kind == "changed-file-count"]
    # the total is right; of the breakdown "2 production, 2 test" the test count is wrong: those words are
    # contradicted, and the production count's confirmation of the same words does not stand for them
    # (the contradicted reading of those words is listed first: it is the verdict on them)
    assert [v for v, _ in got] == ["confirmed", "contradicted", "not_verifiable"]
    assert "another reading" in got[2][1]


def test_unit_and_integration_counts_are_told_apart_by_path_or_not_at_all():
    r = make_report(changes=[C("tests/unit/test_a.py", "added", "test"), C("tests/integration/test_b.py", "added", "test")])
    got = [c.verdict for c in claims("2 new test files (1 unit, 1 integration)", r) if c.kind == "changed-file-count"]
    assert got == ["confirmed", "confirmed", "confirmed"]
    flat = make_report(changes=[C("tests/test_a.py", "added", "test"), C("tests/test_b.py", "added", "test")])
    got = [c.verdict for c in claims("2 new test files (1 unit, 1 integration)", flat) if c.kind == "changed-file-count"]
    assert got == ["confirmed", "not_verifiable", "not_verifiable"]


def test_hedges_are_claims_marked_hedged():
    r = make_report([F("object-removed", obj="pkg.mod.send")])
    c = next(c for c in claims("I believe this should not break anything.", r))
    assert (c.kind, c.verdict, c.hedged) == ("no-breaking-changes", "contradicted", True)
    assert verify("Tests probably still pass.", make_report(tests=make_tests(3))).claims[0].hedged


def test_negation_scope():
    r = make_report([F("dependency-added", severity="info", category="dependencies", obj="respx", path="pyproject.toml",
                       message="`respx>=0.20` was added to optional[dev] (development tooling)")])
    assert verdict("No new runtime dependencies.", r, "no-new-dependencies") == "confirmed"
    assert verdict("No new dependencies.", r, "no-new-dependencies") == "contradicted"
    assert verdict("We did not remove any dependency.", r, "no-new-dependencies") == "confirmed"


# ------------------------------------------------------------------------------------------------ named things

GET = F("parameter-removed", obj="pkg.client.Client.get", param="path", path="pkg/client.py", line=11)
DAYS = F("parameter-default-changed", severity="risk", obj="pkg.client.fetch", param="days", old="days: int = 3",
         new="days: int = 5", path="pkg/client.py", line=20)
TTL = F("env-var-default-changed", severity="risk", category="config-drift", obj="CACHE_TTL", old="'300'", new="'60'",
        path="pkg/settings.py", line=5)
KEY = F("env-var-added", category="config-drift", obj="PAYMENTS_KEY", new="<required>", path="pkg/settings.py", line=7)


@pytest.mark.parametrize("text,kind,expected", [
    ("`Client.get` keeps its signature", "entity-kept", "contradicted"),
    ("`Client.get` is unchanged.", "entity-kept", "contradicted"),
    ("The default number of days is still 3.", "entity-kept", "contradicted"),
    ("`CACHE_TTL` keeps its default of 300 seconds", "entity-kept", "contradicted"),
    ("`PAYMENTS_KEY` stays optional", "entity-kept", "contradicted"),
    ("`PAYMENTS_KEY` is optional, the service starts without it", "entity-kept", "contradicted"),
    ("Lowered the cache TTL default from 300 to 60", "entity-changed", "confirmed"),
    ("Lowered the cache TTL default from 300 to 30", "entity-changed", "contradicted"),
    # only `path` is seen removed: nothing in the report names `endpoint`, so the rename is not confirmed (principle 4)
    ("The `path` parameter of `Client.get` was renamed to `endpoint`", "entity-changed", "not_verifiable"),
    ("Added a required `PAYMENTS_KEY` setting", "entity-added", "confirmed"),
    ("Added an optional `PAYMENTS_KEY` setting", "entity-added", "contradicted"),
])
def test_claims_about_named_things(text, kind, expected):
    r = make_report([GET, DAYS, TTL, KEY])
    assert verdict(text, r, kind) == expected


def test_a_rename_is_confirmed_when_the_report_names_both_sides():
    added = F("parameter-added-required", obj="pkg.client.Client.get", param="endpoint", path="pkg/client.py", line=11)
    r = make_report([GET, added])
    assert verdict("The `path` parameter of `Client.get` was renamed to `endpoint`", r, "entity-changed") == "confirmed"


def test_a_claim_on_a_name_cites_the_finding_on_it():
    r = make_report([GET, DAYS])
    c = next(c for c in claims("`Client.get` keeps its signature", r))
    assert c.refs == ["finding:parameter-removed:pkg.client.Client.get:path@pkg/client.py:11"]


def test_kept_is_confirmed_only_by_a_fact_that_covers_the_name():
    r = make_report([DAYS])
    assert verdict("`Client.get` keeps its signature", r, "entity-kept") == "not_verifiable"  # no fact on the name
    r = with_facts(make_report([DAYS]), Fact("config-drift", "env-var", {"base": {"read": True, "required": False, "default": "30"},
                                                                         "head": {"read": True, "required": False, "default": "30"}},
                                             subject="TIMEOUT"))
    c = next(c for c in claims("`TIMEOUT` keeps its default", r) if c.kind == "entity-kept")
    assert c.verdict == "confirmed" and c.refs == ["config-drift:env-var:TIMEOUT"]


def test_a_variable_no_longer_read_is_not_still_honoured():
    r = with_facts(make_report(), Fact("config-drift", "env-var", {"base": {"read": True, "required": False},
                                                                   "head": {"read": False}}, subject="LOG_LEVEL"))
    assert verdict("The `LOG_LEVEL` variable is still honoured", r, "entity-kept") == "contradicted"


def test_dependencies_by_name_and_qualifier():
    runtime = F("dependency-added", severity="risk", category="dependencies", obj="tenacity", path="pyproject.toml",
                message="`tenacity>=8.2` is a new runtime dependency (runtime)")
    dev = F("dependency-added", severity="info", category="dependencies", obj="respx", path="pyproject.toml",
            message="`respx>=0.20` was added to optional[dev] (development tooling)")
    r = make_report([runtime, dev])
    assert verdict("tenacity is a dev-only dependency", r, "entity-added") == "contradicted"
    got = [c.verdict for c in claims("`tenacity` was added as a runtime dependency and `respx` as a development dependency.", r)]
    assert got == ["confirmed"]
    bump = F("dependency-constraint-changed", severity="risk", category="dependencies", obj="click", old="click>=8.0",
             new="click>=8.1.7", path="pyproject.toml")
    six = F("dependency-removed", severity="risk", category="dependencies", obj="six", old="six>=1.16", path="pyproject.toml")
    r = make_report([bump, six])
    got = [(c.kind, c.verdict) for c in claims("Bump click, drop six.", r)]
    assert got == [("entity-changed", "confirmed"), ("entity-removed", "confirmed")]
    assert verdict("click >= 8.2 (was >= 8.0)", r, "entity-changed") == "contradicted"


def test_general_claim_scoped_to_the_thing_it_describes():
    added = F("parameter-added-optional", severity="info", obj="pkg.client.Client.__init__", param="retries")
    r = make_report([GET, added])
    got = {c.kind: c.verdict for c in claims("Added a `retries` parameter to `Client.__init__` (defaults to 3, so nothing breaks)", r)}
    assert got == {"entity-added": "confirmed", "no-breaking-changes": "confirmed"}


def test_entry_point_still_works():
    broken = F("import-broken", category="imports", obj="pkg.argparsing", path="pkg/cli.py", line=4,
               message="`from pkg.argparsing import parse_args` fails at head")
    assert verdict("The `pkg` command still works", make_report([broken]), "entry-point-works") == "contradicted"


def test_versions():
    r = make_report()
    r.version = {"base": "1.2.0", "head": "1.2.0", "bump": "none", "required": "minor", "sufficient": None}
    assert verdict("Bumped the version to 1.3.0", r, "version") == "contradicted"
    assert verdict("The version number was not changed.", r, "version") == "confirmed"
    r.version = {"base": "1.2.0", "head": "1.3.0", "bump": "minor", "required": "minor", "sufficient": True}
    assert verdict("Bumped the version to 1.3.0", r, "version") == "confirmed"
    assert verdict("Version bumped (patch)", r, "version") == "contradicted"
    assert verdict("The version was bumped from 1.2.0 to 1.3.0", r, "version") == "confirmed"


# ------------------------------------------------------------------------------------------------ vacuous truth

def test_only_tests_added_on_a_change_that_adds_nothing_is_contradicted():
    r = make_report(changes=[C("pkg/mod.py"), C("pkg/util.py")])
    c = next(c for c in claims("Only tests were added.", r))
    assert c.verdict == "contradicted" and "adds no file at all" in c.evidence[0].text


def test_we_only_add_tests_is_contradicted_by_a_modified_module():
    r = make_report(changes=[C("pkg/mod.py"), C("tests/test_new.py", "added", "test")])
    assert verdict("This PR only adds tests.", r, "only-categories") == "contradicted"
    assert verdict("Only tests were added.", r, "only-categories") == "confirmed"  # the additions are tests


def test_a_category_the_change_does_not_touch_is_said_as_such():
    r = make_report(changes=[C("pkg/mod.py")])
    c = next(c for c in claims("CHANGELOG updated", r))
    assert c.verdict == "contradicted" and "no changelog file" in c.evidence[0].text


# ------------------------------------------------------------------------------------------------ evidence

def test_confirmed_needs_a_fact_when_the_report_has_facts():
    r = with_facts(make_report())
    assert verdict("No new dependencies", r, "no-new-dependencies") == "not_verifiable"  # the check published none
    r = with_facts(make_report(), Fact("dependencies", "declarations-changed", 0))
    c = next(c for c in claims("No new dependencies", r))
    assert c.verdict == "confirmed" and c.refs == ["dependencies:declarations-changed"]


def test_not_applicable_is_having_looked():
    r = with_facts(make_report(not_applicable={"dependencies": "no dependency declarations changed"}))
    assert verdict("No new dependencies", r, "no-new-dependencies") == "confirmed"


def test_no_breaking_changes_needs_every_required_check():
    r = make_report(tests=None)
    r.required["tests"] = "the project has a test suite"
    c = next(c for c in claims("No breaking changes", r))
    assert c.verdict == "not_verifiable"
    assert any("not checked: tests" in e.text for e in c.evidence)


def test_every_verdict_lists_what_it_rests_on():
    r = make_report([GET])
    for c in verify("- No breaking changes\n- 4 files changed\n- `Client.get` keeps its signature\n", r).claims:
        assert c.verdict != "confirmed" or c.evidence
        if c.verdict == "contradicted":
            assert c.refs, c


def test_every_claim_kind_is_in_the_report_format_docs():
    from pathlib import Path

    from changeproof.verify import CLAIM_KINDS

    docs = (Path(__file__).resolve().parents[1] / "docs" / "report-format.md").read_text(encoding="utf-8")
    section = docs[docs.index("## Claims"):]
    section = section[:section.index("\n## ", 10)]
    missing = [k for k in CLAIM_KINDS if f"`{k}`" not in section]
    assert not missing


@pytest.mark.parametrize("text,expected", [
    ("Fixes #123.", [("unmeasured", "not_verifiable")]),
    ("Lint and mypy are clean.", [("unmeasured", "not_verifiable")]),
    ("4 files changed, 12 insertions(+), 4 deletions(-)", [("changed-file-count", "confirmed"), ("line-count", "confirmed"),
                                                          ("line-count", "confirmed")]),
    ("4 files changed, 10 insertions(+)", [("changed-file-count", "confirmed"), ("line-count", "contradicted")]),
    ("Deprecated `func` in favour of `post`.", [("entity-changed", "contradicted")]),  # removed, not deprecated
    ("None of the public functions changed.", [("interfaces-unchanged", "contradicted")]),
    ("| `func` | removed | Breaking? no |", [("entity-removed", "confirmed"), ("entity-breaking", "contradicted")]),
])
def test_more_forms(text, expected):
    r = make_report([F("object-removed", obj="pkg.mod.func")])
    assert [(c.kind, c.verdict) for c in claims(text, r)] == expected


ENUM = F("enum-member-removed", obj="pkg.mod.Mode.APPEND", path="pkg/mod.py", line=9)
KIND = F("parameter-kind-changed", obj="pkg.mod.open_backend", param="mode", path="pkg/mod.py", line=30)
ASYNC = F("sync-async-changed", obj="pkg.mod.sync_all", path="pkg/mod.py", line=40)
EXPORT = F("export-removed", obj="pkg.sync_all", path="pkg/__init__.py", line=1)


@pytest.mark.parametrize("text,expected", [
    ("`Mode` still has READ, WRITE and APPEND.", [("entity-kept", "contradicted")]),
    ("`Mode.READ` and `Mode.WRITE` keep their values.", [("entity-kept", "not_verifiable")]),
    ("`open_backend(url, Mode.WRITE)` still works positionally.", [("entity-kept", "contradicted")]),
    ("`open_backend` keeps accepting `mode` positionally.", [("entity-kept", "contradicted")]),
    ("`sync_all` remains a regular function; callers do not need to await it.", [("entity-kept", "contradicted")]),
    ("`sync_all` is no longer listed in `__all__`.", [("entity-removed", "confirmed")]),
    ("| `sync_all` | now `async def` | yes |", [("entity-changed", "confirmed")]),
    ("### Removed\n\n- Nothing.\n", [("nothing-removed", "contradicted")]),
    ("No files were added or removed.", [("no-category-changes", "contradicted")]),  # two were added
    ("The test directory was not modified.", [("no-category-changes", "contradicted")]),
    ("| Risk | Level |\n|---|---|\n| Breaking changes | None |\n| Data loss | None |\n",
     [("no-breaking-changes", "contradicted"), ("runtime-behaviour", "not_verifiable")]),
])
def test_forms_about_enums_parameters_exports_and_headings(text, expected):
    r = make_report([ENUM, KIND, ASYNC, EXPORT])
    assert [(c.kind, c.verdict) for c in claims(text, r)] == expected


def test_the_only_failing_test_is_a_count():
    t = make_tests(0, 3, regressions=["t::a", "t::b"], pre=["t::c"])
    got = {c.kind: c.verdict for c in claims("The only failing test, `test_c`, was already failing on main.", make_report(tests=t))}
    assert got["tests-failed-count"] == "contradicted"


def test_a_file_named_without_its_path():
    r = make_report(changes=[C("pkg/mod.py"), C("docker-compose.yml", "modified", "config")])
    assert verdict("The compose file was not touched.", r, "path-status") == "contradicted"
    assert verdict("The Dockerfile was not touched.", r, "path-status") == "confirmed"


def test_a_clause_not_understood_is_listed_and_keeps_its_sentence_from_being_confirmed():
    r = make_report()
    got = [(c.kind, c.verdict, c.text) for c in claims("We did not add any dependency, and the frobnicator is reticulated.", r)]
    # (the part read is not confirmed: the sentence is not all accounted for, see test_verify_strict.py)
    assert got == [("no-new-dependencies", "not_checked", "We did not add any dependency"),
                   ("unrecognised", "not_checked", "and the frobnicator is reticulated")]
    got = [(c.kind, c.verdict, c.text) for c in claims("No dependency was added; the frobnicator is reticulated.", r)]
    assert got == [("no-new-dependencies", "not_checked", "No dependency was added"),
                   ("unrecognised", "not_checked", "the frobnicator is reticulated")]
    # a claim made without the clause it was not understood is shown without it (and the clause apart), never
    # with a text that takes the clause in
    got = claims("Removed `func`, callers are reticulated.", make_report([F("object-removed", obj="pkg.mod.func")]))
    assert [(c.kind, c.verdict, c.text) for c in got] == [("entity-removed", "not_checked", "Removed `func`"),
                                                          ("unrecognised", "not_checked", "callers are reticulated")]
    got = claims("`func` was removed because we reckon the frobnicator never needed it.",
                 make_report([F("object-removed", obj="pkg.mod.func")]))
    assert [(c.kind, c.verdict, c.text) for c in got] == [
        ("entity-removed", "confirmed", "`func` was removed"),
        ("unrecognised", "not_checked", "because we reckon the frobnicator never needed it")]


def test_internal_refactor_and_modules_renamed():
    r = make_report([F("object-removed", obj="pkg.mod.func")])
    assert verdict("The refactor is internal.", r, "interfaces-unchanged") == "contradicted"
    assert verdict("The refactor is internal.", make_report(), "interfaces-unchanged") == "confirmed"
    renamed = make_report(changes=[C("pkg/old.py", "renamed"), C("docs/a.md", "renamed", "docs")])
    assert verdict("We did not rename any module.", renamed, "no-category-changes") == "contradicted"
    assert verdict("We did not rename any module.", make_report(), "no-category-changes") == "confirmed"


def test_tests_removed_count():
    t = make_tests(5, 0, removed=["tests/test_a.py::test_old"])
    assert verdict("One obsolete test was removed.", make_report(tests=t), "tests-removed-count") == "confirmed"
    assert verdict("We removed two flaky tests.", make_report(tests=t), "tests-removed-count") == "contradicted"
    assert verdict("One obsolete test was removed.", make_report(), "tests-removed-count") == "not_verifiable"


def test_an_aside_after_a_clause_goes_with_it():
    got = [c.text for c in claims("`a.py` was modified, and the version goes from 1.1.0 to 1.2.0, which is the right bump.",
                                  make_report())]
    assert "and the version goes from 1.1.0 to 1.2.0, which is the right bump" in got
    assert not any(t.startswith("which") for t in got)


def test_what_something_was_added_to_is_changed_not_added():
    r = make_report([F("parameter-added-optional", severity="info", obj="pkg.mod.Client.get", param="retries")])
    got = [(c.kind, c.verdict) for c in claims("Added automatic retries to `Client.get`.", r)]
    assert got == [("entity-changed", "confirmed")]
    assert [c.kind for c in claims("Added `retries` to `Client.get`.", r)] == ["entity-added"]


# ------------------------------------------------------------------------------------------------ classes added in
# the second round (each written in wordings of our own, not the corpus's)

def test_counted_files_with_a_location():
    r = make_report(changes=[C("pkg/a.py"), C("tests/test_a.py", category="test"), C("README.md", category="docs")])
    assert verdict("Two files in the package were edited.", r, "changed-file-count") == "contradicted"
    assert verdict("One file under `pkg/` was modified.", r, "changed-file-count") == "confirmed"
    assert verdict("3 files inside pkg/ changed.", r, "changed-file-count") == "contradicted"
    assert verdict("Exactly one file in the tests was touched.", r, "changed-file-count") == "confirmed"
    # a place that is not understood makes no count ("in the morning")
    assert "changed-file-count" not in kinds("Two files in the morning were edited.", r)


def test_a_reason_that_claims_is_judged_apart_and_the_claim_is_made_without_it():
    r = make_report([F("object-removed", obj="pkg.mod.func"),
                     F("call-site-broken", obj="pkg.mod.func", path="pkg/cli.py", message="`func` no longer exists")])
    got = [(c.kind, c.verdict, c.text) for c in claims("`func` was removed because nobody calls it.", r)]
    assert got == [("entity-removed", "confirmed", "`func` was removed"),
                   ("no-callers", "contradicted", "because nobody calls it")]
    assert verdict("We dropped `func`, since no one uses `func` any more.", r, "no-callers") == "contradicted"
    # of a callable the change did not touch, call-sites says nothing
    assert verdict("Nothing calls `other` now.", r, "no-callers") == "not_verifiable"


def test_conformance_and_event_loop_said_in_other_words():
    r = make_report([F("protocol-member-added", obj="pkg.mod.Store.flush"),
                     F("protocol-nonconformance", category="contracts", obj="pkg.disk.DiskStore.flush", path="pkg/disk.py"),
                     F("blocking-call-in-async", severity="risk", category="async-hazards", obj="pkg.mod.handle")])
    assert verdict("The interface gained `flush()`, which `DiskStore` should already satisfy.", r, "contracts-valid") == "contradicted"
    assert verdict("Implementers are unaffected.", r, "contracts-valid") == "contradicted"
    assert verdict("`handle` now pauses briefly, which is harmless for the event loop.", r, "no-blocking-io") == "contradicted"
    assert verdict("The new pause won't stall the loop.", r, "no-blocking-io") == "contradicted"


def test_variables_required_at_start_up_and_calls_that_keep_working():
    r = make_report([F("env-var-added", category="config-drift", obj="APP_SECRET", path="pkg/settings.py"),
                     F("call-site-broken", obj="pkg.mod.func", path="pkg/cli.py", message="keyword `size` is not accepted")])
    assert verdict("No new variable must be set at start-up.", r, "no-env-var-changes") == "contradicted"
    assert verdict("Existing calls should keep working.", r, "no-broken-call-sites") == "contradicted"
    assert verdict("Call sites don't need to change.", r, "no-broken-call-sites") == "contradicted"
    # only broken keyword calls: of positional callers call-sites cannot say they broke
    assert verdict("Positional callers are unaffected.", r, "no-broken-call-sites") == "not_verifiable"


def test_a_claimed_change_is_confirmed_only_by_a_finding_on_that_aspect():
    r = make_report([F("parameter-default-changed", severity="risk", obj="pkg.mod.Client.__init__", param="timeout",
                       old="30", new="10"),
                     F("logging-added", severity="info", category="async-hazards", obj="pkg.mod",
                       message="1 logging call added (1 debug)")])
    assert verdict("`timeout` is now mandatory.", r, "entity-changed") == "not_verifiable"
    assert verdict("The default of `timeout` changed.", r, "entity-changed") == "confirmed"
    assert verdict("Warning-level logging added to `handle`.", r, "logging-added") == "contradicted"
    assert verdict("`handle` now logs at error level.", r, "logging-added") == "contradicted"


def test_a_class_whose_members_changed_was_updated():
    r = with_facts(make_report([F("parameter-type-widened", severity="info", obj="pkg.mod.Store.get", param="key")]),
                   Fact("api", "definitions", {"pkg/mod.py": {"Store": "unchanged"}}))
    assert verdict("`Store` was updated to match.", r, "entity-changed") != "contradicted"


def test_a_plain_and_between_two_clauses_parts_them():
    r = make_report(tests=make_tests(passed=8))
    got = {c.kind: (c.verdict, c.text) for c in claims("The suite has 9 tests and all of them pass.", r)}
    # (a clause whose subject points back, "all of them", is shown with the clause that says what "them" is)
    assert got["all-tests-pass"][1] == "The suite has 9 tests and all of them pass"
    assert "all of them pass" not in got["tests-collected"][1]
    # "and" between two names is not two clauses
    assert [c.text for c in claims("`a` and `b` were removed.", make_report())] == ["`a` and `b` were removed."]


def test_is_now_with_a_place_is_a_rename():
    r = make_report([F("parameter-removed", obj="pkg.mod.fetch", param="size_kb", message="renamed to `size`?")])
    assert verdict("`size_kb` is now `size` in `fetch`.", r, "entity-changed") == "confirmed"
    assert "entity-changed" in kinds("`size_kb` is now `size` everywhere.", r)


def test_kept_behaviour_is_contradicted_by_a_regressed_test_named_after_its_subject():
    t = make_tests(passed=5, failed=1, regressions=["tests/test_router.py::test_route_picks_nearest_hub"])
    r = make_report(tests=t)
    assert verdict("`route` still picks the nearest hub.", r, "runtime-behaviour") == "contradicted"
    assert verdict("We believe the router behaves as before for existing callers.", r, "runtime-behaviour") == "contradicted"
    assert verdict("No behavioural change.", r, "runtime-behaviour") == "contradicted"
    # another subject, a subject no test id can name, performance: the tests say nothing of them
    assert verdict("The billing module behaves as before.", r, "runtime-behaviour") == "not_verifiable"
    assert verdict("Hubs with fewer than ten parcels are not affected.", r, "runtime-behaviour") == "not_verifiable"
    assert verdict("Performance is unaffected.", r, "runtime-behaviour") == "not_verifiable"
    # without a test run nothing is known
    assert verdict("`route` still picks the nearest hub.", make_report(), "runtime-behaviour") == "not_verifiable"


def test_a_title_naming_a_version_or_a_version_pair():
    r = with_facts(make_report(), Fact("version", "version", {"base": "2.0.0", "head": "2.1.0", "bump": "minor"}))
    assert verdict("# mylib 2.1.0 released\n", r, "version") == "confirmed"
    assert verdict("## Release checklist: mylib 2.0.1\n", r, "version") == "contradicted"
    assert verdict("# mylib 2.0.0 \u2192 2.1.0\n", r, "version") == "confirmed"
    assert kinds("## Python 3.11 support\n", r) == set()
    assert kinds("## 3.2 Architecture checks\n", r) == set()


def test_production_code_outside_a_folder():
    r = make_report(changes=[C("app/core/a.py"), C("app/core/b.py"), C("tests/test_a.py", category="test")])
    assert verdict("No production code touched outside `core/`.", r, "no-production-changes") == "confirmed"
    assert verdict("No production code touched outside `app/api/`.", r, "no-production-changes") == "contradicted"


def test_what_happens_outside_the_repository_is_not_verifiable():
    for text in ("Wheels for every platform are on PyPI.", "No known CVE affects the new pin.",
                 "Partners only call the client with keyword arguments.", "The migration takes under a minute.",
                 "Latency in prod should go down as well."):
        got = claims(text, make_report())
        assert [(c.kind, c.verdict) for c in got] == [("unmeasured", "not_verifiable")], text


def test_named_dependency_said_unused():
    r = make_report([F("dependency-removed", category="dependencies", obj="python-dateutil", path="pyproject.toml",
                       message="`python-dateutil` was removed, but production code still imports it")])
    assert verdict("Nothing imports python-dateutil any more.", r, "dependency-unused") == "contradicted"
    # a dependency the change did not remove: changeproof does not know who imports it
    assert verdict("No module imports attrs.", r, "dependency-unused") == "not_verifiable"
    assert verdict("httpx is no longer used anywhere.", r, "dependency-unused") == "not_verifiable"


def test_a_second_predicate_of_one_subject():
    r = make_report([F("call-site-broken", obj="pkg.mod.run", path="pkg/cli.py", message="this call no longer binds")])
    got = [(c.kind, c.verdict, c.text) for c in claims("The command-line tool is untouched and still runs.", r)]
    assert ("entry-point-works", "contradicted", "still runs") in got
    assert all("still runs" not in t for k, _, t in got if k != "entry-point-works")


def test_the_same_claim_in_two_clauses_is_two_claims():
    r = make_report([F("object-removed", obj="pkg.mod.func")])
    got = [(c.kind, c.verdict) for c in claims("Upgrading to 3.0 should be painless: the release is fully backward compatible.", r)]
    assert got == [("backward-compatible", "contradicted"), ("backward-compatible", "contradicted")]
    assert verdict("It is safe to upgrade.", r, "backward-compatible") == "contradicted"


def test_a_named_import_contract():
    r = make_report([F("boundary-violation", category="architecture", obj="pkg.low",
                       message="`pkg.low` imports `pkg.high`, which breaks the contract 'Layers: high > low'")])
    assert verdict('The "high > low" contract is still respected.', r, "no-architecture-violations") == "contradicted"
    assert verdict("The layers contract 'api > core' is still kept.", r, "no-architecture-violations") == "not_verifiable"


def test_n_of_the_m_pass_without_the_word_tests():
    r = make_report(tests=make_tests(passed=4, failed=3))
    assert verdict("Five of the seven pass.", r, "tests-passed-count") == "contradicted"
    assert verdict("Seven tests: four of the seven pass.", r, "tests-passed-count") == "confirmed"


def test_counted_additions_and_removals():
    defs = Fact("architecture", "definitions-added", ["pkg/mod.py:3:parse", "pkg/mod.py:9:render", "pkg/mod.py:20:Token"])
    r = with_facts(make_report([F("env-var-added", category="config-drift", obj="APP_KEY", path="pkg/settings.py"),
                                F("parameter-added-optional", severity="info", obj="pkg.mod.load", param="strict")]), defs)
    assert verdict("The change adds two new functions.", r, "added-count") == "confirmed"
    assert verdict("Three helpers were added.", r, "added-count") == "contradicted"
    assert verdict("One new class, `Token`.", r, "added-count") == "confirmed"
    assert verdict("Two new environment variables must be set.", r, "added-count") == "contradicted"
    assert verdict("It introduces one new parameter.", r, "added-count") == "confirmed"
    # the api findings list public parameters only: more than they show is not known to be wrong
    assert verdict("Two parameters were added.", r, "added-count") == "not_verifiable"
    # what a function takes is not what was added
    assert "added-count" not in kinds("`load` now takes 2 parameters.", r)
    got = [c for c in claims("Adds 2 helpers and one class.", r) if c.kind == "added-count"]
    assert [c.verdict for c in got] == ["confirmed", "confirmed"]


def test_what_a_changed_thing_now_does_is_not_shown_by_any_finding_on_it():
    r = make_report([F("blocking-call-in-async", severity="risk", category="async-hazards", obj="pkg.mod.fetch",
                       message="`urlopen(url)` in async def fetch()")])
    # that `fetch` changed is shown; that it now uses aiohttp is not
    assert verdict("`fetch` now uses aiohttp for its request.", r, "entity-changed") == "not_verifiable"
    assert verdict("`fetch` now blocks on a synchronous request.", r, "entity-changed") == "confirmed"
    assert verdict("`fetch` was updated.", r, "entity-changed") == "confirmed"


def test_sentences_that_start_with_code_and_more_reworded_claims():
    r = make_report([F("object-removed", obj="pkg.mod.old_quote", message="method `pkg.mod.old_quote` was removed"),
                     F("call-site-broken", obj="pkg.mod.run", path="pkg/cli.py", message="this call no longer binds"),
                     F("object-added", severity="info", obj="pkg.mod.Quote.currency", message="new attribute `pkg.mod.Quote.currency`")])
    got = [(c.kind, c.text) for c in claims("`_helper` is private. `pkg/cli.py` needed no edit and nobody relies on `old_quote`.", r)]
    assert ("no-callers", "nobody relies on `old_quote`") in got
    # (a file said to need no edit holds a call that no longer binds: it did need one)
    assert ("path-status", "`pkg/cli.py` needed no edit") in got
    assert any(c.verdict == "contradicted" for c in claims("`pkg/cli.py` needed no edit.", r))
    # an abbreviation before code does not end a sentence
    from changeproof.verify import split_document
    assert len(split_document("Nothing breaks, e.g. `run` still works.")) == 1
    assert len(split_document("`a` is private. `b` is public.")) == 2
    assert verdict("This refactor keeps every existing call working.", r, "backward-compatible") == "contradicted"
    assert verdict("`Quote` got a new `currency` field.", r, "entity-added") == "confirmed"


def test_an_implementer_and_a_protocol_that_gained_a_member():
    defs = Fact("api", "definitions", {"pkg/mem.py": {"module": "pkg.mem", "changed": [], "added": ["MemStore.close"],
                                                       "removed": [], "unchanged": ["MemStore", "MemStore.get"]}})
    r = with_facts(make_report([F("protocol-member-added", obj="pkg.base.Store.close", path="pkg/base.py")]), defs,
                   Fact("contracts", "implementers-checked", 1), Fact("contracts", "nonconforming", 0))
    assert verdict("`MemStore` implements `close`.", r, "entity-kept") == "confirmed"
    # a class whose file the change did not touch does not define the new member
    assert verdict("`FileStore` still satisfies `Store`.", r, "entity-kept") == "contradicted"
    assert verdict("`FileStore` implements `close`.", r, "entity-kept") == "contradicted"
    # conforming as a whole: the contracts check does not say it compared the class
    assert verdict("`MemStore` conforms to `Store`.", r, "entity-kept") == "not_verifiable"
    # an aspiration about something that is not code is not a conformance claim
    assert "entity-kept" not in kinds("We expect the audit log to satisfy the compliance requirement.", r)


def test_release_titles_and_bump_sizes_in_other_words():
    r = with_facts(make_report([F("object-removed", obj="pkg.mod.func")]),
                   Fact("version", "version", {"base": "1.1.0", "head": "1.2.0", "bump": "minor"}))
    assert verdict("\U0001F680 **mylib 1.2.0** is ready!", r, "version") == "confirmed"
    assert verdict("mylib 1.2.0.1 is out", r, "version") == "contradicted"
    assert verdict("This is a bug-fix release.", r, "semver") == "contradicted"
    assert verdict("A minor bump (1.1.0 to 1.2.0) is correct here.", r, "semver") == "contradicted"


def test_results_identical_code_once_package_directory_and_code_beside_tests():
    defs = Fact("api", "definitions", {"pkg/models.py": {"module": "pkg.models", "changed": ["Invoice.subtotal"],
                                                          "added": [], "removed": [], "unchanged": []}})
    r = with_facts(make_report(changes=[C("tests/test_a.py", "added", "test"), C("docs/a.md", "added", "docs")]), defs)
    # that its results are identical is not that its code is
    assert "entity-kept" not in kinds("`Invoice.subtotal()` uses `sum()` now; results are identical.", r)
    assert "no-duplicate-definitions" in kinds("`helper` is defined exactly once.", r)
    # the package directory is not a dependency
    assert "no-new-dependencies" not in kinds("The package directory was not modified.", r)
    # beside tests, "code" is the production code
    assert verdict("Docs and tests only, no code.", r, "no-production-changes") == "confirmed"
    assert verdict("No code changes.", r, "no-production-changes") == "contradicted"


def test_a_listed_set_after_a_colon_constraints_in_other_words_and_signatures_of_code_only():
    r = make_report([F("dependency-constraint-changed", severity="risk", category="dependencies", obj="requests",
                       old="requests>=2.20", new="requests<3,>=2.31", path="pyproject.toml")],
                    changes=[C("pyproject.toml", category="config"), C("requirements.txt", category="dependencies"),
                             C("pkg/fetch.py")])
    got = [(c.kind, c.verdict) for c in claims("Only three files changed: pyproject.toml, requirements.txt and `pkg/fetch.py`.", r)]
    assert ("path-status", "contradicted") not in got and ("path-status", "confirmed") in got
    assert verdict("The `requests` lower bound went up and it gained an upper bound.", r, "entity-changed") == "confirmed"
    assert verdict("`pkg/other.py` was left as is.", r, "path-status") == "confirmed"
    # a dependency has no signature: "whose signature" is the function's
    got = claims("We swapped `requests` for `httpx` in `fetch`, whose signature is unchanged.", r)
    assert not any(c.kind == "entity-kept" and "dependencies" in " ".join(e.text for e in c.evidence) for c in got)


def test_a_bump_said_to_follow_semantic_versioning_is_a_claim_that_it_is_big_enough():
    # an object was removed (a breaking finding): the change needs a major bump, and a minor one is not enough
    r = with_facts(make_report([F("object-removed", obj="pkg.mod.func")]),
                   Fact("version", "version", {"base": "2.0.0", "head": "2.1.0", "bump": "minor"}))
    for text in ("The minor bump from 2.0.0 to 2.1.0 follows semantic versioning.",
                 "Version bumped from 2.0.0 to 2.1.0, consistent with semver."):
        assert verdict(text, r, "version") == "contradicted", text
    # without that said, the bump itself is what is claimed, and it happened
    assert verdict("Version bumped from 2.0.0 to 2.1.0.", r, "version") == "confirmed"


def test_a_version_written_without_trailing_zeros_is_the_same_version():
    r = with_facts(make_report(), Fact("version", "version", {"base": "2.0.0", "head": "2.1.0", "bump": "minor"}))
    assert verdict("# mylib 2.1 is out\n", r, "version") != "contradicted"
    assert verdict("# mylib 2.2 is out\n", r, "version") != "confirmed"


def test_a_parameter_said_to_have_no_default_is_not_a_denial_that_defaults_changed():
    r = make_report([F("parameter-now-required", obj="pkg.mod.Job.__init__", param="retries", path="pkg/mod.py", line=5)])
    for text in ("`retries` has no default any more.", "| `Job.retries` | now required (no default) |",
                 "`Job` gained a field with no default."):
        assert "no-default-changes" not in kinds(text, r), text
    assert verdict("No default values changed.", r, "no-default-changes") == "contradicted"
    assert "no-logging-added" in kinds("The module still has no logger.", r)  # "still": nothing added, a denial


def test_a_count_of_lines_or_a_new_thing_inside_a_file_is_not_the_file_being_added():
    r = make_report()  # pkg/mod.py is modified
    for text in ("`pkg/mod.py`: reads the new setting `poll_interval`.", "{{pkg/mod.py}}: now adds a header to each request.",
                 "All of the production diff is in `pkg/mod.py` (6 added lines, 0 removed)."):
        got = [(c.kind, c.verdict) for c in claims(text, r)]
        assert ("path-status", "contradicted") not in got, (text, got)
