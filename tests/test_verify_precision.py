"""The two errors a verifier cannot be forgiven, each prevented by a general rule of the evaluator: a false claim
confirmed (a confirmation without a fact that covers every part asserted) and a true claim contradicted (a finding
about another subject, or another aspect, than the claim asserts). Wordings here are our own; each test has the
bait that must not be confirmed or contradicted, and the case the rule must still decide."""

from __future__ import annotations

from test_verify import C, F, make_report
from test_verify_grounding import FACTS, with_facts

from changeproof.verify import verify
from changeproof.verify.evaluate import Context, finding_evidence, ground


def _report(findings=(), changes=None, facts=(), **kw):
    r = make_report(list(findings), changes if changes is not None else [C("pkg/mod.py")], **kw)
    return with_facts(r, *FACTS, *facts)


def got(text, report):
    return {(c.kind, c.verdict) for c in verify(text, report).claims}


def verdicts(text, report):
    return {c.verdict for c in verify(text, report).claims}


# -- a contradiction must be about what the claim names -----------------------------------------------------------

def test_a_finding_on_another_object_does_not_contradict_a_claim_about_a_named_one():
    # a sentence read whole ("`load_all` got a `retries` option, and `Session` ...") judged on a finding of its other
    # clause: the clause that names `load_all` and `retries` is not contradicted by a finding on `Session.__init__`
    f = F("parameter-added-required", obj="pkg.mod.Session.__init__", param="token",
          message="new required parameter `token`: existing calls do not pass it and now fail")
    ctx = Context(_report([f]))
    verdict, ev = ground("entity-kept", "`load_all` was given a keyword-only `retries` parameter", "contradicted",
                         [finding_evidence(f)], ctx)
    assert verdict == "not_verifiable" and "not about" in ev[0].text
    # the same finding does contradict a clause about the object it is on, its parameter, or its file
    for text in ("`Session` keeps its constructor signature", "`token` stays optional", "nothing in `pkg/mod.py` breaks"):
        assert ground("entity-kept", text, "contradicted", [finding_evidence(f)], ctx)[0] == "contradicted", text
    # a claim that names nothing in code is not held to it
    assert ground("no-breaking-changes", "No breaking changes.", "contradicted", [finding_evidence(f)], ctx)[0] == "contradicted"


def test_a_finding_on_the_class_of_a_named_attribute_is_about_it():
    r = _report([F("parameter-default-changed", obj="pkg.mod.Session.__init__", param="timeout", severity="risk",
                   old="timeout=5", new="timeout=30", message="default of `timeout` changed from `5` to `30`")])
    assert "contradicted" in verdicts("The default of `Session.timeout` is unchanged.", r)


def test_names_a_claim_sets_aside_are_not_what_it_is_about():
    r = _report([F("env-var-added", category="config-drift", obj="APP_REGION", path="pkg/mod.py",
                   message="APP_REGION is newly read at pkg/mod.py:3 without a default")])
    assert "contradicted" in verdicts("No new required environment variables besides `APP_TOKEN`.", r)


# -- a file said "new" or "removed" only where the word is said of the file ------------------------------------

def test_what_was_added_inside_a_file_is_not_the_file_being_new():
    r = _report(changes=[C("pkg/mod.py"), C("NEWS.rst", category="docs"), C("pkg/fresh.py", "added")])
    for text in ("`NEWS.rst` gains a section for the new release.", "I pointed `pkg/mod.py` at the new helpers.",
                 "`pkg/mod.py` now reads the new setting.", "`pkg/mod.py` stays as a thin wrapper over the new module."):
        assert "contradicted" not in verdicts(text, r), text
    # said of the file itself, the word still decides
    for text in ("Added a new file `pkg/mod.py`.", "`pkg/mod.py` is new.", "`pkg/mod.py` (new): the parser."):
        assert "contradicted" in verdicts(text, r), text
    assert "confirmed" in verdicts("`pkg/fresh.py` was added.", r)
    # and a file the change does not touch at all is contradicted whatever was said to happen in it
    assert "contradicted" in verdicts("I also updated `pkg/other.py` to call the new helper.", r)


def test_what_was_removed_inside_a_file_is_not_the_file_being_deleted():
    r = _report(changes=[C("pkg/mod.py"), C("pkg/old.py", "deleted")])
    assert "contradicted" not in verdicts("`pkg/mod.py` dropped the legacy branch that was removed upstream.", r)
    assert "contradicted" in verdicts("`pkg/mod.py` was deleted.", r)
    assert "confirmed" in verdicts("`pkg/old.py` was deleted.", r)


# -- "already there at base" contradicts an addition only when the claim says this very thing is new ----------------

