#!/usr/bin/env python3
"""Build a change of the verify corpus into a git repository.

    python3 benchmarks/verify_corpus/build.py CHANGE DEST     # one change
    python3 benchmarks/verify_corpus/build.py --all DEST      # every change, DEST/<change>
    python3 benchmarks/verify_corpus/build.py --list

A change is `changes/<name>/base/` and `changes/<name>/head/` (two trees). The repository written to DEST has
two commits: the base tree on branch `base` and the head tree on branch `head` (a child of base), so the range
every label names is `base..head`. The demo changes (`demo-additive`, `demo-risky`) are snapshots of the trees
`changeproof demo` writes (its tag `base` and its branches `additive` / `risky`), stored like every other change
so that the labels stay true whatever the demo becomes.

Standard library and git only; no network. Author, committer and dates are fixed, so commit ids are the same on
every machine. Git settings are local to the repository written; nothing else is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHANGES = HERE / "changes"

_GIT_ENV = {
    "GIT_AUTHOR_NAME": "verify corpus",
    "GIT_AUTHOR_EMAIL": "corpus@changeproof.invalid",
    "GIT_COMMITTER_NAME": "verify corpus",
    "GIT_COMMITTER_EMAIL": "corpus@changeproof.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_TERMINAL_PROMPT": "0",
}


def change_names() -> list[str]:
    return sorted(p.name for p in CHANGES.iterdir() if (p / "base").is_dir() and (p / "head").is_dir())


def _git(repo: Path, *args: str, date: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_GIT_ENV, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", "-C", str(repo), "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", *args],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _copy_tree(src: Path, dest: Path) -> None:
    for path in sorted(src.rglob("*")):
        if "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        target = dest / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def _clear_work_tree(repo: Path) -> None:
    for child in repo.iterdir():
        if child.name == ".git":
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()


def build(name: str, dest: Path) -> Path:
    """Write change `name` as a git repository at `dest` (absent or empty); branches `base` and `head`."""
    source = CHANGES / name
    if not (source / "base").is_dir() or not (source / "head").is_dir():
        raise SystemExit(f"build.py: no change named {name!r} (known: {', '.join(change_names())})")
    dest.mkdir(parents=True, exist_ok=True)
    if any(dest.iterdir()):
        raise SystemExit(f"build.py: {dest} is not empty")
    _git(dest, "init", "-q", "-b", "base", date="2025-01-01T12:00:00+00:00")
    _copy_tree(source / "base", dest)
    _git(dest, "add", "-A", date="2025-01-01T12:00:00+00:00")
    _git(dest, "commit", "-q", "-m", f"{name}: base", date="2025-01-01T12:00:00+00:00")
    _git(dest, "checkout", "-q", "-b", "head", date="2025-01-02T12:00:00+00:00")
    _clear_work_tree(dest)
    _copy_tree(source / "head", dest)
    _git(dest, "add", "-A", date="2025-01-02T12:00:00+00:00")
    _git(dest, "commit", "-q", "--allow-empty", "-m", f"{name}: head", date="2025-01-02T12:00:00+00:00")
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("change", nargs="?", help="change name (a directory under changes/)")
    parser.add_argument("dest", nargs="?", type=Path, help="where to write the repository")
    parser.add_argument("--all", type=Path, metavar="DEST", help="build every change into DEST/<change>")
    parser.add_argument("--list", action="store_true", help="list the changes")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(change_names()))
        return 0
    if args.all:
        for name in change_names():
            print(build(name, args.all / name))
        return 0
    if not args.change or not args.dest:
        parser.error("give CHANGE DEST, --all DEST or --list")
    print(build(args.change, args.dest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
