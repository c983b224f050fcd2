#!/usr/bin/env python3
"""Benchmark `changeproof api OLD NEW` side by side with `griffe check`.

Standard library only.  Usage:

    python3 benchmarks/bench_api.py [--runs N] [--pairs click,django,...]
                                    [--changeproof CMD] [--out FILE]

Setup (idempotent, cached in a work directory outside the repository: $CHANGEPROOF_BENCH_WORK, else
~/.cache/changeproof-bench; griffe is never a dependency of changeproof):

* <work>/griffe-<version>: a venv with griffe==<version> (installed by pip, --griffe-version);
* <work>/dist: the wheels (sdists as a fall-back) of each release, by `pip download`;
* <work>/repos/<pair>: a git repository per release pair with two commits, tagged
  `base` (old release's package tree at the repo root) and `head` (new release's);
* <work>/repos/django-onefile: base = Django 4.2.0, head = Django 5.0.0, plus a third
  commit tagged `onefile` that adds a required parameter to one function in django/utils/text.py.

Timing: for each pair the two tools alternate over --runs runs (changeproof with a fresh empty
CHANGEPROOF_CACHE_DIR each run = cold); then changeproof warm (cache pre-filled by one untimed
run).  For django-onefile: `changeproof api head onefile` with a cache pre-filled by an untimed
`api base head` (copied afresh before each run), next to cold changeproof and griffe on the same
refs.  Each command runs as a child process reaped with os.wait4(), which gives wall time
(perf_counter around spawn and reap) and its CPU time (user + sys of the child and every
descendant it waited for).  Memory is the peak of the RSS summed over the whole process tree
(every descendant by parent pid, and every member of the child's process group), sampled from
/proc every 20 ms, and never less than the largest single process's ru_maxrss (which wait4
reports exactly; a sampler can miss a short peak).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
# Outside the repository: downloads, the benchmark repositories and the griffe venv never sit in
# the project's tree (griffe is a competitor measured here, never a dependency of changeproof).
WORK = Path(os.environ.get("CHANGEPROOF_BENCH_WORK") or Path.home() / ".cache" / "changeproof-bench")
RESULTS = BENCH_DIR / "results"
# griffe 2.4.1 (the newest release) stops on every Django scenario with an AliasResolutionError
# (see README.md); 2.3.2 completes every pair, so it is the default competitor.  --griffe-version.
GRIFFE_VERSION = "2.3.2"
GRIFFE_VENV = WORK / f"griffe-{GRIFFE_VERSION}"
DIST = WORK / "dist"
EXTRACT = WORK / "extract"
REPOS = WORK / "repos"
LOGS = WORK / "logs"
CACHES = WORK / "caches"
DEFAULT_CHANGEPROOF = ROOT / ".venv" / "bin" / "changeproof"

# Bump when the way repositories are built changes: repositories with another marker are rebuilt.
REPO_FORMAT = 1
# Files dropped from the package trees: bytecode and compiled extensions (both tools compare
# source; a compiled module would only make griffe import native code from a temporary worktree).
DROP_PATTERNS = ("__pycache__", "*.pyc", "*.pyo", "*.so", "*.pyd", "*.dylib")

GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "changeproof bench",
    "GIT_AUTHOR_EMAIL": "bench@changeproof.invalid",
    "GIT_COMMITTER_NAME": "changeproof bench",
    "GIT_COMMITTER_EMAIL": "bench@changeproof.invalid",
}
COMMIT_DATES = ["2024-01-01T00:00:00+0000", "2024-01-02T00:00:00+0000", "2024-01-03T00:00:00+0000"]


@dataclass(frozen=True)
class Pair:
    name: str  # selector / directory name
    dist: str  # distribution name on PyPI
    package: str  # importable top-level package
    old: str
    new: str


PAIRS = [
    Pair("click", "click", "click", "8.1.7", "8.2.0"),
    Pair("requests", "requests", "requests", "2.31.0", "2.32.3"),
    Pair("django-4.2-5.0", "Django", "django", "4.2.0", "5.0.0"),
    Pair("django-5.0-5.1", "Django", "django", "5.0.6", "5.1.1"),
    Pair("sqlalchemy-1.4-2.0", "SQLAlchemy", "sqlalchemy", "1.4.54", "2.0.0"),
]

# Judged by validate_releases.py only (not timed by this script): releases whose changelogs document
# breaking changes, small and medium libraries.
VALIDATION_PAIRS = [
    Pair("flask-2.3-3.0", "Flask", "flask", "2.3.3", "3.0.0"),
    Pair("werkzeug-2.3-3.0", "Werkzeug", "werkzeug", "2.3.8", "3.0.0"),
    Pair("jinja2-3.0-3.1", "Jinja2", "jinja2", "3.0.3", "3.1.0"),
    Pair("httpx-0.27-0.28", "httpx", "httpx", "0.27.2", "0.28.0"),
    Pair("markupsafe-2.0-2.1", "MarkupSafe", "markupsafe", "2.0.1", "2.1.0"),
    Pair("itsdangerous-2.0-2.1", "itsdangerous", "itsdangerous", "2.0.1", "2.1.0"),
    Pair("packaging-21-22", "packaging", "packaging", "21.3", "22.0"),
    Pair("marshmallow-3-4", "marshmallow", "marshmallow", "3.26.1", "4.0.0"),
    Pair("urllib3-1.26-2.0", "urllib3", "urllib3", "1.26.18", "2.0.0"),
]

# The warm-cache "one file changed" scenario: built on the Django 4.2 -> 5.0 pair.
ONEFILE_NAME = "django-onefile"
ONEFILE_BASE = "django-4.2-5.0"
ONEFILE_FILE = "django/utils/text.py"
ONEFILE_OLD = "def get_valid_filename(name):"
ONEFILE_NEW = "def get_valid_filename(name, replacement):"


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pair_by_name(name: str) -> Pair:
    for p in PAIRS + VALIDATION_PAIRS:
        if p.name == name:
            return p
    raise KeyError(name)


def all_scenario_names(validation: bool = False) -> list[str]:
    """The timed scenarios; with ``validation``, also the pairs only validate_releases.py judges."""
    return [p.name for p in PAIRS] + [ONEFILE_NAME] + ([p.name for p in VALIDATION_PAIRS] if validation else [])


def select_scenarios(spec: str | None, validation: bool = False) -> list[str]:
    """Comma-separated selectors; each selects every scenario whose name starts with it
    (case-insensitive), so `django` selects both Django pairs and django-onefile."""
    names = all_scenario_names(validation)
    if not spec or spec.strip().lower() == "all":
        return names
    chosen: list[str] = []
    for sel in (s.strip().lower() for s in spec.split(",") if s.strip()):
        hits = [n for n in names if n.lower().startswith(sel)]
        if not hits:
            raise SystemExit(f"--pairs: {sel!r} matches none of {', '.join(names)}")
        chosen += [h for h in hits if h not in chosen]
    return [n for n in names if n in chosen]


# --------------------------------------------------------------------------- setup


def run_checked(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, text=True, capture_output=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"command failed ({r.returncode}): {shlex.join(cmd)}\n{r.stdout}\n{r.stderr}")
    return r


def set_griffe_version(version: str) -> None:
    global GRIFFE_VERSION, GRIFFE_VENV
    GRIFFE_VERSION = version
    GRIFFE_VENV = WORK / f"griffe-{version}"


def griffe_bin() -> Path:
    return GRIFFE_VENV / "bin" / "griffe"


def ensure_griffe_venv() -> Path:
    exe = griffe_bin()
    if exe.exists():
        r = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
        if r.returncode == 0 and GRIFFE_VERSION in r.stdout:
            return exe
        log(f"griffe venv has {r.stdout.strip() or 'no griffe'}; reinstalling")
    WORK.mkdir(parents=True, exist_ok=True)
    if not (GRIFFE_VENV / "bin" / "python").exists():
        log("creating griffe venv")
        run_checked([sys.executable, "-m", "venv", str(GRIFFE_VENV)])
    log(f"installing griffe=={GRIFFE_VERSION}")
    run_checked([str(GRIFFE_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet",
                 f"griffe=={GRIFFE_VERSION}"])
    return exe


def pip_cmd() -> list[str]:
    return [str(GRIFFE_VENV / "bin" / "python"), "-m", "pip"]


def archive_in(d: Path) -> Path | None:
    if not d.is_dir():
        return None
    found = sorted(d.glob("*.whl")) + sorted(d.glob("*.tar.gz")) + sorted(d.glob("*.zip"))
    return found[0] if found else None


def ensure_download(dist: str, version: str) -> Path:
    d = DIST / f"{dist.lower()}-{version}"
    a = archive_in(d)
    if a:
        return a
    d.mkdir(parents=True, exist_ok=True)
    log(f"downloading {dist}=={version}")
    r = subprocess.run(pip_cmd() + ["download", "--quiet", "--no-deps", "--only-binary=:all:",
                                    f"{dist}=={version}", "-d", str(d)], capture_output=True, text=True)
    if r.returncode != 0 or not archive_in(d):
        log(f"no wheel for {dist}=={version}; trying the sdist")
        run_checked(pip_cmd() + ["download", "--quiet", "--no-deps", "--no-binary=:all:",
                                 f"{dist}=={version}", "-d", str(d)])
    a = archive_in(d)
    if not a:
        raise RuntimeError(f"pip download left no archive in {d}")
    return a


def find_package_dir(root: Path, package: str) -> Path:
    cands = [p.parent for p in root.rglob("__init__.py") if p.parent.name == package]
    if not cands:
        raise RuntimeError(f"no package {package!r} under {root}")
    return min(cands, key=lambda p: (len(p.parts), str(p)))


def ensure_extracted(dist: str, version: str, package: str) -> Path:
    """Return the directory of the importable package of dist==version."""
    dest = EXTRACT / f"{dist.lower()}-{version}"
    done = dest / ".extracted"
    if not done.exists():
        archive = ensure_download(dist, version)
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        log(f"extracting {archive.name}")
        if archive.suffix in (".whl", ".zip"):
            with zipfile.ZipFile(archive) as z:
                z.extractall(dest)
        else:
            with tarfile.open(archive) as t:
                if hasattr(tarfile, "data_filter"):
                    t.extractall(dest, filter="data")
                else:  # pragma: no cover - Python < 3.11.4
                    t.extractall(dest)
        done.write_text(archive.name + "\n")
    return find_package_dir(dest, package)


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    full_env = dict(os.environ)
    full_env.update(GIT_IDENTITY)
    if env:
        full_env.update(env)
    return run_checked(["git", *args], cwd=repo, env=full_env).stdout


def _clear_worktree(repo: Path) -> None:
    for child in repo.iterdir():
        if child.name == ".git":
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def build_repo(repo: Path, commits: list[tuple[str, str, Any]], marker: dict[str, Any]) -> Path:
    """commits: (tag, message, fill(repo)) in order.  Idempotent: skipped if the marker matches."""
    marker_file = repo / ".git" / "changeproof-bench.json"
    if marker_file.exists():
        try:
            if json.loads(marker_file.read_text()) == marker:
                tags = git(repo, "tag", "--list").split()
                if all(tag in tags for tag, _, _ in commits):
                    return repo
        except (ValueError, RuntimeError):
            pass
    log(f"building repository {repo.name}")
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    git(repo, "init", "--quiet", "--initial-branch=main")
    for key, value in [("user.name", GIT_IDENTITY["GIT_AUTHOR_NAME"]),
                       ("user.email", GIT_IDENTITY["GIT_AUTHOR_EMAIL"]),
                       ("commit.gpgsign", "false"), ("tag.gpgsign", "false"),
                       ("core.autocrlf", "false"), ("gc.auto", "0")]:
        git(repo, "config", "--local", key, value)
    for i, (tag, message, fill) in enumerate(commits):
        _clear_worktree(repo)
        fill(repo)
        git(repo, "add", "--all")
        date = COMMIT_DATES[i]
        git(repo, "commit", "--quiet", "--allow-empty", "--no-verify", "-m", message,
            env={"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})
        git(repo, "tag", tag)
    marker_file.write_text(json.dumps(marker, sort_keys=True))
    return repo


def _copy_package(src: Path, package: str):
    def fill(repo: Path) -> None:
        shutil.copytree(src, repo / package, ignore=shutil.ignore_patterns(*DROP_PATTERNS))
    return fill


def ensure_pair_repo(pair: Pair) -> Path:
    old_dir = ensure_extracted(pair.dist, pair.old, pair.package)
    new_dir = ensure_extracted(pair.dist, pair.new, pair.package)
    marker = {"format": REPO_FORMAT, **asdict(pair)}
    return build_repo(REPOS / pair.name, [
        ("base", f"{pair.dist} {pair.old}", _copy_package(old_dir, pair.package)),
        ("head", f"{pair.dist} {pair.new}", _copy_package(new_dir, pair.package)),
    ], marker)


def ensure_onefile_repo() -> Path:
    pair = pair_by_name(ONEFILE_BASE)
    old_dir = ensure_extracted(pair.dist, pair.old, pair.package)
    new_dir = ensure_extracted(pair.dist, pair.new, pair.package)

    def fill_onefile(repo: Path) -> None:
        _copy_package(new_dir, pair.package)(repo)
        target = repo / ONEFILE_FILE
        text = target.read_text(encoding="utf-8")
        if text.count(ONEFILE_OLD) != 1:
            raise RuntimeError(f"{ONEFILE_FILE}: expected exactly one {ONEFILE_OLD!r}")
        target.write_text(text.replace(ONEFILE_OLD, ONEFILE_NEW), encoding="utf-8")

    marker = {"format": REPO_FORMAT, **asdict(pair), "onefile": [ONEFILE_FILE, ONEFILE_OLD, ONEFILE_NEW]}
    return build_repo(REPOS / ONEFILE_NAME, [
        ("base", f"{pair.dist} {pair.old}", _copy_package(old_dir, pair.package)),
        ("head", f"{pair.dist} {pair.new}", _copy_package(new_dir, pair.package)),
        ("onefile", f"{ONEFILE_FILE}: add a required parameter", fill_onefile),
    ], marker)


def ensure_scenario_repo(name: str) -> Path:
    return ensure_onefile_repo() if name == ONEFILE_NAME else ensure_pair_repo(pair_by_name(name))


def scenario_package(name: str) -> str:
    return pair_by_name(ONEFILE_BASE if name == ONEFILE_NAME else name).package


def scenario_label(name: str) -> str:
    if name == ONEFILE_NAME:
        p = pair_by_name(ONEFILE_BASE)
        return f"Django {p.new} + one changed signature ({ONEFILE_FILE})"
    p = pair_by_name(name)
    return f"{p.dist} {p.old} → {p.new}"


def setup(names: list[str]) -> dict[str, Path]:
    ensure_griffe_venv()
    return {n: ensure_scenario_repo(n) for n in names}


# --------------------------------------------------------------------------- measuring


def _proc_table() -> dict[int, tuple[int, int]]:
    """pid -> (ppid, pgrp) for every process we can see."""
    table: dict[int, tuple[int, int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        rest = stat[stat.rfind(b")") + 2:].split()
        table[int(entry.name)] = (int(rest[1]), int(rest[2]))
    return table


class TreeRSSSampler(threading.Thread):
    """Samples the summed RSS of a process, all its descendants (by parent pid: children that start
    their own session stay counted) and every member of its process group (descendants whose
    parent died and were re-parented); keeps the peak.  Memory that processes share (the pages of
    a fork before they are written) is counted once per process, so the sum can over-count."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak_bytes = 0
        self.samples = 0
        self._halt = threading.Event()
        self._page = os.sysconf("SC_PAGE_SIZE")

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self._halt.is_set():
            try:
                self._sample()
            except Exception:  # never let the sampler disturb a measurement
                pass
            self._halt.wait(self.interval)

    def _sample(self) -> None:
        table = _proc_table()
        children: dict[int, list[int]] = {}
        for pid, (ppid, _) in table.items():
            children.setdefault(ppid, []).append(pid)
        todo, total, seen = [self.pid], 0, set()
        todo += [pid for pid, (_, pgrp) in table.items() if pgrp == self.pid]
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            try:
                with open(f"/proc/{pid}/statm", "rb") as f:
                    total += int(f.read().split()[1]) * self._page
            except (OSError, IndexError, ValueError):
                pass
            todo.extend(children.get(pid, ()))
        self.samples += 1
        self.peak_bytes = max(self.peak_bytes, total)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=2)


