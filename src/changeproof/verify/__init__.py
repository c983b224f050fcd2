"""`changeproof verify`: check the claims of a written stability report against the evidence of a Report.

Reports written by people and coding agents assert things ("ZERO BREAKING CHANGES", "53/54 tests pass",
"No environment variables modified") without evidence. :func:`verify` reads such a Markdown document,
finds its claims (deterministically: patterns, no language model) and judges each one against a
:class:`~changeproof.model.Report`:

* ``confirmed``: the check that would have found a contradiction ran and found none (its summary is the evidence);
* ``contradicted``: the report holds evidence against it (findings with kind, object and file:line, or counts);
* ``not_verifiable``: the check was skipped or failed, tests were not run, or the claim is about runtime behaviour;
* ``not_checked``: a sentence that reads like a claim but matches no pattern; never counted as confirmed.

    result = verify(Path("STABILITY.md").read_text(), report, document="STABILITY.md")
    verify_exit_code(result)  # 1 when a claim is contradicted
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .evaluate import Context, evaluate
from .patterns import CLAIM_KINDS, looks_like_claim, recognise
from .result import SCHEMA, VERDICT_LABELS, VERDICTS, Claim, Evidence, VerifyResult
from .segments import Segment, split_document

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report

__all__ = [
    "CLAIM_KINDS",
    "SCHEMA",
    "VERDICTS",
    "VERDICT_LABELS",
    "Claim",
    "Evidence",
    "Segment",
    "VerifyResult",
    "split_document",
    "verify",
    "verify_exit_code",
    "verify_file",
]

_NOT_CHECKED = Evidence("no claim pattern matches this sentence: changeproof did not check it", source="reason")


def verify(markdown: str, report: Report, document: str | None = None) -> VerifyResult:
    """Every claim of *markdown* with its verdict and evidence from *report*, in document order."""
    ctx = Context(report)
    claims: list[Claim] = []
    for seg in split_document(markdown):
        matches = recognise(seg)
        for m in matches:
            verdict, evidence = evaluate(m, seg, ctx)
            claims.append(Claim(seg.line, seg.raw, m.kind, verdict, evidence))
        if not matches and looks_like_claim(seg):
            claims.append(Claim(seg.line, seg.raw, "unrecognised", "not_checked", [_NOT_CHECKED]))
    return VerifyResult(claims=claims, document=document, base=report.base, head=report.head)


def verify_file(path: str | Path, report: Report) -> VerifyResult:
    """:func:`verify` on a file; an unreadable file is a UserError (exit code 2)."""
    from ..errors import UserError

    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}", hint="give the path of the Markdown report to verify") from None
    return verify(text, report, document=str(path))


def verify_exit_code(result: VerifyResult) -> int:
    """1 when any claim is contradicted, else 0."""
    return 1 if result.contradicted else 0