def _defs(changed=(), unchanged=(), added=()):
    from changeproof.model import Fact

    return Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": list(changed), "added": list(added),
                                                      "removed": [], "unchanged": list(unchanged)}})


def test_a_thing_that_existed_at_base_contradicts_only_a_claim_that_it_is_new():
    r = _report(facts=[_defs(changed=["Mailer.send"], unchanged=["Mailer.close", "Mailer"], added=["Mailer.drain"])])
    # the heading says "Added"; the item says what an existing method now does
    doc = "## What's new\n\n- every envelope built by `Mailer.send` carries a `trace_id` header.\n"
    assert "contradicted" not in verdicts(doc, r)
    doc = "### Added\n\n- `Mailer.close()` flushes the outbox before returning.\n"
    assert "contradicted" not in verdicts(doc, r)
    # said of the thing itself: contradicted
    assert "contradicted" in verdicts("Added a new `Mailer.close` method.", r)
    assert "contradicted" in verdicts("`Mailer.close` was added in this release.", r)
    assert "confirmed" in verdicts("Added `Mailer.drain`.", r)


def test_a_class_said_to_gain_something_while_its_code_is_the_same_is_contradicted():
    r = _report(facts=[_defs(unchanged=["Mailer"])])
    assert "contradicted" in verdicts("`Mailer` gained a new attribute, `retry_limit`.", r)


# -- a finding on another aspect of the same thing does not contradict what the claim asserts -----------------------

def test_a_claim_about_parameters_is_not_contradicted_by_a_return_type_change():
    f = F("return-type-narrowed", obj="pkg.mod.build_index", message="`pkg.mod.build_index` now returns `tuple`")
    r = _report([f], facts=[_defs(changed=["build_index"])])
    assert "contradicted" not in verdicts("The parameters of `build_index` are unchanged.", r)
    assert "contradicted" in verdicts("`build_index` keeps its return type.", r)
    r = _report([F("parameter-removed", obj="pkg.mod.build_index", param="depth", message="parameter `depth` removed")],
                facts=[_defs(changed=["build_index"])])
    assert "contradicted" in verdicts("The parameters of `build_index` are unchanged.", r)


def test_calls_by_keyword_are_not_broken_by_a_parameter_that_moved():
    moved = F("parameter-moved", obj="pkg.mod.share", param="count",
              message="parameter `count` moved from position 2 to 1: positional calls now bind the wrong argument")
    r = _report([moved], facts=[_defs(changed=["share"])])
    for text in ("`share(amount=..., count=...)` still works: the names did not change.",
                 "Our billing job calls `share` with keywords only, so it keeps working."):
        assert not {"contradicted", "confirmed"} & verdicts(text, r), text  # how callers call it is not known
    assert "contradicted" in verdicts("`share` still works as before for every caller.", r)
    removed = F("parameter-removed", obj="pkg.mod.share", param="count", message="parameter `count` removed")
    r = _report([removed], facts=[_defs(changed=["share"])])
    assert "contradicted" in verdicts("`share(amount=..., count=...)` still works.", r)


def test_a_result_said_to_be_the_same_is_behaviour_not_unchanged_code():
    r = _report(facts=[_defs(changed=["rank"])])
    assert "contradicted" not in verdicts("`rank` now uses a heap, which yields exactly the same ordering as before.", r)
    assert "contradicted" in verdicts("`rank` is unchanged.", r)


# -- a denial of some changes is not contradicted by a change of another kind ----------------------------------------

def test_no_dependency_added_or_removed_is_not_contradicted_by_a_narrowed_constraint():
    narrowed = F("dependency-constraint-changed", category="dependencies", obj="attrs", severity="risk", path="pyproject.toml",
                 message="`attrs` in runtime: the allowed versions narrowed from `>=21` to `<24,>=21`")
    r = _report([narrowed])
    for text in ("No dependency was added or removed.", "No dependencies added, none dropped."):
        assert "contradicted" not in verdicts(text, r), text
    assert "contradicted" in verdicts("No dependency changes.", r)
    added = F("dependency-added", category="dependencies", obj="rich", severity="info", path="pyproject.toml",
              message="`rich` added to runtime dependencies")
    assert "contradicted" in verdicts("No dependency was added or removed.", _report([added]))


# -- a clause that asserts and was not read keeps its sentence from being confirmed --------------------------------

def test_a_sameness_or_a_named_change_not_read_is_listed_and_blocks_the_confirmation():
    r = _report(facts=[_defs(unchanged=["pack"])])
    for text, part in (("**ana**: sure, same as last time, and the signature of `pack` is unchanged", "same as last time"),
                       ("`zlib` now vendored under `pkg/_vendor`; `pack` keeps its signature", "now vendored")):
        claims = verify(text, r).claims
        unread = [c for c in claims if c.verdict == "not_checked"]
        assert unread and part in unread[0].text, text
        assert all(part not in c.text for c in claims if c.verdict == "confirmed"), text


