"""A self-contained HTML page of a report (no scripts, no external assets): for CI artifacts and the demo."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from . import (
    counts_phrase,
    location,
    revision_label,
    seconds,
    coverage_phrase,
    semver_advice,
    sorted_findings,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.5em} h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
.verdict{padding:.6em 1em;border-radius:6px;font-weight:600;display:inline-block}
.breaking{background:#fde2e1;color:#8a1111}.risky{background:#fff3cd;color:#7a5200}.safe{background:#e3f4e6;color:#17612a}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f6} code{font:12px ui-monospace,monospace;background:#f3f3f3;padding:1px 3px;border-radius:3px}
.sev-breaking{color:#a11}.sev-risk{color:#8a5a00}.sev-info{color:#356}.dim{color:#777}
"""


def _code(text: str | None) -> str:
    return f"<code>{escape(text)}</code>" if text else ""


def _findings_table(findings: list[Finding]) -> str:
    rows = []
    for f in findings:
        obj = (f.object or "") + (f" ({f.parameter})" if f.parameter else "")
        change = ""
        if f.old is not None or f.new is not None:
            change = f"{_code(f.old) or '<span class=dim>(none)</span>'} &rarr; {_code(f.new) or '<span class=dim>(removed)</span>'}"
        rows.append(f"<tr><td class='sev-{escape(f.severity)}'>{escape(f.severity)}</td><td>{_code(f.kind)}</td><td>{_code(obj)}</td>"
                    f"<td>{_code(location(f))}</td><td>{escape(f.message)}</td><td>{change}</td></tr>")
    return ("<table><tr><th>severity</th><th>kind</th><th>object</th><th>location</th><th>why it matters</th><th>old &rarr; new</th></tr>"
            + "".join(rows) + "</table>")


def render_html(report: Report) -> str:
    findings = sorted_findings(report)
    active = [f for f in findings if f.acknowledged is None and not f.preexisting]
    pre = [f for f in findings if f.preexisting and f.acknowledged is None]
    ack = [f for f in findings if f.acknowledged is not None]
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>changeproof: {escape(revision_label(report.base))} &rarr; "
             f"{escape(revision_label(report.head))}</title><style>{_STYLE}</style></head><body>",
             f"<h1>Stability report: {_code(revision_label(report.base))} &rarr; {_code(revision_label(report.head))}</h1>",
             f"<p><span class='verdict {escape(report.verdict)}'>Verdict: {escape(report.verdict)}</span> "
             f"&mdash; {escape(semver_advice(report))}</p>",
             *([f"<p class='incomplete'><b>The verdict rests on incomplete evidence:</b> {escape(coverage_phrase(report))}.</p>"]
               if coverage_phrase(report) else []),
             f"<p>Findings the change introduced: {escape(counts_phrase(report))}.</p>"]
    if report.checks is not None:
        rows = "".join(f"<tr><td>{escape(c.title)}</td><td>{escape(c.status)}</td><td>{seconds(c.duration)}</td><td>{escape(c.summary)}</td></tr>"
                       for c in report.checks)
        parts.append(f"<h2>Checks</h2><table><tr><th>check</th><th>status</th><th>time</th><th>result</th></tr>{rows}</table>")
    if report.tests is not None:
        h = report.tests.get("head") or {}
        counts = ", ".join(f"{h.get(k, 0)} {k}" for k in ("passed", "failed", "errors", "skipped", "xfailed"))
        parts.append(f"<h2>Tests</h2><p>{escape(report.tests.get('summary') or '')}</p><p class=dim>{escape(counts)}</p>")
    elif report.checks is not None:
        parts.append("<h2>Tests</h2><p><b>Not checked:</b> the project's tests were not run.</p>")
    if report.changes:
        by: dict[str, int] = {}
        for ch in report.changes:
            by[ch.category] = by.get(ch.category, 0) + 1
        parts.append("<h2>Changed files</h2><p>" + escape(", ".join(f"{n} {c}" for c, n in sorted(by.items()))) + "</p>")
    parts.append("<h2>Findings</h2>" + (_findings_table(active) if active else "<p>No findings.</p>"))
    if pre:
        parts.append(f"<h2>Already there at base ({len(pre)})</h2><p class=dim>Not held against the change.</p>" + _findings_table(pre))
    if ack:
        parts.append(f"<h2>Acknowledged ({len(ack)})</h2>" + _findings_table(ack))
    if report.problems:
        rows = "".join(f"<tr><td>{_code(p.path)}</td><td>{escape(p.side or '')}</td><td>{escape(p.message)}</td></tr>" for p in report.problems)
        parts.append(f"<h2>Could not analyse ({len(report.problems)})</h2><table><tr><th>path</th><th>side</th><th>problem</th></tr>{rows}</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
