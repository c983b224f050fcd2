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
import textwrap
from typing import TYPE_CHECKING

from rich.console import COLOR_SYSTEMS, Console
from rich.style import Style
from rich.text import Text

from . import (
    location,
    revision_label,
    seconds,
    verdict_pieces,
)
from .view import (
    NO_FILE,
    coverage_lines,
    group_by_file,
    label,
    shows_change,
    split,
    test_failures,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

MAX_INFO_ROWS = 10  # info findings listed by default (one line each); --verbose lists all
MAX_FINDINGS = 200  # findings listed by default; --verbose lists all
MAX_LIST = 10  # pre-existing findings, test outcomes... listed by default

VERDICT_STYLES = {"breaking": "bold red", "risky": "bold yellow", "unverified": "bold yellow", "safe": "bold green"}
SEVERITY_STYLES = {"breaking": "red", "risk": "yellow", "info": "cyan"}
STATUS_STYLES = {"ran": "green", "not-applicable": "dim", "skipped": "yellow", "failed": "red"}
INDENT = 6  # the message and code of a finding sit under its kind


def verdict_line(report: Report) -> Text:
    """The first line of every terminal report: verdict, semver advice, counts; then, when the evidence is
    incomplete, what the verdict does not rest on."""
    first, rest, missing = verdict_pieces(report)  # the same text as verdict_plain, styled
    head = Text()
    head.append(first, style=VERDICT_STYLES.get(report.verdict, "bold"))
    head.append(rest)
    if missing:
        head.append(f"\nThe verdict rests on incomplete evidence: {missing}", style="yellow")
    return head


class _Out:
    """The whole report as one rich Text, wrapped here (textwrap, on word boundaries, with hanging indents):
    one print for any number of findings, so 10,000 of them render in well under a second."""

    def __init__(self, width: int):
        self.width = max(width, 20)
        self.parts: list[tuple[str, str]] = []

    def append(self, value: str, style: str | None = None) -> None:
        self.parts.append((value, style or ""))

    def blank(self) -> None:
        self.append("\n")

    def write(self, console: Console) -> None:
        """Onto the console's file: styled only on a colour terminal (rich decides: NO_COLOR, not a tty...)."""
        if console.record:  # a recording console (tests, export): let rich see every segment
            text = Text()
            for value, style in self.parts:
                text.append(value, style=style or None)
            console.print(text, no_wrap=True, overflow="ignore", crop=False, end="")
            return
        system = COLOR_SYSTEMS.get(console.color_system or "") if console.is_terminal and not console.no_color else None
        if system is None:
            console.file.write("".join(value for value, _ in self.parts))
        else:
            styles: dict[str, Style] = {}
            chunks = []
            for value, style in self.parts:
                if style and value.strip():
                    parsed = styles.get(style) or styles.setdefault(style, Style.parse(style))
                    chunks.append(parsed.render(value, color_system=system))
                else:
                    chunks.append(value)
            console.file.write("".join(chunks))
        console.file.flush()

    def segments(self, *parts: tuple[str, str], indent: int = 0) -> None:
        """One line of styled segments; wrapped as plain text (first style kept) when it is too wide."""
        plain = " " * indent + "".join(p for p, _ in parts)
        if len(plain) <= self.width:
            self.append(" " * indent)
            for part, style in parts:
                self.append(part, style)
            self.append("\n")
            return
        self.wrap("".join(p for p, _ in parts), indent=indent, hang=indent + 2, style=parts[0][1] if parts else "")

    def wrap(self, value: str, *, indent: int = 0, hang: int | None = None, style: str = "", prefix: str = "") -> None:
        """Wrapped to the width on word boundaries; a word longer than a line is cut (nothing is ever cropped)."""
        hang = indent if hang is None else hang
        first = True
        for para in value.split("\n"):
            wrapper = textwrap.TextWrapper(width=self.width, initial_indent=" " * (indent if first else hang) + prefix,
                                           subsequent_indent=" " * (hang + len(prefix)), break_long_words=True,
                                           break_on_hyphens=False, drop_whitespace=True, replace_whitespace=False,
                                           expand_tabs=True)
            lines = wrapper.wrap(para) or [" " * indent + prefix.rstrip()]
            for line in lines:
                self.append(line, style)
                self.append("\n")
            first = False


def _coverage(report: Report, out: _Out) -> None:
    if report.checks is None:
        return
    lines = coverage_lines(report)
    complete = report.complete
    out.segments(("Coverage: ", "bold"), ("complete" if complete else "incomplete", "green" if complete else "yellow"),
                 (f" ({lines[0]})" if lines else "", ""))


def _finding(f: Finding, out: _Out, *, with_path: bool = False, brief: bool = False, reason: bool = False) -> None:
    where = (location(f) or "") if with_path else (f":{f.line}" if f.line else "")
    name = label(f)
    out.segments((f"{where:<5} ", "dim"), (f"{f.severity:<8} ", SEVERITY_STYLES.get(f.severity, "")),
                 (f.kind, "bold"), (f"  {name}" if name else "", ""), indent=2)
    if brief:
        return
    out.wrap(f.message, indent=INDENT)
    if shows_change(f):
        if f.old is not None:
            out.wrap(f.old, indent=INDENT, style="red", prefix="- ")
        if f.new is not None:
            out.wrap(f.new, indent=INDENT, style="green", prefix="+ ")
    if reason and f.acknowledged:
        out.wrap(f"acknowledged: {f.acknowledged}", indent=INDENT, style="dim")


def _file_block(path: str, findings: list[Finding], out: _Out, *, reason: bool = False, brief: set[int] | None = None) -> None:
    """One file's findings; those whose id() is in ``brief`` get their heading line only."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    out.segments((path, "bold underline" if path != NO_FILE else "bold dim"),
                 ("  " + ", ".join(f"{n} {s}" for s, n in counts.items()), "dim"))
    for f in findings:
        _finding(f, out, brief=bool(brief) and id(f) in brief, reason=reason)


def _more(out: _Out, n: int, what: str) -> None:
    out.wrap(f"... and {n} more {what} (--verbose shows them)", indent=2, style="dim")


def render_terminal(report: Report, console: Console, *, verbose: bool = False) -> None:
    parts = split(report)
    console.print(verdict_line(report))
    out = _Out(console.width)
    _coverage(report, out)
    context = f"base {revision_label(report.base)} -> head {revision_label(report.head)}"
    if report.changes is not None:
        context += f"; {_changes_phrase(report)}"
    out.wrap(context, style="dim")
    if report.checks is not None:
        _tests(report, out, verbose)

    # by default an info finding is one line, only the first MAX_INFO_ROWS of them are listed, and at most
    # MAX_FINDINGS findings in all; --verbose lists everything in full
    info = [f for f in parts.active if f.severity == "info"]
    listed_info = info if verbose else info[:MAX_INFO_ROWS]
    keep = {id(f) for f in listed_info}
    shown = [f for f in parts.active if f.severity != "info" or id(f) in keep]
    if not verbose and len(shown) > MAX_FINDINGS:
        shown = shown[:MAX_FINDINGS]  # most severe first (sorted_findings)
    if not report.findings:
        out.blank()
        out.wrap("No findings in the analysed files." if report.checks is not None
                 else "No API changes found in the analysed files.")
    elif not parts.active:
        out.blank()
        out.wrap("No finding is held against the change (every one is pre-existing or acknowledged).")
    for path, group in group_by_file(shown):
        out.blank()
        _file_block(path, group, out, brief=None if verbose else keep)
    left = len(parts.active) - len(shown)
    if left:
        out.blank()
        only_info = left == len(info) - len(listed_info)
        _more(out, left, "info findings" if only_info else "findings")

    if report.checks is not None:
        _checks(report, out, verbose)

    if parts.preexisting:
        out.blank()
        out.wrap(f"Already there at base ({len(parts.preexisting)}): not held against the change", style="bold dim")
        if verbose:
            for path, group in group_by_file(parts.preexisting):
                _file_block(path, group, out)
        else:
            for f in parts.preexisting[:MAX_LIST]:
                _finding(f, out, with_path=True, brief=True)
            if len(parts.preexisting) > MAX_LIST:
                _more(out, len(parts.preexisting) - MAX_LIST, "pre-existing findings")

    if parts.acknowledged:
        out.blank()
        out.wrap(f"Acknowledged ({len(parts.acknowledged)}): not counted in the verdict", style="bold")
        acknowledged = parts.acknowledged if verbose else parts.acknowledged[:MAX_LIST]
        for path, group in group_by_file(acknowledged):
            _file_block(path, group, out, reason=True)
        if len(acknowledged) < len(parts.acknowledged):
            _more(out, len(parts.acknowledged) - len(acknowledged), "acknowledged findings")

    if report.problems:
        out.blank()
        out.wrap(f"Could not analyse ({len(report.problems)}): the verdict cannot vouch for these", style="bold yellow")
        for p in report.problems:
            out.wrap(f"{p.path}{f' ({p.side})' if p.side else ''}: {p.message}", indent=2, hang=4)
    out.write(console)


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


def _tests(report: Report, out: _Out, verbose: bool) -> None:
    t = report.tests
    run = next((c for c in report.checks or [] if c.name == "tests"), None)
    if t is None:
        why = run.summary if run is not None and run.status != "ran" else "not run (pass --tests to run them)"
        out.segments(("Tests: ", "bold"), (why, "yellow"))
        return
    out.segments(("Tests: ", "bold"), (t.get("summary") or "", ""))
    if not verbose:  # each failing test is a finding below, with its message
        return
    for title, node, d in test_failures(t):
        out.segments((f"{title}: ", "red" if title in ("regression", "new, failing") else "yellow"), (node, ""), indent=2)
        if d.get("message"):
            out.wrap(d["message"], indent=INDENT, style="dim")


def _checks(report: Report, out: _Out, verbose: bool) -> None:
    runs = report.checks or []
    counts: dict[str, int] = {}
    for r in runs:
        counts[r.status] = counts.get(r.status, 0) + 1
    total = sum(r.duration for r in runs)
    out.blank()
    out.segments(("Checks: ", "bold"), (", ".join(f"{n} {s}" for s, n in counts.items()) + f" ({seconds(total)})", ""))
    for r in runs:
        if not verbose and r.status in ("ran", "not-applicable"):
            continue
        out.segments((f"{r.status:<15}", STATUS_STYLES.get(r.status, "")), (r.title, "bold"),
                     (f" ({seconds(r.duration)}{', runs project code' if r.runs_code else ''}): ", "dim"), (r.summary, ""),
                     indent=2)


def render_terminal_text(report: Report, *, width: int = 120, verbose: bool = False) -> str:
    """The terminal rendering as plain text (no colour codes), ``width`` columns wide."""
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None, highlight=False,
                      emoji=False, markup=False, soft_wrap=False)
    render_terminal(report, console, verbose=verbose)
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()) + "\n"
