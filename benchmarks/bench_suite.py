#!/usr/bin/env python3
"""Time the project's own test suite: `make test` (import-linter, then pytest with xdist) in this repository.

Runs `make test` --runs times (default 1: a run takes a minute or two) with bench_api.measure and writes
benchmarks/results/suite-<date>.md (+ .json): wall time, CPU (user + sys of the whole process tree, so CPU above
wall time is the parallelism xdist got) and the peak memory summed over the process tree (the xdist workers add
up), plus pytest's closing line.  The working tree must be clean (the result names the commit it measured).

    python3 benchmarks/bench_suite.py [--runs 1] [--out FILE]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_api  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)
    facts = bench_api.machine_facts(None)
    if facts.get("main_dirty"):
        ap.error("the working tree has uncommitted changes: commit them first, the result names a commit")
    env = {k: v for k, v in os.environ.items() if k != "CI" and not k.startswith("CHANGEPROOF_")}
    logs = Path(tempfile.mkdtemp(prefix="bench-suite-"))
    runs = []
    for i in range(args.runs):
        m = bench_api.measure(["make", "test"], bench_api.ROOT, env, logs / f"run-{i}", 3600)
        out = bench_api.read_text(m.stdout)
        # pytest's closing line, not the smoke set's (printed after it: the smoke runs beside the suite)
        closing = next((ln.strip() for ln in reversed(out.splitlines())
                        if (" passed" in ln or " failed" in ln) and not ln.startswith("smoke ")), "")
        smoke = [ln.strip() for ln in out.splitlines() if ln.startswith("smoke ")]  # the smoke set's own lines
        runs.append({**{k: v for k, v in vars(m).items() if k not in ("stdout", "stderr")}, "closing": closing, "smoke": smoke})
        bench_api.log(f"run {i + 1}: {m.wall_s:.1f}s cpu {m.cpu_s:.1f}s mem {m.mem_mb:.0f} MiB exit {m.returncode}: "
                      f"{closing}")
    facts["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
    lines = [f"# make test ({_dt.date.today()})", "", bench_api.provenance_line(facts), "",
             f"`make test` run {args.runs} time(s) in the repository; load average at the end {facts['loadavg_end']}.",
             "", "| runs | median wall s | median CPU s | median memory MiB | exit codes | pytest |",
             "| ---: | ---: | ---: | ---: | --- | --- |",
             f"| {len(runs)} | {med('wall_s'):.1f} | {med('cpu_s'):.1f} | {med('mem_mb'):.0f} | "
             f"{sorted({r['returncode'] for r in runs})} | {runs[-1]['closing']} |"]
    lines += ["", "The smoke set's lines of the last run:", ""] + [f"- {ln}" for ln in runs[-1]["smoke"]]
    text = bench_api.redact("\n".join(lines) + "\n")
    print(text)
    out = Path(args.out) if args.out else bench_api.RESULTS / f"suite-{_dt.date.today()}.md"
    out.write_text(text, encoding="utf-8")
    out.with_suffix(".json").write_text(bench_api.redact(json.dumps({"facts": facts, "runs": runs}, indent=2)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
