"""`verify` reads assertions written in more ways: what a class derives from and what a callable returns said kept,
return types as a topic, claims of a hard-wrapped paragraph on the lines they sit on, number ranges that are not
paths. Wordings here are our own; each reading has a near-miss that must not be read that way."""

from __future__ import annotations

from test_verify import C, F, make_report

from changeproof.model import Fact
from changeproof.verify import split_document, verify


def with_facts(report, *facts: Fact):
    report.facts = list(facts)
    return report


FACTS = (Fact("api", "modules", {"base": ["pkg", "pkg.mod"], "head": ["pkg", "pkg.mod"]}),
         Fact("api", "objects-with-findings", {}),
         Fact("dependencies", "dependencies-changed", {"added": [], "removed": [], "changed": []}))


def _report(findings=(), changes=None, facts=FACTS):
    return with_facts(make_report(list(findings), changes if changes is not None else [C("pkg/mod.py")]), *facts)


def got(text, report):
    return [(c.kind, c.verdict) for c in verify(text, report).claims]


# ------------------------------------------------------------------------------------------------ base classes

def test_a_class_said_to_still_derive_from_a_base_it_lost():
    r = _report([F("base-class-removed", obj="pkg.mod.Kiwi", message="no longer inherits from pkg.mod.Fruit")])
    for text in ("`Kiwi` still inherits from `Fruit`.", "`Kiwi` is still a subclass of `Fruit`.",
                 "`Kiwi` continues to derive from `Fruit`.", "`Kiwi` still subclasses `Fruit`, as before."):
        assert ("entity-kept", "contradicted") in got(text, r), text


def test_a_class_said_to_still_derive_from_its_base_with_no_finding_is_not_contradicted():
    r = _report()
    for text in ("`Pear` still inherits from `Fruit`.",):
        assert "contradicted" not in {v for _, v in got(text, r)}, text


def test_a_new_base_is_not_read_as_a_kept_one():
    r = _report([F("base-class-removed", obj="pkg.mod.Kiwi")])
    # a change said, not a kept base: never read as "still inherits"
    for text in ("`Kiwi` now inherits from `Berry`.", "`Kiwi` no longer inherits from `Fruit`.",
                 "`Kiwi` is a subclass of `Berry`."):
        assert ("entity-kept", "contradicted") not in got(text, r), text


# ------------------------------------------------------------------------------------------------ return values

def test_a_callable_said_to_still_return_what_it_no_longer_returns():
    r = _report([F("return-type-widened", obj="pkg.mod.render", message="may now return values outside str")])
    for text in ("`render()` still returns a plain string.", "`render` keeps returning text; callers are fine.",
                 "`render` still yields one line at a time."):
        assert ("entity-kept", "contradicted") in got(text, r), text


def test_a_kept_return_value_is_not_confirmed_when_the_code_changed():
    definitions = Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": ["render"], "added": [],
                                                             "removed": [], "unchanged": ["parse"]}})
    r = _report(facts=FACTS + (definitions,))
    verdicts = dict(got("`render` still returns a list.", r))
    assert verdicts.get("entity-kept") == "not_verifiable"
    assert dict(got("`parse` still returns a list.", r)).get("entity-kept") == "confirmed"


def test_return_types_as_a_topic():
    widened = F("return-type-widened", obj="pkg.mod.total")
    assert ("signatures-unchanged", "contradicted") in got("- Return annotations: unchanged everywhere.", _report([widened]))
    assert ("signatures-unchanged", "contradicted") in got("No return type changed.", _report([widened]))
    # a parameter change is not a return-type change
    moved = F("parameter-moved", obj="pkg.mod.total", param="n")
    assert ("signatures-unchanged", "contradicted") not in got("Return types: unchanged.", _report([moved]))


# ------------------------------------------------------------------------------------------------ lines

def test_claims_of_a_wrapped_paragraph_sit_on_their_own_lines():
    doc = ("Two helpers move into the new module, and nothing\n"
           "else changes. No dependency is added, and\n"
           "the whole suite passes. pkg/util.py is untouched.\n")
    lines = {c.text: c.line for c in verify(doc, _report()).claims}
    assert lines.get("No dependency is added") == 2
    assert any(line == 3 and text.endswith("the whole suite passes") for text, line in lines.items())
    assert any(line == 3 and "pkg/util.py" in text for text, line in lines.items())


