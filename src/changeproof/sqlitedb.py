"""Opening changeproof's SQLite caches: WAL, busy timeouts, safe when two runs create the file at once, and never
fatal (a cache that cannot be opened means no cache)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path


def cache_dir() -> Path:
    """Where changeproof keeps its caches: ``$CHANGEPROOF_CACHE_DIR``, else ``$XDG_CACHE_HOME/changeproof``, else
    ``~/.cache/changeproof``."""
    env = os.environ.get("CHANGEPROOF_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "changeproof"


_off = 0  # caches_off() depth


@contextlib.contextmanager
def caches_off() -> Iterator[None]:
    """No cache is read or written inside (``changeproof api --no-cache``), as with ``CHANGEPROOF_NO_CACHE``."""
    global _off
    _off += 1
    try:
        yield
    finally:
        _off -= 1


def caches_enabled() -> bool:
    return not _off and not os.environ.get("CHANGEPROOF_NO_CACHE")


FACTS_FILE = "facts.sqlite3"  # per-content facts: blob sizes and tree listings (git), what checks derive from a file (project)


def open_db(path: Path, ddl: list[str]) -> sqlite3.Connection | None:
    """A connection to the database at `path` with the tables of `ddl`, or None when it cannot be had."""
    # two runs creating the file at once: switching a new database to WAL can fail at once with "database is
    # locked" (SQLite's busy handler does not cover it), so the setup is retried for a few seconds
    for attempt in range(50):
        try:
            return _open(path, ddl)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                return None  # cannot be opened (read-only, not a database): no cache, never fatal
            time.sleep(0.05 + 0.05 * (attempt % 4))
        except (sqlite3.Error, OSError):
            return None
    return None


def _open(path: Path, ddl: list[str]) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        for statement in ddl:
            conn.execute(statement)
    except BaseException:
        conn.close()
        raise
    return conn


def write_many(conn: sqlite3.Connection, sql: str, rows: list[tuple]) -> None:
    """`executemany` in one immediate transaction; a failed write is rolled back and dropped (a cache, not data)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
    except sqlite3.Error:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


_said: set[str] = set()


def note_invalid(cache: str, count: int) -> None:
    """Say once per run that rows of a cache did not validate (poisoned, corrupt or from another version) and are
    being rebuilt: treated as misses, never trusted, never fatal."""
    if count and cache not in _said:
        import sys

        _said.add(cache)
        print(f"changeproof: {count} row(s) of the {cache} cache did not validate and are rebuilt "
              "(`changeproof cache clear` removes the cache)", file=sys.stderr)


def remove_db(name: str) -> int:
    """Remove the SQLite file ``name`` of the cache directory with its write-ahead log and shared-memory files;
    returns the number of files removed."""
    removed = 0
    d = cache_dir()
    for suffix in ("", "-wal", "-shm"):
        p = d / (name + suffix)
        if p.exists():
            p.unlink()
            removed += 1
    return removed
