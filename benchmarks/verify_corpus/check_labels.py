#!/usr/bin/env python3
"""Check the verify corpus for consistency and print its counts.

    python3 benchmarks/verify_corpus/check_labels.py          # exit 1 on any problem

Every report `<set>/<NN>-<style>-<change>/` must have `report.md` and `labels.json`; every label must name an
existing change, the range `base..head`, a line of the report on which its `text` appears (whitespace and case
ignored), and a label in true / false / unverifiable. No tool is run: this checks the corpus, not changeproof.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# A set is any directory next to this file holding reports (dev, holdout, holdout2, ...); not changes/ or results.
SETS = tuple(sorted(d.name for d in HERE.iterdir()
                    if d.is_dir() and d.name not in ("changes", "__pycache__")
                    and any((r / "labels.json").is_file() for r in d.iterdir() if r.is_dir())))
LABELS = ("true", "false", "unverifiable")
KEYS = {"line", "text", "label", "change", "range", "why"}
OPTIONAL = {"needs_tests"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def reports(which: str = "all") -> list[Path]:
    sets = SETS if which == "all" else (which,)
    return [d for s in sets for d in sorted((HERE / s).iterdir()) if d.is_dir()]


def style_of(report_dir: Path, change: str) -> str:
    name = re.sub(r"^\d+-", "", report_dir.name)
    return name[: -len(change) - 1] if name.endswith("-" + change) else name


def load(report_dir: Path) -> tuple[list[str], list[dict]]:
    lines = (report_dir / "report.md").read_text(encoding="utf-8").split("\n")
    labels = json.loads((report_dir / "labels.json").read_text(encoding="utf-8"))
    return lines, labels


def problems() -> list[str]:
    out = []
    changes = {p.name for p in (HERE / "changes").iterdir() if (p / "base").is_dir() and (p / "head").is_dir()}
    for name in changes:
        if not (HERE / "changes" / name / "TRUTH.md").is_file():
            out.append(f"changes/{name}: no TRUTH.md")
    for d in reports():
        where = d.relative_to(HERE)
        if not (d / "report.md").is_file() or not (d / "labels.json").is_file():
            out.append(f"{where}: report.md and labels.json are both required")
            continue
        lines, labels = load(d)
        if not isinstance(labels, list) or not labels:
            out.append(f"{where}: labels.json must be a non-empty list")
            continue
        report_changes = set()
        for i, entry in enumerate(labels):
            tag = f"{where}: label {i + 1}"
            missing = KEYS - set(entry)
            extra = set(entry) - KEYS - OPTIONAL
            if missing or extra:
                out.append(f"{tag}: missing {sorted(missing)} / unknown {sorted(extra)}")
                continue
            if entry["label"] not in LABELS:
                out.append(f"{tag}: label {entry['label']!r} not in {LABELS}")
            if entry["change"] not in changes:
                out.append(f"{tag}: unknown change {entry['change']!r}")
            report_changes.add(entry["change"])
            if entry["range"] != "base..head":
                out.append(f"{tag}: range must be base..head")
            line = entry["line"]
            if not isinstance(line, int) or not 1 <= line <= len(lines):
                out.append(f"{tag}: line {line!r} outside the report")
            elif norm(entry["text"]) not in norm(lines[line - 1]):
                out.append(f"{tag}: text {entry['text']!r} is not on line {line}")
            if not entry["why"].strip():
                out.append(f"{tag}: empty why")
        if len(report_changes) != 1:
            out.append(f"{where}: labels name {len(report_changes)} changes, expected one")
        elif not d.name.endswith("-" + next(iter(report_changes))):
            out.append(f"{where}: directory name should end with the change name")
    return out


def counts() -> dict:
    result: dict = {"sets": {}, "styles": Counter(), "total": Counter()}
    for s in SETS:
        per = {"reports": 0, "labels": Counter(), "changes": Counter(), "needs_tests": 0}
        for d in reports(s):
            _, labels = load(d)
            change = labels[0]["change"]
            per["reports"] += 1
            per["changes"][change] += 1
            per["labels"].update(e["label"] for e in labels)
            per["needs_tests"] += sum(1 for e in labels if e.get("needs_tests"))
            result["styles"][style_of(d, change)] += 1
        result["sets"][s] = per
        result["total"].update(per["labels"])
    return result


def main() -> int:
    found = problems()
    for p in found:
        print("problem:", p)
    c = counts()
    for s, per in c["sets"].items():
        n = sum(per["labels"].values())
        print(f"{s}: {per['reports']} reports, {len(per['changes'])} changes, {n} labels "
              f"({', '.join(f'{k} {v}' for k, v in sorted(per['labels'].items()))}; {per['needs_tests']} need --tests)")
    n = sum(c["total"].values())
    print(f"total: {n} labels (" + ", ".join(f"{k} {v} = {v / n:.0%}" for k, v in sorted(c["total"].items())) + ")")
    print(f"styles ({len(c['styles'])}): " + ", ".join(f"{k} {v}" for k, v in sorted(c["styles"].items())))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
