"""The per-content caches of `check` (project.factcache: config-drift's environment facts, call-sites' called
names, architecture's import and definition words; git's blob sizes): a warm run gives the report a cold run
gives, reads only what it has not seen, and a poisoned, corrupt or foreign cache is a miss, never an answer."""

from __future__ import annotations

import json
import sqlite3
import types

import pytest

import changeproof.catalog  # noqa: F401  (the catalog imports every check)
from changeproof import git, sqlitedb
from changeproof.project import factcache
from changeproof.project.factcache import FactCache, engine_id
from changeproof.runner import run_checks
from tests.helpers.checkrepo import make_repo

BASE = {
    "pyproject.toml": "[project]\nname = 'shop'\nversion = '1.0.0'\n",
    "shop/__init__.py": "from .api import price\n",
    "shop/api.py": "import os\n\ndef price(amount, currency):\n    return amount\n",
    "shop/settings.py": "import os\n\nDEBUG = os.environ.get('SHOP_DEBUG', '0')\nDSN = os.environ['SHOP_DSN']\n",
    "shop/orders.py": "from shop.api import price\n\ndef total(x):\n    return price(x, 'EUR')\n",
    "shop/util.py": "from . import api\n\ndef unrelated():\n    return api\n",
    ".env.example": "SHOP_DSN=postgres://localhost/shop\n",
}
HEAD = {
    # one file changed: a parameter removed (call-sites), a new required variable (config-drift)
    "shop/api.py": "import os\n\nTOKEN = os.environ['SHOP_TOKEN']\n\ndef price(amount):\n    return amount\n",
}


def _run(repo, **options) -> dict:
    report = run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"), **options)
    return {"findings": sorted((f.kind, f.path, f.line, f.object, f.message, f.preexisting) for f in report.findings),
            "problems": sorted((p.path, p.message, p.side or "") for p in report.problems),
            "checks": [(c.name, c.status, c.summary) for c in report.checks],
            "facts": sorted(json.dumps([f.check, f.name, f.value], sort_keys=True, default=str) for f in report.facts)}


@pytest.fixture
def reads(monkeypatch):
    """Every path read from a git snapshot (both sides), in order."""
    seen: list[str] = []
    original = git.GitSnapshot.read_many

    def read_many(self, paths):
        paths = list(paths)
        seen.extend(paths)
        return original(self, paths)

    monkeypatch.setattr(git.GitSnapshot, "read_many", read_many)
    _new_process(monkeypatch)
    return seen


def _new_process(monkeypatch) -> None:
    """What a new changeproof process would know: no blob size, the cache's state not looked at yet."""
    monkeypatch.setattr(git, "_known_sizes", {})
    monkeypatch.setattr(git, "_cold", {})


def _rows(kind: str | None = None) -> dict[str, str]:
    conn = sqlite3.connect(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE)
    try:
        return {k: v for k, v in conn.execute("SELECT key, data FROM facts") if kind is None or k.startswith(kind + "/")}
    finally:
        conn.close()


def test_a_warm_run_gives_the_cold_report_and_reads_only_the_changed_file(tmp_path, reads, monkeypatch):
    repo = make_repo(tmp_path, BASE, HEAD)
    cold = _run(repo)
    kinds = {k for k, *_ in cold["findings"]}
    assert {"call-site-broken", "env-var-added"} <= kinds, cold["findings"]
    assert {k.split("/")[0] for k in _rows()} == {"config-drift", "call-sites", "architecture"}
    _new_process(monkeypatch)
    assert _run(repo) == cold
    # the unchanged files are known by their content: the checks with a fact cache read none of them again (the
    # imports check reads the files that may import a module whose names changed, here all of them)
    reads.clear()
    _new_process(monkeypatch)
    _run(repo, skip=["imports"])
    assert set(reads) <= {"shop/api.py", "pyproject.toml", ".env.example", "shop/orders.py"}, reads
    # and without any cache, the same report
    monkeypatch.setenv("CHANGEPROOF_NO_CACHE", "1")
    _new_process(monkeypatch)
    assert _run(repo) == cold


