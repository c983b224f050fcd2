"""Combining the partial reports of test shards (`--shard K/N`) into one report and one verdict.

A merged verdict is only as good as its parts: :func:`shard_issues` checks that they are the shards of one change
(same base and head commits), of one collection (the same ``collection_fingerprint``: the node ids collected at
head) split one way (the same ``shard_plan``) into the same number of shards, that every shard 1..N is there
exactly once, and that the tests ran in each. ``changeproof merge`` refuses parts with any of these issues (exit
2, one line), or with ``--allow-incomplete`` merges what it has and adds each missing shard to the report's
required checks, so the verdict says ``unverified`` instead of ``safe``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..model import CheckRun, Fact, Finding, Report

_COUNTS = ("passed", "failed", "errors", "skipped", "xfailed", "xpassed", "collected")
_LISTS = ("regressions", "preexisting_failures", "flaky", "new", "base_unknown")
_RECORDS = ("renamed", "reparametrised")
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
    for k in _RECORDS:  # every shard computes these over the whole collection: the same in each
        records = {json.dumps(r, sort_keys=True): r for p in present for r in (p.get(k) or [])}
        out[k] = [records[key] for key in sorted(records)]
    fingerprints = {p.get("collection_fingerprint") for p in present}
    out["collection_fingerprint"] = fingerprints.pop() if len(fingerprints) == 1 else None
    bases = [p.get("base_collected") for p in present]
    out["base_collected"] = bases[0] if len(set(bases)) == 1 else None
    attempts = [p.get("attempts") for p in present if isinstance(p.get("attempts"), dict)]
    if attempts:
        out["attempts"] = {"bound": max(int(a.get("bound") or 0) for a in attempts),
                           "preexisting_bound": max(int(a.get("preexisting_bound") or 0) for a in attempts),
                           "head_reruns": sum(int(a.get("head_reruns") or 0) for a in attempts),
                           "base_runs": sum(int(a.get("base_runs") or 0) for a in attempts),
                           "most_at_head": max(int(a.get("most_at_head") or 0) for a in attempts),
                           "most_at_base": max(int(a.get("most_at_base") or 0) for a in attempts)}
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


@dataclass
class ShardIssues:
    """What stops a set of shard reports from being one complete run (each issue one phrase), and which parts
    can still be merged."""

    issues: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # "K/N" of every shard with no usable report
    usable: list[int] = field(default_factory=list)  # indexes of the parts to merge
    count: int | None = None  # N


def _tests_ran(report: Report) -> str | None:
    """Why the tests did not run in this part, or None when they did."""
    run = next((c for c in report.checks or [] if c.name == "tests"), None)
    if run is not None and run.status != "ran":
        return f"the tests did not run ({run.status}: {run.summary})"
    if report.tests is None:
        return "the tests did not run (no tests section: was it written with --tests?)"
    return None


def shard_issues(reports: list[Report], names: list[str]) -> ShardIssues:
    """Check that ``reports`` (read from the files ``names``) are every shard of one test run, once each."""
    out = ShardIssues()
    specs: dict[int, tuple[int, int] | None] = {}
    for i, (r, name) in enumerate(zip(reports, names)):
        why = _tests_ran(r)
        if why:
            out.issues.append(f"{name}: {why}")
        shard = (r.tests or {}).get("shard")
        if shard is None and r.tests is None:  # the tests did not run: the shard it was is in its checks' summary
            shard = next((c.summary.rsplit("(shard ", 1)[1].rstrip(")") for c in r.checks or []
                          if c.name == "tests" and "(shard " in c.summary), None)
        spec = None
        if isinstance(shard, str) and "/" in shard:
            k, _, n = shard.partition("/")
            if k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n):
                spec = (int(k), int(n))
        specs[i] = spec
        if why is None:
            out.usable.append(i)
    sharded = [i for i, s in specs.items() if s is not None]
    if len(reports) > 1 and len(sharded) < len(reports):
        plain = [names[i] for i, s in specs.items() if s is None and i in out.usable]
        if plain:
            out.issues.append(f"not a --shard report: {', '.join(plain)}")
            out.usable = [i for i in out.usable if specs[i] is not None]
    counts = sorted({s[1] for s in specs.values() if s is not None})
    if len(counts) > 1:
        out.issues.append("the shard counts differ: " + ", ".join(f"{names[i]} is {s[0]}/{s[1]}"
                                                                    for i, s in specs.items() if s is not None))
    n = max(counts) if counts else (1 if len(reports) == 1 else None)
    out.count = n
    if n is not None and (sharded or len(reports) > 1):
        seen: dict[int, list[int]] = {}
        for i in out.usable:
            s = specs[i]
            if s is not None:
                seen.setdefault(s[0], []).append(i)
        for k, idx in sorted(seen.items()):
            if len(idx) > 1:
                out.issues.append(f"shard {k}/{n} is given {len(idx)} times ({', '.join(names[i] for i in idx)})")
                out.usable = [i for i in out.usable if i not in idx[1:]]  # the first one is merged
        out.missing = [f"{k}/{n}" for k in range(1, n + 1) if k not in seen]
        if out.missing:
            out.issues.append(f"shard{'s' if len(out.missing) > 1 else ''} {', '.join(out.missing)} "
                              f"{'are' if len(out.missing) > 1 else 'is'} missing")
    for key, what in (("collection_fingerprint", "collected different tests (collection fingerprints"),
                      ("shard_plan", "were split differently (shard plans")):
        values = {names[i]: (reports[i].tests or {}).get(key) for i in out.usable}
        if key == "collection_fingerprint":
            unknown = [nm for nm, v in values.items() if not v]
            if unknown:
                out.issues.append(f"no collection fingerprint in {', '.join(unknown)} (written by an older changeproof): "
                                  "cannot tell that the shards collected the same tests")
        known = {nm: v for nm, v in values.items() if v}
        if len(set(known.values())) > 1:
            out.issues.append(f"the shards {what}: " + ", ".join(f"{nm} {v}" for nm, v in known.items()) + ")")
    return out


def merge_reports(reports: list[Report], names: list[str] | None = None, *, allow_incomplete: bool = False) -> Report:
    """One report from shard reports of the same change: findings united (once each), tests combined.

    Raises ValueError (one line) when the parts are not of one change, or (unless ``allow_incomplete``) when they
    are not every shard of one test run exactly once; with ``allow_incomplete`` the missing shards (and any other
    issue) become required checks that did not run, so the merged verdict is at best ``unverified``."""
    if not reports:
        raise ValueError("nothing to merge")
    names = list(names or [f"part {i + 1}" for i in range(len(reports))])
    first = reports[0]
    for r in reports[1:]:
        if (r.base.sha, r.head.sha, r.head.ref) != (first.base.sha, first.head.sha, first.head.ref):
            raise ValueError(f"the reports are not of the same change: {first.base.sha}..{first.head.sha or first.head.ref} "
                             f"and {r.base.sha}..{r.head.sha or r.head.ref}")
    found = shard_issues(reports, names)
    if found.issues and not allow_incomplete:
        raise ValueError("cannot merge: " + "; ".join(found.issues))
    parts = [reports[i] for i in found.usable] or [first]
    merged = _merge(parts, first)
    if found.issues:
        merged.required = dict(merged.required or {})
        merged.checks = list(merged.checks or [])
        n = found.count
        for spec in found.missing:
            name = f"tests (shard {spec})"
            merged.required[name] = f"the tests were split into {n} shards"
            merged.checks.append(CheckRun(name, f"Tests, shard {spec}", "failed", 0.0, "no usable report for this shard",
                                          True))
        other = [i for i in found.issues if not i.startswith("shard") or "missing" not in i]
        if other:
            merged.required["tests (merge)"] = "the shards must be of one collection, split one way"
            merged.checks.append(CheckRun("tests (merge)", "Tests, merged shards", "failed", 0.0,
                                          "; ".join(other), True))
        if merged.tests is not None:
            merged.tests["complete"] = False
            merged.tests["merge_issues"] = list(found.issues)
            merged.tests["missing_shards"] = list(found.missing)
            merged.tests["summary"] += f"; INCOMPLETE: {'; '.join(found.issues)}"
            for c in merged.checks:
                if c.name == "tests":
                    c.summary = merged.tests["summary"]
    elif merged.tests is not None:
        merged.tests["complete"] = True
        merged.tests["missing_shards"] = []
    if merged.tests is not None:
        merged.tests["shard_count"] = found.count
    return merged


def _merge(reports: list[Report], first: Report) -> Report:
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
                    changes=first.changes, checks=[CheckRun(c.name, c.title, c.status, c.duration, c.summary, c.runs_code)
                                                   for c in reports[0].checks] if reports[0].checks is not None else None,
                    tests=merge_tests([r.tests for r in reports]))
    merged.required = dict(reports[0].required) if reports[0].required is not None else None
    # facts: the other checks' once each (every shard ran them on the same change), the tests' from the merged section
    seen_facts: set[str] = set()
    merged.facts = []
    for f in (f for r in reports for f in r.facts or [] if f.check != "tests"):
        if f.id not in seen_facts:
            seen_facts.add(f.id)
            merged.facts.append(f)
    if merged.tests is not None:
        from .engine import section_facts

        merged.facts += [Fact("tests", name, value, subject, detail)
                         for name, value, subject, detail in section_facts(merged.tests)]
    if not any(r.facts is not None for r in reports):
        merged.facts = None
    if merged.checks is not None and merged.tests is not None:
        for c in merged.checks:
            if c.name == "tests":
                c.summary = merged.tests["summary"]
                c.duration = float(merged.tests["duration"])
    merged.version = first.version
    return merged