# -- "nothing deleted" is judged on what the sentence speaks of ------------------------------------------------------

def test_nothing_deleted_said_of_files_or_tests_is_not_about_the_public_api():
    removed = F("enum-member-removed", obj="pkg.mod.Colour.TEAL", message="enum member `pkg.mod.Colour.TEAL` was removed")
    r = _report([removed], changes=[C("pkg/mod.py"), C("tests/test_mod.py", category="test")])
    # files: none was deleted; the API lost something the words may mean, so it is neither confirmed nor contradicted
    assert ("nothing-removed", "not_verifiable") in got("Two files edited, nothing deleted.", r)
    assert ("nothing-removed", "confirmed") in got("Two files edited, nothing deleted.",
                                                   _report(changes=[C("pkg/mod.py"), C("tests/test_mod.py", category="test")]))
    # tests: the API comparison does not look at them, so finding nothing there confirms nothing (and "deleted" under
    # a negation is not said of the folder)
    assert not {"confirmed", "contradicted"} & verdicts("`tests/`: both modules reworked, nothing deleted.", r)
    # the API: the enum member removed contradicts it
    assert "contradicted" in verdicts("No public names were removed.", r)
    r = _report(changes=[C("pkg/mod.py"), C("pkg/legacy.py", "deleted")])
    assert ("nothing-removed", "contradicted") in got("Two files edited, nothing deleted.", r)


# -- privacy is not the absence of a finding ---------------------------------------------------------------------------

def test_a_name_is_confirmed_private_only_when_its_name_says_so():
    r = _report(changes=[C("pkg/mod.py"), C("pkg/report.py")], facts=[_defs(unchanged=["render_table", "_render_rows"])])
    # no finding on `pkg/report.py`, but nothing makes it private: the claim's "private" is said of the helper
    assert ("entity-private", "confirmed") not in got("I made the helper private and touched `pkg/report.py`.", r)
    assert ("entity-private", "confirmed") not in got("`render_table` stays internal.", r)
    assert ("entity-private", "confirmed") in got("`_render_rows` stays internal.", r)
    r = _report(changes=[C("pkg/mod.py"), C("pkg/_rounding.py", "added")])
    assert "confirmed" in verdicts("The rounding that `pkg/mod.py` did inline now lives in a private module.", r)


# -- what depends on a thing is not confirmed by the thing being unchanged -------------------------------------------

def test_code_relying_on_an_unchanged_class_is_not_confirmed_when_a_break_names_that_class():
    lost = F("base-class-removed", obj="pkg.mod.Bucket", message="`pkg.mod.Bucket` no longer inherits from `pkg.mod.Store`")
    r = _report([lost], facts=[_defs(unchanged=["Store"], changed=["Bucket"])])
    for text in ("Code that is annotated with `Store` is unaffected.", "Anything that relies on `Store` keeps working."):
        assert "confirmed" not in verdicts(text, r), text
    # a break on a sibling that does not name it is not a relation to it
    other = F("object-kind-changed", obj="pkg.mod.Store.size", message="`pkg.mod.Store.size` changed from property to method")
    r = _report([other], facts=[_defs(unchanged=["Store.keys"], changed=["Store.size"])])
    assert "confirmed" in verdicts("`Store.keys` is unchanged.", r)


# -- a value the claim states is confirmed only where the evidence shows it -------------------------------------------

def test_a_stated_value_no_evidence_shows_keeps_the_claim_from_being_confirmed():
    r = _report(facts=[_defs(unchanged=["Pool"])])
    for text in ("`Pool` keeps its default size of 64.", "`Pool` keeps `'lifo'` as its default order."):
        assert "confirmed" not in verdicts(text, r), text
    # without a value, or with a value the evidence shows, it is still confirmed
    assert "confirmed" in verdicts("`Pool` is unchanged.", r)
    shown = F("parameter-default-changed", obj="pkg.mod.Pool.__init__", param="size", severity="risk", old="size=64",
              new="size=128", message="default of `size` changed from `64` to `128`")
    r = _report([shown])
    assert "confirmed" in verdicts("The default of `size` changed from 64 to 128.", r)
    # dates, times, step numbers and zero counts are not values of the thing
    r = _report(facts=[_defs(unchanged=["Pool"])])
    assert "confirmed" in verdicts("Step 2 (2025-03-04, 10:15): `Pool` is unchanged.", r)


