"""Combining the partial reports of test shards (`--shard K/N`) into one report and one verdict."""

from __future__ import annotations

import json
from typing import Any

from ..model import Finding, Report

_COUNTS = ("passed", "failed", "errors", "skipped", "xfailed", "xpassed", "collected")
_LISTS = ("regressions", "preexisting_failures", "flaky", "new", "base_unknown")
_NULLABLE_LISTS = ("fixed", "skipped_now", "removed")


def merge_tests(parts: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    """The tests sections of shard reports, combined: counts added, id lists united, details merged."""
    present = [p for p in parts if p]
    if not present:
        return None
    out: dict[str, Any] = {"head": {k: 0 for k in _COUNTS}, "details": {}}
    for p in present:
        for k in _COUNTS:
            out["head"][k] += int((p.get("head") or {}).get(k) or 0)
        out["details"].update(p.get("details") or {})
    for k in _LISTS:
        out[k] = sorted({i for p in present for i in (p.get(k) or [])})
    for k in _NULLABLE_LISTS:
        # known only if every shard knew it: one shard saying "unknown" makes the whole unknown
        out[k] = None if any(p.get(k) is None for p in present) else sorted({i for p in present for i in p[k]})
    plans = {json.dumps(p.get("shard_plan"), sort_keys=True) for p in present if p.get("shard_plan") is not None}
    out["shard_plans_agree"] = len(plans) <= 1  # shards split with different duration caches may overlap or miss tests
    h = out["head"]
    ran = h["passed"] + h["failed"] + h["errors"]
    out["pass_rate"] = round(h["passed"] / ran, 4) if ran else None
    out["pass_rate_meaning"] = present[0].get("pass_rate_meaning")
    isolated = [p.get("base_isolated") for p in present]
    out["base_isolated"] = False if False in isolated else (True if all(i is True for i in isolated) else None)
    out["exit_status"] = max(int(p.get("exit_status") or 0) for p in present)
    shards = sorted(p.get("shard") for p in present if p.get("shard"))
    out["shard"] = None
    out["shards"] = shards
    out["duration"] = round(max(float(p.get("duration") or 0) for p in present), 3)
    out["summary"] = (f"{h['collected']} collected over {len(present)} shard(s): {h['passed']} passed, {h['failed']} failed, "
                      f"{h['errors']} errors, {h['skipped']} skipped; {len(out['regressions'])} regressions")
    return out


def merge_reports(reports: list[Report]) -> Report:
    """One report from shard reports of the same change: findings united (once each), tests combined."""
    if not reports:
        raise ValueError("nothing to merge")
    first = reports[0]
    for r in reports[1:]:
        if (r.base.sha, r.head.sha, r.head.ref) != (first.base.sha, first.head.sha, first.head.ref):
            raise ValueError(f"the reports are not of the same change: {first.base.sha}..{first.head.sha or first.head.ref} "
                             f"and {r.base.sha}..{r.head.sha or r.head.ref}")
    seen: set[tuple] = set()
    findings: list[Finding] = []
    for r in reports:
        for f in r.findings:
            key = (f.kind, f.object, f.parameter, f.path, f.line, f.preexisting)
            if key not in seen:
                seen.add(key)
                findings.append(f)
    problems = []
    pseen: set[tuple] = set()
    for r in reports:
        for p in r.problems:
            if (p.path, p.message, p.side) not in pseen:
                pseen.add((p.path, p.message, p.side))
                problems.append(p)
    merged = Report(base=first.base, head=first.head, findings=findings, problems=problems, tool_version=first.tool_version,
                    changes=first.changes, checks=first.checks, tests=merge_tests([r.tests for r in reports]))
    if merged.checks is not None and merged.tests is not None:
        for c in merged.checks:
            if c.name == "tests":
                c.summary = merged.tests["summary"]
                c.duration = float(merged.tests["duration"])
    merged.version = first.version
    return merged
