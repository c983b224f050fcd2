"""A persistent cache of file summaries keyed by content id (the git blob sha), so an unchanged file is never
parsed twice, across runs and across revisions.

One SQLite file under the user cache directory (``$CHANGEPROOF_CACHE_DIR``, else ``$XDG_CACHE_HOME/changeproof``,
else ``~/.cache/changeproof``). Safe under concurrent runs (WAL, busy timeout, ``INSERT OR REPLACE``); a cache
that cannot be opened or written is skipped, never fatal.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

from ..sqlitedb import cache_dir, note_invalid, open_db, remove_db, write_many
from .summary import SUMMARY_VERSION

_KEY_PREFIX = f"s{SUMMARY_VERSION}-py{sys.version_info[0]}{sys.version_info[1]}-"


_SUMMARY_TYPES = {"imports": list, "all_refs": list, "all_dynamic": bool, "getattr_map": dict, "members": dict,
                  "tc_members": dict}


def valid_summary(data: object) -> bool:
    """Whether a cached row has the shape summarise() writes (a poisoned or corrupt row is a miss, rebuilt)."""
    if not isinstance(data, dict) or data.get("v") != SUMMARY_VERSION:
        return False
    if "error" in data:
        err = data["error"]
        return isinstance(err, dict) and isinstance(err.get("message"), str) and \
            (err.get("line") is None or isinstance(err.get("line"), int))
    if any(not isinstance(data.get(k), t) for k, t in _SUMMARY_TYPES.items()):
        return False
    if data.get("all") is not None and not isinstance(data["all"], list):
        return False
    return all(isinstance(m, dict) and isinstance(m.get("k"), str) for m in data["members"].values())


class SummaryCache:
    def __init__(self, path: Path | None = None, enabled: bool = True):
        self.conn: sqlite3.Connection | None = None
        self.hits = 0
        self.misses = 0
        # blob id -> the summary already read or written by this process: the two sides of a change share most
        # of their files, whose rows are then decoded once (summaries are read-only once built). Only with a
        # database: a disabled cache keeps nothing.
        self._seen: dict[str, dict] = {}
        if not enabled or os.environ.get("CHANGEPROOF_NO_CACHE"):
            return
        path = path or cache_dir() / "summaries.sqlite3"
        self.conn = open_db(path, ["CREATE TABLE IF NOT EXISTS summaries (key TEXT PRIMARY KEY, data TEXT NOT NULL)"])

    def get_many(self, ids: list[str]) -> dict[str, dict]:
        out: dict[str, dict] = {}
        if self.conn is None or not ids:
            self.misses += len(ids)
            return out
        seen = self._seen
        for i in ids:
            summary = seen.get(i)
            if summary is not None:
                out[i] = summary
        keys = [_KEY_PREFIX + i for i in ids if i not in out]
        bad = 0
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                q = "SELECT key, data FROM summaries WHERE key IN (%s)" % ",".join("?" * len(chunk))
                for key, data in self.conn.execute(q, chunk):
                    try:
                        summary = json.loads(data) if isinstance(data, (str, bytes)) else None
                    except (ValueError, RecursionError):
                        summary = None
                    if valid_summary(summary):
                        out[key[len(_KEY_PREFIX):]] = seen[key[len(_KEY_PREFIX):]] = summary
                    else:
                        bad += 1
        except sqlite3.Error:
            pass
        note_invalid("summary", bad)
        self.hits += len(out)
        self.misses += len(ids) - len(out)
        return out

    def put_many(self, items: dict[str, dict]) -> None:
        if self.conn is None or not items:
            return
        self._seen.update(items)
        rows = [(_KEY_PREFIX + k, json.dumps(v, separators=(",", ":"))) for k, v in items.items()]
        write_many(self.conn, "INSERT OR REPLACE INTO summaries (key, data) VALUES (?, ?)", rows)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def clear() -> int:
    """Remove the summary cache; returns the number of files removed."""
    return remove_db("summaries.sqlite3")
