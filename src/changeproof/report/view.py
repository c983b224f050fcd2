"""What every renderer needs to lay a report out, computed from the Report alone: the findings split into the
change's own, pre-existing and acknowledged; grouped by file or by check; short names; coverage in words.

Renderers format these; none of them decides anything (verdict, semver, coverage come from the Report).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

NO_FILE = "(no file)"  # the group of findings that have no path (a dependency, an environment variable...)


@dataclass
class Split:
    active: list[Finding]  # what the change introduced: counted in the verdict
    preexisting: list[Finding]  # already there at base: listed apart
    acknowledged: list[Finding]  # matched an ignore entry


def split(report: Report) -> Split:
    from . import sorted_findings

    findings = sorted_findings(report)
    return Split(active=[f for f in findings if f.acknowledged is None and not f.preexisting],
                 preexisting=[f for f in findings if f.acknowledged is None and f.preexisting],
                 acknowledged=[f for f in findings if f.acknowledged is not None])


def module_of(path: str | None) -> str | None:
    """``pkg/sub/mod.py`` -> ``pkg.sub.mod``; ``pkg/__init__.py`` -> ``pkg``; ``src/`` layouts keep the package."""
    if not path or not path.endswith((".py", ".pyi")):
        return None
    parts = path.rsplit(".", 1)[0].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts) if parts else None


def short_name(finding: Finding) -> str:
    """The object's name without the module its file already says: ``Manager.send`` for
    ``pkg.ws.Manager.send`` found in ``pkg/ws.py``; the last two dotted parts when the file does not say it;
    names without dots (an environment variable, a dependency) as they are."""
    obj = finding.object
    if not obj:
        return finding.parameter or ""
    if "::" in obj:  # a test id: path::Class::test
        return obj.split("::", 1)[1]
    module = module_of(finding.path)
    if module:
        for prefix in (module, module.split(".", 1)[-1] if "." in module else None):  # src/pkg/mod.py -> pkg.mod
            if prefix and obj.startswith(prefix + "."):
                return obj[len(prefix) + 1:]
            if prefix and obj == prefix:
                return obj.rsplit(".", 1)[-1]
    parts = obj.split(".")
    return ".".join(parts[-2:]) if len(parts) > 2 else obj


def label(finding: Finding, *, full: bool = False) -> str:
    """The finding's subject: ``Manager.send(timeout)``; the full dotted path with ``full``."""
    name = (finding.object or "") if full else short_name(finding)
    if finding.parameter and finding.object:
        return f"{name}({finding.parameter})"
    return name


def shows_change(finding: Finding) -> bool:
    """Whether old/new are worth showing: at least one is there and they differ."""
    return (finding.old is not None or finding.new is not None) and finding.old != finding.new


def group_by_file(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped by file: the most severe file first, then by path; within a file by line.
    Findings without a path come last, under :data:`NO_FILE`."""
    from ..model import severity_rank

    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.path or NO_FILE, []).append(f)
    for group in groups.values():
        group.sort(key=lambda f: (f.line or 0, -severity_rank(f.severity), f.kind, f.object or ""))
    return sorted(groups.items(), key=lambda kv: (kv[0] == NO_FILE, -max(severity_rank(f.severity) for f in kv[1]), kv[0]))


def group_by_check(report: Report, findings: list[Finding]) -> list[tuple[str, str, list[Finding]]]:
    """(check id, title, findings) in the report's check order; categories no check run names come after."""
    titles = {c.name: c.title for c in report.checks or []}
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.category, []).append(f)
    order = {name: i for i, name in enumerate(titles)}
    return [(cat, titles.get(cat, cat), groups[cat]) for cat in sorted(groups, key=lambda c: (order.get(c, len(order)), c))]


def check_counts(findings: list[Finding]) -> dict[str, dict[str, int]]:
    """check id -> severity -> count."""
    out: dict[str, dict[str, int]] = {}
    for f in findings:
        out.setdefault(f.category, {"breaking": 0, "risk": 0, "info": 0})[f.severity] += 1
    return out


def coverage_lines(report: Report) -> list[str]:
    """Coverage in a few lines for the verdict banner: what the verdict rests on and what it does not."""
    cov = report.coverage
    lines = []
    if report.checks is not None:
        ran, na = cov["ran"], cov["not_applicable"]
        required = cov["required"]
        covered = sum(1 for name in required if name in ran or name in na)
        if required:
            lines.append(f"{covered} of {len(required)} checks this change needs ran"
                         + (" or had nothing to check" if any(name in na for name in required) else ""))
        else:
            lines.append(f"{len(ran)} checks ran")
        for m in cov["missing"]:
            lines.append(f"not checked: {m['check']} ({m['reason']}); needed because {m['why']}")
    if cov["unanalysed"]:
        n = cov["unanalysed"]
        lines.append(f"{n} input{'s' if n != 1 else ''} could not be analysed")
    return lines


def fingerprint(finding: Finding) -> str:
    """A stable id for a finding across runs: kind, object, parameter and file, not the line (which moves)."""
    key = "\x1f".join([finding.kind, finding.object or "", finding.parameter or "", finding.path or ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def test_failures(tests: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(class, node id, details) for every test outcome a reviewer reads, most serious class first."""
    details = tests.get("details") or {}
    out = []
    for title, key in (("regression", "regressions"), ("failing, base unknown", "base_unknown"), ("new, failing", "new"),
                       ("flaky", "flaky"), ("removed", "removed"), ("skipped now", "skipped_now"),
                       ("failing at base too", "preexisting_failures"), ("fixed", "fixed")):
        for node in tests.get(key) or []:
            out.append((title, node, details.get(node) or {}))
    return out
