"""Build each change of changes/ as a two-commit git repository and write its `changeproof check` JSON report.

    python benchmarks/verify_own/build.py OUT_DIR [CHANGE...]

OUT_DIR/<change>.json is the report (`check base..head --format json`, with `--tests` when the change says
TESTS = True); the repositories are built under OUT_DIR/repos/. Changes that are the same change (the same base
and head files, tests or not: a change of the verify corpus taken into this one as it is) are built and checked
once; the others of the group get a copy of its report (build_all).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t.invalid", "GIT_AUTHOR_DATE": "2025-01-01T00:00:00",
        "GIT_COMMITTER_DATE": "2025-01-01T00:00:00"}


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"change_{name}", HERE / "changes" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _git(repo: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_ENV)
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True)


def _write(root: Path, files: dict) -> None:
    for rel, text in files.items():
        p = root / rel
        if text is None:
            p.unlink()
            continue
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def _tree(root: Path) -> dict:
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def _change(name: str):
    change = load(name)
    if getattr(change, "CORPUS", None):  # a change of the verify corpus, its base and head trees as they are there
        trees = HERE.parent / "verify_corpus" / "changes" / change.CORPUS
        base, head = _tree(trees / "base"), _tree(trees / "head")
        change.BASE = base
        change.HEAD = {**head, **{p: None for p in base if p not in head}}
    return change


def identity(name: str) -> str:
    """What the report of a change follows: its base and head files (head's as written over base's) and whether
    the tests run. Two changes with the same identity are the same repository and the same `check` command."""
    change = _change(name)
    head = {**change.BASE, **change.HEAD}
    head = {p: t for p, t in head.items() if t is not None}
    return json.dumps([sorted(change.BASE.items()), sorted(head.items()), bool(getattr(change, "TESTS", False))])


def build(name: str, out: Path) -> Path:
    change = _change(name)
    repo = out / "repos" / name
    if repo.exists():
        import shutil

        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _write(repo, change.BASE)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "tag", "base")
    _write(repo, change.HEAD)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "head")
    _git(repo, "tag", "head")
    report = out / f"{name}.json"
    cmd = [sys.executable, "-m", "changeproof", "check", "base..head", "--format", "json", "-o", str(report)]
    if getattr(change, "TESTS", False):
        cmd.append("--tests")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CI"}
    env.setdefault("CHANGEPROOF_CACHE_DIR", str(out / "cache"))
    p = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{name}: check exited {p.returncode}: {p.stderr[-2000:]}")
    return report


def changes() -> list[str]:
    return sorted(p.stem for p in (HERE / "changes").glob("*.py"))


def build_all(names: list[str], out: Path, workers: int = 1) -> list[Path]:
    """Every change's report, each distinct change built and checked once (``workers`` at a time: most of a run
    is waiting on the processes it starts, git and pytest); a change identical to one built (identity) gets a
    copy of that one's report under its own name."""
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    first: dict[str, str] = {}
    for name in names:
        first.setdefault(identity(name), name)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(lambda name: build(name, out), list(first.values())))
    reports = []
    for name in names:
        report = out / f"{name}.json"
        built = first[identity(name)]
        if built != name:
            shutil.copyfile(out / f"{built}.json", report)
        reports.append(report)
    return reports


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for report in build_all(sys.argv[2:] or changes(), out):
        print(report)
