#!/usr/bin/env python3
"""CPU time of each phase of `changeproof api OLD NEW`, for two or more source trees, runs alternating.

Standard library only.  Usage:

    python3 benchmarks/api_phases.py --repo REPO --refs OLD NEW --cache FILLED_CACHE_DIR \
        --src LABEL=PATH/TO/src [--src LABEL=PATH/TO/src ...] [--runs N] [--out FILE.md]

Each run is a fresh interpreter with PYTHONPATH set to one source tree and CHANGEPROOF_CACHE_DIR a fresh copy of
FILLED_CACHE_DIR (so "warm" means what bench_api.py's warm one-file scenario means when that directory was filled
by `changeproof api` on other refs). In the child, with the cyclic garbage collector off as `run_api` has it, the
engine's steps are timed with time.process_time(): importing the engine, listing both sides' files, reading the
cache and discovering modules (load, of which linking both sides: link), listing the members of classes that
differ (expand, which includes telling the others unchanged) and the rest of the comparison (compare). The source
trees alternate run by run, so other work on the machine weighs on each alike; the medians are printed and, with
--out, written as markdown with the load averages.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import gc, json, sys, time
gc.disable()
t0 = time.process_time()
from pathlib import Path
import changeproof.api as A
from changeproof.api import compare as C
from changeproof.sources import open_side
out = {"import": time.process_time() - t0}
cache = A.SummaryCache()
with open_side(sys.argv[1], Path.cwd(), role="old") as o, open_side(sys.argv[2], Path.cwd(), role="new") as n:
    t = time.process_time(); A._list_both(o, n); out["list"] = time.process_time() - t
    cfg = A._config_for(n)
    link, spent = A._link, [0.0]
    def timed_link(*a, **k):
        s = time.process_time(); r = link(*a, **k); spent[0] += time.process_time() - s; return r
    A._link = timed_link
    t = time.process_time()
    old, new = A.load_sides([(o, "base"), (n, "head")], cfg.packages, cache, exclude=cfg.exclude)
    out["load"] = time.process_time() - t; out["link"] = spent[0]
    expand = C._expand_changed_classes
    def timed_expand(a, b):
        s = time.process_time(); r = expand(a, b); out["expand"] = time.process_time() - s; return r
    C._expand_changed_classes = timed_expand
    t = time.process_time()
    findings, problems = A.compare_loaded(old, new)
    out["compare"] = time.process_time() - t - out["expand"]
    out["findings"] = len(findings)
cache.close()
out["total"] = time.process_time() - t0
print(json.dumps(out))
"""

PHASES = ["import", "list", "load", "link", "expand", "compare", "total"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", required=True)
    ap.add_argument("--refs", nargs=2, required=True, metavar=("OLD", "NEW"))
    ap.add_argument("--cache", required=True, help="a cache directory filled beforehand (copied afresh for each run)")
    ap.add_argument("--src", action="append", required=True, help="LABEL=PATH of a changeproof src/ directory")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out")
    args = ap.parse_args(argv)
    srcs = [tuple(s.split("=", 1)) for s in args.src]
    results: dict[str, list[dict]] = {label: [] for label, _ in srcs}
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="api-phases-") as tmp:
        for i in range(args.runs):
            order = srcs if i % 2 == 0 else srcs[::-1]
            for label, path in order:
                cache = os.path.join(tmp, "cache")
                shutil.rmtree(cache, ignore_errors=True)
                shutil.copytree(args.cache, cache)
                env = dict(os.environ, PYTHONPATH=path, CHANGEPROOF_CACHE_DIR=cache)
                r = subprocess.run([sys.executable, "-c", CHILD, *args.refs], cwd=args.repo, env=env,
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    print(r.stderr, file=sys.stderr)
                    return 2
                results[label].append(json.loads(r.stdout.strip().splitlines()[-1]))
    load_end = os.getloadavg()
    lines = [f"# changeproof api phases (CPU seconds, median of {args.runs} runs, sources alternating)", "",
             f"Sources: {', '.join(label for label, _ in srcs)}.", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}: `changeproof api {args.refs[0]} {args.refs[1]}` "
             f"in {os.path.basename(os.path.normpath(args.repo))}, cache copied afresh from a filled one each run; "
             f"load {' '.join(f'{x:.2f}' for x in load_start)} at the start, "
             f"{' '.join(f'{x:.2f}' for x in load_end)} at the end; {os.cpu_count()} CPUs.", "",
             "| source | " + " | ".join(PHASES) + " | findings |", "| --- |" + " ---: |" * (len(PHASES) + 1)]
    for label, runs in results.items():
        med = [statistics.median(r[p] for r in runs) for p in PHASES]
        lines.append(f"| {label} | " + " | ".join(f"{m:.3f}" for m in med) + f" | {runs[0]['findings']} |")
    lines += ["", "Phases: import = importing the engine; list = both sides' file lists; load = cache reads, module "
              "discovery and linking, of which link = linking both sides; expand = listing the members of classes "
              "that differ (and telling the others unchanged); compare = the rest of the comparison; total = all of "
              "these from the start of the child's first import."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
        with open(os.path.splitext(args.out)[0] + ".json", "w") as f:
            json.dump({"refs": args.refs, "load_start": load_start, "load_end": load_end, "runs": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
