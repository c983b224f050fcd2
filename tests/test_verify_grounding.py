"""Principle 4 of issue 9 enforced in one place (`verify.evaluate.ground`): a claim is confirmed only when every
subject it names is covered by a fact or finding of a check that ran, and an exclusive claim ("only", "nothing
else") only when it was compared with everything it excludes from. Wordings here are our own."""

from __future__ import annotations

from test_verify import C, F, make_report, make_tests

from changeproof.model import Fact
from changeproof.verify import verify


def with_facts(report, *facts: Fact):
    report.facts = list(facts)
    return report


def verdicts(text, report):
    return [(c.kind, c.verdict) for c in verify(text, report).claims]


FACTS = (Fact("api", "modules", {"base": ["pkg", "pkg.mod"], "head": ["pkg", "pkg.mod"]}),
         Fact("api", "objects-with-findings", {}),
         Fact("config-drift", "env-vars", {"base": {}, "head": {}}),
         Fact("dependencies", "dependencies-changed", {"added": [], "removed": [], "changed": []}),
         Fact("call-sites", "changed-callables", 1), Fact("call-sites", "calls-checked", 3), Fact("call-sites", "calls-broken", []))


def _report(findings=(), changes=None, **kw):
    return with_facts(make_report(list(findings), changes if changes is not None else [C("pkg/mod.py"), C("pkg/settings.toml", category="config")], **kw), *FACTS)


def test_a_key_of_a_file_no_check_models_is_never_confirmed():
    r = _report()
    for text in ("`chunk_limit` keeps its default of 200.", "The default of `verify_ssl` is unchanged.",
                 "`pkg/settings.toml`: `retry_after` still 30."):
        assert "confirmed" not in {v for _, v in verdicts(text, r)}, text


def test_a_command_line_option_is_not_a_subject_any_fact_covers():
    r = _report()
    for text in ("The `--out-dir` flag still works as before.", "`-v/--verbose` is unchanged."):
        assert "confirmed" not in {v for _, v in verdicts(text, r)}, text


def test_a_name_a_fact_covers_can_still_be_confirmed():
    r = _report()
    assert ("path-status", "confirmed") in verdicts("`pkg/util.py` is untouched.", r)


def test_an_only_claim_is_compared_with_the_whole_change_list():
    r = _report(changes=[C("pkg/mod.py"), C("pkg/util.py"), C("pkg/io.py")])
    got = {v for _, v in verdicts("We only modified `pkg/mod.py` and `pkg/util.py`.", r)}
    assert "confirmed" not in got
    got = {v for _, v in verdicts("`pkg/mod.py` and `pkg/util.py` are the only Python modules changed.", r)}
    assert "confirmed" not in got and "contradicted" in got
    # said of what happened inside one file: not comparable with the change list, so not confirmed either
    got = {v for _, v in verdicts("`pkg/mod.py`: a typo fix and nothing else.", r)}
    assert "confirmed" not in got and "contradicted" not in got


def test_a_negated_skip_needs_the_skip_counts():
    text = "No tests were skipped or removed."
    # two tests skipped at head, the skips at base unknown: whether the change skipped one is not known
    assert verdicts(text, _report(tests=make_tests(passed=4, skipped=2))) == [("no-tests-removed", "not_verifiable")]
    # nothing skipped at head and nothing missing: settled
    assert verdicts(text, _report(tests=make_tests(passed=6))) == [("no-tests-removed", "confirmed")]


def test_callers_must_change_for_a_breaking_api_change_even_when_their_calls_bind():
    text = "Existing callers do not have to change anything."
    assert verdicts(text, _report()) == [("no-broken-call-sites", "confirmed")]
    r = _report([F("sync-async-changed", obj="pkg.mod.load_all", message="now a coroutine function")])
    assert verdicts(text, r) == [("no-broken-call-sites", "contradicted")]