def test_a_thing_named_with_another_verb_is_not_said_to_have_changed():
    r = _report(facts=[_defs(unchanged=["Base"], changed=["Leaf"])])
    doc = "### Changed\n\n- `Leaf` still wraps `Base` but caches its own results.\n"
    assert "contradicted" not in verdicts(doc, r)
    # listed together, each is said to have changed
    doc = "### Changed\n\n- `Leaf` and `Base` cache their results.\n"
    assert "contradicted" in verdicts(doc, r)
    doc = "### Changed\n\n- `Base` caches its results.\n"
    assert "contradicted" in verdicts(doc, r)


def test_a_risk_is_not_a_break_of_what_is_said_to_still_work():
    risk = F("blocking-call-in-async", category="async-hazards", severity="risk", obj="pkg.mod.fetch",
             message="blocking call `time.sleep` inside async def `fetch`")
    r = _report([risk], facts=[_defs(changed=["fetch"])])
    assert not {"contradicted", "confirmed"} & verdicts("`fetch` still works as before.", r)
    broken = F("parameter-added-required", obj="pkg.mod.fetch", param="url", message="new required parameter `url`")
    r = _report([broken], facts=[_defs(changed=["fetch"])])
    assert "contradicted" in verdicts("`fetch` still works as before.", r)


def test_behaving_as_before_is_not_confirmed_by_unchanged_code():
    r = _report(facts=[_defs(unchanged=["Invoice"], changed=["tax_for"])])
    assert "confirmed" not in verdicts("`Invoice` behaves exactly as before.", r)
    assert "confirmed" in verdicts("`Invoice` is unchanged.", r)


# -- a file's status does not confirm what the claim says changed inside it -------------------------------------------

def test_a_file_then_a_description_is_confirmed_only_as_far_as_its_status():
    r = _report(changes=[C("pkg/mod.py"), C("pkg/io.py")], facts=[_defs(changed=["Reader"], unchanged=["Writer"])])
    for text in ("- `pkg/mod.py`: `Writer` now buffers its output.", "- **pkg/io.py** - retries moved into `Reader`."):
        assert "confirmed" not in verdicts(text, r), text
    for text in ("- `pkg/mod.py`: modified", "- `pkg/io.py`: small edit, +3 -1"):
        assert "confirmed" in verdicts(text, r), text
    assert "confirmed" not in verdicts("- `pkg/io.py`: small edit, +30 -10", _report(changes=[C("pkg/io.py")]))


def test_what_happened_outside_the_repository_keeps_a_claim_from_being_confirmed():
    r = _report(changes=[C("pkg/mod.py")])
    assert "confirmed" in verdicts("`pkg/util.py` is untouched.", r)
    for text, part in (("`pkg/util.py` is untouched and the build was deployed to staging.", "deployed"),
                       ("`pkg/util.py` (untouched, as reviewed by the platform team).", "reviewed"),
                       ("`pkg/util.py` is untouched; published on PyPI.", "published")):
        assert not [c for c in verify(text, r).claims if c.verdict == "confirmed" and part in c.text], text


def test_a_bigger_bump_than_the_findings_call_for_is_contradicted_only_when_every_needed_check_ran():
    claim = "A major version bump is required."
    assert ("semver", "contradicted") in got(claim, _report())
    assert ("semver", "contradicted") not in got(claim, _report(skipped={"imports": "importing project code is off"}))
    claim = "This change has 2 breaking changes."
    assert ("breaking-count", "contradicted") in got(claim, _report())
    assert ("breaking-count", "contradicted") not in got(claim, _report(skipped={"imports": "importing project code is off"}))


# -- each count of a list is shown with its own part ------------------------------------------------------------------

def test_a_list_of_counts_shows_each_verdict_on_its_own_count():
    from test_verify import make_tests

    r = _report(tests=make_tests(passed=6, failed=0))
    claims = verify("- Tests: 7 collected, 7 passed, 0 failed; new `test_x` covers the parser; CI green.", r).claims
    shown = {(c.kind, c.verdict, c.text) for c in claims if c.kind in ("tests-passed-count", "tests-failed-count")}
    assert ("tests-passed-count", "contradicted", "7 passed") in shown
    assert ("tests-failed-count", "confirmed", "0 failed") in shown
    # no confirmation is shown on words that hold the contradicted count
    assert not [c for c in claims if c.verdict == "confirmed" and "7 passed" in c.text]


def test_a_count_in_the_sentence_is_judged_by_its_own_claim_not_as_a_value_of_another():
    from test_verify import make_tests

    r = _report(tests=make_tests(passed=8))
    claims = verify("The suite has 9 tests and all of them pass.", r).claims
    assert ("all-tests-pass", "confirmed") in {(c.kind, c.verdict) for c in claims}
    assert ("tests-collected", "contradicted") in {(c.kind, c.verdict) for c in claims}
