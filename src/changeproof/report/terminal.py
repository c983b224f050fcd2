"""Terminal output with rich: the verdict and its coverage first, then the findings grouped by file.

Layout: verdict line, coverage, base -> head and what changed, tests; then one block per file (most severe
first) with each finding's line, severity, kind and short name, its message and the old/new code (a side that
is the same on both is not repeated); then info findings one line each, the checks, pre-existing,
acknowledged, could-not-analyse. ``verbose`` shows everything in full; the default keeps a typical change on one
screen (info findings and long lists are capped, with a count of what was left out).

Every piece of text from the report is passed as :class:`rich.text.Text`, so code such as ``list[int]`` is never
read as rich markup, and rich wraps it on word boundaries to the console's width. Colour comes only from the
Console: a non-terminal Console, or NO_COLOR in the environment, prints none.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text

from . import counts_phrase, coverage_phrase, location, revision_label, seconds, semver_advice
from .view import NO_FILE, coverage_lines, group_by_file, label, shows_change, split, test_failures

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

MAX_INFO_ROWS = 10  # info findings listed by default (one line each); --verbose lists all
MAX_LIST = 10  # pre-existing findings, test outcomes... listed by default

VERDICT_STYLES = {"breaking": "bold red", "risky": "bold yellow", "unverified": "bold yellow", "safe": "bold green"}
SEVERITY_STYLES = {"breaking": "red", "risk": "yellow", "info": "cyan"}
STATUS_STYLES = {"ran": "green", "not-applicable": "dim", "skipped": "yellow", "failed": "red"}
INDENT = 6  # the message and code of a finding sit under its kind


def verdict_line(report: Report) -> Text:
    """The first line of every terminal report: verdict, semver advice, counts; then, when the evidence is
    incomplete, what the verdict does not rest on."""
    verdict = report.verdict
    head = Text()
    head.append(f"Verdict: {verdict}", style=VERDICT_STYLES.get(verdict, "bold"))
    head.append(f" ({semver_advice(report)}): {counts_phrase(report)}")
    missing = coverage_phrase(report)
    if missing:
        head.append(f"\nThe verdict rests on incomplete evidence: {missing}", style="yellow")
    return head


def _coverage(report: Report) -> Text | None:
    if report.checks is None:
        return None
    lines = coverage_lines(report)
    complete = report.complete
    out = Text("Coverage: ", style="bold")
    out.append("complete" if complete else "incomplete", style="green" if complete else "yellow")
    if lines:
        out.append(f" ({lines[0]})")
    return out


def _finding_head(f: Finding, *, with_path: bool = False) -> Padding:
    line = Text()
    where = location(f) if with_path else (f":{f.line}" if f.line else "")
    line.append(f"{where:<5}" if where else " " * 5, style="dim")
    line.append(" ")
    line.append(f"{f.severity:<8}", style=SEVERITY_STYLES.get(f.severity, ""))
    line.append(" ")
    line.append(f.kind, style="bold")
    name = label(f)
    if name:
        line.append("  ")
        line.append(name)
    return Padding(line, (0, 0, 0, 2))


def _finding_body(f: Finding, *, reason: bool = False) -> Padding:
    body = Text(f.message)
    if shows_change(f):
        if f.old is not None:
            body.append("\n- ", style="red")
            body.append(f.old, style="red")
        if f.new is not None:
            body.append("\n+ ", style="green")
            body.append(f.new, style="green")
    if reason and f.acknowledged:
        body.append("\nacknowledged: ", style="dim")
        body.append(f.acknowledged)
    return Padding(body, (0, 0, 0, INDENT))


def _file_block(path: str, findings: list[Finding], *, reason: bool = False, brief: set[int] | None = None) -> Group:
    """One file's findings; those whose id() is in ``brief`` get their heading line only."""
    title = Text(path, style="bold underline" if path != NO_FILE else "bold dim")
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    title.append("  " + ", ".join(f"{n} {s}" for s, n in counts.items()), style="dim")
    parts: list = [title]
    for f in findings:
        parts.append(_finding_head(f))
        if not brief or id(f) not in brief:
            parts.append(_finding_body(f, reason=reason))
    return Group(*parts)


def _one_liners(findings: list[Finding], limit: int | None) -> list[Padding]:
    shown = findings if limit is None else findings[:limit]
    lines = []
    for f in shown:
        line = _finding_head(f, with_path=True)
        lines.append(line)
    return lines


def _more(n: int, what: str) -> Text:
    return Text(f"  ... and {n} more {what} (--verbose shows them)", style="dim")


