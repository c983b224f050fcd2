"""The test outcome cache: keyed by git tree, node id and environment; safe under concurrent runs."""

from __future__ import annotations

import sys
import threading

import pytest
from helpers.checkrepo import make_repo

from changeproof.testing import cache as cache_mod
from changeproof.testing.cache import (
    TestCache,
    clear,
    environment_fingerprint,
    project_id,
    tree_id,
)


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CHANGEPROOF_NO_CACHE", raising=False)


def test_outcomes_are_keyed_by_tree_node_and_environment():
    c = TestCache()
    c.put("tree1", "envA", {"t::a": {"outcome": "failed", "message": "boom"}, "t::b": {"outcome": "passed"}})
    assert c.get("tree1", "envA", ["t::a", "t::b", "t::c"]) == {"t::a": {"outcome": "failed", "message": "boom"},
                                                                 "t::b": {"outcome": "passed"}}
    assert c.get("tree2", "envA", ["t::a"]) == {} and c.get("tree1", "envB", ["t::a"]) == {}
    assert c.get(None, "envA", ["t::a"]) == {}  # the working tree has no id: never cached
    c.put("tree1", "envA", {"t::a": {"outcome": "passed"}})  # replaced, not duplicated
    assert c.get("tree1", "envA", ["t::a"]) == {"t::a": {"outcome": "passed"}}
    c.put_durations("proj", {"t::a": 1.5, "t::b": 0.25})
    assert c.durations("proj", ["t::a", "t::z"]) == {"t::a": 1.5} and c.durations("proj") == {"t::a": 1.5, "t::b": 0.25}
    assert c.durations("other") == {} and c.durations(None) == {}
    c.close()
    (cache_mod.pycache_dir() / "x").mkdir(parents=True)
    (cache_mod.pycache_dir() / "x" / "m.cpython-311.pyc").write_bytes(b"")
    assert cache_mod.cache_path().exists()
    assert clear() >= 2 and not cache_mod.cache_path().exists() and not cache_mod.pycache_dir().exists()
    assert clear() == 0


def test_two_writers_at_once():
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            c = TestCache()
            for i in range(30):
                c.put("tree", "env", {f"t::{k}_{i}": {"outcome": "passed"}})
                c.put_durations("proj", {f"t::{k}_{i}": 0.1})
            c.close()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    c = TestCache()
    assert len(c.get("tree", "env", [f"t::{k}_{i}" for k in range(2) for i in range(30)])) == 60
    c.close()


def test_disabled_and_unwritable_caches_are_no_ops(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_NO_CACHE", "1")
    c = TestCache()
    c.put("tree", "env", {"t::a": {"outcome": "passed"}})
    assert not c.enabled and c.get("tree", "env", ["t::a"]) == {} and c.durations("proj") == {}
    monkeypatch.delenv("CHANGEPROOF_NO_CACHE")
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "file" / "sub"))
    assert not TestCache().enabled


def test_tree_id_is_the_commits_tree_and_the_project_its_root_commit(tmp_path):
    repo = make_repo(tmp_path, {"a.txt": "x"}, {"b.txt": "y"})
    base, head = tree_id(repo, "base"), tree_id(repo, "head")
    assert base and head and base != head and len(base) == 40
    assert tree_id(repo, None) is None and tree_id(repo, "nope") is None
    from helpers.checkrepo import _git

    assert project_id(repo) == _git(repo, "rev-parse", "base").strip()
    assert project_id(tmp_path / "not-a-repo") is None


def test_environment_fingerprint_is_stable_and_covers_the_options():
    a = environment_fingerprint(sys.executable, ("-x", 30))
    assert a and a == environment_fingerprint(sys.executable, ("-x", 30))
    assert a != environment_fingerprint(sys.executable, ("-x", 60))
    assert environment_fingerprint("/no/such/python") is None


def test_a_read_only_cache_directory_is_skipped_quickly(tmp_path, monkeypatch):
    import os
    import time

    if os.geteuid() == 0:  # root writes anywhere: use a path that is not a database instead
        (tmp_path / "ro").mkdir()
        (tmp_path / "ro" / cache_mod.FILENAME).write_text("not a database")
    else:
        (tmp_path / "ro").mkdir(mode=0o500)
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "ro"))
    started = time.monotonic()
    assert not TestCache().enabled
    assert time.monotonic() - started < 2