def test_a_sentence_may_start_with_a_lower_case_path():
    segs = split_document("We changed one module. pkg/util.py was left alone.\n")
    assert [s.text for s in segs] == ["We changed one module.", "pkg/util.py was left alone."]
    # not after an abbreviation
    assert len(split_document("Helpers, e.g. pkg/util.py and friends, were kept.\n")) == 1


def test_a_range_of_numbers_is_not_a_path():
    for text in ("Cron-like ranges such as `3-9/2` are rejected.", "Nightly ran on 2026/12/03 and 6/6 passed."):
        seg = split_document(text)[0]
        assert seg.paths == [], text
    assert split_document("See `pkg/util.py`.")[0].paths == ["pkg/util.py"]


# ------------------------------------------------------------------------------------------------ data blocks

SUMMARY_YAML = """Summary:

```yaml
breaking: false
files_changed: 2
untouched: [pkg/util.py, docs/guide.md]
api:
  render:
    return_type: unchanged
tests:
  head: 3 passed
changelog: updated      # new entry for this release
```
"""


def test_a_yaml_summary_in_a_fence_is_read_key_by_key():
    r = _report([F("return-type-widened", obj="pkg.mod.render")], changes=[C("pkg/mod.py"), C("docs/guide.md", category="docs")])
    out = {c.line: (c.kind, c.verdict) for c in verify(SUMMARY_YAML, r).claims}
    assert out[4][0] == "no-breaking-changes" and out[4][1] != "confirmed"
    assert out[5] == ("changed-file-count", "confirmed")
    assert out[6] == ("path-status", "contradicted")  # docs/guide.md was touched
    assert out[9] == ("entity-kept", "contradicted")  # render's return type widened
    assert out[11][0] == "tests-passed-count"
    assert out[12][0] == "touches-category"


def test_a_json_summary_is_read_too_and_configuration_is_not():
    doc = '```json\n{\n  "breaking": false,\n  "dependencies": "none",\n  "tests": {"passed": 3}\n}\n```\n'
    assert {c.kind for c in verify(doc, _report()).claims} >= {"no-breaking-changes", "no-new-dependencies"}
    workflow = "```yaml\non: push\njobs:\n  tests:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n```\n"
    assert verify(workflow, _report()).claims == []
    compose = "```yaml\nservices:\n  web:\n    image: app\n    ports: ['8000:8000']\n```\n"
    assert verify(compose, _report()).claims == []


def test_key_first_forms():
    r = _report(changes=[C("pkg/mod.py"), C("CHANGELOG.md", category="docs")])
    assert ("path-status", "contradicted") in got("Untouched: `pkg/util.py`, `pkg/mod.py`.", r)
    assert ("path-status", "confirmed") in got("Untouched: `pkg/util.py`, `pkg/io.py`.", r)
    assert ("touches-category", "confirmed") in got("Release notes: updated.", r)
    assert "no-breaking-changes" in {k for k, _ in got("Breaking: no.", r)}
    # a heading-like key with a value that is not a status is not a file status
    assert "path-status" not in {k for k, _ in got("Owner: `pkg/mod.py` maintainers.", r)}


# ------------------------------------------------------------------------------------------------ test counts by side

def _tests_report(base_collected=4, head=(5, 0)):
    from test_verify import make_tests
    r = make_report([], [C("pkg/mod.py"), C("tests/test_mod.py", category="test")], tests=make_tests(*head))
    r.facts = list(FACTS) + [Fact("tests", "outcomes", {"collected": sum(head), "passed": head[0], "failed": head[1],
                                                        "errors": 0, "skipped": 0}, subject="head"),
                             Fact("tests", "outcomes", {"collected": base_collected, "passed": None, "failed": None,
                                                        "errors": None, "skipped": None}, subject="base")]
    return r


def test_counts_said_of_the_base_are_judged_at_the_base():
    r = _tests_report()
    assert ("tests-passed-count", "contradicted") in got("Before the change, 5 passed.", r)  # only 4 existed there
    assert ("tests-passed-count", "not_verifiable") in got("4 passed at base.", r)  # collected, never run there
    assert ("tests-collected", "confirmed") in got("Before this change the suite had 4 tests.", r)
    assert ("tests-collected", "contradicted") in got("Before this change the suite had 6 tests.", r)
    # the same count at head is judged at head
    assert ("tests-passed-count", "confirmed") in got("5 passed at head.", r)
    # "same as on base" compares, it does not move the count to the base
    assert ("tests-passed-count", "confirmed") in got("Tests: 5 of 5 passing (same as on base).", r)


