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
