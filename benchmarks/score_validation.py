#!/usr/bin/env python3
"""Score `changeproof api` on real release pairs against human judgements.

Standard library only.  Usage:

    python3 benchmarks/score_validation.py [--results DIR] [--judgements DIR] [--out FILE] [--label TEXT]

Reads the finding tables that benchmarks/validate_releases.py wrote (DIR/validation-<pair>.md, default
benchmarks/results) and, for every pair with a judgement file (benchmarks/validation/<pair>.json), writes
DIR/validation-judged.md (or --out): per pair the breaking and risk findings, those judged false, those nobody
judged yet, and the breaking changes the release's changelog documents, found or missed.

A judgement file holds:

* ``findings``: ``"<severity> <kind> <object> [<parameter>]"`` -> ``"true: why"`` or ``"false: why"``; a key
  with ``*`` is a glob (fnmatch) that judges every finding it matches (the longest matching key wins). Info
  findings are not judged.
* ``documented``: the changelog's breaking changes, each ``{"id", "what", "found_by": [...]}`` where found_by
  lists ``"<kind> <object> [<parameter>]"`` keys or globs; it counts as found when a breaking or risk
  finding matches one. ``"api": false`` marks a documented change no signature shows (behaviour only): listed,
  not counted.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import fnmatch
import json
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
ROW = re.compile(r"^\| \d+ \|")


def read_findings(md: Path) -> list[dict]:
    """The finding rows of a validation-<pair>.md table (the format validate_releases.py writes)."""
    out = []
    for line in md.read_text(encoding="utf-8").splitlines():
        if not ROW.match(line):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) < 7:
            continue
        kind, severity = cells[1], cells[2]
        obj, param = cells[3].strip("`"), cells[4].strip("`")
        out.append({"kind": kind, "severity": severity, "object": obj, "parameter": param or None,
                    "location": cells[5], "message": cells[6]})
    return out


def measured_commit(md: Path) -> str | None:
    """The changeproof commit a validate_releases.py table says it measured."""
    if not md.exists():
        return None
    head = "\n".join(md.read_text(encoding="utf-8").splitlines()[:4])
    m = re.search(r"source at ([0-9a-f]{7,40})", head)
    return m.group(1)[:12] if m else None


def key(f: dict, with_severity: bool = True) -> str:
    parts = ([f["severity"]] if with_severity else []) + [f["kind"], f["object"]] + ([f["parameter"]] if f["parameter"] else [])
    return " ".join(parts)


def lookup(table: dict[str, str], k: str) -> str | None:
    if k in table:
        return table[k]
    best = None
    for pattern, verdict in table.items():
        if "*" in pattern and fnmatch.fnmatchcase(k, pattern) and (best is None or len(pattern) > len(best[0])):
            best = (pattern, verdict)
    return best[1] if best else None


def matches(patterns: list[str], k: str) -> bool:
    return any(k == p or ("*" in p and fnmatch.fnmatchcase(k, p)) for p in patterns)


def score_pair(judgement: dict, findings: list[dict]) -> dict:
    judged = [f for f in findings if f["severity"] in ("breaking", "risk")]
    rows = []
    for f in judged:
        verdict = lookup(judgement.get("findings", {}), key(f))
        rows.append((f, verdict))
    documented = []
    keys = [key(f, with_severity=False) for f in judged]
    for d in judgement.get("documented", []):
        found = [k for k in keys if matches(d.get("found_by", []), k)]
        documented.append((d, found))
    return {"rows": rows, "documented": documented}


def verdict_of(v: str | None) -> str:
    if v is None:
        return "unjudged"
    return "false" if v.lower().startswith("false") else "true"


def render(results: Path, judgements: list[tuple[str, dict]], label: str | None) -> tuple[str, dict]:
    lines = ["# Validation: judged findings and documented breaks", ""]
    rel = results.relative_to(ROOT) if results.is_relative_to(ROOT) else results.name
    when = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    measured = sorted({c for name, _ in judgements if (c := measured_commit(results / f"validation-{name}.md"))})
    of = f" of changeproof at commit {', '.join(measured)}" if measured else ""
    lines += [f"Generated {when} UTC by `python3 benchmarks/score_validation.py` from the finding tables{of} in "
              f"`{rel}/` and the judgements in `benchmarks/validation/`." + (f" {label}" if label else ""), ""]
    lines += ["| pair | breaking | judged false | risk | judged false | unjudged | documented breaks | found | missed |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    totals = {"breaking": 0, "breaking_false": 0, "risk": 0, "risk_false": 0, "unjudged": 0, "documented": 0, "found": 0}
    details: list[str] = []
    for name, judgement in judgements:
        md = results / f"validation-{name}.md"
        if not md.exists():
            lines.append(f"| {name} | no results |  |  |  |  |  |  |  |")
            continue
        s = score_pair(judgement, read_findings(md))
        b = [(f, v) for f, v in s["rows"] if f["severity"] == "breaking"]
        r = [(f, v) for f, v in s["rows"] if f["severity"] == "risk"]
        bf = [(f, v) for f, v in b if verdict_of(v) == "false"]
        rf = [(f, v) for f, v in r if verdict_of(v) == "false"]
        un = [(f, v) for f, v in s["rows"] if v is None]
        api_docs = [(d, found) for d, found in s["documented"] if d.get("api", True)]
        found = [(d, fd) for d, fd in api_docs if fd]
        missed = [(d, fd) for d, fd in api_docs if not fd]
        lines.append(f"| {name} | {len(b)} | {len(bf)} | {len(r)} | {len(rf)} | {len(un)} | {len(api_docs)} | "
                     f"{len(found)} | {len(missed)} |")
        for k, n in (("breaking", len(b)), ("breaking_false", len(bf)), ("risk", len(r)), ("risk_false", len(rf)),
                     ("unjudged", len(un)), ("documented", len(api_docs)), ("found", len(found))):
            totals[k] += n
        details += [f"## {name}", "", f"Changelog: {judgement.get('changelog', '')}", ""]
        if bf or rf:
            details += ["Judged false:", ""]
            details += [f"- {f['severity']} `{f['kind']}` `{f['object']}`" + (f" `{f['parameter']}`" if f["parameter"] else "")
                        + f": {v.split(':', 1)[-1].strip()}" for f, v in bf + rf]
            details.append("")
        if un:
            details += ["Not judged yet:", ""]
            details += [f"- {key(f)}" for f, _ in un]
            details.append("")
        details += ["Documented breaks:", ""]
        for d, fd in s["documented"]:
            if not d.get("api", True):
                details.append(f"- {d['id']}: {d['what']} — behaviour only, no signature shows it (not counted)")
            elif fd:
                details.append(f"- {d['id']}: {d['what']} — found ({len(fd)} finding{'s' if len(fd) != 1 else ''}, e.g. `{fd[0]}`)")
            else:
                details.append(f"- {d['id']}: {d['what']} — **missed**" + (f": {d['missed']}" if d.get("missed") else ""))
        details.append("")
    precision = 1 - totals["breaking_false"] / totals["breaking"] if totals["breaking"] else 1.0
    recall = totals["found"] / totals["documented"] if totals["documented"] else 1.0
    lines.append(f"| **all** | {totals['breaking']} | {totals['breaking_false']} | {totals['risk']} | {totals['risk_false']} | "
                 f"{totals['unjudged']} | {totals['documented']} | {totals['found']} | {totals['documented'] - totals['found']} |")
    lines += ["", f"Breaking findings judged true: {totals['breaking'] - totals['breaking_false']} of {totals['breaking']} "
              f"({precision:.1%}). Documented breaks found: {totals['found']} of {totals['documented']} ({recall:.1%}).", ""]
    totals.update(precision=precision, recall=recall)
    return "\n".join(lines + details) + "\n", totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--results", default=str(BENCH / "results"), help="directory of validation-<pair>.md files")
    ap.add_argument("--judgements", default=str(BENCH / "validation"), help="directory of <pair>.json judgements")
    ap.add_argument("--out", default=None, help="output Markdown (default <results>/validation-judged.md)")
    ap.add_argument("--label", default=None, help="a sentence saying which changeproof produced the results")
    args = ap.parse_args(argv)
    results = Path(args.results).resolve()
    judgements = []
    for path in sorted(Path(args.judgements).glob("*.json")):
        judgements.append((path.stem, json.loads(path.read_text(encoding="utf-8"))))
    if not judgements:
        print(f"no judgement files in {args.judgements}", file=sys.stderr)
        return 2
    text, totals = render(results, judgements, args.label)
    out = Path(args.out) if args.out else results / "validation-judged.md"
    out.write_text(text, encoding="utf-8")
    print(text.split("\n## ", 1)[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
