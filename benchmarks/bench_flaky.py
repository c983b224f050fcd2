#!/usr/bin/env python3
"""Benchmark: does `changeproof check --tests` give the same change the same verdict run after run, when tests fail
intermittently?

For each failure rate (default 10%, 30%, 50%) a two-commit git repository is generated: a package whose head
changes a function without changing what it returns (a change that breaks nothing), 20 tests that always pass,
2 intermittent tests that exist at base and head and 2 intermittent tests the change adds, each failing with that
rate on every execution. A control repository adds a real regression (a test that passes at base and fails at head
on every execution) to two intermittent tests at 50%: it must be called breaking every time, after all its attempts.

The randomness is seeded, so the benchmark is reproducible: an intermittent test draws its outcome from
``random.Random(f"{BENCH_SEED}:{test}:{n}")``, where ``BENCH_SEED`` is set per run (``SEED-RUN``) and ``n`` counts
the test's executions in that run (a file per test in ``BENCH_STATE``, a fresh directory per run). Every run uses a
fresh changeproof cache, as a CI job would.

Each run is ``changeproof check base..head --tests --format json`` (every check, default options: 20 attempts);
the script records each run's verdict, the tests' classification and the attempts made, and counts how often the
verdict changes from one run to the next and how many runs called an intermittent test breaking. Usage:

    python3 benchmarks/bench_flaky.py [--runs 20] [--rates 0.1,0.3,0.5] [--seed 1] [--control-runs 5]
                                      [--changeproof CMD] [--out FILE]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"

_GIT_ENV = {"GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@changeproof.invalid", "GIT_COMMITTER_NAME": "bench",
            "GIT_COMMITTER_EMAIL": "bench@changeproof.invalid", "GIT_AUTHOR_DATE": "2025-01-01T00:00:00",
            "GIT_COMMITTER_DATE": "2025-01-01T00:00:00"}

INTERMITTENT = '''
import os
import random
from pathlib import Path


def intermittent(name, rate):
    """Fail with probability `rate`, drawn from the run's seed and this test's execution count."""
    state = Path(os.environ["BENCH_STATE"]) / name
    n = int(state.read_text()) if state.exists() else 0
    state.write_text(str(n + 1))
    draw = random.Random(f"{os.environ['BENCH_SEED']}:{name}:{n}").random()
    assert draw >= rate, f"intermittent failure ({draw:.3f} < {rate})"
'''


def _git(repo: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_GIT_ENV)
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True)


def _write(root: Path, files: dict[str, str | None]) -> None:
    for rel, text in files.items():
        p = root / rel
        if text is None:
            p.unlink()
            continue
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def _suite(rate: float, side: str, regression: bool) -> dict[str, str]:
    files = {"tests/_intermittent.py": INTERMITTENT, "tests/__init__.py": ""}
    stable = "from pkg import area\n" + "".join(
        f"\n\ndef test_stable_{i}():\n    assert area({i}, 2) == {2 * i}\n" for i in range(20))
    files["tests/test_stable.py"] = stable
    old = "from tests._intermittent import intermittent\n" + "".join(
        f"\n\ndef test_old_{i}():\n    intermittent('old_{i}', {rate})\n" for i in range(2))
    files["tests/test_old.py"] = old
    if side == "head" and not regression:
        files["tests/test_new.py"] = "from tests._intermittent import intermittent\n" + "".join(
            f"\n\ndef test_new_{i}():\n    intermittent('new_{i}', {rate})\n" for i in range(2))
    if regression:
        files["tests/test_reg.py"] = "from pkg import VERSION\n\n\ndef test_version():\n    assert VERSION == 1\n"
    return files


def make_repo(root: Path, rate: float, regression: bool = False) -> Path:
    """The generated two-commit repository (tags ``base`` and ``head``) for one failure rate."""
    repo = root / (f"control-{rate}" if regression else f"rate-{rate}")
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    pkg = "VERSION = 1\n\n\ndef area(w, h):\n    return w * h\n"
    _write(repo, {"pkg/__init__.py": pkg, **_suite(rate, "base", regression)})
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "tag", "base")
    head_pkg = ("VERSION = 2\n" if regression else "VERSION = 1\n") + \
        '\n\ndef area(w, h):\n    """Width times height."""\n    return h * w\n'
    _write(repo, {"pkg/__init__.py": head_pkg, **_suite(rate, "head", regression)})
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "head")
    _git(repo, "tag", "head")
    return repo


def run_once(repo: Path, changeproof: list[str], seed: str, extra: list[str] | None = None) -> dict:
    """One `check --tests` of base..head with a fresh seed, state and cache: what it said."""
    with tempfile.TemporaryDirectory(prefix="bench-flaky-") as tmp:
        t = Path(tmp)
        (t / "state").mkdir()
        out = t / "report.json"
        env = dict(os.environ, BENCH_SEED=seed, BENCH_STATE=str(t / "state"), CHANGEPROOF_CACHE_DIR=str(t / "cache"))
        env.pop("CI", None)
        started = time.perf_counter()
        proc = subprocess.run([*changeproof, "check", "base..head", "--tests", "--format", "json", "-o", str(out),
                               "--fail-on", "never", *(extra or [])], cwd=repo, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"changeproof failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
        data = json.loads(out.read_text())
    t = data.get("tests") or {}
    attempts = t.get("attempts") or {}
    breaking = sorted(f["object"] for f in data["findings"] if f["severity"] == "breaking")
    return {"seed": seed, "verdict": data["verdict"], "wall": round(wall, 2), "flaky": t.get("flaky", []),
            "regressions": t.get("regressions", []), "new": t.get("new", []),
            "preexisting": t.get("preexisting_failures", []), "breaking": breaking,
            "head_reruns": attempts.get("head_reruns"), "base_runs": attempts.get("base_runs"),
            "most_at_head": attempts.get("most_at_head"), "bound": attempts.get("bound")}


def changes(verdicts: list[str]) -> int:
    """How many runs gave another verdict than the run before."""
    return sum(1 for a, b in zip(verdicts, verdicts[1:]) if a != b)


def scenario(repo: Path, runs: int, seed: int, changeproof: list[str], log=None) -> dict:
    rows = []
    for i in range(runs):
        row = run_once(repo, changeproof, f"{seed}-{i}")
        rows.append(row)
        if log:
            log(f"  run {i + 1}/{runs}: {row['verdict']}, flaky {len(row['flaky'])}, breaking {row['breaking']}, "
                f"{row['head_reruns']} reruns, {row['wall']} s")
    verdicts = [r["verdict"] for r in rows]
    return {"runs": rows, "verdicts": {v: verdicts.count(v) for v in sorted(set(verdicts))},
            "verdict_changes": changes(verdicts), "breaking_runs": sum(1 for r in rows if r["breaking"]),
            "median_wall": statistics.median(r["wall"] for r in rows)}


def _commit_of_tool() -> str:
    try:
        sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                             check=True).stdout.strip()
        # what decides the results: the tool's source and this script (not, say, a results file being rewritten)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "--", "src",
                                "benchmarks/bench_flaky.py"], capture_output=True, text=True, check=True).stdout.strip()
        return sha + (" (with uncommitted changes to src/ or this script)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def render(results: dict, args) -> str:
    lines = [
        "# `check --tests` verdicts under intermittent tests",
        "",
        f"Produced by `benchmarks/bench_flaky.py --runs {args.runs} --rates {args.rates} --seed {args.seed} "
        f"--control-runs {args.control_runs}` on {results['date']}, changeproof commit {results['commit']}; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs.",
        "",
        "Each scenario: 20 stable tests, 2 intermittent tests at base and head, 2 intermittent tests added by the "
        "change (none in the control, which has a real regression instead). Every run: a fresh seed, state and cache; "
        "`changeproof check base..head --tests` with default options.",
        "",
        "| scenario | runs | verdicts | verdict changes | runs calling an intermittent test breaking | "
        "real regression called breaking | median wall |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, r in results["scenarios"].items():
        verdicts = ", ".join(f"{v} {n}" for v, n in r["verdicts"].items())
        control = name.startswith("control")
        wrong = sum(1 for row in r["runs"] if any("test_old" in b or "test_new" in b for b in row["breaking"]))
        real = (f"{sum(1 for row in r['runs'] if 'tests/test_reg.py::test_version' in row['regressions'])} of "
                f"{len(r['runs'])}") if control else "-"
        lines.append(f"| {name} | {len(r['runs'])} | {verdicts} | {r['verdict_changes']} | {wrong} | {real} | "
                     f"{r['median_wall']:.1f} s |")
    lines += ["", "## Every run", "",
              "| scenario | seed | verdict | flaky | regressions | new failing | pre-existing | reruns at head | "
              "runs at base | most attempts at a test | wall |",
              "| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: |"]

    def short(ids: list[str]) -> str:
        return ", ".join(i.rsplit("::", 1)[-1] for i in ids) or "-"

    for name, r in results["scenarios"].items():
        for row in r["runs"]:
            lines.append(f"| {name} | {row['seed']} | {row['verdict']} | {short(row['flaky'])} | "
                         f"{short(row['regressions'])} | {short(row['new'])} | {short(row['preexisting'])} | "
                         f"{row['head_reruns']} | {row['base_runs']} | {row['most_at_head']} | {row['wall']} s |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rates", default="0.1,0.3,0.5")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--control-runs", type=int, default=5)
    ap.add_argument("--changeproof", default=f"{shlex.quote(sys.executable)} -m changeproof",
                    help="the command that runs changeproof (default: this Python's)")
    ap.add_argument("--out", help="the Markdown results (a .json with every run goes next to it)")
    args = ap.parse_args(argv)
    date = _dt.date.today().isoformat()
    out = Path(args.out) if args.out else RESULTS / f"flaky-{date}.md"
    changeproof = shlex.split(args.changeproof)
    results = {"date": date, "commit": _commit_of_tool(), "scenarios": {}}
    with tempfile.TemporaryDirectory(prefix="bench-flaky-repos-") as tmp:
        for rate in [float(r) for r in args.rates.split(",") if r]:
            print(f"rate {rate:.0%}", file=sys.stderr)
            repo = make_repo(Path(tmp), rate)
            results["scenarios"][f"{rate:.0%} intermittent"] = scenario(repo, args.runs, args.seed, changeproof,
                                                                       lambda s: print(s, file=sys.stderr))
        if args.control_runs:
            print("control", file=sys.stderr)
            repo = make_repo(Path(tmp), 0.5, regression=True)
            results["scenarios"]["control: a real regression, 50% intermittent"] = scenario(
                repo, args.control_runs, args.seed, changeproof, lambda s: print(s, file=sys.stderr))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(results, args), encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