@dataclass
class Measurement:
    cmd: list[str]
    cwd: str
    wall_s: float
    returncode: int
    maxrss_mb: float  # ru_maxrss of the reaped child (largest single process in its tree)
    tree_rss_mb: float | None  # sampled peak of summed RSS over the process tree
    cpu_s: float  # user + system CPU of the child and the descendants it reaped
    mem_mb: float  # peak memory: max(tree_rss_mb, maxrss_mb), the number reported
    timed_out: bool
    stdout: str  # paths of the captured output
    stderr: str
    load1_before: float | None = None  # 1-minute load average just before the run (others' work shows here)


def measure(cmd: list[str], cwd: Path, env: dict[str, str], log_stem: Path, timeout: float) -> Measurement:
    log_stem.parent.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_stem.with_suffix(".stdout"), log_stem.with_suffix(".stderr")
    timed_out = False
    try:
        load1 = os.getloadavg()[0]
    except OSError:
        load1 = None
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=err, start_new_session=True)
        sampler = TreeRSSSampler(proc.pid)
        sampler.start()

        def kill() -> None:
            nonlocal timed_out
            timed_out = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        while True:
            try:
                _, status, usage = os.wait4(proc.pid, 0)
                break
            except InterruptedError:  # pragma: no cover - PEP 475 retries anyway
                continue
        t1 = time.perf_counter()
        timer.cancel()
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen never waits again
    return Measurement(
        cmd=cmd, cwd=str(cwd), wall_s=t1 - t0, returncode=proc.returncode,
        maxrss_mb=usage.ru_maxrss / 1024.0,  # kilobytes on Linux
        tree_rss_mb=(sampler.peak_bytes / 2**20) if sampler.samples else None,
        mem_mb=max(usage.ru_maxrss / 1024.0, sampler.peak_bytes / 2**20),
        cpu_s=usage.ru_utime + usage.ru_stime, timed_out=timed_out,
        stdout=str(out_path), stderr=str(err_path), load1_before=load1)


