"""What `verify` returns: one :class:`Claim` per claim found in the document, each with its verdict and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Revision

__all__ = ["SCHEMA", "VERDICTS", "Claim", "Evidence", "VerifyResult", "finding_id"]

SCHEMA = "changeproof.verify/1"

# in the order the terminal and Markdown renderers list them
VERDICTS = ("contradicted", "not_verifiable", "confirmed", "not_checked")
VERDICT_LABELS = {"contradicted": "contradicted", "not_verifiable": "not verifiable", "confirmed": "confirmed",
                  "not_checked": "not checked"}


def finding_id(f: Finding) -> str:
    """A finding's reference in a verdict's evidence: ``kind:object[:parameter]@path:line``."""
    ref = f"{f.kind}:{f.object or '-'}" + (f":{f.parameter}" if f.parameter else "")
    if f.path:
        ref += f"@{f.path}" + (f":{f.line}" if f.line else "")
    return ref


@dataclass
class Evidence:
    """One line of evidence: a finding, a fact, a check's summary, counts of changes or tests, or a reason."""

    text: str
    source: str = "reason"  # finding | fact | check | changes | tests | reason | caveat
    check: str | None = None  # the check it comes from, when there is one
    finding: Finding | None = None
    fact: str | None = None  # the id of the fact it rests on (model.Fact.id)

    @property
    def ref(self) -> str | None:
        """The fact or finding id this evidence rests on, if any."""
        if self.fact:
            return self.fact
        if self.finding is not None:
            return "finding:" + finding_id(self.finding)
        return None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "text": self.text}
        if self.check:
            data["check"] = self.check
        if self.fact:
            data["fact"] = self.fact
        if self.finding is not None:
            f = self.finding
            data["finding"] = {"id": finding_id(f), "kind": f.kind, "severity": f.severity, "object": f.object,
                               "parameter": f.parameter, "path": f.path, "line": f.line}
        return data


@dataclass
class Claim:
    line: int  # 1-based line of the document the claim starts on
    text: str  # as written in the document (the sentence, list item or table row)
    kind: str  # a key of patterns.CLAIM_KINDS, or "unrecognised" for a "not checked" claim
    verdict: str  # one of VERDICTS
    evidence: list[Evidence] = field(default_factory=list)
    hedged: bool = False  # "should", "we believe": still a claim, said with less certainty
    asserted: bool = True  # False for an unticked checklist item

    @property
    def refs(self) -> list[str]:
        """The ids of the facts and findings the verdict rests on, in evidence order."""
        out: list[str] = []
        for e in self.evidence:
            if e.ref and e.ref not in out:
                out.append(e.ref)
        return out

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"line": self.line, "text": self.text, "kind": self.kind, "verdict": self.verdict,
                                "refs": self.refs, "evidence": [e.to_json() for e in self.evidence]}
        if self.hedged:
            data["hedged"] = True
        if not self.asserted:
            data["asserted"] = False
        return data


@dataclass
class VerifyResult:
    claims: list[Claim]
    document: str | None = None
    base: Revision | None = None
    head: Revision | None = None

    def by_verdict(self, verdict: str) -> list[Claim]:
        return [c for c in self.claims if c.verdict == verdict]

    @property
    def contradicted(self) -> list[Claim]:
        return self.by_verdict("contradicted")

    @property
    def summary(self) -> dict[str, int]:
        return {v: len(self.by_verdict(v)) for v in ("confirmed", "contradicted", "not_verifiable", "not_checked")}

    def ordered(self) -> list[Claim]:
        """Contradictions first, then not verifiable, confirmed, not checked; by line within each."""
        rank = {v: i for i, v in enumerate(VERDICTS)}
        return sorted(self.claims, key=lambda c: (rank[c.verdict], c.line))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": SCHEMA, "document": self.document}
        if self.base is not None:
            data["base"] = self.base.to_json()
        if self.head is not None:
            data["head"] = self.head.to_json()
        data["claims"] = [c.to_json() for c in self.claims]
        data["summary"] = self.summary
        return data
