"""Renderers: turn a :class:`~changeproof.model.Report` into JSON, Markdown or terminal output.

A renderer only reads a Report; verdict, semver and counts come from the Report itself, never from here.
The helpers below are shared by the renderers (they are defined before the submodules are imported so
that ``from . import semver_advice`` works however the package is first imported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import UserError

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report, Revision

# format -> (module, function): a renderer is a function of the Report that returns text; adding a format is
# one module and one line here (the CLI's --format choices and `report` command follow this table)
RENDERERS = {
    "terminal": ("terminal", "render_terminal_text"),
    "markdown": ("markdown", "render_markdown"),
    "json": ("json", "render_json"),
    "html": ("html", "render_html"),
    "sarif": ("sarif", "render_sarif"),
    "junit": ("junit", "render_junit"),
    "gitlab": ("gitlab", "render_gitlab"),
    "github": ("github", "annotations"),
}
FORMATS = tuple(RENDERERS)
# the format an output file's name implies when no --format is paired with it
EXTENSIONS = {".txt": "terminal", ".md": "markdown", ".markdown": "markdown", ".json": "json", ".html": "html",
              ".htm": "html", ".sarif": "sarif", ".xml": "junit"}


def format_for(path: str) -> str | None:
    """The format a file name implies (``report.sarif`` -> sarif), None when it implies none."""
    name = path.lower()
    if name.endswith(".sarif.json"):
        return "sarif"
    for ext, fmt in EXTENSIONS.items():
        if name.endswith(ext):
            return fmt
    return None

SEMVER_ADVICE = {
    "major": "requires a major version bump",
    "minor": "requires a minor version bump (API additions)",
    "patch": "a patch version bump is enough",
    "none": "no version bump needed",
}

SEVERITY_TITLES = {"breaking": "Breaking", "risk": "Risk", "info": "Info"}


def seconds(value: float) -> str:
    """A duration for people: `850 ms`, `2.4 s`, `<1 ms` (a check that had nothing to do)."""
    if value < 0.001:
        return "<1 ms"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    return f"{value:.1f} s"


def semver_advice(semver: str | Report) -> str:
    """The version bump advice; for a report whose evidence is incomplete, a lower bound said as such."""
    if isinstance(semver, str):
        return SEMVER_ADVICE.get(semver, f"semver: {semver}")
    report = semver
    if report.semver == "major" or report.complete:
        return SEMVER_ADVICE.get(report.semver, f"semver: {report.semver}")
    return f"at least a {report.semver} version bump, not certain: not everything the change needs was checked" \
        if report.semver != "none" else "no version bump found necessary, not certain: not everything was checked"


def coverage_phrase(report: Report) -> str | None:
    """What the verdict does not rest on, in one line (None when the evidence is complete):
    ``not checked: tests (not requested: pass --tests); 2 inputs could not be analysed``."""
    cov = report.coverage
    if cov["complete"]:
        return None
    parts = []
    if cov["missing"]:
        parts.append("not checked: " + "; ".join(f"{m['check']} ({m['reason']})" for m in cov["missing"]))
    if cov["unanalysed"]:
        n = cov["unanalysed"]
        parts.append(f"{n} input{'s' if n != 1 else ''} could not be analysed")
    return "; ".join(parts)


def revision_label(rev: Revision) -> str:
    """``main (1a2b3c4)``; just the ref when there is no sha or the ref already is the sha."""
    if not rev.sha:
        return rev.ref
    short = rev.sha[:7]
    if rev.ref == rev.sha or rev.sha.startswith(rev.ref):
        return short if len(rev.ref) > len(short) else rev.ref
    return f"{rev.ref} ({short})"


def location(finding: Finding) -> str | None:
    """``path:line``, ``path`` when the line is unknown, None when there is no path."""
    if not finding.path:
        return f"line {finding.line}" if finding.line else None
    if finding.line:
        return f"{finding.path}:{finding.line}"
    return finding.path


def counts_phrase(report: Report) -> str:
    """``3 breaking, 2 risk, 10 info, 1 acknowledged, 2 could not be analysed``."""
    c = report.counts()
    parts = [f"{c.get(s, 0)} {s}" for s in ("breaking", "risk", "info")]
    parts.append(f"{c.get('acknowledged', 0)} acknowledged")
    if report.problems:
        parts.append(f"{len(report.problems)} could not be analysed")
    return ", ".join(parts)


def sorted_findings(report: Report) -> list[Finding]:
    from ..model import Finding

    return sorted(report.findings, key=Finding.sort_key)


def verdict_pieces(report: Report) -> tuple[str, str, str | None]:
    """The verdict line's parts: ``Verdict: X``, `` (semver advice): counts``, and what the evidence lacks (or None).
    The terminal renderer styles them; :func:`verdict_plain` joins them without importing it."""
    return f"Verdict: {report.verdict}", f" ({semver_advice(report)}): {counts_phrase(report)}", coverage_phrase(report)


def verdict_plain(report: Report) -> str:
    head, rest, missing = verdict_pieces(report)
    return head + rest + (f"\nThe verdict rests on incomplete evidence: {missing}" if missing else "")


def render(report: Report, fmt: str, *, width: int = 120, verbose: bool = False) -> str:
    """Render *report* as ``fmt`` (one of :data:`FORMATS`) and return the text.

    ``terminal`` is rendered without colour codes into a string, ``width`` columns wide (``verbose``: every
    finding in full).
    """
    import importlib

    if fmt not in RENDERERS:
        raise UserError(f"unknown output format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
    module, function = RENDERERS[fmt]
    renderer = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    if fmt == "terminal":
        return renderer(report, width=width, verbose=verbose)
    return renderer(report)


# the renderers load on first use (PEP 562), so that `import changeproof.report` (the CLI does, for its
# --format choices) costs no rich import
_LAZY = {"load_schema": "json", "render_json": "json", "render_markdown": "markdown", "render_terminal": "terminal",
         "render_terminal_text": "terminal", "render_html": "html"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FORMATS",
    "RENDERERS",
    "format_for",
    "load_schema",
    "render",
    "render_json",
    "render_markdown",
    "render_terminal",
    "render_terminal_text",
    "verdict_plain",
]