def read_text(path: str | Path, limit: int | None = None) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError:
        return ""
    if limit is not None and len(data) > limit:
        data = data[-limit:]
    return data.decode("utf-8", errors="replace")


def tail(text: str, n: int = 3) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return " / ".join(lines[-n:])


def error_summary(text: str) -> str:
    """The exception line of the last traceback in text (else its last lines)."""
    i = text.rfind("Traceback (most recent call last)")
    if i >= 0:
        top = [ln for ln in text[i:].splitlines()[1:] if ln.strip() and not ln[0].isspace()]
        if top:
            return top[-1].strip()
    return tail(text)


def condensed_traceback(text: str, head: int = 25, last: int = 15) -> str:
    """From the first traceback on: its first lines, then the last lines."""
    i = text.find("Traceback (most recent call last)")
    lines = (text[i:] if i >= 0 else text).rstrip("\n").splitlines()
    if len(lines) <= head + last + 1:
        return "\n".join(lines) if lines else "(empty)"
    return "\n".join(lines[:head] + [f"[... {len(lines) - head - last} lines ...]"] + lines[-last:])


# --------------------------------------------------------------------------- the tools

# griffe prints its breakages on stderr (one per line in the oneline format:
# `path:line: object: kind: old -> new`), mixed with its log lines (`ERROR      /tmp/...: ...`).
GRIFFE_LINE = re.compile(r"^[^\s:]+:\d+: \S")
GRIFFE_LOG = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)\s")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
WORKTREE = re.compile(r"\S*griffe-worktree-[^/\s]+/[^/\s]+/")