def test_an_interface_claim_is_judged_by_interface_findings_not_by_a_changed_body():
    r = _report()
    r.facts.append(Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": ["load", "parse"], "added": [],
                                                              "removed": [], "unchanged": []}}))
    assert verdicts("The public API (`load`, `parse`) is unchanged.", r) == [("entity-kept", "confirmed")]
    assert verdicts("`load(path, strict=False)` is unchanged.", r) == [("entity-kept", "confirmed")]
    # "unchanged" without saying interface: its code did change
    assert verdicts("`load` is unchanged.", r) == [("entity-kept", "contradicted")]
    r.findings.append(F("parameter-removed", obj="pkg.mod.load", param="strict"))
    r2 = _report([F("parameter-removed", obj="pkg.mod.load", param="strict")])
    assert verdicts("The public API (`load`, `parse`) is unchanged.", r2) == [("entity-kept", "contradicted")]


def test_a_command_line_option_with_a_slash_is_not_a_path():
    from changeproof.verify.segments import _paths
    assert _paths("Adds a `-x/--exclude` option and edits `pkg/cli.py`.") == ["pkg/cli.py"]


def _sync_async_report():
    r = _report([F("sync-async-changed", obj="pkg.mod.load_all", message="now a coroutine function")],
                changes=[C("pkg/mod.py"), C("pkg/__init__.py"), C("bench/run.py", "added", "other"),
                         C("tests/test_mod.py", category="test")])
    r.facts.append(Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": ["load_all"], "added": [],
                                                              "removed": [], "unchanged": []}}))
    return r


def test_not_required_to_change_is_a_compatibility_claim():
    got = dict(verdicts("`load_all` is now a coroutine, and users are not required to change their code.", _sync_async_report()))
    assert got["entity-kept"] == "contradicted"


def test_a_timing_or_an_uncounted_count_in_the_clause_blocks_confirmation():
    r = _sync_async_report()
    assert verdicts("I added `bench/run.py`; here `load_all` took 0.8 s before and 0.3 s after.", r) == \
        [("path-status", "not_verifiable")]
    assert verdicts("Four old tests in `tests/test_mod.py` were rewritten.", r) == [("path-status", "not_verifiable")]
    assert verdicts("`tests/test_mod.py` was modified.", r) == [("path-status", "confirmed")]


def test_what_a_module_imports_is_not_the_existence_of_what_it_imports_from():
    got = dict(verdicts("`pkg/__init__.py` is untouched and still imports from `pkg.mod`.", _sync_async_report()))
    assert got.get("entity-kept") != "confirmed"


def test_importable_is_not_settled_by_a_name_leaving_the_exports():
    gone = F("export-removed", obj="pkg.Shape", message="`pkg.Shape` is no longer exported; the object still exists as pkg.mod.Shape")
    found = [c for c in verify("`Shape` is still importable from `pkg`.", _report([gone])).claims if c.kind == "entity-kept"]
    assert [c.verdict for c in found] == ["not_verifiable"]
    assert any("no longer exported" in e.text for e in found[0].evidence)
    # said exported: the finding settles it
    assert dict(verdicts("`Shape` is still exported from `pkg`.", _report([gone]))).get("entity-kept") == "contradicted"


def test_a_file_named_in_the_next_clause_is_not_where_the_addition_was_made():
    r = _report(changes=[C("pkg/mod.py"), C("tests/test_mod.py", category="test")])
    got = dict(verdicts("Added `test_loads_empty_file`; `tests/test_other.py` is untouched.", r))
    assert got.get("entity-added") != "contradicted"
    assert got.get("path-status") == "confirmed"
    # named in its own clause: a file the change does not touch got nothing added
    got = dict(verdicts("Added `test_loads_empty_file` to `tests/test_other.py`.", r))
    assert got.get("entity-added") == "contradicted"