def test_the_base_suite_against_the_head_code_is_not_measured():
    r = _tests_report()
    for text in ("The previous suite still passes against the new code.", "Old suite against head: 4/4 green.",
                 "Tests from 1.2.0 run green."):
        assert {v for _, v in got(text, r)} == {"not_verifiable"}, text


def test_a_clause_pointing_back_is_shown_with_its_antecedent():
    r = _tests_report()
    texts = [c.text for c in verify("Before the refactor our suite had 4 tests, and all of them passed.", r).claims]
    assert "Before the refactor our suite had 4 tests, and all of them passed" in texts


# ------------------------------------------------------------------------------------------------ versions and bumps

def _versioned(base="1.4.0", head="1.5.0", bump="minor", findings=()):
    r = _report(list(findings))
    r.facts = list(r.facts) + [Fact("version", "version", {"base": base, "head": head, "bump": bump})]
    return r


def test_a_bare_bump_level_says_what_the_bump_is():
    r = _versioned()
    assert got("Minor release, as planned.", r) == [("version", "confirmed")]
    assert got("Patch release.", r) == [("version", "contradicted")]
    # "a patch release is enough" is still what the change needs, not what the bump is
    assert "semver" in {k for k, _ in got("A patch release is enough here.", r)}


def test_a_bump_said_too_small():
    broken = _versioned(findings=[F("object-removed", obj="pkg.mod.old")])
    assert ("semver", "confirmed") in got("The minor bump is too small for this.", broken)
    assert ("semver", "confirmed") in got("A patch version bump is not enough.", broken)


def test_only_the_first_release_heading_claims_a_version():
    r = _versioned()
    doc = "# Changelog\n\n## [1.5.0] - 2026-01-02\n\n### Added\n\n## [1.4.0] - 2025-11-30\n"
    assert [(c.line, c.kind, c.verdict) for c in verify(doc, r).claims if c.kind == "version"] == [(3, "version", "confirmed")]
    assert [(c.kind, c.verdict) for c in verify("## Release notes, reviewed: pkg 1.5.0\n", r).claims] == [("version", "confirmed")]


# ------------------------------------------------------------------------------------------------ callers and upgrades

def test_what_callers_must_do_to_upgrade():
    broken = _report([F("parameter-removed", obj="pkg.mod.run", param="fast")])
    for text in ("There is nothing for integrators to change.", "A drop-in update.", "No migration required.",
                 "No action is required before upgrading.", "No existing caller will notice.",
                 "Existing `run()` calls keep working."):
        assert ("backward-compatible", "contradicted") in got(text, broken), text
    # "no code changes needed" is about upgrading only under an upgrade heading or key
    assert ("backward-compatible", "contradicted") in got("**Migrating from 1.x:** trivial. No code changes are required.", broken)
    assert "backward-compatible" not in {k for k, _ in got("No code changes needed in the docs folder.", broken)}


def test_compatibility_is_not_confirmed_when_the_change_deletes_tests():
    gone = _report([F("test-removed", severity="risk", category="tests", obj="tests/test_mod.py::test_note", path="tests/test_mod.py")])
    assert ("backward-compatible", "confirmed") not in got("Fully backward compatible.", gone)


def test_nothing_gone_away_is_a_removal_claim():
    r = _report([F("object-removed", obj="pkg.mod.helper")])
    assert ("nothing-removed", "contradicted") in got("Nothing you could import has gone away.", r)


# ------------------------------------------------------------------------------------------------ questions, chat, bullets

def test_a_bold_question_answered_in_the_same_paragraph():
    r = _report([F("dependency-added", category="dependencies", obj="lxml", path="pyproject.toml")])
    assert ("no-new-dependencies", "contradicted") in got("**Any new packages?** No.", r)
    assert ("no-new-dependencies", "confirmed") not in got("**Were dependencies added?** No, none at all.", r)
    # a question with no yes / no: its answer is read with it as its context
    doc = "**What about the tests?** All 3 tests pass."
    assert "all-tests-pass" in {k for k, _ in got(doc, r)} or "tests-passed-count" in {k for k, _ in got(doc, r)}
    # a question alone asserts nothing
    assert got("**Did anything break?**", r) == []