def griffe_command(package: str, old: str, new: str) -> list[str]:
    return [str(griffe_bin()), "check", package, "-a", old, "-b", new, "-s", ".",
            "--no-color", "-f", "oneline"]


def griffe_breakage_lines(output: str) -> list[str]:
    return [ln for ln in ANSI.sub("", output).splitlines() if GRIFFE_LINE.match(ln)]


def griffe_traceback_at_end(err: str) -> bool:
    """An uncaught exception (exit 1 too) leaves a traceback after the last breakage line;
    griffe's breakages are printed last, once both versions are loaded."""
    i = err.rfind("Traceback (most recent call last)")
    return i >= 0 and not griffe_breakage_lines(err[i:])


def griffe_log_lines(output: str, level: str = "ERROR") -> int:
    return sum(1 for ln in output.splitlines() if ln.startswith(level + " "))


def clear_griffe_worktrees(repo: Path) -> None:
    """griffe checks each ref out into a git worktree on a branch named griffe-<a|b|base|head...> and removes both
    when it ends; a griffe run that was killed leaves them, and every later run then fails with "a branch named
    'griffe-head' already exists". Remove such leftovers before a run (not timed)."""
    listing = subprocess.run(["git", "worktree", "list", "--porcelain"], cwd=repo, capture_output=True, text=True).stdout
    for block in listing.split("\n\n"):
        lines = dict(ln.split(" ", 1) for ln in block.splitlines() if " " in ln)
        if lines.get("branch", "").startswith("refs/heads/griffe-"):
            subprocess.run(["git", "worktree", "remove", "--force", lines["worktree"]], cwd=repo, capture_output=True)
    subprocess.run(["git", "worktree", "prune"], cwd=repo, capture_output=True)
    branches = subprocess.run(["git", "branch", "--list", "griffe-*", "--format=%(refname:short)"], cwd=repo,
                              capture_output=True, text=True).stdout.split()
    if branches:
        subprocess.run(["git", "branch", "-D", *branches], cwd=repo, capture_output=True)


def griffe_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"})
    env.pop("PYTHONPATH", None)
    return env


def judge_griffe(m: Measurement) -> dict[str, Any]:
    out, err = read_text(m.stdout), read_text(m.stderr)
    crashed = m.timed_out or m.returncode not in (0, 1) or griffe_traceback_at_end(err)
    error = None
    if crashed:
        error = "timeout" if m.timed_out else (error_summary(err) or f"exit {m.returncode}")
        error = WORKTREE.sub("", error)  # griffe's temporary worktree differs on every run
    return {"ok": not crashed, "count": len(griffe_breakage_lines(out + "\n" + err)), "error": error,
            "log_errors": griffe_log_lines(err)}


def changeproof_command(base_cmd: list[str], old: str, new: str, out_json: Path) -> list[str]:
    return [*base_cmd, "api", old, new, "--format", "json", "-o", str(out_json)]


