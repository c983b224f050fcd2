#!/usr/bin/env python3
"""Benchmark static `changeproof check --no-tests` on release ranges and on a one-file change.

Uses the repositories that bench_api.py builds (outside this repository, see its docstring), and the same
measurement (bench_api.measure: wall time, CPU of the process tree, peak memory summed over the process tree):

* `click-range`: click 8.1.7 -> 8.2.0, `check base..head`, cold (a fresh empty CHANGEPROOF_CACHE_DIR each run);
* `django-onefile`: Django 5.0 plus one commit changing one function signature, `check head..onefile`, cold
  and warm (warm: the cache filled by one untimed run of the same command, as on a developer's second run);
* `django-range`: Django 4.2 -> 5.0 (a release range, 735 changed files), `check base..head`, cold.

Within a scenario the modes alternate run by run (the order flips every run).  For each series the
results give median/min/max wall time, median CPU (user + sys), median and max peak memory, and the median
duration of every check from the report's `checks` section.  No competitor runs the same checks; the
ratios against griffe are bench_api.py's.

    python3 benchmarks/bench_check.py [--runs 5] [--range-runs 3] [--scenarios click-range,...]
                                      [--changeproof commit:HEAD|CMD] [--out FILE]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shlex
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_api  # noqa: E402  (the repositories, the commit install, the measurement)

# scenario -> (repository builder, refs, modes)
SCENARIOS: dict[str, tuple[Any, str, tuple[str, ...]]] = {
    "click-range": (lambda: bench_api.ensure_pair_repo(bench_api.pair_by_name("click")), "base..head", ("cold",)),
    "django-onefile": (bench_api.ensure_onefile_repo, "head..onefile", ("cold", "warm")),
    "django-range": (lambda: bench_api.ensure_pair_repo(bench_api.pair_by_name("django-4.2-5.0")), "base..head",
                     ("cold",)),
}


def summarise(scenario: str, refs: str, mode: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in runs if r["ok"]]
    walls = [r["wall_s"] for r in ok]
    checks: dict[str, list[float]] = {}
    for r in ok:
        for name, d in r["checks"].items():
            checks.setdefault(name, []).append(d)
    return {
        "scenario": scenario, "refs": refs, "mode": mode, "runs": len(runs), "ok_runs": len(ok),
        "median_s": statistics.median(walls) if walls else None,
        "min_s": min(walls) if walls else None, "max_s": max(walls) if walls else None,
        "cpu_median_s": statistics.median([r["cpu_s"] for r in ok]) if ok else None,
        "mem_median_mb": statistics.median([r["mem_mb"] for r in ok]) if ok else None,
        "mem_max_mb": max(r["mem_mb"] for r in ok) if ok else None,
        "exit_codes": sorted({r["returncode"] for r in runs}),
        "verdicts": sorted({r["verdict"] for r in ok if r["verdict"]}),
        "findings": sorted({r["findings"] for r in ok if r["findings"] is not None}),
        "max_load1_before": max((r.get("load1_before") or 0 for r in runs), default=None),
        "checks_median_s": {n: statistics.median(ds) for n, ds in checks.items()},
        "errors": sorted({r["error"] for r in runs if r.get("error")}),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs per series (default 5)")
    ap.add_argument("--range-runs", type=int, default=3, help="runs per series of django-range (default 3)")
    ap.add_argument("--scenarios", default=",".join(SCENARIOS), help="comma-separated, default all")
    ap.add_argument("--changeproof", default="commit:HEAD",
                    help="`commit:REV` (a non-editable install of that commit, default HEAD) or a command line")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--out", default=None, help="Markdown output (default benchmarks/results/check-<date>.md); "
                                                  "the raw JSON goes next to it")
    args = ap.parse_args(argv)
    names = [n.strip() for n in args.scenarios.split(",") if n.strip()]
    for n in names:
        if n not in SCENARIOS:
            ap.error(f"--scenarios: {n!r} is none of {', '.join(SCENARIOS)}")

    cp = bench_api.resolve_changeproof(args.changeproof)
    if cp is None:
        ap.error("no changeproof to run")
    facts = bench_api.machine_facts(cp)
    work = Path(tempfile.mkdtemp(prefix="bench-check-", dir=bench_api.WORK))
    base_env = {k: v for k, v in os.environ.items() if k != "CI" and not k.startswith("CHANGEPROOF_")}
    base_env["NO_COLOR"] = "1"
    summaries: list[dict[str, Any]] = []
    raw: dict[str, Any] = {}

    for name in names:
        build, refs, modes = SCENARIOS[name]
        repo = build()
        runs = args.range_runs if name == "django-range" else args.runs
        out_json = work / f"{name}.json"
        cmd = [*cp, "check", refs, "--no-tests", "--format", "json", "-o", str(out_json)]
        warm_cache = work / f"{name}-warm-cache"
        if "warm" in modes:
            bench_api.log(f"{name}: filling the warm cache")
            bench_api.measure(cmd, repo, {**base_env, "CHANGEPROOF_CACHE_DIR": str(warm_cache)},
                              work / f"{name}-prefill", args.timeout)
        series: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
        for i in range(runs):
            for mode in (modes if i % 2 == 0 else tuple(reversed(modes))):
                cache = warm_cache if mode == "warm" else work / f"{name}-cold-{i}"
                if out_json.exists():
                    out_json.unlink()
                m = bench_api.measure(cmd, repo, {**base_env, "CHANGEPROOF_CACHE_DIR": str(cache)},
                                      work / f"{name}-{mode}-{i}", args.timeout)
                if mode == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
                data, problem = bench_api.parse_changeproof_json(out_json)
                ok = m.returncode in (0, 1) and data is not None and not m.timed_out
                run = {**{k: v for k, v in vars(m).items() if k not in ("stdout", "stderr")}, "ok": ok,
                       "verdict": data.get("verdict") if data else None,
                       "findings": len(data["findings"]) if data else None,
                       "checks": {c["name"]: c["duration"] for c in data.get("checks", [])} if data else {},
                       "error": None if ok else (problem or bench_api.error_summary(bench_api.read_text(m.stderr))
                                                 or f"exit {m.returncode}")}
                series[mode].append(run)
                bench_api.log(f"  {name} {mode} run {i + 1}: {m.wall_s:.2f}s cpu {m.cpu_s:.2f}s "
                              f"mem {m.mem_mb:.0f} MiB exit {m.returncode}" + ("" if ok else f" FAILED {run['error']}"))
        for mode in modes:
            summaries.append(summarise(name, refs, mode, series[mode]))
        raw[name] = {"command": cmd, "runs": series}
    shutil.rmtree(work, ignore_errors=True)
    facts["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())

    fs, fm = bench_api.fmt_s, bench_api.fmt_mb
    lines = [f"# changeproof check --no-tests ({_dt.date.today()})", "", bench_api.provenance_line(facts), "",
             f"Command: `python3 benchmarks/bench_check.py {shlex.join(argv if argv is not None else sys.argv[1:])}`; "
             f"load average at the end {facts['loadavg_end']}. Wall time in seconds (median, min, max); CPU = "
             "median user+sys seconds of the process tree; memory = median (and max) over the runs of each run's "
             "peak of the RSS summed over the whole process tree, in MiB.", "",
             "| scenario | refs | mode | ok/runs | median s | min s | max s | CPU s | memory MiB | max memory MiB "
             "| findings | verdict | max load |",
             "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"]
    for s in summaries:
        lines.append("| " + " | ".join(str(c) for c in [
            s["scenario"], s["refs"], s["mode"], f"{s['ok_runs']}/{s['runs']}", fs(s["median_s"]), fs(s["min_s"]),
            fs(s["max_s"]), fs(s["cpu_median_s"]), fm(s["mem_median_mb"]), fm(s["mem_max_mb"]),
            ",".join(map(str, s["findings"])) or "—", ",".join(s["verdicts"]) or "—",
            f"{s['max_load1_before']:.1f}"]) + " |")
        if s["errors"]:
            lines.append(f"| ^ errors: {'; '.join(s['errors'])} | | | | | | | | | | | | |")
    lines += ["", "Median duration of each check (seconds, from the report's `checks`):", ""]
    check_names: list[str] = []
    for s in summaries:
        check_names += [n for n in s["checks_median_s"] if n not in check_names]
    lines.append("| check | " + " | ".join(f"{s['scenario']} {s['mode']}" for s in summaries) + " |")
    lines.append("| --- |" + " ---: |" * len(summaries))
    for n in check_names:
        lines.append(f"| {n} | " + " | ".join(fs(s["checks_median_s"].get(n)) for s in summaries) + " |")
    text = bench_api.redact("\n".join(lines) + "\n")
    print(text)
    out = Path(args.out) if args.out else bench_api.RESULTS / f"check-{_dt.date.today()}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    out.with_suffix(".json").write_text(bench_api.redact(json.dumps(
        {"facts": facts, "summaries": summaries, "raw": raw}, indent=2)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