def test_a_changed_content_is_a_miss(tmp_path, reads):
    """Facts are keyed by content: the same path with other content is looked at again, never answered from the
    row of the old content."""
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = _run(make_repo(tmp_path / "one", BASE, HEAD))
    # same paths, same cache; settings.py now reads another variable at both sides, orders.py no longer calls
    later = dict(BASE, **{"shop/settings.py": "import os\n\nDSN = os.environ['SHOP_DATABASE']\n",
                          "shop/orders.py": "def total(x):\n    return x\n"})
    second = _run(make_repo(tmp_path / "two", later, HEAD))
    facts = {json.loads(f)[1]: json.loads(f)[2] for f in second["facts"]}
    head_vars = facts["env-vars"]["head"]
    assert head_vars["SHOP_DATABASE"]["at"] == ["shop/settings.py:3"]
    assert head_vars["SHOP_DSN"]["sources"] == ["dotenv"]  # no longer read in code, still in .env.example
    assert not any(k == "call-site-broken" for k, *_ in second["findings"])
    assert any(k == "call-site-broken" for k, *_ in first["findings"])


def test_poisoned_rows_are_misses_rebuilt_and_said_once(tmp_path, monkeypatch, capsys):
    repo = make_repo(tmp_path, BASE, HEAD)
    cold = _run(repo)
    monkeypatch.setattr(sqlitedb, "_said", set())
    conn = sqlite3.connect(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE)
    poison = ['[]', 'null', '{"m": 1}', '{"m": true, "f": {"sites": 5}}', '{"rel": "x", "imp": {}, "def": []}',
              '["a", 3]', 'not json', '{"m": false, "f": {"sites": [], "dynamic": [], "classes": [[1]], "error": null}}']
    keys = [k for (k,) in conn.execute("SELECT key FROM facts")]
    conn.executemany("UPDATE facts SET data = ? WHERE key = ?", [(poison[i % len(poison)], k) for i, k in enumerate(keys)])
    conn.execute("UPDATE sizes SET size = 'big'")
    conn.commit()
    conn.close()
    _new_process(monkeypatch)
    capsys.readouterr()
    assert _run(repo) == cold
    err = capsys.readouterr().err
    for cache in ("config-drift facts", "call-sites facts", "architecture facts", "blob size"):
        assert err.count(f"of the {cache} cache did not validate") == 1, err
    # rebuilt: a third run finds valid rows and says nothing
    monkeypatch.setattr(sqlitedb, "_said", set())
    _new_process(monkeypatch)
    assert _run(repo) == cold
    assert "did not validate" not in capsys.readouterr().err


def test_a_corrupt_or_unopenable_cache_file_is_no_cache(tmp_path, monkeypatch):
    repo = make_repo(tmp_path, BASE, HEAD)
    expected = _run(repo)
    for bad in ("corrupt", "blocked"):
        cache = tmp_path / f"cache-{bad}"
        cache.mkdir()
        if bad == "corrupt":
            (cache / sqlitedb.FACTS_FILE).write_bytes(b"this is not a database" * 100)
        else:  # a directory where the file should be
            (cache / sqlitedb.FACTS_FILE).mkdir()
        monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(cache))
        _new_process(monkeypatch)
        assert _run(repo) == expected


def test_fact_cache_rows_by_kind_engine_and_content(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sqlitedb, "_said", set())
    path = tmp_path / "facts.sqlite3"
    cache = FactCache(path)
    ok = lambda v: isinstance(v, dict) and isinstance(v.get("n"), int)  # noqa: E731
    try:
        assert cache.get_many("k", "e1", ["a", "b"], ok) == {}
        cache.put_many("k", "e1", {"a": {"n": 1}, "b": {"n": "two"}})
        assert cache.get_many("k", "e1", ["a", "b", "c"], ok) == {"a": {"n": 1}}  # b does not validate: a miss
        assert cache.get_many("k", "e2", ["a"], ok) == {}  # other code: other rows
        assert cache.get_many("other", "e1", ["a"], ok) == {}
        assert (cache.hits, cache.misses) == (1, 6)
    finally:
        cache.close()
    assert capsys.readouterr().err.count("did not validate") == 1
    again = FactCache(path)  # persistent
    try:
        assert again.get_many("k", "e1", ["a"], ok) == {"a": {"n": 1}}
    finally:
        again.close()
    monkeypatch.setenv("CHANGEPROOF_NO_CACHE", "1")
    off = FactCache(path)
    assert not off.enabled and off.get_many("k", "e1", ["a"], ok) == {}
    off.put_many("k", "e1", {"z": {"n": 1}})  # a no-op, not an error
    assert FactCache(enabled=False).get_many("k", "e1", ["a"], ok) == {}


def test_engine_id_changes_with_the_code_that_made_the_fact(tmp_path, monkeypatch):
    source = tmp_path / "deriver.py"
    module = types.ModuleType("deriver")
    module.__file__ = str(source)
    source.write_text("def fact(x):\n    return 1\n")
    monkeypatch.setattr(factcache, "_engines", {})
    first = engine_id(module)
    assert engine_id(module) == first  # once per process
    monkeypatch.setattr(factcache, "_engines", {})
    source.write_text("def fact(x):\n    return 2\n")
    second = engine_id(module)
    assert second != first
    monkeypatch.setattr(factcache, "_engines", {})
    monkeypatch.setattr(factcache.sys, "version_info", (3, 99, 0, "final", 0))
    assert engine_id(module) != second  # the same code under another Python: another id


