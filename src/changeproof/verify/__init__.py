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

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .evaluate import Context, evaluate
from .patterns import CLAIM_KINDS, looks_like_claim, recognise
from .result import SCHEMA, VERDICT_LABELS, VERDICTS, Claim, Evidence, VerifyResult
from .segments import MAX_LINE, MAX_SEGMENT, Segment, iter_segments, split_document

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report

__all__ = [
    "CLAIM_KINDS",
    "MAX_DOCUMENT",
    "SCHEMA",
    "TIME_BUDGET",
    "VERDICTS",
    "VERDICT_LABELS",
    "Claim",
    "Evidence",
    "Segment",
    "VerifyResult",
    "read_document",
    "split_document",
    "verify",
    "verify_exit_code",
    "verify_file",
]

MAX_DOCUMENT = 1 << 20  # bytes read from a document: a pull request body is at most 64 KB, a report rarely 100 KB
TIME_BUDGET = 10.0  # seconds for one document; what is left when it runs out is listed as not checked

_NOT_CHECKED = Evidence("no claim pattern matches this sentence: changeproof did not check it", source="reason")


def _oversize(seg: Segment) -> Claim:
    what, _, size = seg.extra.partition(":")
    limit = MAX_LINE if what == "line" else MAX_SEGMENT
    return Claim(seg.line, seg.raw[:120] + "\u2026", "unrecognised", "not_checked",
                 [Evidence(f"not checked: {what} too long to analyse ({int(size):,} characters; the limit is {limit:,})",
                           source="reason")])


def verify(markdown: str, report: Report, document: str | None = None, *, budget: float = TIME_BUDGET,
           clock: Callable[[], float] = time.monotonic, truncated: str | None = None) -> VerifyResult:
    """Every claim of *markdown* with its verdict and evidence from *report*, in document order.

    Bounded whatever the input: lines and sentences over the caps of :mod:`.segments` are listed as not checked,
    and once *budget* seconds are spent the rest of the document is one "not checked" entry. *truncated* says
    what was left unread of a document longer than :data:`MAX_DOCUMENT`."""
    ctx = Context(report)
    vocab = ctx.vocabulary()
    claims: list[Claim] = []
    deadline = clock() + budget
    segments = iter_segments(markdown)
    for seg in segments:
        if clock() > deadline:
            rest = 1 + sum(1 for _ in segments)
            total = markdown.count("\n") + 1
            claims.append(Claim(seg.line, seg.raw[:120], "unrecognised", "not_checked", [Evidence(
                f"not checked: document too large or too complex: the time budget ({budget:g} s) ran out at line "
                f"{seg.line}; lines {seg.line}-{total} ({rest} sentence(s), list item(s) and table row(s)) were not "
                "analysed", source="reason")]))
            break
        if seg.kind == "oversize":
            claims.append(_oversize(seg))
            continue
        if seg.checkbox == "open":
            claims.append(Claim(seg.line, seg.raw, "unrecognised", "not_checked", [Evidence(
                "an unticked checklist item asserts nothing: not checked", source="reason")], asserted=False))
            continue
        matches = recognise(seg, vocab)
        for m in matches:
            verdict, evidence = evaluate(m, seg, ctx)
            claims.append(Claim(seg.line, seg.raw, m.kind, verdict, evidence, hedged=m.params.get("hedged", False)))
        if not matches and looks_like_claim(seg):
            claims.append(Claim(seg.line, seg.raw, "unrecognised", "not_checked", [_NOT_CHECKED]))
    if truncated:
        line = markdown.count("\n") + 1
        claims.append(Claim(line, "(the rest of the document)", "unrecognised", "not_checked", [Evidence(
            f"not checked: document too large: {truncated}", source="reason")]))
    return VerifyResult(claims=claims, document=document, base=report.base, head=report.head)


def read_document(stream: BinaryIO, name: str, limit: int = MAX_DOCUMENT) -> tuple[str, str | None]:
    """The text of a document (UTF-8, a BOM dropped, undecodable bytes replaced), read up to *limit* bytes and
    cut at the last line break before it; with what was left unread, said in words (None when nothing)."""
    data = stream.read(limit + 1)
    if len(data) <= limit:
        return data.decode("utf-8-sig", errors="replace"), None
    total = len(data)
    while True:  # count what is left without keeping it
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        total += len(chunk)
    cut = data.rfind(b"\n", 0, limit)
    kept = data[: cut + 1] if cut > 0 else data[:limit]
    text = kept.decode("utf-8-sig", errors="replace")
    return text, (f"{name} is {total:,} bytes and verify reads at most {limit:,}: the {total - len(kept):,} bytes "
                  f"after line {text.count(chr(10))} were not read")


def verify_file(path: str | Path, report: Report) -> VerifyResult:
    """:func:`verify` on a file, or standard input for ``-``; an unreadable file is a UserError (exit code 2)."""
    from ..errors import UserError

    if str(path) == "-":
        text, truncated = read_document(sys.stdin.buffer, "standard input")
        return verify(text, report, document="-", truncated=truncated)
    try:
        with open(path, "rb") as stream:
            text, truncated = read_document(stream, str(path))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}", hint="give the path of the Markdown report to verify") from None
    return verify(text, report, document=str(path), truncated=truncated)


def verify_exit_code(result: VerifyResult) -> int:
    """1 when any claim is contradicted, else 0."""
    return 1 if result.contradicted else 0
