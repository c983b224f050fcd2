"""Test outcomes remembered across runs, so a base revision's failing tests are run once, not on every change.

One SQLite file, ``tests.sqlite3`` in the user cache directory (``changeproof.api.cache.cache_dir()``). Two
tables:

* ``outcomes``: keyed by (tree id, node id, environment fingerprint). The tree id of a git revision is its
  commit's *tree* sha (``git rev-parse SHA^{tree}``): two commits with the same files share outcomes, and a
  materialised revision is exactly that tree. The working tree is never cached (it has no id). The value is
  the outcome, phase, message, duration and location of the test;
* ``durations``: the last duration seen for a node id of a project (any tree, any environment), only to
  balance shards. The project is the repository's root commit (``project_id``), the same in every clone.

Next to it, ``pycache/``: the bytecode of test runs in the working tree (``PYTHONPYCACHEPREFIX``), so a run
compiles (and pytest rewrites) only what changed, as plain pytest does with ``__pycache__``, without writing
into the user's tree. ``clear()`` removes both.

The environment fingerprint hashes the interpreter's version and every installed distribution
(``name==version``, from ``importlib.metadata`` run in *that* interpreter, computed once per run) together with
what else decides an outcome (the pytest arguments that remain for a targeted run, the per-test timeout, the
plugin's version): a new dependency version is a new environment, and nothing from the old one is reused.

Safe under two concurrent runs (WAL journal, a busy timeout, ``INSERT OR REPLACE``); a cache that cannot be
opened or written is skipped, never fatal; ``CHANGEPROOF_NO_CACHE`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..api.cache import cache_dir
from ..sqlitedb import open_db, write_many

FILENAME = "tests.sqlite3"
SCHEMA_VERSION = 1  # part of every fingerprint: a change in what is stored makes old rows unreachable

_FINGERPRINT_CODE = r"""
import json, sys
try:
    import importlib.metadata as md
except ImportError:  # pragma: no cover - Python < 3.8
    md = None
dists = set()
if md is not None:
    for d in md.distributions():
        try:
            name = d.metadata["Name"]
        except Exception:
            name = None
        if name:
            dists.add("%s==%s" % (name.lower().replace("_", "-"), d.version))
print(json.dumps({"python": sys.version, "implementation": sys.implementation.name, "executable": sys.executable,
                  "distributions": sorted(dists)}))
"""


def cache_path() -> Path:
    return cache_dir() / FILENAME


def pycache_dir() -> Path:
    """Where test runs in the working tree keep bytecode (``PYTHONPYCACHEPREFIX``), never inside the tree."""
    return cache_dir() / "pycache"


def tree_id(repo: Path | str, sha: str | None) -> str | None:
    """The tree sha of a commit (``git rev-parse SHA^{tree}``), None when there is none (working tree)."""
    if not sha:
        return None
    return _git(repo, "rev-parse", "--verify", "-q", f"{sha}^{{tree}}") or None


def project_id(repo: Path | str | None) -> str | None:
    """The repository's root commit (the oldest one, first if several): the same in every clone."""
    if repo is None:
        return None
    proc = _git(repo, "rev-list", "--max-parents=0", "HEAD")
    lines = proc.splitlines() if proc else []
    return min(lines) if lines else None


def _git(repo: Path | str, *args: str) -> str | None:
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(name, None)
    try:
        proc = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, timeout=30,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout.strip() if proc.returncode == 0 else None


def environment_fingerprint(python: str, extra: Iterable[Any] = (), timeout: float = 60.0) -> str | None:
    """A hash of the interpreter and its installed distributions (and ``extra``), None if it cannot be read."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONSTARTUP",)}
    try:
        proc = subprocess.run([python, "-c", _FINGERPRINT_CODE], capture_output=True, text=True, env=env,
                              timeout=timeout, stdin=subprocess.DEVNULL, check=False)
        data = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        data = None
    if not isinstance(data, dict):
        return None
    data["extra"] = [str(x) for x in extra]
    data["schema"] = SCHEMA_VERSION
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


class TestCache:
    """Outcomes by (tree, node id, fingerprint) and durations by node id. Every method is a no-op on a cache
    that is disabled or could not be opened."""

    __test__ = False

    def __init__(self, path: Path | None = None, enabled: bool = True):
        self.conn: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        if not enabled or os.environ.get("CHANGEPROOF_NO_CACHE"):
            return
        path = path or cache_path()
        self.conn = open_db(path, [
            "CREATE TABLE IF NOT EXISTS outcomes (tree TEXT NOT NULL, nodeid TEXT NOT NULL, env TEXT NOT NULL, "
            "data TEXT NOT NULL, PRIMARY KEY (tree, nodeid, env))",
            "CREATE TABLE IF NOT EXISTS durations (project TEXT NOT NULL, nodeid TEXT NOT NULL, "
            "duration REAL NOT NULL, PRIMARY KEY (project, nodeid))",
        ])

    @property
    def enabled(self) -> bool:
        return self.conn is not None

    def get(self, tree: str | None, env: str | None, nodeids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = list(dict.fromkeys(nodeids))
        out: dict[str, dict[str, Any]] = {}
        if self.conn is None or not tree or not env or not ids:
            return out
        try:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                q = f"SELECT nodeid, data FROM outcomes WHERE tree = ? AND env = ? AND nodeid IN ({marks})"
                for nodeid, data in self.conn.execute(q, [tree, env, *chunk]):
                    out[nodeid] = json.loads(data)
        except (sqlite3.Error, ValueError):
            return {}
        self.hits += len(out)
        self.misses += len(ids) - len(out)
        return out

    def put(self, tree: str | None, env: str | None, items: dict[str, dict[str, Any]]) -> None:
        if self.conn is None or not tree or not env or not items:
            return
        rows = [(tree, nodeid, env, json.dumps(v, separators=(",", ":"))) for nodeid, v in items.items()]
        self._write("INSERT OR REPLACE INTO outcomes (tree, nodeid, env, data) VALUES (?, ?, ?, ?)", rows)

    def durations(self, project: str | None, nodeids: Iterable[str] | None = None) -> dict[str, float]:
        if self.conn is None or not project:
            return {}
        try:
            if nodeids is None:
                q = "SELECT nodeid, duration FROM durations WHERE project = ?"
                return {n: float(d) for n, d in self.conn.execute(q, (project,))}
            ids = list(dict.fromkeys(nodeids))
            out: dict[str, float] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                q = f"SELECT nodeid, duration FROM durations WHERE project = ? AND nodeid IN ({marks})"
                out.update({n: float(d) for n, d in self.conn.execute(q, [project, *chunk])})
            return out
        except sqlite3.Error:
            return {}

    def put_durations(self, project: str | None, items: dict[str, float]) -> None:
        if self.conn is None or not project or not items:
            return
        self._write("INSERT OR REPLACE INTO durations (project, nodeid, duration) VALUES (?, ?, ?)",
                    [(project, n, round(float(d), 4)) for n, d in items.items()])

    def _write(self, sql: str, rows: list[tuple]) -> None:
        assert self.conn is not None
        write_many(self.conn, sql, rows)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def clear() -> int:
    """Remove the test outcome cache and the test runs' bytecode; returns the number of files removed (for
    `changeproof cache clear`)."""
    import shutil

    removed = 0
    pyc = pycache_dir()
    if pyc.is_dir():
        removed += sum(1 for p in pyc.rglob("*") if p.is_file())
        shutil.rmtree(pyc, ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        p = cache_path().with_name(FILENAME + suffix)
        if p.exists():
            try:
                p.unlink()
                removed += 1
            except OSError:
                pass
    return removed
