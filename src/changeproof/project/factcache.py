"""A persistent cache of what the checks derive from one file's content, keyed by its content id (git blob sha),
so that a warm run reads and searches only the files it has not seen (the API engine's summaries have their own
cache, :mod:`changeproof.api.cache`).

Each fact is stored under ``<kind>/<engine>/<blob id>``. ``engine`` is :func:`engine_id` of the modules whose code
shaped the fact (a hash of their source, changeproof's version and the Python version, since the parser and its
error messages come with the interpreter): a change to that code, an upgrade or another Python gives other keys,
so a row is never read by code that would have derived something else from the same content. Rows are read
through a validator: a row that does not have the shape its kind writes (a poisoned or corrupt row, a row of an
older layout) is a miss, rebuilt, and said once per run (:func:`changeproof.sqlitedb.note_invalid`). A cache that
cannot be opened or written is no cache, never an error (``CHANGEPROOF_NO_CACHE`` disables it).

One SQLite file, ``facts.sqlite3`` (its table ``facts``; git's blob sizes are in its table ``sizes`` and commits'
tree listings in its table ``listings``), in the cache
directory of the summaries (``$CHANGEPROOF_CACHE_DIR``, ...).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from ..sqlitedb import (
    FACTS_FILE,
    cache_dir,
    caches_enabled,
    note_invalid,
    open_db,
    remove_db,
    write_many,
)

__all__ = ["FactCache", "clear", "engine_id"]

_LAYOUT = 1  # the table's own layout

_engines: dict[tuple[str, ...], str] = {}


def engine_id(*modules: ModuleType) -> str:
    """A short hash of the source of ``modules`` (the code that derives a fact), changeproof's version and the
    Python version: part of every key, so that a fact is only ever read back by the code that wrote it."""
    names = tuple(sorted(m.__name__ for m in modules))
    if names not in _engines:
        from .. import __version__

        h = hashlib.sha256(f"{_LAYOUT}\0{__version__}\0{sys.version_info[:3]}\0".encode())
        for module in sorted(modules, key=lambda m: m.__name__):
            h.update(module.__name__.encode() + b"\0")
            try:
                h.update(Path(module.__file__ or "").read_bytes())
            except OSError:  # no source to hash (a frozen build): no cache rather than a stale one
                h.update(os.urandom(16))
        _engines[names] = h.hexdigest()[:16]
    return _engines[names]


class FactCache:
    """Per-content facts by (kind, engine id, content id); every method is a no-op on a disabled cache."""

    def __init__(self, path: Path | None = None, enabled: bool = True):
        self.conn: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        if not enabled or not caches_enabled():
            return
        path = path or cache_dir() / FACTS_FILE
        self.conn = open_db(path, ["CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, data TEXT NOT NULL)"])

    @property
    def enabled(self) -> bool:
        return self.conn is not None

    def get_many(self, kind: str, engine: str, ids: Iterable[str], valid: Callable[[Any], bool]) -> dict[str, Any]:
        """The cached facts of ``ids`` (content id -> the JSON value stored), only rows that ``valid`` accepts."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, Any] = {}
        if self.conn is None or not wanted:
            self.misses += len(wanted)
            return out
        prefix = f"{kind}/{engine}/"
        bad = 0
        try:
            for start in range(0, len(wanted), 500):
                chunk = [prefix + i for i in wanted[start:start + 500]]
                q = "SELECT key, data FROM facts WHERE key IN (%s)" % ",".join("?" * len(chunk))
                for key, data in self.conn.execute(q, chunk):
                    try:
                        value = json.loads(data) if isinstance(data, (str, bytes)) else None
                        ok = valid(value)
                    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
                        ok = False
                    if ok:
                        out[key[len(prefix):]] = value
                    else:
                        bad += 1
        except sqlite3.Error:
            pass
        note_invalid(f"{kind} facts", bad)
        self.hits += len(out)
        self.misses += len(wanted) - len(out)
        return out

    def put_many(self, kind: str, engine: str, items: dict[str, Any]) -> None:
        if self.conn is None or not items:
            return
        prefix = f"{kind}/{engine}/"
        try:
            rows = [(prefix + k, json.dumps(v, separators=(",", ":"))) for k, v in items.items()]
        except (TypeError, ValueError):  # pragma: no cover - a fact that is not JSON is a bug, not worth a failure
            return
        write_many(self.conn, "INSERT OR REPLACE INTO facts (key, data) VALUES (?, ?)", rows)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def clear() -> int:
    """Remove the fact cache; returns the number of files removed."""
    return remove_db(FACTS_FILE)
