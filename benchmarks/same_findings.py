#!/usr/bin/env python3
"""Same findings before and after a refactoring: `changeproof check` from two source trees over the same pairs.

Pairs: every case of benchmarks/corpus*/cases (old/ -> new/), every fixture of tests/fixtures (base/ -> head/,
run with --exec), and the last N first-parent commits of a git repository (--history REPO, default this
repository, N = --commits). Each pair becomes a two-commit repository under --work (fixtures and corpus cases)
and is checked with `python -m changeproof check base..head --no-tests --format json`, PYTHONPATH pointing at
--old-src, then at --new-src (each with a cache of its own). Compared: every finding (kind, severity, path,
line, object, parameter, preexisting, message, old, new, acknowledged), every "could not analyse" entry, the
verdict, and each check's status and outcome line; temporary directory names in messages are normalised.

    python3 benchmarks/same_findings.py --old-src OLD/src --new-src NEW/src [--history REPO] [--commits 40]
        [--only TEXT] [--out benchmarks/results/same-findings-<date>.json]

Exit status 0 when every pair gives the same report, 1 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = ("kind", "severity", "path", "line", "object", "parameter", "preexisting", "message", "old", "new", "acknowledged")


def tree_files(tree: Path) -> dict[str, bytes]:
    return {p.relative_to(tree).as_posix(): p.read_bytes() for p in sorted(tree.rglob("*"))
            if p.is_file() and not ({"__pycache__", ".pytest_cache"} & set(p.relative_to(tree).parts))}


def make_repo(repo: Path, commits: list[tuple[str, dict[str, bytes]]]) -> None:
    """A repository with one commit per (tag, files), each tagged, written by `git fast-import`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env, capture_output=True)
    stream = bytearray()
    for i, (tag, files) in enumerate(commits, start=1):
        stream += (f"commit refs/heads/main\nmark :{i}\ncommitter bench <bench@example.invalid> 1735689600 +0000\n"
                   f"data {len(tag)}\n{tag}\n").encode()
        if i > 1:
            stream += f"from :{i - 1}\n".encode()
        stream += b"deleteall\n"
        for path, data in files.items():
            stream += f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n"
        stream += f"\nreset refs/tags/{tag}\nfrom :{i}\n\n".encode()
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input=bytes(stream), check=True, env=env,
                   capture_output=True)


def report(src: Path, repo: Path, rng: str, extra: tuple[str, ...], cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CI"}
    env.update(PYTHONPATH=str(src), CHANGEPROOF_CACHE_DIR=str(cache))
    proc = subprocess.run([sys.executable, "-m", "changeproof", "check", rng, "--no-tests", "--format", "json", *extra],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    try:
        data = json.loads(re.sub(r"/tmp/changeproof-[A-Za-z0-9_-]+", "/tmp/changeproof-X", proc.stdout))
    except ValueError:
        return {"error": proc.stderr.strip().splitlines()[-1:] or [f"exit {proc.returncode}"]}
    return {"findings": sorted(({k: f.get(k) for k in KEYS} for f in data["findings"]), key=json.dumps),
            "problems": sorted(data["problems"], key=json.dumps), "verdict": data.get("verdict"),
            "checks": [(c["name"], c["status"], c["summary"]) for c in data["checks"]]}


def pairs(work: Path, history: Path | None, commits: int) -> list[tuple[str, Path, str, tuple[str, ...]]]:
    out = []
    for cases in sorted(ROOT.glob("benchmarks/corpus*/cases")):
        for case in sorted(p for p in cases.iterdir() if (p / "old").is_dir()):
            repo = work / f"{cases.parent.name}-{case.name}"
            if not repo.exists():
                make_repo(repo, [("base", tree_files(case / "old")), ("head", tree_files(case / "new"))])
            out.append((f"{cases.parent.name}/{case.name}", repo, "base..head", ()))
    for expected in sorted((ROOT / "tests" / "fixtures").glob("**/expected.json")):
        case = expected.parent
        name = case.relative_to(ROOT / "tests" / "fixtures").as_posix()
        repo = work / ("fixture-" + name.replace("/", "-"))
        if not repo.exists():
            make_repo(repo, [("base", tree_files(case / "base")), ("head", tree_files(case / "head"))])
        out.append((f"fixtures/{name}", repo, "base..head", ("--exec",)))
    if history is not None and commits:
        revs = subprocess.run(["git", "-C", str(history), "rev-list", "--first-parent", "-n", str(commits + 1), "HEAD"],
                              capture_output=True, text=True, check=True).stdout.split()
        for a, b in zip(revs[1:], revs[:-1]):
            out.append((f"history/{a[:12]}..{b[:12]}", history, f"{a}..{b}", ()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old-src", type=Path, required=True, help="the src/ directory of the build before")
    ap.add_argument("--new-src", type=Path, required=True, help="the src/ directory of the build after")
    ap.add_argument("--history", type=Path, default=ROOT, help="a git repository whose recent commits are checked")
    ap.add_argument("--commits", type=int, default=40)
    ap.add_argument("--work", type=Path, default=None, help="where the pair repositories go (default: a temporary one)")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--only", default=None, help="only the pairs whose name contains this text")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="same-findings-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    differ = 0
    todo = [p for p in pairs(work, args.history, args.commits) if not args.only or args.only in p[0]]
    for name, repo, rng, extra in todo:
        before = report(args.old_src.resolve(), repo, rng, extra, work / "cache-old")
        after = report(args.new_src.resolve(), repo, rng, extra, work / "cache-new")
        same = before == after
        differ += not same
        results[name] = {"same": True, "findings": len(before.get("findings", [])), "problems": len(before.get("problems", []))} \
            if same else {"before": before, "after": after}
        print(("same   " if same else "DIFFER ") + name, flush=True)
    summary = {"date": _dt.date.today().isoformat(), "pairs": len(todo), "differ": differ,
               "findings_in_identical_reports": sum(r.get("findings", 0) for r in results.values() if r.get("same"))}
    print(f"{len(todo)} pairs, {differ} differ", flush=True)
    if args.out:
        args.out.write_text(json.dumps({"summary": summary, "pairs": results}, indent=1) + "\n", encoding="utf-8")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