def test_blob_sizes_are_cached_and_screen_the_same(tmp_path, monkeypatch):
    """A file over the size limit is set aside the same way whether its size comes from the listing (a first run),
    from the cache (a later run: no size asked of git at all) or from `git cat-file --batch-check` (a cache that
    holds some sizes but not these)."""
    monkeypatch.setenv("CHANGEPROOF_MAX_FILE_SIZE", "200")
    big = "x = 1\n" * 60
    repo = make_repo(tmp_path, {**BASE, "shop/big.py": big}, {**HEAD, "shop/big.py": big + "y = 2\n"})
    checks: list[int] = []
    listings: list[bool] = []
    original_check, original_run = git._batch_check, git._run

    def batch_check(repo, oids):
        checks.append(len(oids))
        return original_check(repo, oids)

    def run(repo, *args, **kw):
        if args[0] == "ls-tree":
            listings.append("-l" in args)
        return original_run(repo, *args, **kw)

    monkeypatch.setattr(git, "_batch_check", batch_check)
    monkeypatch.setattr(git, "_run", run)
    _new_process(monkeypatch)
    cold = _run(repo)
    assert any("shop/big.py" == p and "too large" in m for p, m, _ in cold["problems"]), cold["problems"]
    # a first run: the base's sizes come with its listing; the head's listing is the base's and the difference of
    # the trees, and the sizes of the two files it changed (big.py, api.py) are asked of git in one process
    assert listings == [True] and checks == [2]
    listings.clear()
    checks.clear()
    _new_process(monkeypatch)
    assert _run(repo) == cold
    assert listings == [] and checks == []  # a later run lists no tree (cached) and asks git for no size
    # sizes the cache does not hold (another cache, rows of these blobs gone): asked of git in one process per side
    conn = sqlite3.connect(sqlitedb.cache_dir() / sqlitedb.FACTS_FILE)
    conn.execute("DELETE FROM sizes WHERE rowid IN (SELECT rowid FROM sizes ORDER BY blob LIMIT 3)")
    conn.commit()
    conn.close()
    _new_process(monkeypatch)
    assert _run(repo) == cold
    assert checks and sum(checks) <= 3
    sha = git.resolve(repo, "head")
    listed = git.GitSnapshot(repo, sha)
    try:
        assert "shop/big.py" not in listed.files() and "too large" in listed.unanalysable["shop/big.py"]
        assert listed._sizes["shop/big.py"] == len(big) + len("y = 2\n")
    finally:
        listed.close()


def test_called_names_and_lines_in_one_pass_are_the_two_searches():
    """call-sites reads a new file once: its called names (the cached fact) and the lines calling the changed
    names come from one search, the same as the two separate searches (few names: an alternation; many: a
    look-up), so a cached file that calls none of the names is rightly never read again."""
    from changeproof.checks.call_sites.scan import CallNames
    from tests.test_check_shared_parse import TEXT, _alternation_lines

    data = TEXT.encode()
    many = {f"name{i}" for i in range(80)}
    for names in ({"foo"}, {"foo", "bar", "baz", "café"}, {"print", "total"}, many | {"foo", "bar"}, {"absent"}):
        calls = CallNames(names)
        assert calls.indexable
        called, lines = calls.called_and_lines(data)
        assert called == CallNames.called(data)
        assert lines == calls.lines(data) == _alternation_lines(TEXT, names)
        assert bool(lines) == (not names.isdisjoint(called))
    assert not CallNames({"a.b"}).indexable  # not a run of word characters: every file is read


def test_api_no_cache_writes_no_cache_file(tmp_path, monkeypatch):
    """`changeproof api --no-cache` reads and writes no cache: no summary, no blob size."""
    from changeproof.api import run_api

    repo = make_repo(tmp_path, BASE, HEAD)
    cache = tmp_path / "cache"
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(cache))
    _new_process(monkeypatch)
    off = run_api("base", "head", repo, use_cache=False)
    assert not cache.exists() or not any(cache.iterdir())
    _new_process(monkeypatch)
    on = run_api("base", "head", repo)
    assert (cache / sqlitedb.FACTS_FILE).is_file() and (cache / "summaries.sqlite3").is_file()
    assert [f.to_json() for f in off.findings] == [f.to_json() for f in on.findings]