def test_does_any_question_answered_no():
    from changeproof.verify.segments import _question
    assert _question("Does any public function change?", "no") == "no public function change"
    assert _question("Did any test fail?", "yes") == "some test fail"


def test_chat_speaker_and_time_are_not_part_of_the_claim():
    r = _report([F("dependency-added", category="dependencies", obj="lxml", path="pyproject.toml")])
    for line in ("**sam** 09:14: no new deps", "[09:14] sam: no new deps", "sam 9:14 - no new deps"):
        claims = verify(line, r).claims
        assert [(c.kind, c.verdict) for c in claims] == [("no-new-dependencies", "contradicted")], line
        assert claims[0].text == "no new deps"


def test_lower_case_prose_is_split_into_sentences():
    texts = [s.text for s in split_document("shipped it. nothing breaks for callers. see e.g. the notes.\n")]
    assert texts == ["shipped it.", "nothing breaks for callers.", "see e.g. the notes."]


def test_unicode_bullets_are_list_items():
    segs = split_document("\u2022 no new deps\n\u2022 two files changed\n")
    assert [(s.kind, s.text) for s in segs] == [("item", "no new deps"), ("item", "two files changed")]


def test_test_counts_before_and_after():
    r = _tests_report(base_collected=4, head=(5, 0))
    assert ("tests-collected", "confirmed") in got("Test count: 4 before and 5 after.", r)
    assert ("tests-collected", "contradicted") in got("Test count: 5 before and 5 after.", r)


def test_it_is_a_patch_bump_says_what_the_bump_is():
    r = _versioned(base="2.0.0", head="2.0.1", bump="patch", findings=[F("object-removed", obj="pkg.mod.gone")])
    assert got("That's a patch bump, nothing more.", r) == [("version", "confirmed")]
    assert ("semver", "contradicted") in got("It only needs a patch bump.", r)
    assert ("no-breaking-changes", "contradicted") in got("That's a patch bump and nothing breaks for anyone.", r)


# ------------------------------------------------------------------------------------------------ "it" and disagreeing readings

def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before():
    r = _report([F("return-type-widened", obj="pkg.mod.rows")])
    doc = "`rows` now returns a tuple. It still yields one row at a time.\n\nThe docs were updated. It still works.\n"
    claims = verify(doc, r).claims
    assert ("entity-kept", "contradicted") in [(c.kind, c.verdict) for c in claims if c.line == 1]
    # a paragraph that names no code first gives "it" nothing to stand for
    assert all(c.kind != "entity-kept" for c in claims if c.line == 3)


def test_it_in_a_later_clause_is_the_sentence_subject():
    r = _report([F("return-type-widened", obj="pkg.mod.rows")])
    got_ = [(c.text, c.verdict) for c in verify("`rows` keeps its parameters, and it still yields one row at a time.", r).claims]
    assert any("still yields" in t and v == "contradicted" for t, v in got_)
    assert not any("keeps its parameters" in t and v == "contradicted" for t, v in got_)


def test_a_wrapped_line_ending_a_sentence_is_joined():
    segs = split_document("`rows` now returns a list, which is faster in\nnotebooks. It still works.\n")
    assert [s.raw for s in segs] == ["`rows` now returns a list, which is faster in notebooks.", "It still works."]
    # a line that starts with a dotted name is not a continuation
    assert len(split_document("Changed the loader\nclient.fetch retries twice\n")) == 2


def test_the_contradicted_reading_of_the_same_words_comes_first():
    r = _report()
    r.facts = list(r.facts) + [Fact("changed-files", "lines", {"added": 10, "removed": 4, "binary_files": 0})]
    claims = [c for c in verify("| Lines | +10 / -5 |", r).claims if c.kind == "line-count"]
    # each count on its own words (a row of two counts is two assertions); the right one is not confirmed
    assert [(c.text, c.verdict) for c in claims if c.verdict == "contradicted"] == [("-5", "contradicted")]
    assert "confirmed" not in {c.verdict for c in claims}
    claims = [c for c in verify("| Lines | 14 changed (+10 / -5) |", r).claims if c.kind == "line-count"]
    assert claims and "confirmed" not in {c.verdict for c in claims}


# ------------------------------------------------------------------------------------------------ pytest output in a fence

