"""SARIF 2.1.0 for code-scanning tabs (GitHub, Azure DevOps...): one run, one rule per finding kind (from the
catalog), one result per finding, within GitHub's limits.

ruleId is the finding kind (stable); levels come from severity (breaking -> error, risk -> warning, info ->
note); URIs are relative to the repository root (uriBaseId ``%SRCROOT%``); partialFingerprints identify a
finding across runs without its line; pre-existing findings carry baselineState ``unchanged`` and acknowledged
ones a suppression with the ignore entry's reason. What could not be analysed becomes a tool notification.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..model import SCHEMA
from .view import fingerprint, split

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Finding, Report

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"breaking": "error", "risk": "warning", "info": "note"}
MAX_RESULTS = 25_000  # GitHub code scanning: results per run
MAX_BYTES = 10_000_000  # GitHub code scanning takes 10 MB gzip-compressed; the file itself stays under it
MAX_TEXT = 2_000  # characters of a message or of old/new text in a result


def _cut(text: str | None, limit: int = MAX_TEXT) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "\u2026"


def _rule(kind: str, category: str) -> dict[str, Any]:
    from .. import catalog

    rule = catalog.RULES.get(kind)
    if rule is None:  # a kind this version's catalog does not know (a report from another version)
        return {"id": kind, "name": kind, "shortDescription": {"text": kind},
                "properties": {"tags": [category]}}
    help_md = (f"{rule.explanation}\n\nBefore:\n\n```python\n{rule.before}\n```\n\nAfter:\n\n```python\n{rule.after}\n```")
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": f"{rule.explanation}\n\nBefore:\n{rule.before}\n\nAfter:\n{rule.after}", "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.category, rule.severity], "semver": rule.semver},
    }


def _result(f: Finding, index: int, state: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.kind,
        "ruleIndex": index,
        "level": LEVELS.get(f.severity, "note"),
        "message": {"text": _cut(f.message) or f.kind},
        "partialFingerprints": {"changeproofFinding/v1": fingerprint(f)},
        "properties": {"severity": f.severity, "category": f.category, "semver": f.semver},
    }
    if f.path:
        physical: dict[str, Any] = {"artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"}}
        if f.line:
            physical["region"] = {"startLine": f.line}
        result["locations"] = [{"physicalLocation": physical}]
    if f.object:
        logical = {"fullyQualifiedName": f.object + (f"({f.parameter})" if f.parameter else "")}
        result.setdefault("locations", [{}])[0]["logicalLocations"] = [logical]
    for key in ("old", "new"):
        value = getattr(f, key)
        if value is not None:
            result["properties"][key] = _cut(value)
    if state == "preexisting":
        result["baselineState"] = "unchanged"
    elif state == "acknowledged":
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": _cut(f.acknowledged) or ""}]
    else:
        result["baselineState"] = "new"
    return result


def sarif_document(report: Report) -> dict[str, Any]:
    from .. import __version__

    parts = split(report)
    ordered = ([(f, "active") for f in parts.active] + [(f, "preexisting") for f in parts.preexisting]
               + [(f, "acknowledged") for f in parts.acknowledged])
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for f, _ in ordered:
        if f.kind not in index:
            index[f.kind] = len(rules)
            rules.append(_rule(f.kind, f.category))
    results = [_result(f, index[f.kind], state) for f, state in ordered[:MAX_RESULTS]]
    left_out = len(ordered) - len(results)
    notifications = [{"level": "error", "message": {"text": f"could not analyse: {p.message}"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": p.path, "uriBaseId": "%SRCROOT%"}}}],
                      "properties": {"side": p.side}} for p in report.problems]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "changeproof", "version": report.tool_version or __version__,
                            "semanticVersion": report.tool_version or __version__,
                            "rules": rules}},
        # category "changeproof" (stable, so code scanning matches alerts across runs), run id the head
        "automationDetails": {"id": f"changeproof/{report.head.sha or report.head.ref}"},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "results": results,
        "properties": {"verdict": report.verdict, "semver": report.semver, "complete": report.complete,
                       "coverage": report.coverage, "reportFormat": SCHEMA,
                       "base": report.base.to_json(), "head": report.head.to_json(), "resultsLeftOut": left_out},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report) -> str:
    """The SARIF file; when it would be larger than MAX_BYTES, the least severe results are left out (they come
    last) and the run's ``resultsLeftOut`` property says how many."""
    document = sarif_document(report)
    run = document["runs"][0]
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if len(text.encode("utf-8")) > MAX_BYTES:  # first without indentation
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    while len(text.encode("utf-8")) > MAX_BYTES and run["results"]:
        results = run["results"]
        keep = min(len(results) - 1, int(len(results) * MAX_BYTES / len(text.encode("utf-8")) * 0.95))
        run["properties"]["resultsLeftOut"] += len(results) - keep
        del results[keep:]
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    return text