def test_words_read_two_ways_are_not_confirmed_when_one_reading_is_false():
    # the diff stat of make_report is 12 lines added, 4 removed: the second count of one phrase is wrong; each count
    # is shown on its own words, so the right one is confirmed on its words and the wrong one contradicted on its own
    r = make_report([F("object-removed", obj="pkg.mod.func")])
    for text, wrong in (("The diff: 12 insertions and 9 deletions.", "9 deletions"),
                        ("Net effect was 12 insertions and 7 deletions overall.", "7 deletions overall")):
        got = {(c.text, c.verdict) for c in verify(text, r).claims if c.kind == "line-count"}
        assert (wrong, "contradicted") in got, (text, got)
        assert not any(v == "confirmed" and wrong in t for t, v in got), (text, got)
    # when the words cannot be parted, one wrong reading keeps the other from being confirmed
    got = verdicts("12 insertions/9 deletions", r)
    assert ("line-count", "confirmed") not in got, got
    assert ("line-count", "confirmed") in verdicts("The diff: 12 insertions and 4 deletions.", r)


def test_a_constraint_said_to_change_like_another_is_not_a_claim_that_it_is_unchanged():
    # "the same way" compares the change with another one; the verb says the constraint changed
    r = _report()  # no dependency changed
    for text in ("The `requests` pin was loosened the same way.",
                 "The `pytest` constraint was tightened in the same way as the others."):
        got = verdicts(text, r)
        assert "confirmed" not in {v for _, v in got} and ("entity-kept", "confirmed") not in got, (text, got)


def test_a_code_change_said_of_several_names_is_judged_for_each():
    r = _report()
    r.facts.append(Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": ["Loader.read"], "added": [],
                                                              "removed": [], "unchanged": ["Loader.close"]}}))
    # one changed body does not stand for the other, whose code is the same
    got = verdicts("`Loader.read()` and `Loader.close()` were updated for the buffer rework.", r)
    assert "confirmed" not in {v for _, v in got}, got
    assert verdicts("`Loader.read()` was updated for the buffer rework.", r) == [("entity-changed", "confirmed")]


def test_an_unchanged_definition_does_not_say_where_a_name_is_exported_from():
    r = _report()
    r.facts.append(Fact("api", "definitions", {"pkg/_impl.py": {"module": "pkg._impl", "changed": [], "added": [],
                                                                "removed": [], "unchanged": ["parse_header"]}}))
    for text in ("`parse_header` is still re-exported from the top-level package.",
                 "`parse_header` remains importable from `pkg`."):
        assert "confirmed" not in {v for _, v in verdicts(text, r)}, text
    assert verdicts("`parse_header` is unchanged.", r) == [("entity-kept", "confirmed")]


def test_line_numbers_in_a_claim_are_part_of_what_must_be_covered():
    r = _report()
    r.facts.append(Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": ["Loader.read"], "added": [],
                                                              "removed": [], "unchanged": []}}))
    got = verdicts("`Loader.read()` was updated for the buffer rework (lines 40-44 of `pkg/mod.py`).", r)
    assert "confirmed" not in {v for _, v in got}, got


def test_importable_is_about_what_a_user_imports():
    text = "Every name importable from 1.4 is still importable from 1.5."
    r = _report([F("object-removed", obj="pkg.legacy", message="module removed")])
    assert "confirmed" not in {v for _, v in verdicts(text, r)}
    assert ("imports-valid", "contradicted") in verdicts(text, r)


def test_byte_for_byte_is_said_of_the_code_not_only_of_the_interface():
    r = _report()
    r.facts.append(Fact("api", "definitions", {"pkg/mod.py": {"module": "pkg.mod", "changed": ["Pool.release"], "added": [],
                                                              "removed": [], "unchanged": ["Pool.acquire"]}}))
    got = verdicts("No public API change: `Pool.acquire` and `Pool.release` are byte-for-byte identical.", r)
    assert ("entity-kept", "contradicted") in got and ("entity-kept", "confirmed") not in got, got
