"""What the evidence measures must be what the claim speaks of (the seventh round). A change of a function's code
is not a change of its signature, its API or what it computes: refactors change code and keep those. Wordings are
our own; each test has the claim the rule must still contradict."""

from __future__ import annotations

from test_verify_precision import _defs, _report, verdicts


def test_changed_code_does_not_contradict_a_claim_about_the_interface():
    r = _report(facts=[_defs(changed=["load_rows", "summarise"])])
    for text in ("The public API (`load_rows`, `summarise`) is unchanged.",
                 "`load_rows` keeps its signature.",
                 "The parameters of `summarise` are unchanged."):
        assert "contradicted" not in verdicts(text, r), text


def test_changed_code_does_not_contradict_a_claim_about_behaviour():
    r = _report(facts=[_defs(changed=["top_terms"])])
    for text in ("`top_terms` now sorts once, which gives exactly the same order as before.",
                 "`top_terms` returns the same results as before."):
        assert "contradicted" not in verdicts(text, r), text


def test_changed_code_still_contradicts_a_claim_about_the_code():
    r = _report(facts=[_defs(changed=["top_terms"])])
    assert "contradicted" in verdicts("`top_terms` is unchanged.", r)
    assert "contradicted" in verdicts("The body of `top_terms` is untouched.", r)
    assert "contradicted" in verdicts("`top_terms` was not modified, its API is the same.", r)


def test_a_changed_definition_does_not_contradict_what_it_returns_or_exports():
    r = _report(facts=[_defs(changed=["top_terms", "load_rows", "summarise"])])
    assert "contradicted" not in verdicts("No change to what `top_terms` returns.", r)
    assert "contradicted" not in verdicts("The exported names are unchanged: `load_rows`, `summarise`.", r)


def test_takes_is_a_timing_only_with_a_duration():
    r = _report(facts=[_defs(unchanged=["load_rows"])])
    assert "confirmed" in verdicts("`load_rows` still takes the same arguments.", r)
    # (with a duration it is a measure of running code, which nothing here measures)
    assert "confirmed" not in verdicts("`load_rows` is unchanged and takes 3 seconds on the big file.", r)


def _lines_report():
    from test_verify import C
    from test_verify_precision import _report as report

    return report(changes=[C("pkg/a.py", added=16, removed=11)])


def _claims(text, r):
    from changeproof.verify import verify

    return [(c.kind, c.verdict, c.text) for c in verify(text, r).claims]


def test_each_count_of_a_diffstat_is_shown_on_its_own_words():
    r = _lines_report()
    for text in ("16 additions / 12 deletions", "16 additions, 12 deletions"):
        got = _claims(text, r)
        assert ("line-count", "contradicted", "12 deletions") in got, got
        assert any(t == "16 additions" and v != "contradicted" for _, v, t in got), got
    # an addition said of something else is not a count of lines
    assert not any(k == "line-count" and "additions" in t for k, _, t in _claims("2 additions to the API, 0 deletions", r))
