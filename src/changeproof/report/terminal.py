"""Terminal output with rich: the verdict first, then one table per severity, acknowledged, problems.

Every piece of text from the report is passed as :class:`rich.text.Text`, so code such as ``list[int]``
is never read as rich markup. Colour comes only from the Console: a non-terminal Console prints none.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import (
    SEVERITY_TITLES,
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

MAX_INFO_ROWS = 50

VERDICT_STYLES = {"breaking": "bold red", "risky": "bold yellow", "safe": "bold green"}
SEVERITY_STYLES = {"breaking": "red", "risk": "yellow", "info": "cyan"}


def _what_changed(f: Finding) -> Text:
    out = Text(f.message)
    if f.old is not None:
        out.append("\n- ", style="red")
        out.append(f.old, style="red")
    if f.new is not None:
        out.append("\n+ ", style="green")
        out.append(f.new, style="green")
    return out


def _table(title: str, style: str) -> Table:
    return Table(
        title=Text(title, style=f"bold {style}".strip()),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_lines=True,
        show_edge=False,
        expand=False,
        pad_edge=False,
    )


def _opt(value: str | None) -> Text:
    return Text(value) if value else Text("-", style="dim")


def _finding_table(title: str, style: str, findings: list[Finding], *, reason: bool = False) -> Table:
    table = _table(title, style)
    table.add_column("kind", no_wrap=True, style=style or None)
    table.add_column("where", overflow="fold", ratio=2)
    table.add_column("what changed", overflow="fold", ratio=3)
    if reason:
        table.add_column("reason", overflow="fold")
    for f in findings:
        kind = Text(f.kind)
        if reason:  # acknowledged findings of every severity share one table
            kind.append(f"\n{f.severity}", style=SEVERITY_STYLES.get(f.severity, ""))
        where = Text(f.object or "-")
        if f.parameter:
            where.append(f" ({f.parameter})", style="bold")
        where.append(f"\n{location(f) or '-'}", style="dim")
        cells = [kind, where, _what_changed(f)]
        if reason:
            cells.append(Text(f.acknowledged or ""))
        table.add_row(*cells)
    return table


def verdict_line(report: Report) -> Text:
    """The first line of every terminal report: verdict, semver advice, counts."""
    verdict = report.verdict
    head = Text()
    head.append(f"Verdict: {verdict}", style=VERDICT_STYLES.get(verdict, "bold"))
    head.append(f" ({semver_advice(report)}): {counts_phrase(report)}")
    missing = coverage_phrase(report)
    if missing:
        head.append(f"\nThe verdict rests on incomplete evidence: {missing}", style="yellow")
    return head


def render_terminal(report: Report, console: Console) -> None:
    console.print(verdict_line(report))
    console.print(Text(f"base {revision_label(report.base)} -> head {revision_label(report.head)}", style="dim"))

    findings = sorted_findings(report)
    active = [f for f in findings if f.acknowledged is None and not f.preexisting]
    preexisting = [f for f in findings if f.acknowledged is None and f.preexisting]
    acknowledged = [f for f in findings if f.acknowledged is not None]

    if report.checks is not None:
        _checks_table(report, console)
    if not report.findings:
        console.print()
        console.print(Text("No findings in the analysed files." if report.checks is not None
                           else "No API changes found in the analysed files."))
    elif not active:
        console.print()
        console.print(Text("Every finding is acknowledged by an ignore entry in [tool.changeproof]."))

    for severity, title in SEVERITY_TITLES.items():
        group = [f for f in active if f.severity == severity]
        if not group:
            continue
        shown = group
        if severity == "info" and len(group) > MAX_INFO_ROWS:
            shown = group[:MAX_INFO_ROWS]
        console.print()
        console.print(_finding_table(f"{title} ({len(group)})", SEVERITY_STYLES.get(severity, ""), shown))
        if len(shown) < len(group):
            rest = len(group) - len(shown)
            console.print(
                Text(f"... and {rest} more info findings (use --format markdown or json for all)", style="dim")
            )

    if preexisting:
        console.print()
        title = f"Already there at base ({len(preexisting)}): not held against the change"
        console.print(_finding_table(title, "dim", preexisting))

    if acknowledged:
        console.print()
        title = f"Acknowledged ({len(acknowledged)}): not counted in the verdict"
        console.print(_finding_table(title, "", acknowledged, reason=True))

    if report.problems:
        console.print()
        table = _table(f"Could not analyse ({len(report.problems)}): the verdict cannot vouch for these", "yellow")
        table.add_column("path", overflow="fold")
        table.add_column("side", no_wrap=True)
        table.add_column("problem", overflow="fold")
        for p in report.problems:
            table.add_row(Text(p.path), _opt(p.side), Text(p.message))
        console.print(table)


def _checks_table(report: Report, console: Console) -> None:
    changes = report.changes or []
    if changes:
        by_cat: dict[str, int] = {}
        for ch in changes:
            by_cat[ch.category] = by_cat.get(ch.category, 0) + 1
        plus = sum(ch.added or 0 for ch in changes)
        minus = sum(ch.removed or 0 for ch in changes)
        parts = ", ".join(f"{n} {cat}" for cat, n in sorted(by_cat.items(), key=lambda kv: -kv[1]))
        console.print(Text(f"{len(changes)} changed files: {parts}; +{plus} -{minus} lines"))
    else:
        console.print(Text("No files changed."))
    table = _table("Checks", "")
    table.add_column("check", overflow="fold")
    table.add_column("status", no_wrap=True)
    table.add_column("time", no_wrap=True, justify="right")
    table.add_column("result", overflow="fold")
    styles = {"ran": "green", "not-applicable": "dim", "skipped": "yellow", "failed": "red"}
    for r in report.checks or []:
        table.add_row(Text(r.title), Text(r.status, style=styles.get(r.status, "")), Text(seconds(r.duration)), Text(r.summary))
    if not any(r.name == "tests" for r in report.checks or []):
        table.add_row(Text("Tests"), Text("skipped", style="yellow"), Text(""), Text("the project's tests were not run"))
    console.print()
    console.print(table)


def render_terminal_text(report: Report, *, width: int = 120) -> str:
    """The terminal rendering as plain text (no colour codes), ``width`` columns wide."""
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        force_terminal=False,
        color_system=None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
    render_terminal(report, console)
    text = console.export_text(styles=False)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
