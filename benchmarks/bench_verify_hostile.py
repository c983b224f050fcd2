"""`changeproof verify` on hostile and oversized documents: wall time and peak memory, one subprocess each.

    python benchmarks/bench_verify_hostile.py [--out benchmarks/results/verify-hostile-DATE.md]

Documents (built here, deterministic):

* ``example``: the bundled example stability report (271 lines), the normal case;
* ``crafted-80k``: 80 KB of the shapes that made the previous patterns backtrack (runs of ``1,``, ``[``,
  ``a/``, ``1.``, ``<a``, backticks...), one shape per line, each line just under the sentence cap so that
  every recogniser reads it;
* ``crafted-1m``: the same, 1 MB;
* ``report-20m``: the example report repeated to 20 MB (verify reads the first MiB and says so);
* ``one-line-5m``: a single 5 MB line.

Each runs ``verify_file`` against an empty report in a fresh interpreter; peak memory is the child's
``ru_maxrss``. The claims that are "not checked" because of a cap or the time budget are counted.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "changeproof" / "demo" / "stability-report.md"
SHAPES = ["1,", "[", "a/", "1. ", "<a", "`a", "*a ", "no new ", "| a ", "1 of 2 ", "\u2705 no ", '"a ', "a.b.",
          "[a](", "no signature ", "files ", "tests pass "]


def _crafted(size: int) -> str:
    lines, total, i = [], 0, 0
    while total < size:
        unit = SHAPES[i % len(SHAPES)]
        line = (unit * (990 // len(unit) + 1))[:990]  # under the sentence cap: every recogniser reads it
        lines.append(line)
        total += len(line.encode()) + 1
        i += 1
    return "\n".join(lines) + "\n"


def documents(tmp: Path) -> dict[str, Path]:
    example = EXAMPLE.read_text(encoding="utf-8")
    docs = {
        "example": example,
        "crafted-80k": _crafted(80_000),
        "crafted-1m": _crafted(1_000_000),
        "report-20m": example * (20_000_000 // len(example.encode()) + 1),
        "one-line-5m": "no breaking changes " * 250_000,
    }
    out = {}
    for name, text in docs.items():
        path = tmp / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from changeproof.model import Report, Revision
    from changeproof.verify import verify_file
    started = time.perf_counter()
    result = verify_file(sys.argv[1], Report(base=Revision("base", None), head=Revision("head", None)))
    elapsed = time.perf_counter() - started
    limits = sum(1 for c in result.claims if c.verdict == "not_checked"
                 and any(w in c.evidence[0].text for w in ("too long", "too large", "budget")))
    print(json.dumps({"seconds": elapsed, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "claims": len(result.claims), "limits": limits,
                      "budget": any("time budget" in c.evidence[0].text for c in result.claims if c.evidence)}))
""")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / f"verify-hostile-{datetime.date.today()}.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in documents(Path(tmp)).items():
            p = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=600)
            if p.returncode != 0:
                raise SystemExit(f"{name}: {p.stderr[-2000:]}")
            data = json.loads(p.stdout)
            rows.append((name, path.stat().st_size, data))
            print(name, data, flush=True)

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    lines = [f"# verify on hostile documents ({datetime.date.today()}, Python {sys.version.split()[0]})", "",
             f"Commit: {commit or 'unknown'} (date {datetime.date.today()}).", "",
             "Produced by `benchmarks/bench_verify_hostile.py`: one fresh interpreter per document, an empty report.", "",
             "| document | size | time | peak memory | claims | not checked: a cap or the budget | budget ran out |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for name, size, d in rows:
        lines.append(f"| {name} | {size / 1e6:.2f} MB | {d['seconds']:.2f} s | {d['peak_mib']:.0f} MiB | {d['claims']} | "
                     f"{d['limits']} | {'yes' if d['budget'] else 'no'} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
