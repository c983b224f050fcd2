"""Score changeproof's API comparison against a hand-written corpus: benchmarks/corpus/cases/ by default, or the
cases/ of another corpus directory given with --corpus (benchmarks/corpus2 ... corpus6).

Each case directory holds ``old/`` and ``new/`` project trees and an ``expected.json``:

    {"description": "...",
     "breaking": [{"kind": ..., "object": ..., "parameter": ...}, ...],
     "risk": [...],
     "compatible_only": true | false,
     "tolerated": [...]}          # optional: findings that are neither TP nor FP

Only breaking and risk findings are scored (info findings are ignored). Matching is on
(kind, object, parameter); the expected severity is not part of the key (a severity mismatch is
shown in --verbose output but not counted). A lenient score matches on the object only, to tell
"found the right object but called it a different kind" apart from a miss.

    python benchmarks/corpus/score.py [--verbose] [--json FILE] [CASE_SUBSTRING ...]

Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORED = ("breaking", "risk")

Key = tuple  # (kind, object, parameter)


def _key(d: dict) -> Key:
    return (d["kind"], d.get("object"), d.get("parameter"))


def _fmt(key: Key) -> str:
    kind, obj, param = key
    return f"{kind} {obj}" + (f" [{param}]" if param is not None else "")


@dataclass
class CaseResult:
    name: str
    compatible_only: bool
    expected: dict[Key, str] = field(default_factory=dict)  # key -> expected severity
    tolerated: set[Key] = field(default_factory=set)
    actual: dict[Key, object] = field(default_factory=dict)  # key -> first Finding
    error: str | None = None

    # strict
    @property
    def tp(self) -> set[Key]:
        return set(self.expected) & set(self.actual)

    @property
    def fn(self) -> set[Key]:
        return set(self.expected) - set(self.actual)

    @property
    def fp(self) -> set[Key]:
        return set(self.actual) - set(self.expected) - self.tolerated

    @property
    def tolerated_hits(self) -> set[Key]:
        return (set(self.actual) & self.tolerated) - set(self.expected)

    # lenient (object only)
    def _actual_objects(self) -> set:
        return {k[1] for k in self.actual}

    def _expected_objects(self) -> set:
        return {k[1] for k in self.expected} | {k[1] for k in self.tolerated}

    @property
    def lenient_tp(self) -> set[Key]:
        objs = self._actual_objects()
        return {k for k in self.expected if k[1] in objs}

    @property
    def lenient_fn(self) -> set[Key]:
        return set(self.expected) - self.lenient_tp

    @property
    def lenient_fp(self) -> set[Key]:
        objs = self._expected_objects()
        return {k for k in self.actual if k[1] not in objs}

    @property
    def kind_mismatch(self) -> set[Key]:
        """Expected entries missed strictly but whose object was reported with another kind/parameter."""
        return self.fn & self.lenient_tp


def load_expected(case: Path) -> tuple[dict[Key, str], set[Key], bool]:
    data = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    expected: dict[Key, str] = {}
    for sev in SCORED:
        for entry in data.get(sev, []):
            expected[_key(entry)] = sev
    tolerated = {_key(e) for e in data.get("tolerated", [])}
    return expected, tolerated, bool(data.get("compatible_only", False))


def run_case(case: Path) -> CaseResult:
    expected, tolerated, compat = load_expected(case)
    res = CaseResult(case.name, compat, expected, tolerated)
    try:
        from changeproof.api import compare_dirs

        findings = compare_dirs(case / "old", case / "new")
    except Exception as exc:  # a crash is reported, never fatal
        res.error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"
        return res
    for f in findings:
        if f.severity not in SCORED:
            continue
        res.actual.setdefault((f.kind, f.object, f.parameter), f)
    return res


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help="only cases whose name contains one of these substrings")
    ap.add_argument("--corpus", type=Path, default=HERE, help="a corpus directory holding cases/ (default: this one)")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every mismatch with the tool's message")
    ap.add_argument("--json", metavar="FILE", help="also write per-case results as JSON")
    args = ap.parse_args(argv)

    cases = sorted(p for p in (args.corpus / "cases").iterdir() if p.is_dir() and (p / "expected.json").is_file())
    if args.filters:
        cases = [c for c in cases if any(s in c.name for s in args.filters)]

    results = [run_case(c) for c in cases]

    tp = fp = fn = ltp = lfp = lfn = kmis = tol = 0
    compat_cases = compat_alarm_cases = compat_alarms = errors = 0
    sev_mismatch = 0
    rows = []
    width = max((len(r.name) for r in results), default=10)
    print(f"{'case':<{width}}  {'exp':>3} {'TP':>3} {'FP':>3} {'FN':>3}  {'lenTP':>5} {'lenFP':>5}  notes")
    for r in results:
        notes = []
        if r.error:
            errors += 1
            notes.append("ERROR: " + r.error.splitlines()[0])
        if r.compatible_only:
            compat_cases += 1
            alarms = len(set(r.actual) - r.tolerated)
            if alarms:
                compat_alarm_cases += 1
                compat_alarms += alarms
                notes.append(f"FALSE ALARM x{alarms} on compatible-only case")
        if r.kind_mismatch:
            notes.append(f"kind/param mismatch x{len(r.kind_mismatch)}")
        if r.tolerated_hits:
            notes.append(f"tolerated x{len(r.tolerated_hits)}")
        sevs = [k for k in r.tp if getattr(r.actual[k], "severity", None) != r.expected[k]]
        sev_mismatch += len(sevs)
        if sevs:
            notes.append(f"severity differs x{len(sevs)}")
        tp += len(r.tp)
        fp += len(r.fp)
        fn += len(r.fn)
        ltp += len(r.lenient_tp)
        lfp += len(r.lenient_fp)
        lfn += len(r.lenient_fn)
        kmis += len(r.kind_mismatch)
        tol += len(r.tolerated_hits)
        status = "ok" if not (r.fp or r.fn or r.error) else ""
        sep = "; "
        print(
            f"{r.name:<{width}}  {len(r.expected):>3} {len(r.tp):>3} {len(r.fp):>3} {len(r.fn):>3}"
            f"  {len(r.lenient_tp):>5} {len(r.lenient_fp):>5}  {sep.join(x for x in [status] + notes if x)}"
        )
        if args.verbose and (r.fp or r.fn or r.error or r.tolerated_hits or sevs):
            if r.error:
                print("    " + r.error.replace("\n", "\n    "))
            for k in sorted(r.fn, key=str):
                tag = "MISSING (kind/param differs, object reported)" if k in r.kind_mismatch else "MISSING"
                print(f"    - {tag}: [{r.expected[k]}] {_fmt(k)}")
            for k in sorted(r.fp, key=str):
                f = r.actual[k]
                print(f"    + UNEXPECTED [{f.severity}] {_fmt(k)}  ({f.path}:{f.line})\n        {f.message}")
            for k in sorted(r.tolerated_hits, key=str):
                f = r.actual[k]
                print(f"    ~ tolerated [{f.severity}] {_fmt(k)}\n        {f.message}")
            for k in sorted(sevs, key=str):
                f = r.actual[k]
                print(f"    ! severity: expected {r.expected[k]}, got {f.severity}: {_fmt(k)}\n        {f.message}")
        rows.append(
            {
                "case": r.name,
                "compatible_only": r.compatible_only,
                "error": r.error,
                "tp": sorted(map(list, r.tp)),
                "fp": [list(k) + [r.actual[k].message] for k in sorted(r.fp, key=str)],
                "fn": sorted(map(list, r.fn)),
                "tolerated": sorted(map(list, r.tolerated_hits)),
            }
        )

    print()
    print(f"cases: {len(results)} ({compat_cases} compatible-only), errors: {errors}")
    print(f"strict  (kind, object, parameter): TP={tp} FP={fp} FN={fn}  precision={_ratio(tp, tp + fp):.3f}  recall={_ratio(tp, tp + fn):.3f}")
    print(f"lenient (object only):             TP={ltp} FP={lfp} FN={lfn}  precision={_ratio(ltp, ltp + lfp):.3f}  recall={_ratio(ltp, ltp + lfn):.3f}")
    print(f"  expected findings reported under another kind/parameter: {kmis}")
    print(f"  tolerated findings (neither TP nor FP): {tol}")
    print(f"  severity differs on a strict TP (not scored): {sev_mismatch}")
    print(f"false alarms on compatible-only cases: {compat_alarm_cases}/{compat_cases} cases, {compat_alarms} findings")
    if args.json:
        Path(args.json).write_text(json.dumps({"cases": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception:  # exit 0 always, as documented
        traceback.print_exc()
    sys.exit(0)
