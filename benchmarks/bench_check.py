#!/usr/bin/env python3
"""Benchmark static `changeproof check` on a one-file change in a Django-sized repository.

Uses the `django-onefile` repository that bench_api.py builds (Django 5.0 plus one commit changing one function
signature in django/utils/text.py), and times, alternating, over --runs runs:

* `changeproof check head..onefile` cold (a fresh empty CHANGEPROOF_CACHE_DIR each run) and warm (cache
  filled by one untimed run);
* as a reference from the field's fastest engine, `ruff check --select ASYNC,E9` over the same tree
  (it reads every file, as a cold check does).

Reports median/min/max wall time, peak RSS and the per-check durations changeproof records in its JSON.
Targets (issue 3): warm under 2 s, cold under 10 s.

    python3 benchmarks/bench_check.py [--runs 5] [--changeproof CMD] [--out FILE]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_api  # noqa: E402  (setup of the repositories, and the os.wait4-based measurement)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--changeproof", default=str(bench_api.ROOT / ".venv" / "bin" / "changeproof"))
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)

    repo = bench_api.ensure_onefile_repo()
    cp = shlex.split(args.changeproof)
    ruff = shutil.which("ruff") or str(bench_api.ROOT / ".venv" / "bin" / "ruff")
    logs = Path(tempfile.mkdtemp(prefix="bench-check-"))
    results: dict[str, list] = {"cold": [], "warm": [], "ruff": []}
    checks: dict[str, list[float]] = {}
    warm_cache = logs / "warm-cache"
    out_json = logs / "report.json"
    base_env = {k: v for k, v in os.environ.items() if k != "CI"}
    cmd = [*cp, "check", "head..onefile", "--no-tests", "--format", "json", "-o", str(out_json)]
    subprocess.run(cmd, cwd=repo, env={**base_env, "CHANGEPROOF_CACHE_DIR": str(warm_cache)}, capture_output=True)
    for i in range(args.runs):
        cold_cache = logs / f"cold-{i}"
        order = ["cold", "warm", "ruff"] if i % 2 == 0 else ["ruff", "warm", "cold"]
        for mode in order:
            if mode == "ruff":
                m = bench_api.measure([ruff, "check", "--select", "ASYNC,E9", "--no-cache", "--isolated", "--exit-zero", "."],
                                      repo, base_env, logs / f"ruff-{i}", 600)
            else:
                cache = cold_cache if mode == "cold" else warm_cache
                m = bench_api.measure(cmd, repo, {**base_env, "CHANGEPROOF_CACHE_DIR": str(cache)}, logs / f"{mode}-{i}", 600)
                if mode == "warm" and out_json.exists():
                    for c in json.loads(out_json.read_text())["checks"]:
                        checks.setdefault(c["name"], []).append(c["duration"])
            results[mode].append(m)

    def row(name: str, ms: list) -> str:
        walls = [m.wall_s for m in ms if m.returncode in (0, 1)]
        rss = max((m.maxrss_mb for m in ms), default=0)
        if not walls:
            return f"| {name} | failed | | | |"
        return f"| {name} | {statistics.median(walls):.2f} | {min(walls):.2f} | {max(walls):.2f} | {rss:.0f} |"

    lines = [f"# changeproof check on a one-file change in Django ({_dt.date.today()})", "",
             f"{args.runs} runs each, alternating; nproc {os.cpu_count()}; load average {os.getloadavg()[0]:.1f} at the end.", "",
             "| command | median s | min s | max s | peak RSS MB |", "| --- | ---: | ---: | ---: | ---: |",
             row("changeproof check, cold cache", results["cold"]), row("changeproof check, warm cache", results["warm"]),
             row("ruff check --select ASYNC,E9 (whole tree, reference)", results["ruff"]), "",
             "Per-check time in the warm runs (median seconds, from the report's `checks`):", "",
             "| check | median s |", "| --- | ---: |"]
    lines += [f"| {name} | {statistics.median(ds):.2f} |" for name, ds in checks.items()]
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(args.out) if args.out else bench_api.RESULTS / f"check-{_dt.date.today()}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
