"""A reading is confirmed only when the whole sentence it comes from is accounted for: every clause that asserts
something is covered by a reading of that sentence or asserts nothing (a hedge, a greeting, a connective)."""

from __future__ import annotations

from test_verify import F, claims, make_report


def _verdicts(text, report):
    return [(c.kind, c.verdict) for c in claims(text, report)]


def test_a_sentence_read_only_in_part_is_not_confirmed():
    got = claims("No new dependency was introduced; the exporter now writes its header twice.", make_report())
    dep = [c for c in got if c.kind == "no-new-dependencies"]
    assert dep and all(c.verdict == "not_checked" for c in dep)
    assert any("part of the sentence was not read" in e.text and "the exporter now writes its header twice" in e.text
               for c in dep for e in c.evidence)
    assert "confirmed" not in {c.verdict for c in got}


def test_a_sentence_read_whole_is_still_confirmed():
    assert ("no-new-dependencies", "confirmed") in _verdicts("No new dependency was introduced.", make_report())


def test_a_clause_that_asserts_nothing_does_not_block():
    for text in ("No new dependency was introduced, so we think this should be fine.",
                 "Hi all: no new dependency was introduced."):
        assert ("no-new-dependencies", "confirmed") in _verdicts(text, make_report()), text


def test_a_clause_read_as_unverifiable_accounts_for_its_part():
    # the second clause is read (a claim about speed, not verifiable): the sentence is accounted for
    assert ("no-new-dependencies", "confirmed") in _verdicts("No new dependency was introduced; the parser is now quicker.",
                                                           make_report())


def test_a_contradiction_in_a_sentence_read_in_part_stands():
    r = make_report([F("object-removed", obj="pkg.mod.func")])
    got = _verdicts("`func` is unchanged; the exporter now writes its header twice.", r)
    assert ("entity-kept", "contradicted") in got