def test_pytest_output_pasted_in_a_fence_is_a_test_count():
    r = _tests_report(base_collected=4, head=(5, 0))
    doc = "Ran it:\n\n```\n$ pytest -q\n.....  [100%]\n5 passed in 0.08s\n```\n"
    assert [(c.kind, c.verdict) for c in verify(doc, r).claims] == [("tests-passed-count", "confirmed")]
    doc = "Before this change:\n\n```console\ncollected 6 items\n==== 6 passed in 0.1s ====\n```\n"
    got_ = {(c.kind, c.verdict) for c in verify(doc, r).claims}
    assert ("tests-collected", "contradicted") in got_ and ("tests-passed-count", "contradicted") in got_
    # code that prints words like these is not a test run
    doc = "```python\nprint('5 passed')\n```\n"
    assert verify(doc, r).claims == []


def test_a_sentence_side_is_not_given_to_a_clause_with_a_subject_of_its_own():
    r = _tests_report(base_collected=4, head=(4, 1))
    kinds_ = {c.kind: c.verdict for c in verify("The one failure is not new: it already failed before this change.", r).claims}
    assert kinds_.get("tests-failed-count") == "confirmed"


# ------------------------------------------------------------------------------------------------ other markups, log levels

def test_html_and_wiki_headings_items_and_code():
    segs = split_document("<h2>pkg 1.5.0: notes</h2>\n\nh3. What changed\n* {{pkg/mod.py}}: tidied\n<ul>\n<li>No new dependencies.</li>\n</ul>\n")
    assert [(s.kind, s.text) for s in segs] == [("heading", "pkg 1.5.0: notes"), ("heading", "What changed"),
                                                ("item", "pkg/mod.py: tidied"), ("item", "No new dependencies.")]
    assert segs[2].paths == ["pkg/mod.py"]
    # "h3." inside a sentence is not a heading
    assert [s.kind for s in split_document("See h3. of the spec for details.\n")] == ["paragraph"]


def test_new_log_lines_said_at_a_level():
    r = _report([F("logging-added", severity="info", category="async-hazards", obj="pkg.mod")])
    r.facts = list(r.facts) + [Fact("async-hazards", "logging-added", {"files": ["pkg/mod.py"], "by_level": {"warning": 1}})]
    got_ = got("- A single new log record, at DEBUG level.", r)
    assert ("logging-levels", "contradicted") in got_ and ("logging-added", "confirmed") in got_
    assert ("logging-levels", "confirmed") in got("- 1 new log call at warning level.", r)
    assert "logging-levels" not in {k for k, _ in got("- No new log line at error level.", r)}


# ------------------------------------------------------------------------------------------------ said, and not measured

def test_command_line_behaviour_is_said_not_verifiable():
    r = _report()
    for text in ("It prints one line per file.", "A missing file still exits with status 2.", "The exit status is the same as before.",
                 "The command now writes to stderr."):
        claims = verify(text, r).claims
        assert [c.verdict for c in claims] == ["not_verifiable"], text
        assert "command-line" in claims[0].evidence[0].text, text


def test_a_log_level_said_changed_or_kept():
    r = _report([F("logging-added", severity="info", category="async-hazards", obj="pkg.mod")])
    r.facts = list(r.facts) + [Fact("async-hazards", "logging-added", {"files": ["pkg/mod.py"], "by_level": {"debug": 1}})]
    assert got("The retry log line moved from INFO to WARNING.", r) == [("logging-levels", "contradicted")]
    assert got("The retry message is now logged at DEBUG.", r) == [("logging-levels", "confirmed")]
    kept = verify("Our retry log line remains at INFO.", r).claims
    assert [c.verdict for c in kept] == ["not_verifiable"] and "kept is not compared" in kept[0].evidence[0].text


def test_behaviour_when_the_code_runs_is_said_not_verifiable():
    r = _report()
    for text in ("Errors still propagate to the caller.", "Old exports still load.", "Secrets are never written to the log file.",
                 "Results are returned in the same order as the inputs."):
        assert [c.verdict for c in verify(text, r).claims] == ["not_verifiable"], text


# ------------------------------------------------------------------------------------------------ keys joined, only production, no change needed

def test_topics_joined_under_one_key_are_each_denied():
    r = _report([F("env-var-added", category="config-drift", obj="API_KEY", path="pkg/mod.py")])
    r.facts = list(r.facts) + [Fact("config-drift", "env-vars", {"base": {}, "head": {"API_KEY": {"required": True}}})]
    got_ = got("- **Settings / environment:** nothing.", r)
    assert ("no-env-var-changes", "contradicted") in got_
    assert ("no-env-var-changes", "contradicted") in got("| Settings / env | none |", r)
    # a key part not understood: the words are not confirmed on the part that was
    assert "confirmed" not in {v for _, v in got("- Config / weather: none.", r)}


