#!/usr/bin/env python3
"""Benchmark `changeproof check --tests` against a plain pytest run of the same suite, side by side.

Two suites, each in a two-commit git repository (base, and head = base plus a change that breaks no test):

* `click-suite`: the click 8.1.7 sdist (src layout, its own tests/), downloaded with pip;
* `generated`: a generated package with --generated tests (default 3000) spread over 60 files.

For each, alternating over --runs runs: `pytest -q -p no:cacheprovider` at head (PYTHONPATH = the import roots,
as changeproof sets them) and `changeproof check base..head --tests --only tests` (which also collects at base).
Reports median wall time, the overhead ratio changeproof / pytest (target about 1.15 when nothing fails), the
median CPU time (user + sys of the process tree) and the peak memory summed over the process tree (changeproof
runs pytest at head and a collection at base at the same time: their memory adds up), measured by
bench_api.measure. The repositories live in bench_api's work directory, outside this repository. Usage:

    python3 benchmarks/bench_tests.py [--runs 5] [--generated 3000] [--changeproof commit:HEAD|CMD] [--out FILE]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_api  # noqa: E402

REPOS = bench_api.WORK / "test-repos"


def _commit(repo: Path, message: str, tag: str) -> None:
    bench_api.git(repo, "add", "-A")
    bench_api.git(repo, "commit", "-q", "-m", message)
    bench_api.git(repo, "tag", "-f", tag)


def _init(repo: Path) -> None:
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    bench_api.git(repo, "init", "-q", "-b", "main")
    bench_api.git(repo, "config", "user.email", "bench@changeproof.invalid")
    bench_api.git(repo, "config", "user.name", "bench")


def click_suite() -> Path:
    repo = REPOS / "click-suite"
    if (repo / ".git").exists():
        return repo
    archive_dir = bench_api.DIST / "click-sdist-8.1.7"
    archive_dir.mkdir(parents=True, exist_ok=True)
    if not list(archive_dir.glob("*.tar.gz")):
        bench_api.run_checked([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary=:all:",
                                                     "click==8.1.7", "-d", str(archive_dir)])
    archive = next(archive_dir.glob("*.tar.gz"))
    _init(repo)
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive) as t:
        t.extractall(tmp, filter="data") if hasattr(tarfile, "data_filter") else t.extractall(tmp)
        root = next(Path(tmp).iterdir())
        for name in ("src", "tests", "pyproject.toml", "setup.cfg", "setup.py"):
            src = root / name
            if src.is_dir():
                shutil.copytree(src, repo / name)
            elif src.exists():
                shutil.copy2(src, repo / name)
    _commit(repo, "click 8.1.7", "base")
    core = repo / "src" / "click" / "core.py"
    core.write_text(core.read_text() + "\n\n# a change that breaks no test\n")
    _commit(repo, "comment", "head")
    return repo


def generated_suite(n_tests: int) -> Path:
    repo = REPOS / f"generated-{n_tests}"
    if (repo / ".git").exists():
        return repo
    _init(repo)
    (repo / "genpkg").mkdir()
    (repo / "genpkg" / "__init__.py").write_text("def add(a, b):\n    return a + b\n\n\ndef mul(a, b):\n    return a * b\n")
    (repo / "tests").mkdir()
    files = 60
    per = max(1, n_tests // files)
    for i in range(files):
        body = ["from genpkg import add, mul", ""]
        for j in range(per):
            body += [f"def test_{i}_{j}():", f"    assert add({j}, {i}) == {i + j}", f"    assert mul({j}, 2) == {2 * j}", ""]
        (repo / "tests" / f"test_gen_{i:02d}.py").write_text("\n".join(body))
    _commit(repo, "generated suite", "base")
    init = repo / "genpkg" / "__init__.py"
    init.write_text(init.read_text() + "\n\ndef sub(a, b):\n    return a - b\n")
    _commit(repo, "add sub", "head")
    return repo


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--generated", type=int, default=3000)
    ap.add_argument("--changeproof", default="commit:HEAD",
                    help="`commit:REV` (a non-editable install of that commit, default HEAD) or a command line")
    ap.add_argument("--python", default=str(bench_api.ROOT / ".venv" / "bin" / "python"),
                    help="interpreter with pytest that runs the suites (both tools use it)")
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)
    cp = bench_api.resolve_changeproof(args.changeproof)
    if cp is None:
        ap.error("no changeproof to run")
    facts = bench_api.machine_facts(cp)
    # click 8.1.7 turns warnings into errors, and pytest 9 warns about its test helpers: silence that one warning
    click_args = ["-W", "ignore::pytest.PytestRemovedIn10Warning"]
    suites = {"click 8.1.7 test suite": (click_suite(), "src", click_args),
              f"generated, {args.generated} tests": (generated_suite(args.generated), ".", [])}
    logs = Path(tempfile.mkdtemp(prefix="bench-tests-"))
    env0 = {k: v for k, v in os.environ.items() if k != "CI" and not k.startswith("CHANGEPROOF_")}
    rows, raw = [], {}
    for label, (repo, root, extra) in suites.items():
        bench_api.git(repo, "checkout", "-q", "head")
        pyenv = {**env0, "PYTHONPATH": str(repo / root)}
        plain = [args.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", *extra, "tests"]
        check = [*cp, "check", "base..head", "--tests", "--only", "tests", "--python", args.python, "--format", "json",
                 "-o", str(logs / "report.json"), "--", *extra]
        res: dict[str, list] = {"pytest": [], "changeproof": []}
        for i in range(args.runs):
            order = ["pytest", "changeproof"] if i % 2 == 0 else ["changeproof", "pytest"]
            for tool in order:
                if tool == "pytest":
                    m = bench_api.measure(plain, repo, pyenv, logs / f"pytest-{i}", 1800)
                else:
                    m = bench_api.measure(check, repo, {**env0, "CHANGEPROOF_CACHE_DIR": str(logs / f"cache-{i}")},
                                          logs / f"cp-{i}", 1800)
                res[tool].append(m)
        def med(ms, attr="wall_s"):
            ok = [getattr(m, attr) for m in ms if m.returncode in (0, 1)]
            return statistics.median(ok) if ok else float("nan")
        p, c = med(res["pytest"]), med(res["changeproof"])
        pc, cc = med(res["pytest"], "cpu_s"), med(res["changeproof"], "cpu_s")
        rows.append(f"| {label} | {p:.2f} | {c:.2f} | {c / p:.2f} | {pc:.2f} / {cc:.2f} | "
                    f"{med(res['pytest'], 'mem_mb'):.0f} / {med(res['changeproof'], 'mem_mb'):.0f} | "
                    f"{sorted({m.returncode for m in res['changeproof']})} |")
        raw[label] = {tool: [{k: v for k, v in vars(m).items() if k not in ("stdout", "stderr")} for m in ms]
                      for tool, ms in res.items()}
    facts["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = "\n".join([f"# changeproof check --tests vs plain pytest ({_dt.date.today()})", "",
                      bench_api.provenance_line(facts), "",
                      f"{args.runs} runs each, alternating; load average at the end {facts['loadavg_end']}. "
                      "The generated suite has no failure; click's suite has one environment-dependent failure at "
                      "base and head, so changeproof also reruns it and runs it at base. Wall time: median seconds; "
                      "overhead = changeproof / pytest; CPU: median user+sys seconds of the process tree; memory: "
                      "median over the runs of each run's peak RSS summed over the process tree, MiB.", "",
                      "| suite | pytest median s | check --tests median s | overhead | CPU s pytest / changeproof "
                      "| memory MiB pytest / changeproof | changeproof exit codes |",
                      "| --- | ---: | ---: | ---: | ---: | ---: | --- |", *rows]) + "\n"
    text = bench_api.redact(text)
    print(text)
    out = Path(args.out) if args.out else bench_api.RESULTS / f"tests-{_dt.date.today()}.md"
    out.write_text(text)
    out.with_suffix(".json").write_text(bench_api.redact(json.dumps({"facts": facts, "raw": raw}, indent=2)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
