"""Rendering a :class:`~changeproof.verify.VerifyResult`: terminal (rich), Markdown and JSON.

Terminal and Markdown list contradictions first, then claims that could not be verified, confirmed ones and
finally the sentences no pattern matched; JSON keeps the document order.
"""

from __future__ import annotations

import io
import json

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import UserError
from .result import VERDICT_LABELS, Claim, VerifyResult

__all__ = ["FORMATS", "claims_html", "claims_json", "claims_markdown", "claims_section", "claims_summary_line",
           "claims_terminal", "claims_terminal_text", "render"]

FORMATS = ("terminal", "markdown", "json")
MAX_EVIDENCE = 5  # evidence lines shown per claim (JSON has them all)
MAX_TEXT = 160

VERDICT_STYLES = {"contradicted": "bold red", "not_verifiable": "yellow", "confirmed": "green", "not_checked": "dim"}


def _short(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _evidence_lines(claim: Claim) -> list[str]:
    lines = [e.text for e in claim.evidence[:MAX_EVIDENCE]]
    if len(claim.evidence) > MAX_EVIDENCE:
        lines.append(f"\u2026 and {len(claim.evidence) - MAX_EVIDENCE} more (see the JSON output)")
    return lines


def claims_summary_line(result: VerifyResult) -> str:
    s = result.summary
    return (f"{s['contradicted']} contradicted, {s['not_verifiable']} not verifiable, {s['confirmed']} confirmed, "
            f"{s['not_checked']} not checked")


def _title(result: VerifyResult) -> str:
    doc = result.document or "the document"
    if result.base is not None and result.head is not None:
        rng = f"{result.base.ref}..{result.head.ref}"
        return f"Claims of {doc} against {rng}"
    return f"Claims of {doc}"


# ----------------------------------------------------------------------------- terminal

def claims_terminal(result: VerifyResult, console: Console) -> None:
    console.print(Text(_title(result), style="bold"))
    style = "bold red" if result.contradicted else "bold green"
    console.print(Text(claims_summary_line(result), style=style))
    if not result.claims:
        console.print(Text("no claims found", style="dim"))
        return
    table = Table(box=box.SIMPLE_HEAD, show_lines=True, show_edge=False, pad_edge=False, expand=False)
    table.add_column("line", justify="right", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("claim", overflow="fold", ratio=2)
    table.add_column("evidence", overflow="fold", ratio=3)
    for c in result.ordered():
        st = VERDICT_STYLES[c.verdict]
        claim = Text(_short(c.text))
        if c.kind != "unrecognised":
            claim.append(f"\n{c.kind}", style="dim")
        table.add_row(Text(str(c.line)), Text(VERDICT_LABELS[c.verdict], style=st), claim,
                      Text("\n".join(_evidence_lines(c)), style="dim" if c.verdict == "not_checked" else ""))
    console.print(table)


def claims_terminal_text(result: VerifyResult, *, width: int = 120) -> str:
    buf = io.StringIO()
    claims_terminal(result, Console(file=buf, width=width, color_system=None, force_terminal=False, soft_wrap=False))
    return buf.getvalue()


# ----------------------------------------------------------------------------- markdown

def _cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def claims_markdown(result: VerifyResult, *, level: int = 1) -> str:
    lines = [f"{'#' * level} {_cell(_title(result))}", "", f"**{claims_summary_line(result)}**", ""]
    if not result.claims:
        return "\n".join(lines + ["No claims found.", ""])
    lines += ["| line | verdict | claim | kind | evidence |", "| ---: | --- | --- | --- | --- |"]
    for c in result.ordered():
        verdict = VERDICT_LABELS[c.verdict]
        if c.verdict == "contradicted":
            verdict = f"**{verdict}**"
        evidence = "<br>".join(_cell(e) for e in _evidence_lines(c))
        kind = f"`{c.kind}`" if c.kind != "unrecognised" else ""
        if c.hedged:
            kind += " (hedged)"
        lines.append(f"| {c.line} | {verdict} | {_cell(_short(c.text))} | {kind} | {evidence} |")
    lines.append("")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- html

def claims_html(result: VerifyResult) -> str:
    """A "Claims" section for the HTML report of `check --claims`."""
    from html import escape

    colours = {"contradicted": "#a11", "not_verifiable": "#8a5a00", "confirmed": "#17612a", "not_checked": "#777"}
    rows = []
    for c in result.ordered():
        evidence = "<br>".join(escape(e) for e in _evidence_lines(c))
        kind = "" if c.kind == "unrecognised" else f"<code>{escape(c.kind)}</code>" + (" (hedged)" if c.hedged else "")
        rows.append(f"<tr><td>{c.line}</td><td style='color:{colours[c.verdict]}'>{escape(VERDICT_LABELS[c.verdict])}</td>"
                    f"<td>{escape(_short(c.text))}</td><td>{kind}</td><td>{evidence}</td></tr>")
    table = ("<table><tr><th>line</th><th>verdict</th><th>claim</th><th>kind</th><th>evidence</th></tr>" + "".join(rows)
             + "</table>") if rows else "<p>No claims found.</p>"
    return f"<h2>{escape(_title(result))}</h2><p><b>{escape(claims_summary_line(result))}</b></p>{table}"


def claims_section(result: VerifyResult, fmt: str, *, width: int = 120) -> str:
    """The claims as a section of a `check` report in *fmt* (markdown, html, terminal)."""
    if fmt == "markdown":
        return "\n" + claims_markdown(result, level=2)
    if fmt == "html":
        return claims_html(result)
    return "\n" + claims_terminal_text(result, width=width)


# ----------------------------------------------------------------------------- json

def claims_json(result: VerifyResult) -> str:
    return json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n"


def render(result: VerifyResult, fmt: str, *, width: int = 120) -> str:
    if fmt == "json":
        return claims_json(result)
    if fmt == "markdown":
        return claims_markdown(result)
    if fmt == "terminal":
        return claims_terminal_text(result, width=width)
    raise UserError(f"unknown output format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