def render_terminal(report: Report, console: Console, *, verbose: bool = False) -> None:
    parts = split(report)
    console.print(verdict_line(report))
    cov = _coverage(report)
    if cov is not None:
        console.print(cov)
    context = Text(f"base {revision_label(report.base)} -> head {revision_label(report.head)}", style="dim")
    if report.changes is not None:
        context.append(f"; {_changes_phrase(report)}", style="dim")
    console.print(context)
    if report.checks is not None:
        _tests(report, console, verbose)

    # by default an info finding is one line, and only the first MAX_INFO_ROWS of them are listed
    info = [f for f in parts.active if f.severity == "info"]
    listed_info = info if verbose else info[:MAX_INFO_ROWS]
    keep = {id(f) for f in listed_info}
    shown = [f for f in parts.active if f.severity != "info" or id(f) in keep]
    brief = None if verbose else keep
    if not report.findings:
        console.print()
        console.print(Text("No findings in the analysed files." if report.checks is not None
                           else "No API changes found in the analysed files."))
    elif not parts.active:
        console.print()
        console.print(Text("No finding is held against the change (every one is pre-existing or acknowledged)."))
    for path, group in group_by_file(shown):
        console.print()
        console.print(_file_block(path, group, brief=brief))
    if len(listed_info) < len(info):
        console.print()
        console.print(_more(len(info) - len(listed_info), "info findings"))

    if report.checks is not None:
        _checks(report, console, verbose)

    if parts.preexisting:
        console.print()
        console.print(Text(f"Already there at base ({len(parts.preexisting)}): not held against the change", style="bold dim"))
        if verbose:
            for path, group in group_by_file(parts.preexisting):
                console.print(_file_block(path, group))
        else:
            for line in _one_liners(parts.preexisting, MAX_LIST):
                console.print(line)
            if len(parts.preexisting) > MAX_LIST:
                console.print(_more(len(parts.preexisting) - MAX_LIST, "pre-existing findings"))

    if parts.acknowledged:
        console.print()
        console.print(Text(f"Acknowledged ({len(parts.acknowledged)}): not counted in the verdict", style="bold"))
        for path, group in group_by_file(parts.acknowledged):
            console.print(_file_block(path, group, reason=True))

    if report.problems:
        console.print()
        console.print(Text(f"Could not analyse ({len(report.problems)}): the verdict cannot vouch for these",
                           style="bold yellow"))
        for p in report.problems:
            line = Text(p.path, style="bold")
            if p.side:
                line.append(f" ({p.side})", style="dim")
            line.append(": ")
            line.append(p.message)
            console.print(Padding(line, (0, 0, 0, 2)))


def _changes_phrase(report: Report) -> str:
    changes = report.changes or []
    if not changes:
        return "no files changed"
    by_cat: dict[str, int] = {}
    for ch in changes:
        by_cat[ch.category] = by_cat.get(ch.category, 0) + 1
    plus = sum(ch.added or 0 for ch in changes)
    minus = sum(ch.removed or 0 for ch in changes)
    cats = ", ".join(f"{n} {cat}" for cat, n in sorted(by_cat.items(), key=lambda kv: -kv[1]))
    return f"{len(changes)} changed file{'s' if len(changes) != 1 else ''} ({cats}), +{plus} -{minus} lines"


def _tests(report: Report, console: Console, verbose: bool) -> None:
    t = report.tests
    run = next((c for c in report.checks or [] if c.name == "tests"), None)
    line = Text("Tests: ", style="bold")
    if t is None:
        why = run.summary if run is not None and run.status != "ran" else "not run (pass --tests to run them)"
        line.append(why, style="yellow")
        console.print(line)
        return
    line.append(t.get("summary") or "")
    console.print(line)
    if not verbose:  # each failing test is a finding below, with its message
        return
    for title, node, d in test_failures(t):
        row = Text(f"{title}: ", style="red" if title in ("regression", "new, failing") else "yellow")
        row.append(node)
        console.print(Padding(row, (0, 0, 0, 2)))
        if d.get("message"):
            console.print(Padding(Text(d["message"], style="dim"), (0, 0, 0, INDENT)))


def _checks(report: Report, console: Console, verbose: bool) -> None:
    runs = report.checks or []
    counts: dict[str, int] = {}
    for r in runs:
        counts[r.status] = counts.get(r.status, 0) + 1
    total = sum(r.duration for r in runs)
    console.print()
    head = Text("Checks: ", style="bold")
    head.append(", ".join(f"{n} {s}" for s, n in counts.items()) + f" ({seconds(total)})")
    console.print(head)
    for r in runs:
        if not verbose and r.status in ("ran", "not-applicable"):
            continue
        row = Text()
        row.append(f"{r.status:<15}", style=STATUS_STYLES.get(r.status, ""))
        row.append(f"{r.title}", style="bold")
        row.append(f" ({seconds(r.duration)}{', runs project code' if r.runs_code else ''}): ", style="dim")
        row.append(r.summary)
        console.print(Padding(row, (0, 0, 0, 2)))


def render_terminal_text(report: Report, *, width: int = 120, verbose: bool = False) -> str:
    """The terminal rendering as plain text (no colour codes), ``width`` columns wide."""
    console = Console(file=io.StringIO(), record=True, width=width, force_terminal=False, color_system=None,
                      highlight=False, emoji=False, markup=False, soft_wrap=False)
    render_terminal(report, console, verbose=verbose)
    text = console.export_text(styles=False)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
