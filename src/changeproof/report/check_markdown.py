"""Markdown for `changeproof check`: the stability report, one section per area, each with its evidence, and
"not checked" (with the reason) wherever a check did not run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import SCHEMA
from . import (
    counts_phrase,
    location,
    revision_label,
    seconds,
    coverage_phrase,
    semver_advice,
    sorted_findings,
)
from .markdown import ARROW, _escape, _row, change, code, text
from .view import coverage_lines

if TYPE_CHECKING:  # pragma: no cover
    from ..model import CheckRun, Finding, Report

# report sections: title, the checks whose findings they show
SECTIONS = [
    ("Syntax", ["syntax"]),
    ("API compatibility", ["api"]),
    ("Call sites and imports", ["call-sites", "imports"]),
    ("Contracts", ["contracts"]),
    ("Configuration", ["config-drift"]),
    ("Dependencies", ["dependencies"]),
    ("Architecture", ["architecture"]),
    ("Async and performance hazards", ["async-hazards"]),
]
# the tests check has its own section (counts, then each class of outcome), after these
CATEGORIES = ("production", "test", "docs", "config", "ci", "dependencies", "other")
MAX_FILES = 200
MAX_INFO = 100


def _finding_rows(findings: list[Finding], *, with_severity: bool = True) -> list[str]:
    header = (["severity"] if with_severity else []) + ["kind", "object", "location", "message", f"old {ARROW} new"]
    lines = [_row(header), _row(["---"] * len(header))]
    for f in findings:
        obj = f.object or ""
        if f.parameter:
            obj = f"{obj} ({f.parameter})" if obj else f.parameter
        cells = ([f.severity] if with_severity else []) + [code(f.kind), code(obj), code(location(f), limit=None),
                                                          text(f.message), change(f.old, f.new)]
        lines.append(_row(cells))
    return lines


def _run_line(run: CheckRun) -> str:
    if run.status == "ran":
        return f"Checked ({seconds(run.duration)}): {_escape(run.summary)}."
    if run.status == "skipped":
        return f"**Not checked:** {_escape(run.summary)}."
    return f"**Check failed:** {_escape(run.summary)} (see Could not analyse)."


def _tests_section(t: dict, findings: list[Finding]) -> list[str]:
    h = t.get("head") or {}
    lines = [f"{_escape(t.get('summary') or '')}.", "",
             _row(["collected", "passed", "failed", "errors", "skipped", "xfailed", "xpassed"]), _row(["---"] * 7),
             _row([str(h.get(k, 0)) for k in ("collected", "passed", "failed", "errors", "skipped", "xfailed", "xpassed")]), ""]
    rate = t.get("pass_rate")
    if rate is not None:
        lines += [f"Pass rate {rate:.1%}: {_escape(t.get('pass_rate_meaning') or '')}", ""]
    if t.get("base_isolated") is False:
        lines += ["**Base not isolated:** base runs imported code from outside the base tree, so no failure is called pre-existing.", ""]
    fixed = t.get("fixed")
    if h.get("collection_errors"):
        lines += [f"Files that failed to collect at head: {h['collection_errors']}.", ""]
    groups = [("Regressions (passed at base, fail at head)", t.get("regressions")),
              ("Failing, base outcome unknown", t.get("base_unknown") or []),
              ("New failing tests (not at base)", t.get("new")), ("Flaky (passed on a rerun)", t.get("flaky")),
              ("Removed (collected at base, gone at head)", t.get("removed")),
              ("Skipped now (passed at base)", t.get("skipped_now")),
              ("Failing at base too (pre-existing, not held against the change)", t.get("preexisting_failures")),
              ("Fixed (failed at base, pass at head)", fixed)]
    details = t.get("details") or {}
    for title, ids in groups:
        if ids is None:
            why = ("the base could not be collected" if title.startswith("Removed")
                   else "run with `--base-tests all` to find out")
            lines.append(f"- {title}: unknown ({why})")
            continue
        lines.append(f"- {title}: {len(ids)}")
        for node in ids[:50]:
            d = details.get(node) or {}
            where = f" at {code(d['path'] + ':' + str(d['line']), limit=None)}" if d.get("path") and d.get("line") else ""
            msg = f": {text(d['message'])}" if d.get("message") else ""
            lines.append(f"  - {code(node, limit=None)}{where}{msg}")
        if len(ids) > 50:
            lines.append(f"  - \u2026 and {len(ids) - 50} more (see the JSON report)")
    lines.append("")
    return lines


def _coverage_line(report: Report) -> str:
    lines = coverage_lines(report)
    status = "complete" if report.complete else "incomplete"
    return f"**Coverage: {status}**" + (f" ({_escape(lines[0])})." if lines else ".") + "  "


def render_check_markdown(report: Report) -> str:
    findings = sorted_findings(report)
    active = [f for f in findings if f.acknowledged is None and not f.preexisting]
    preexisting = [f for f in findings if f.preexisting and f.acknowledged is None]
    acknowledged = [f for f in findings if f.acknowledged is not None]
    runs = {r.name: r for r in report.checks or []}

    base = code(revision_label(report.base), limit=None)
    head = code(revision_label(report.head), limit=None)
    lines = [f"# Stability report: {base} {ARROW} {head}", "",
             f"**Verdict: {report.verdict}** \u2014 {semver_advice(report)}", "",
             *([f"**The verdict rests on incomplete evidence:** {text(coverage_phrase(report))}.", ""]
               if coverage_phrase(report) else []),
             _coverage_line(report),
             f"Findings the change introduced: {counts_phrase(report)}."]
    if preexisting:
        lines.append(f"Already there at base (listed apart, not held against the change): {len(preexisting)}.")
    v = report.version
    if v and v.get("bump") not in (None, "none"):
        verdict = {True: "enough", False: "**not enough**", None: "not comparable"}[v.get("sufficient")]
        lines.append(f"Version: {code(v['base'])} {ARROW} {code(v['head'])} is a {v['bump']} bump; the findings require "
                     f"{v['required']}: {verdict}.")
    elif v:
        lines.append(f"Version: {code(v['head'])}, unchanged by this change (the findings require a {v['required']} bump at release).")
    lines.append("")
    top = [f for f in active if f.severity == "breaking"][:10]
    if top:
        lines += ["What it breaks:", ""]
        lines += [f"- {code(f.kind)} {code(f.object or '')} at {code(location(f), limit=None)}: {text(f.message)}" for f in top]
        more = sum(1 for f in active if f.severity == "breaking") - len(top)
        if more > 0:
            lines.append(f"- \u2026 and {more} more below")
        lines.append("")

    # checks table
    lines += ["## Checks", "", _row(["check", "status", "time", "result"]), _row(["---"] * 4)]
    for r in report.checks or []:
        label = r.title + (" (runs project code)" if r.runs_code else "")
        lines.append(_row([label, r.status, seconds(r.duration), _escape(r.summary)]))
    if not any(r.name == "tests" for r in report.checks or []):
        lines.append(_row(["Tests", "skipped", "", "the project's tests were not run"]))
    lines.append("")

    # changed files
    changes = report.changes or []
    lines += ["## Changed files", ""]
    if not changes:
        lines += ["No files changed.", ""]
    else:
        counts = {c: [ch for ch in changes if ch.category == c] for c in CATEGORIES}
        lines += [_row(["category", "files", "added", "modified", "deleted", "renamed", "lines +/-"]), _row(["---"] * 7)]
        for cat, group in counts.items():
            if not group:
                continue
            by = {s: sum(1 for ch in group if ch.status == s) for s in ("added", "modified", "deleted", "renamed")}
            plus = sum(ch.added or 0 for ch in group)
            minus = sum(ch.removed or 0 for ch in group)
            lines.append(_row([cat, str(len(group)), str(by["added"]), str(by["modified"]), str(by["deleted"]),
                               str(by["renamed"]), f"+{plus} -{minus}"]))
        lines += ["", "<details><summary>Every changed file</summary>", "", _row(["status", "category", "path", "lines"]),
                  _row(["---"] * 4)]
        for ch in changes[:MAX_FILES]:
            path = ch.path if not ch.old_path else f"{ch.old_path} {ARROW} {ch.path}"
            lines_txt = "binary" if ch.added is None else f"+{ch.added} -{ch.removed}"
            lines.append(_row([ch.status, ch.category, code(path, limit=None), lines_txt]))
        if len(changes) > MAX_FILES:
            lines.append(_row(["\u2026", "", f"{len(changes) - MAX_FILES} more (see the JSON report)", ""]))
        lines += ["", "</details>", ""]

    # one section per area
    for title, names in SECTIONS:
        lines += [f"## {title}", ""]
        for name in names:
            run = runs.get(name)
            if run is None:
                lines.append(f"**Not checked:** the `{name}` check is not available in this version.")
                continue
            if len(names) > 1:
                lines.append(f"*{run.title}.* {_run_line(run)}")
            else:
                lines.append(_run_line(run))
        lines.append("")
        group = [f for f in active if f.category in names]
        shown = [f for f in group if f.severity != "info"] + [f for f in group if f.severity == "info"][:MAX_INFO]
        if shown:
            lines += _finding_rows(shown)
            hidden = len(group) - len(shown)
            if hidden:
                lines.append(f"\n\u2026 and {hidden} more info findings (see the JSON report).")
            lines.append("")
        elif all(runs.get(n) is not None and runs[n].status == "ran" for n in names):
            lines += ["No findings.", ""]

    lines += ["## Tests", ""]
    t = report.tests
    tests_run = runs.get("tests")
    if t is None:
        why = tests_run.summary if tests_run is not None and tests_run.status != "ran" else "the project's tests were not run"
        lines += [f"**Not checked:** {_escape(why)}; nothing here vouches for behaviour.", ""]
    else:
        lines += _tests_section(t, [f for f in findings if f.category == "tests" and f.acknowledged is None])

    if preexisting:
        lines += [f"## Already there at base ({len(preexisting)})", "",
                  "Present before the change too: listed for completeness, not held against it.", ""]
        lines += _finding_rows(preexisting) + [""]
    if acknowledged:
        lines += [f"## Acknowledged ({len(acknowledged)})", "",
                  "These match an ignore entry in `[tool.changeproof]`; they do not count towards the verdict.", ""]
        header = ["severity", "kind", "object", "location", "message", "reason"]
        lines += [_row(header), _row(["---"] * len(header))]
        for f in acknowledged:
            lines.append(_row([f.severity, code(f.kind), code(f.object), code(location(f), limit=None), text(f.message),
                               text(f.acknowledged)]))
        lines.append("")
    if report.problems:
        lines += [f"## Could not analyse ({len(report.problems)})", "",
                  "These inputs were not analysed, so the verdict cannot vouch for them.", "",
                  _row(["path", "side", "problem"]), _row(["---"] * 3)]
        for p in report.problems:
            lines.append(_row([code(p.path, limit=None), p.side or "", text(p.message)]))
        lines.append("")

    # the change-classification table the example report pretends to have, from evidence
    lines += ["## Change classification", "", _row(["change type", "count", "evidence"]), _row(["---"] * 3)]
    for cat in CATEGORIES:
        n = sum(1 for ch in changes if ch.category == cat)
        if n:
            lines.append(_row([f"{cat} files", str(n), "changed files above"]))
    for severity in ("breaking", "risk", "info"):
        n = sum(1 for f in active if f.severity == severity)
        lines.append(_row([f"{severity} findings", str(n), "sections above" if n else "none found by the checks that ran"]))
    not_run = [r.title for r in report.checks or [] if r.status != "ran"]
    if report.tests is None and not any(r.name == "tests" for r in report.checks or []):
        not_run.append("Tests")
    if not_run:
        lines.append(_row(["not checked", str(len(not_run)), _escape(", ".join(not_run))]))
    lines.append("")

    from .. import __version__

    lines.append(f"<sub>changeproof {_escape(report.tool_version or __version__)} \u00b7 report format `{SCHEMA}`</sub>")
    return "\n".join(lines) + "\n"
