"""JUnit XML for CI test tabs: one test suite, one test case per check.

A check that ran with no breaking finding passes; each breaking finding the change introduced is a ``<failure>``
of its check's case (message: kind, name and file:line; body: the message and old/new); a check that did not run
is ``<skipped>`` with the reason, one that failed is an ``<error>``. Risk and info findings go to the case's
system-out. Inputs that could not be analysed are one more case, an ``<error>`` per input.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from . import location, revision_label
from .view import label, shows_change, split

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

# characters XML 1.0 cannot carry at all, even escaped
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return escape(_INVALID_XML.sub("\ufffd", text))


def _a(text: str) -> str:
    return quoteattr(_INVALID_XML.sub("\ufffd", text).replace("\n", " "))


def _describe(f: Finding) -> str:
    lines = [f.message]
    if shows_change(f):
        if f.old is not None:
            lines.append(f"- {f.old}")
        if f.new is not None:
            lines.append(f"+ {f.new}")
    return "\n".join(lines)


def _headline(f: Finding) -> str:
    name = label(f, full=True)
    return " ".join(part for part in (f.kind, name, f"at {location(f)}" if location(f) else "") if part)


def render_junit(report: Report) -> str:
    active = split(report).active
    by_check: dict[str, list[Finding]] = {}
    for f in active:
        by_check.setdefault(f.category, []).append(f)
    checks = [(c.name, c.title, c.status, c.duration, c.summary) for c in report.checks or []]
    known = {c[0] for c in checks}
    for category in by_check:  # `api` and `merge` reports have no check list: a case per category found
        if category not in known:
            checks.append((category, category, "ran", 0.0, ""))
            known.add(category)
    cases = []
    failures = errors = skipped = 0
    for name, title, status, duration, summary in checks:
        findings = by_check.get(name, [])
        body = []
        if status == "skipped" or status == "not-applicable":
            skipped += 1
            body.append(f"<skipped message={_a(summary or status)}/>")
        elif status == "failed":
            errors += 1
            body.append(f"<error message={_a(summary or 'the check failed')} type=\"check-failed\"/>")
        breaking = [f for f in findings if f.severity == "breaking"]
        if breaking:
            failures += 1
        for f in breaking:
            body.append(f"<failure message={_a(_headline(f))} type={_a(f.kind)}>{_x(_describe(f))}</failure>")
        others = [f for f in findings if f.severity != "breaking"]
        out = [summary] if summary else []
        out += [f"{f.severity}: {_headline(f)}: {_describe(f)}" for f in others]
        if out:
            body.append(f"<system-out>{_x(chr(10).join(out))}</system-out>")
        cases.append(f"<testcase classname=\"changeproof\" name={_a(f'{title} ({name})' if title != name else name)} "
                     f"time=\"{duration:.3f}\">" + "".join(body) + "</testcase>")
    if report.problems:
        errors += 1
        body = "".join(f"<error message={_a(f'could not analyse {p.path}: {p.message}')} type=\"could-not-analyse\"/>"
                       for p in report.problems)
        cases.append(f"<testcase classname=\"changeproof\" name=\"could not analyse\" time=\"0.000\">{body}</testcase>")
    total = sum(c[3] for c in checks)
    suite = (f"<testsuite name={_a(f'changeproof {revision_label(report.base)}..{revision_label(report.head)}')} "
             f"tests=\"{len(cases)}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\" time=\"{total:.3f}\">"
             f"<properties><property name=\"verdict\" value={_a(report.verdict)}/>"
             f"<property name=\"semver\" value={_a(report.semver)}/>"
             f"<property name=\"complete\" value=\"{str(report.complete).lower()}\"/></properties>"
             + "\n".join(cases) + "</testsuite>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            f"<testsuites tests=\"{len(cases)}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\" "
            f"time=\"{total:.3f}\">\n{suite}\n</testsuites>\n")
