"""Markdown output, for pull-request comments and CI summaries (GitHub-flavoured tables)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import SCHEMA
from . import (
    SEVERITY_TITLES,
    counts_phrase,
    location,
    revision_label,
    coverage_phrase,
    semver_advice,
    sorted_findings,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

MAX_CODE = 120  # old/new text longer than this is cut with an ellipsis
ELLIPSIS = "\u2026"
NEWLINE_MARK = "\u23ce"  # shown where old/new text had a line break
ARROW = "\u2192"

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_BACKTICKS = re.compile(r"`+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _truncate(text: str, limit: int = MAX_CODE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def code(text: str | None, *, limit: int | None = MAX_CODE) -> str:
    """``text`` as an inline code span that is safe inside a table cell."""
    if text is None or text == "":
        return ""
    text = _LINE_BREAK.sub(f" {NEWLINE_MARK} ", text)
    if limit is not None:
        text = _truncate(text, limit)
    longest = max((len(m) for m in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`") or (text.startswith(" ") and text.endswith(" ")):
        text = f" {text} "
    return fence + text.replace("|", "\\|") + fence


def text(value: str | None) -> str:
    """Plain text for a table cell: markdown punctuation escaped, line breaks as ``<br>``.

    Code spans the text already has (``like `this` ``) are kept as code.
    """
    if not value:
        return ""
    out: list[str] = []
    pos = 0
    for m in _CODE_SPAN.finditer(value):
        out.append(_escape(value[pos : m.start()]))
        out.append(code(m.group(2), limit=None))
        pos = m.end()
    out.append(_escape(value[pos:]))
    return "".join(out)


def _escape(value: str) -> str:
    return "<br>".join(_MD_SPECIAL.sub(r"\\\1", line) for line in _LINE_BREAK.split(value))


def change(old: str | None, new: str | None) -> str:
    if old is None and new is None:
        return ""
    if old is None:
        return f"_(none)_ {ARROW} {code(new)}"
    if new is None:
        return f"{code(old)} {ARROW} _(removed)_"
    return f"{code(old)} {ARROW} {code(new)}"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _finding_row(f: Finding) -> str:
    where = code(location(f), limit=None)
    return _row([code(f.kind), code(f.object), code(f.parameter), where, text(f.message), change(f.old, f.new)])


def render_markdown(report: Report) -> str:
    if report.checks is not None:
        from .check_markdown import render_check_markdown

        return render_check_markdown(report)
    findings = sorted_findings(report)
    active = [f for f in findings if f.acknowledged is None]
    acknowledged = [f for f in findings if f.acknowledged is not None]

    base = code(revision_label(report.base), limit=None)
    head = code(revision_label(report.head), limit=None)
    lines = [
        f"# changeproof: {base} {ARROW} {head}",
        "",
        f"**Verdict: {report.verdict}** \u2014 {semver_advice(report)}",
        "",
        *([f"**The verdict rests on incomplete evidence:** {text(coverage_phrase(report))}.", ""]
          if coverage_phrase(report) else []),
        f"Findings: {counts_phrase(report)}.",
        "",
    ]
    if not report.findings:
        lines += ["No API changes found in the analysed files.", ""]
    elif not active:
        lines += ["Every finding is acknowledged by an ignore entry in `[tool.changeproof]`.", ""]

    header = ["kind", "object", "parameter", "location", "message", f"old {ARROW} new"]
    for severity, title in SEVERITY_TITLES.items():
        group = [f for f in active if f.severity == severity]
        if not group:
            continue
        lines += [f"## {title} ({len(group)})", "", _row(header), _row(["---"] * len(header))]
        lines.extend(_finding_row(f) for f in group)
        lines.append("")

    if acknowledged:
        ack_header = ["severity", "kind", "object", "parameter", "location", "message", f"old {ARROW} new", "reason"]
        lines += [
            f"## Acknowledged ({len(acknowledged)})",
            "",
            "These findings match an ignore entry in `[tool.changeproof]`; they do not count towards the verdict.",
            "",
            _row(ack_header),
            _row(["---"] * len(ack_header)),
        ]
        for f in acknowledged:
            lines.append(
                _row([
                    f.severity,
                    code(f.kind),
                    code(f.object),
                    code(f.parameter),
                    code(location(f), limit=None),
                    text(f.message),
                    change(f.old, f.new),
                    text(f.acknowledged),
                ])
            )
        lines.append("")

    if report.problems:
        lines += [
            f"## Could not analyse ({len(report.problems)})",
            "",
            "These inputs were not analysed, so the verdict cannot vouch for them.",
            "",
            _row(["path", "side", "problem"]),
            _row(["---"] * 3),
        ]
        for p in report.problems:
            lines.append(_row([code(p.path, limit=None), p.side or "", text(p.message)]))
        lines.append("")

    version = report.tool_version or _package_version()
    lines.append(f"<sub>changeproof {_escape(version)} \u00b7 report format `{SCHEMA}`</sub>")
    return "\n".join(lines) + "\n"


def _package_version() -> str:
    from .. import __version__

    return __version__