def changeproof_env(cache_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("CHANGEPROOF_"):
            del env[k]
    env["CHANGEPROOF_CACHE_DIR"] = str(cache_dir)
    env["NO_COLOR"] = "1"
    env.pop("PYTHONPATH", None)
    return env


def parse_changeproof_json(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, "no JSON written"
    except (OSError, ValueError) as e:
        return None, f"unreadable JSON: {e}"
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        return None, "JSON without a findings list"
    return data, None


# Exit codes of a changeproof run that completed (any other, or a traceback, is a failure).
CHANGEPROOF_OK_EXIT = {0, 1}


def judge_changeproof(m: Measurement, out_json: Path) -> dict[str, Any]:
    err = read_text(m.stderr, 200_000)
    data, problem = parse_changeproof_json(out_json)
    crashed = (m.timed_out or m.returncode not in CHANGEPROOF_OK_EXIT or problem is not None
               or "Traceback (most recent call last)" in err)
    res: dict[str, Any] = {"ok": not crashed, "count": None, "verdict": None, "by_severity": None, "error": None}
    if data is not None:
        res["count"] = len(data["findings"])
        res["verdict"] = data.get("verdict")
        sev: dict[str, int] = {}
        for f in data["findings"]:
            s = str(f.get("severity")) if isinstance(f, dict) else "?"
            sev[s] = sev.get(s, 0) + 1
        res["by_severity"] = sev
    if crashed:
        res["error"] = ("timeout" if m.timed_out else
                        (error_summary(err) if err.strip() else None) or problem or f"exit {m.returncode}")
    return res


def install_commit(rev: str) -> tuple[list[str], str]:
    """A non-editable install of one commit of this repository (its files as committed, via
    `git archive`) in a venv of its own under the work directory: what is measured is exactly that
    commit, whatever the working tree holds while the benchmark runs.  Returns (command, sha)."""
    sha = run_checked(["git", "rev-parse", "--verify", rev + "^{commit}"], cwd=ROOT).stdout.strip()
    venv = WORK / f"changeproof-{sha[:12]}"
    exe = venv / "bin" / "changeproof"
    if not exe.exists():
        log(f"installing changeproof at {sha[:12]} into {venv}")
        with tempfile.TemporaryDirectory() as tmp:
            archive = Path(tmp) / "src.tar"
            run_checked(["git", "archive", "--format=tar", "-o", str(archive), sha], cwd=ROOT)
            src = Path(tmp) / "src"
            src.mkdir()
            with tarfile.open(archive) as t:
                t.extractall(src, filter="data") if hasattr(tarfile, "data_filter") else t.extractall(src)
            if venv.exists():
                shutil.rmtree(venv)
            run_checked([sys.executable, "-m", "venv", str(venv)])
            run_checked([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(src)])
    INSTALLED_COMMITS[str(exe)] = sha
    return [str(exe)], sha


# changeproof executables installed by install_commit -> the commit they were built from.
INSTALLED_COMMITS: dict[str, str] = {}


def resolve_changeproof(spec: str | None) -> list[str] | None:
    """--changeproof: `commit` or `commit:REV` (a non-editable install of that commit; REV
    defaults to HEAD), or a command line; without it, the project venv's changeproof."""
    if spec and (spec == "commit" or spec.startswith("commit:")):
        return install_commit(spec.partition(":")[2] or "HEAD")[0]
    if spec:
        parts = shlex.split(spec)
        if not parts:
            raise SystemExit("--changeproof: empty command")
        exe = parts[0] if os.sep in parts[0] else shutil.which(parts[0])
        if exe is None or not Path(exe).exists():
            raise SystemExit(f"--changeproof: {parts[0]!r} not found")
        # The tool runs inside the benchmark repositories: make paths absolute.
        parts[0] = str(Path(exe).absolute())
        parts[1:] = [str(Path(a).absolute()) if not a.startswith("-") and Path(a).exists() else a
                     for a in parts[1:]]
        return parts
    if DEFAULT_CHANGEPROOF.exists():
        return [str(DEFAULT_CHANGEPROOF)]
    return None


def changeproof_usable(cmd: list[str]) -> tuple[bool, str]:
    try:
        r = subprocess.run([*cmd, "api", "--help"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    return r.returncode == 0, tail(r.stdout + r.stderr, 2)


def changeproof_source_dir(cmd: list[str]) -> Path | None:
    """Where the `changeproof` package that cmd runs lives (via the python next to it), if found."""
    py = Path(cmd[0]).parent / "python"
    if not py.exists():
        return None
    try:
        r = subprocess.run([str(py), "-c", "import changeproof; print(changeproof.__file__)"],
                           capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Path(r.stdout.strip()).parent if r.returncode == 0 and r.stdout.strip() else None


def source_hash(directory: Path | None) -> str | None:
    """A hash of the .py files under directory: an editable install changes when its source does."""
    if directory is None:
        return None
    h = hashlib.sha256()
    for f in sorted(directory.rglob("*.py")):
        try:
            h.update(str(f.relative_to(directory)).encode() + b"\0" + f.read_bytes() + b"\0")
        except OSError:
            continue
    return h.hexdigest()[:12]


def tool_version(cmd: list[str]) -> str:
    try:
        r = subprocess.run([*cmd, "--version"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unknown ({e})"
    text = (r.stdout or r.stderr).strip()
    return text.splitlines()[0] if r.returncode == 0 and text else f"unknown (exit {r.returncode})"


# --------------------------------------------------------------------------- machine facts


def machine_facts(cp_cmd: list[str] | None) -> dict[str, Any]:
    def sh(cmd: list[str], cwd: Path | None = None) -> str | None:
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return r.stdout.strip() if r.returncode == 0 else None

    cpu_model = None
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu_model = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for ln in Path("/proc/meminfo").read_text().splitlines():
            if ln.startswith("MemTotal:"):
                mem_gib = round(int(ln.split()[1]) / 2**20, 1)
    except OSError:
        pass
    cp_python = None
    if cp_cmd:
        exe = Path(cp_cmd[0])
        py = exe.parent / "python"
        if py.exists():
            cp_python = sh([str(py), "-c", "import sys; print(sys.version.split()[0])"])
    src_dir = changeproof_source_dir(cp_cmd) if cp_cmd else None
    sha = sh(["git", "rev-parse", "HEAD"], ROOT)
    dirty = sh(["git", "status", "--porcelain", "--untracked-files=no"], ROOT)
    return {
        "date_utc": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
        "nproc": os.cpu_count(),
        "nproc_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_model": cpu_model,
        "mem_total_gib": mem_gib,
        "platform": platform.platform(),
        "python_harness": platform.python_version(),
        "python_changeproof": cp_python,
        "git_version": sh(["git", "--version"]),
        "griffe_version": tool_version([str(griffe_bin())]),
        "changeproof_cmd": shlex.join(cp_cmd) if cp_cmd else None,
        "changeproof_version": tool_version(cp_cmd) if cp_cmd else None,
        "changeproof_source": str(src_dir) if src_dir else None,
        "changeproof_source_hash": source_hash(src_dir),
        "main_head": sha or "no commits",
        "changeproof_commit": INSTALLED_COMMITS.get(cp_cmd[0]) if cp_cmd else None,
        "main_dirty": bool(dirty) if sha else None,
        "loadavg_start": " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE"),
    }


# --------------------------------------------------------------------------- the benchmark


@dataclass
class Series:
    scenario: str
    tool: str  # changeproof | griffe
    mode: str  # cold | warm | warm, 1 file changed | (griffe: no cache)
    refs: str
    runs: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None
    prefill: dict[str, Any] | None = None  # the untimed run that filled a warm cache

    def ok_runs(self) -> list[dict[str, Any]]:
        return [r for r in self.runs if r["ok"]]

    def summary(self) -> dict[str, Any]:
        ok = self.ok_runs()
        walls = [r["wall_s"] for r in ok]
        counts = sorted({r["count"] for r in ok if r["count"] is not None})
        s: dict[str, Any] = {
            "scenario": self.scenario, "tool": self.tool, "mode": self.mode, "refs": self.refs,
            "runs": len(self.runs), "ok_runs": len(ok),
            "median_s": statistics.median(walls) if walls else None,
            "min_s": min(walls) if walls else None, "max_s": max(walls) if walls else None,
            "cpu_median_s": statistics.median([r["cpu_s"] for r in ok]) if ok else None,
            "peak_rss_mb": max(r["maxrss_mb"] for r in ok) if ok else None,
            "peak_tree_rss_mb": max((r["tree_rss_mb"] or 0) for r in ok) or None if ok else None,
            "mem_median_mb": statistics.median([r["mem_mb"] for r in ok]) if ok else None,
            "mem_max_mb": max(r["mem_mb"] for r in ok) if ok else None,
            "exit_codes": sorted({r["returncode"] for r in self.runs}),
            "max_load1_before": max((r.get("load1_before") or 0 for r in self.runs), default=None),
            "count": counts[0] if len(counts) == 1 else (counts or None),
            "verdict": next((r.get("verdict") for r in reversed(ok) if r.get("verdict")), None),
            "by_severity": next((r.get("by_severity") for r in reversed(ok) if r.get("by_severity")), None),
            "errors": sorted({r["error"] for r in self.runs if r.get("error")}),
            "log_errors": max((r.get("log_errors") or 0 for r in self.runs), default=0),
            "source_hashes": sorted({r["source_hash"] for r in self.runs + [self.prefill or {}]
                                     if r.get("source_hash")}),
            "note": self.note,
        }
        failed = [r["wall_s"] for r in self.runs if not r["ok"]]
        if failed:
            s["failed_runs"] = len(failed)
            s["failed_median_s"] = statistics.median(failed)
            s["failed_min_s"], s["failed_max_s"] = min(failed), max(failed)
            s["failed_peak_rss_mb"] = max(r["mem_mb"] for r in self.runs if not r["ok"])
        return s


class Bench:
    def __init__(self, cp_cmd: list[str] | None, runs: int, timeout: float, stamp: str) -> None:
        self.cp_cmd = cp_cmd
        self.runs = runs
        self.timeout = timeout
        self.logdir = LOGS / stamp
        self.cachedir = CACHES / stamp
        self.src_dir = changeproof_source_dir(cp_cmd) if cp_cmd else None

    def _fresh_cache(self, label: str) -> Path:
        self.cachedir.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f"{label}-", dir=self.cachedir))

    def run_changeproof(self, repo: Path, scenario: str, old: str, new: str, cache: Path, tag: str) -> dict[str, Any]:
        assert self.cp_cmd is not None
        out_json = self.logdir / scenario / f"{tag}.json"
        out_json.parent.mkdir(parents=True, exist_ok=True)
        if out_json.exists():
            out_json.unlink()
        m = measure(changeproof_command(self.cp_cmd, old, new, out_json), repo,
                    changeproof_env(cache), self.logdir / scenario / tag, self.timeout)
        res = {**asdict(m), **judge_changeproof(m, out_json), "json": str(out_json),
               "source_hash": source_hash(self.src_dir)}
        return res

    def run_griffe(self, repo: Path, scenario: str, old: str, new: str, tag: str) -> dict[str, Any]:
        clear_griffe_worktrees(repo)
        m = measure(griffe_command(scenario_package(scenario), old, new), repo, griffe_env(),
                    self.logdir / scenario / tag, self.timeout)
        return {**asdict(m), **judge_griffe(m)}

    @staticmethod
    def _report(series: Series, res: dict[str, Any], i: int) -> None:
        status = "ok" if res["ok"] else f"FAILED: {res['error']}"
        log(f"  {series.scenario} {series.tool} {series.mode} run {i + 1}: {res['wall_s']:.2f}s "
            f"cpu {res['cpu_s']:.2f}s mem {res['mem_mb']:.0f} MiB exit {res['returncode']} count {res['count']} {status}")

    def scenario(self, name: str, repo: Path, with_cp: bool, with_griffe: bool) -> list[Series]:
        onefile = name == ONEFILE_NAME
        old, new = ("head", "onefile") if onefile else ("base", "head")
        refs = f"{old}..{new}"
        cp_cold = Series(name, "changeproof", "cold", refs)
        gr = Series(name, "griffe", "no cache", refs)
        cp_warm = Series(name, "changeproof", "warm, 1 file changed" if onefile else "warm", refs)
        out: list[Series] = []
        if with_cp:
            out += [cp_cold, cp_warm]
        if with_griffe:
            out.insert(1 if with_cp else 0, gr)
        cold_dead = gr_dead = False
        # Cold changeproof and griffe alternate; the order flips each run (ABBA...).
        for i in range(self.runs):
            order = ["cp", "gr"] if i % 2 == 0 else ["gr", "cp"]
            for who in order:
                if who == "cp" and with_cp and not cold_dead:
                    cache = self._fresh_cache(f"{name}-cold{i}")
                    res = self.run_changeproof(repo, name, old, new, cache, f"cp-cold-{i}")
                    shutil.rmtree(cache, ignore_errors=True)
                    cp_cold.runs.append(res)
                    self._report(cp_cold, res, i)
                    if res["timed_out"]:
                        cold_dead = True
                        cp_cold.note = "timed out; not repeated"
                elif who == "gr" and with_griffe and not gr_dead:
                    res = self.run_griffe(repo, name, old, new, f"griffe-{i}")
                    gr.runs.append(res)
                    self._report(gr, res, i)
                    if res["timed_out"]:
                        gr_dead = True
                        gr.note = "timed out; not repeated"
        if not with_cp:
            return out
        # Warm changeproof: one untimed run fills the cache.
        if onefile:
            # The cache knows base..head (a developer's previous run); one file then changes.
            seed, seed_old, seed_new = self._fresh_cache(f"{name}-seed"), "base", "head"
            cp_warm.note = "cache pre-filled by an untimed `api base head`, copied afresh before each run"
        else:
            seed, seed_old, seed_new = self._fresh_cache(f"{name}-warm"), old, new
            cp_warm.note = "cache pre-filled by one untimed run of the same command"
        pre = self.run_changeproof(repo, name, seed_old, seed_new, seed, "cp-prefill")
        cp_warm.prefill = pre
        log(f"  {name} changeproof prefill: {pre['wall_s']:.2f}s exit {pre['returncode']}"
            + ("" if pre["ok"] else f" FAILED: {pre['error']}"))
        if not pre["ok"]:
            cp_warm.note = f"prefill run failed ({pre['error']}); warm runs skipped"
        else:
            for i in range(self.runs):
                if onefile:
                    cache = self._fresh_cache(f"{name}-warm{i}")
                    shutil.rmtree(cache)
                    shutil.copytree(seed, cache, symlinks=True)
                else:
                    cache = seed
                res = self.run_changeproof(repo, name, old, new, cache, f"cp-warm-{i}")
                if onefile:
                    shutil.rmtree(cache, ignore_errors=True)
                cp_warm.runs.append(res)
                self._report(cp_warm, res, i)
                if res["timed_out"]:
                    cp_warm.note += "; timed out; not repeated"
                    break
        shutil.rmtree(seed, ignore_errors=True)
        return out


# --------------------------------------------------------------------------- reporting


def provenance_line(facts: dict[str, Any]) -> str:
    """The first line of every results file: which commit of this repository produced it, and when."""
    commit = facts.get("changeproof_commit")
    if commit:
        what = f"changeproof at commit {commit} (a non-editable install of that commit)"
    else:
        dirty = " with uncommitted changes" if facts.get("main_dirty") else ""
        what = f"changeproof from the repository at commit {facts.get('main_head')}{dirty}"
    return (f"Measured: {what}, date {facts.get('date_utc')} UTC, "
            f"{facts.get('nproc')} CPUs, load {facts.get('loadavg_start')} at the start.")


def redact(text: str) -> str:
    """Results are committed: no path of the machine that produced them (the repository is `.`,
    the benchmark work directory `<work>`, the home directory `~`, temporary files `<tmp>`)."""
    for path, name in ((WORK, "<work>"), (ROOT, "."), (Path(tempfile.gettempdir()), "<tmp>"),
                       (Path.home(), "~")):
        text = text.replace(str(path), name)
    return text


def fmt_s(x: float | None) -> str:
    return "—" if x is None else (f"{x:.3f}" if x < 1 else f"{x:.2f}")


def fmt_mb(x: float | None) -> str:
    return "—" if not x else f"{x:.0f}"


def md_cell(x: Any) -> str:
    return str(x).replace("|", "\\|").replace("\n", " ")


def render_markdown(facts: dict[str, Any], summaries: list[dict[str, Any]], args: dict[str, Any]) -> str:
    lines = ["# changeproof api vs griffe check", ""]
    lines.append(provenance_line(facts))
    lines.append("")
    lines.append(f"Run {facts['date_utc']} UTC: `{args['command']}`.")
    lines.append("")
    lines.append("| fact | value |")
    lines.append("| --- | --- |")
    for key in ("nproc", "nproc_usable", "cpu_model", "mem_total_gib", "platform", "python_harness",
                "python_changeproof", "git_version", "griffe_version", "changeproof_cmd",
                "changeproof_version", "changeproof_commit", "changeproof_source", "changeproof_source_hash",
                "changeproof_source_hash_end", "main_head", "main_dirty", "loadavg_start", "loadavg_end",
                "PYTHONDONTWRITEBYTECODE"):
        lines.append(f"| {key} | {md_cell(facts.get(key))} |")
    lines.append(f"| runs per series | {args['runs']} |")
    lines.append("")
    lines.append("Wall time in seconds (median, min, max over the successful runs); ratio = changeproof "
                 "median / griffe median on the same refs, measured in this run, the two tools alternating; "
                 "CPU = median user+sys seconds of the process and every descendant it waited for (CPU ratio "
                 "likewise: less sensitive than wall time to other work on the machine); memory = "
                 "median over the runs of each run's peak memory in MiB, where a run's peak is the largest "
                 "sampled sum of the RSS of the whole process tree (sampled every 20 ms), and never less than "
                 "the largest single process's ru_maxrss; mem ratio = changeproof / griffe; max memory = the "
                 "largest run peak; count = findings in changeproof's JSON, "
                 "breakage lines in griffe's output; max load = highest 1-minute load average seen just "
                 f"before a run (the machine has {facts.get('nproc')} CPUs: a load well above 1 means "
                 "other work competed with the runs).")
    lines.append("")
    lines.append("| scenario | refs | tool | mode | ok/runs | median s | min s | max s | ratio | CPU s | CPU ratio | "
                 "memory MiB | mem ratio | max memory MiB | exit | count | max load | notes |")
    lines.append("| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |")
    griffe = {(s["scenario"], s["refs"]): s for s in summaries if s["tool"] == "griffe"}
    for s in summaries:
        ratio = mem_ratio = cpu_ratio = "—"
        g = griffe.get((s["scenario"], s["refs"]))
        if s["tool"] == "changeproof" and s["median_s"] and g and g["median_s"]:
            ratio = f"{s['median_s'] / g['median_s']:.2f}"
            mem_ratio = f"{s['mem_median_mb'] / g['mem_median_mb']:.2f}"
            cpu_ratio = f"{s['cpu_median_s'] / g['cpu_median_s']:.2f}"
        notes = []
        if s.get("verdict"):
            notes.append(f"verdict {s['verdict']}")
        if s.get("by_severity"):
            notes.append(", ".join(f"{k} {v}" for k, v in sorted(s["by_severity"].items())))
        if s.get("failed_runs"):
            notes.append(f"FAILED {s['failed_runs']}/{s['runs']} runs, after {s['failed_median_s']:.1f}s median "
                         f"({s['failed_min_s']:.1f}–{s['failed_max_s']:.1f}s), peak RSS {s['failed_peak_rss_mb']:.0f} MB: "
                         + "; ".join(s["errors"]))
        if len(s.get("source_hashes") or ()) > 1:
            notes.append(f"WARNING: changeproof's source changed during this series "
                         f"({len(s['source_hashes'])} versions): counts and times mix versions")
        if isinstance(s["count"], list):
            notes.append("WARNING: the count differed between runs")
        if s.get("log_errors"):
            notes.append(f"{s['log_errors']} ERROR log lines")
        if s.get("note"):
            notes.append(s["note"])
        lines.append("| " + " | ".join(md_cell(c) for c in [
            s["scenario"], s["refs"], s["tool"], s["mode"], f"{s['ok_runs']}/{s['runs']}",
            fmt_s(s["median_s"]), fmt_s(s["min_s"]), fmt_s(s["max_s"]), ratio, fmt_s(s["cpu_median_s"]), cpu_ratio,
            fmt_mb(s["mem_median_mb"]), mem_ratio, fmt_mb(s["mem_max_mb"]),
            ",".join(map(str, s["exit_codes"])) or "—",
            "—" if s["count"] is None else s["count"],
            "—" if s.get("max_load1_before") is None else f"{s['max_load1_before']:.1f}",
            "; ".join(notes)]) + " |")
    lines.append("")
    lines.append("Scenarios: " + "; ".join(f"`{n}` = {scenario_label(n)}" for n in args["scenarios"]) + ".")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per tool and mode (default 5)")
    ap.add_argument("--pairs", default=None,
                    help="comma-separated prefixes of: " + ", ".join(all_scenario_names()) + " (default all)")
    ap.add_argument("--changeproof", default="commit:HEAD",
                    help="`commit:REV` (a non-editable install of that commit, the default: commit:HEAD) "
                         "or a changeproof command line")
    ap.add_argument("--out", default=None, help="Markdown output (default benchmarks/results/api-<date>.md); "
                                                  "the raw JSON goes next to it with a .json suffix")
    ap.add_argument("--tools", default="changeproof,griffe", help="which tools to run (default both)")
    ap.add_argument("--timeout", type=float, default=1800, help="per-command timeout in seconds")
    ap.add_argument("--ok-exit-codes", default="0,1",
                    help="changeproof exit codes that mean it completed (default 0,1)")
    ap.add_argument("--setup-only", action="store_true", help="download and build the repositories, then stop")
    ap.add_argument("--griffe-version", default=GRIFFE_VERSION,
                    help=f"griffe release to measure against (default {GRIFFE_VERSION})")
    args = ap.parse_args(argv)
    set_griffe_version(args.griffe_version)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    CHANGEPROOF_OK_EXIT.clear()
    CHANGEPROOF_OK_EXIT.update(int(c) for c in args.ok_exit_codes.split(",") if c.strip())
    names = select_scenarios(args.pairs)
    tools = {t.strip() for t in args.tools.split(",") if t.strip()}
    if tools - {"changeproof", "griffe"}:
        ap.error("--tools takes changeproof and/or griffe")

    repos = setup(names)
    if args.setup_only:
        for n, r in repos.items():
            log(f"{n}: {r}")
        return 0

    cp_cmd = resolve_changeproof(args.changeproof) if "changeproof" in tools else None
    with_cp = cp_cmd is not None
    if with_cp:
        usable, why = changeproof_usable(cp_cmd)
        if not usable:
            log(f"changeproof is not usable ({why}); measuring griffe only")
            with_cp, cp_cmd = False, None
    elif "changeproof" in tools:
        log(f"no changeproof at {DEFAULT_CHANGEPROOF} and no --changeproof; measuring griffe only")

    facts = machine_facts(cp_cmd)
    now = _dt.datetime.now()
    stamp = now.strftime("%Y%m%d-%H%M%S")
    out_md = Path(args.out) if args.out else RESULTS / f"api-{now.strftime('%Y-%m-%d')}.md"
    out_json = out_md.with_suffix(".json")
    bench = Bench(cp_cmd, args.runs, args.timeout, stamp)

    series: list[Series] = []
    for n in names:
        log(f"scenario {n} ({scenario_label(n)})")
        series += bench.scenario(n, repos[n], with_cp, "griffe" in tools)
    shutil.rmtree(bench.cachedir, ignore_errors=True)

    facts["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if cp_cmd:
        facts["changeproof_source_hash_end"] = source_hash(bench.src_dir)
    summaries = [s.summary() for s in series]
    run_args = {"command": shlex.join(["python3", "benchmarks/bench_api.py", *(argv if argv is not None else sys.argv[1:])]),
                "runs": args.runs, "scenarios": names, "tools": sorted(tools), "timeout": args.timeout}
    md = redact(render_markdown(facts, summaries, run_args))
    print(md)
    out_md.parent.mkdir(parents=True, exist_ok=True)
    out_md.write_text(md, encoding="utf-8")
    raw = {"facts": facts, "args": run_args, "summaries": summaries,
           "series": [asdict(s) for s in series], "logs": str(bench.logdir)}
    out_json.write_text(redact(json.dumps(raw, indent=2, sort_keys=False)) + "\n", encoding="utf-8")
    log(f"wrote {out_md} and {out_json}; logs in {bench.logdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
