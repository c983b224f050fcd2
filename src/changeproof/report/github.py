"""GitHub Actions: workflow-command annotations on file:line and the job summary.

``annotations`` writes one ``::error`` (breaking) or ``::warning`` (risk) line per finding the change introduced,
most severe first, each value escaped by the workflow-command rules (data: ``%``, CR, LF; properties also ``:``
and ``,``); past MAX_ANNOTATIONS (GitHub shows no more per job) one ``::notice`` says how many were left out.
``step_summary`` is the Markdown report cut to fit GitHub's 1 MiB step-summary limit, with a pointer to the
full report when cut.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import location
from .view import label, split

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report

MAX_ANNOTATIONS = 50  # GitHub displays at most 50 annotations of a job (10 errors and 10 warnings per step)
SUMMARY_LIMIT = 1024 * 1024  # bytes: GitHub rejects a larger step summary
COMMANDS = {"breaking": "error", "risk": "warning"}


def escape_data(value: str) -> str:
    """A command's message, as @actions/core escapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A command property's value (file, title...), as @actions/core escapes it."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotations(report: Report, *, limit: int = MAX_ANNOTATIONS) -> str:
    findings = [f for f in split(report).active if f.severity in COMMANDS]  # most severe first
    lines = []
    for f in findings[:limit]:
        props = []
        if f.path:
            props.append(f"file={escape_property(f.path)}")
            if f.line:
                props.append(f"line={f.line}")
        name = label(f)
        props.append(f"title={escape_property(f'{f.kind}: {name}' if name else f.kind)}")
        message = f.message
        if not f.path and location(f) is None and f.object:
            message = f"{f.object}: {message}"
        lines.append(f"::{COMMANDS[f.severity]} {','.join(props)}::{escape_data(message)}")
    if len(findings) > limit:
        lines.append(f"::notice title=changeproof::{escape_data(f'{len(findings) - limit} more findings are not annotated here; the full report lists them')}")
    for p in report.problems[: max(0, limit - len(lines))]:
        lines.append(f"::warning file={escape_property(p.path)},title={escape_property('changeproof: could not analyse')}::"
                     f"{escape_data(p.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def step_summary(report: Report, *, limit: int = SUMMARY_LIMIT, full_report: str | None = None) -> str:
    """The Markdown report, cut at a line boundary to stay under ``limit`` bytes (UTF-8) when it is larger."""
    from .markdown import render_markdown

    text = render_markdown(report)
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    where = f"the full report is in {full_report}" if full_report else \
        "write the full report with `--format html -o report.html` (or markdown, json)"
    note = f"\n\n**This summary was cut to fit GitHub's 1 MiB limit:** {where}.\n"
    close = "\n</details>\n"
    budget = limit - len(note.encode("utf-8")) - len(close)
    cut = data[:budget].decode("utf-8", errors="ignore")
    cut = cut[: cut.rfind("\n") + 1] if "\n" in cut else cut
    if cut.count("<details>") > cut.count("</details>"):  # a cut inside the changed-files list
        cut += close
    return cut + note


def publish(report: Report, *, full_report: str | None = None, stream=None, annotate: bool = True) -> None:
    """In GitHub Actions: the summary appended to $GITHUB_STEP_SUMMARY, the annotations written to ``stream``
    (stderr by default: the runner reads workflow commands on both streams, and stdout may carry a report)."""
    import sys

    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        try:
            with Path(path).open("a", encoding="utf-8") as fh:
                fh.write(step_summary(report, full_report=full_report))
        except OSError as exc:
            print(f"changeproof: cannot write the step summary to {path}: {exc.strerror}", file=sys.stderr)
    if annotate:
        (stream or sys.stderr).write(annotations(report))


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS", "").lower() == "true"
