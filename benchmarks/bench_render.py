#!/usr/bin/env python3
"""Benchmark the report renderers: every format of the generated 10,000-finding report (the same report the golden
test pins, tests/helpers/reports.py), and of the demo's risky report, over --runs runs each.

Reports median/min/max wall time (time.perf_counter around one render call, in this process, after one untimed
warm-up render) and the size of the output. Target (issue 13): every format of the 10,000-finding report in
under 2 s.

    python3 benchmarks/bench_render.py [--runs 5] [--findings 10000] [--out FILE] [--no-browser]

With a Chromium on the machine it also opens the 10,000-finding HTML page in it (headless, 1280x900, over the
DevTools protocol: tests/helpers/browser.py) and times the page load, one severity filter click and a regroup by
check, --runs times.

Run it with the project's interpreter (`.venv/bin/python`); it imports changeproof and the tests' fixed reports.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

from helpers import reports  # noqa: E402

from changeproof.report import FORMATS, render  # noqa: E402

TARGET = 2.0  # seconds


def bench(report, runs: int) -> list[tuple[str, list[float], int]]:
    rows = []
    variants = [(fmt, False) for fmt in FORMATS] + [("terminal", True)]
    for fmt, verbose in variants:
        render(report, fmt, verbose=verbose)  # warm-up: imports, caches
        times = []
        size = 0
        for _ in range(runs):
            start = time.perf_counter()
            text = render(report, fmt, verbose=verbose)
            times.append(time.perf_counter() - start)
            size = len(text.encode("utf-8"))
        rows.append((fmt + (" --verbose" if verbose else ""), times, size))
    return rows


def bench_browser(report, runs: int) -> list[str]:
    import tempfile

    from helpers.browser import Browser, find_chromium

    exe = find_chromium()
    if exe is None:
        return ["## The HTML page in a browser", "", "Not measured: no Chromium on this machine.", ""]
    steps: dict[str, list[float]] = {"load (navigate to load event)": [], "untick `info` (filter 10,000 findings)": [],
                                      "group by check": []}
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render(report, "html"), encoding="utf-8")
        with Browser(exe, Path(tmp) / "profile", timeout=300) as b:
            for _ in range(runs):
                start = time.perf_counter()
                b.open(page.as_uri())
                steps["load (navigate to load event)"].append(time.perf_counter() - start)
                start = time.perf_counter()
                b.click("input.sev[value=info]")
                b.eval("document.getElementById('shown').textContent")
                steps["untick `info` (filter 10,000 findings)"].append(time.perf_counter() - start)
                start = time.perf_counter()
                b.eval("var s=document.getElementById('group-by');s.value='check';s.dispatchEvent(new Event('change'))")
                steps["group by check"].append(time.perf_counter() - start)
            errors = list(b.errors)
    lines = ["## The 10,000-finding HTML page in headless Chromium (1280x900)", "",
             "| step | median s | min s | max s |", "| --- | ---: | ---: | ---: |"]
    for name, times in steps.items():
        lines.append(f"| {name} | {statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f} |")
    lines += ["", f"Console errors: {len(errors)}.", ""]
    return lines


def table(title: str, rows, *, target: bool) -> list[str]:
    lines = [f"## {title}", "", "| format | median s | min s | max s | output bytes |" + (" under 2 s |" if target else ""),
             "| --- | ---: | ---: | ---: | ---: |" + (" --- |" if target else "")]
    for name, times, size in rows:
        med = statistics.median(times)
        cells = [name, f"{med:.3f}", f"{min(times):.3f}", f"{max(times):.3f}", f"{size:,}"]
        if target:
            cells.append("yes" if max(times) < TARGET else "**no**")
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def _commit() -> str:
    """This repository's HEAD (and whether the working tree differs from it): the results name what they measured."""
    import subprocess

    def git(*args: str) -> str:
        r = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""

    sha = git("rev-parse", "HEAD") or "unknown"
    return sha + (" with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--findings", type=int, default=10_000)
    ap.add_argument("--no-browser", action="store_true", help="do not time the HTML page in Chromium")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / f"render-{_dt.date.today()}.md")
    args = ap.parse_args()
    big = reports.generated(args.findings)
    demo = reports.load("demo-risky")
    lines = [f"# Rendering benchmark ({_dt.date.today()})", "",
             f"Measured: changeproof from the repository at commit {_commit()}, date {_dt.date.today()}.", "",
             f"`python3 benchmarks/bench_render.py --runs {args.runs} --findings {args.findings}`; Python "
             f"{platform.python_version()}, {os.cpu_count()} CPUs, load average at start "
             f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}. Wall time of one render call (after a warm-up), "
             f"{args.runs} runs each.", ""]
    lines += table(f"Generated report: {len(big.findings):,} findings", bench(big, args.runs), target=True)
    lines += table(f"The demo's risky report: {len(demo.findings)} findings", bench(demo, args.runs), target=False)
    if not args.no_browser:
        lines += bench_browser(big, args.runs)
    text = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