def test_production_code_listed_as_the_only_files():
    r = _report(changes=[C("pkg/mod.py"), C("pkg/io.py"), C("tests/test_mod.py", category="test")])
    assert ("path-status", "contradicted") in got("- Production code: `pkg/mod.py` only.", r)
    assert ("path-status", "confirmed") in got("- Production code: `pkg/mod.py` and `pkg/io.py` only.", r)


def test_a_file_that_needed_no_change_is_not_read_as_untouched():
    # "needed no edit" says the file still works as it is (its calls still bind), which no file status settles
    # (that it works is refuted only by a break in it, and confirmed by nothing changeproof measures)
    r = _report(changes=[C("pkg/mod.py")])
    assert set(got("`pkg/cli.py` needed no edit.", r)) == {("path-status", "not_verifiable")}
    assert set(got("`pkg/cli.py` did not need to change.", r)) == {("path-status", "not_verifiable")}


def test_names_said_now_to_be_methods():
    r = _report([F("object-kind-changed", obj="pkg.mod.Box.size")])
    assert "entity-changed" in {k for k, _ in got("`Box.size` is now a regular method.", r)} | \
        {k for k, _ in got("`Box.size` and `Box.area` are now both regular methods.", r)}


def test_git_diff_stat_pasted_in_a_fence():
    r = _report(changes=[C("pkg/mod.py"), C("pkg/io.py")])
    r.facts = list(r.facts) + [Fact("changed-files", "lines", {"added": 17, "removed": 14, "binary_files": 0})]
    doc = "```\n$ git diff --stat\n pkg/mod.py | 12 ++++---\n 2 files changed, 17 insertions(+), 13 deletions(-)\n```\n"
    got_ = [(c.kind, c.verdict, c.text) for c in verify(doc, r).claims]
    assert ("changed-file-count", "confirmed") in [(k, v) for k, v, _ in got_]
    assert ("line-count", "contradicted", "13 deletions") in got_


def test_a_commit_subject_in_the_imperative():
    r = _report([F("object-removed", obj="pkg.mod.old_name")])
    kinds_ = [c.kind for c in verify("Rename `old_name` to `new_name`; deprecate `legacy`\n", r).claims]
    assert kinds_ == ["entity-changed", "entity-changed"]
    assert [c.kind for c in verify("Remove `old_name`.\n", r).claims] == ["entity-removed"]
    # the verb in the middle of a sentence is not an imperative
    assert "entity-removed" not in {c.kind for c in verify("We did not remove `old_name`.\n", r).claims}


def test_dependency_constraints_said_kept():
    narrowed = _report([F("dependency-constraint-changed", severity="risk", category="dependencies", obj="click",
                          path="pyproject.toml")])
    assert got("No version constraint was tightened.", narrowed) == [("no-new-dependencies", "contradicted")]
    added = _report([F("dependency-added", severity="risk", category="dependencies", obj="lxml", path="pyproject.toml")])
    # an added dependency does not narrow a constraint
    assert ("no-new-dependencies", "contradicted") not in got("No version bound was tightened.", added)


def test_n_tests_are_now_passing_is_a_count():
    r = _tests_report(base_collected=4, head=(8, 0))
    assert ("tests-passed-count", "contradicted") in got("Nine tests are now passing in CI.", r)
    assert ("tests-passed-count", "confirmed") in got("Eight tests are still passing.", r)


def test_something_said_to_remain_at_a_module_that_was_removed():
    r = _report([F("object-removed", obj="pkg.legacy", path="pkg/legacy.py", message="module `pkg.legacy` was removed")])
    assert got("A thin wrapper stays at `pkg.legacy` for old imports.", r) == [("entity-kept", "contradicted")]
    # the place existing does not confirm what is said to be there
    assert got("The wrapper remains in `pkg.mod`.", _report()) != [("entity-kept", "confirmed")]


def test_a_file_said_bumped_is_a_modified_file():
    r = _report(changes=[C("pkg/mod.py")])
    assert got("`pkg/__init__.py` was bumped to the new version.", r) == [("path-status", "contradicted")]
