"""The async-hazards check on real two-commit repositories: ruff's ASYNC2xx rules (plus the small AST
complement) on both sides, and logging calls added."""

from __future__ import annotations

import pytest

import changeproof.catalog  # noqa: F401  (the catalog imports every check)
from changeproof.checks import async_hazards
from changeproof.checks.async_hazards import CHECK
from changeproof.errors import Skip
from changeproof.catalog import RULES
from tests.helpers.checkrepo import make_context

BASE_HANDLERS = '''\
import asyncio
import logging
import subprocess
import time

import requests

logger = logging.getLogger(__name__)


async def legacy_poll():
    time.sleep(1)
    logger.info("polled")


def sync_job():
    time.sleep(5)
    requests.get("https://example.org")
'''

HEAD_HANDLERS = '''\
"""Handlers: two lines inserted above, so every old line moved."""

import asyncio
import logging
import subprocess
import time

import requests

logger = logging.getLogger(__name__)
SESSION = requests.Session()


async def legacy_poll():
    time.sleep(1)
    logger.info("polled")


def sync_job():
    time.sleep(5)
    requests.get("https://example.org")
    subprocess.run(["ls"])


async def refresh(user_id):
    time.sleep(2)
    with open("/tmp/token") as fh:
        token = fh.read()
    resp = requests.get("https://auth.example.org", params={"u": user_id})
    subprocess.run(["sync"])
    await asyncio.sleep(1)
    SESSION.post("https://auth.example.org", data=token)

    def helper():
        time.sleep(3)

    return resp, helper
'''


def run(ctx):
    try:
        return CHECK().run(ctx)
    finally:
        ctx.close()


def test_kinds_registered():
    assert RULES["blocking-call-in-async"].severity == "risk"
    assert RULES["logging-added"].severity == "info"
    assert RULES["blocking-call-in-async"].category == RULES["logging-added"].category == "async-hazards"


def test_blocking_calls_added_in_async_def(tmp_path):
    ctx = make_context(tmp_path, {"svc/__init__.py": "", "svc/handlers.py": BASE_HANDLERS},
                       {"svc/handlers.py": HEAD_HANDLERS})
    findings = [f for f in run(ctx) if f.kind == "blocking-call-in-async"]
    lines = HEAD_HANDLERS.splitlines()
    at = {text: lines.index("    " + text) + 1 for text in (
        "time.sleep(2)", 'with open("/tmp/token") as fh:',
        'resp = requests.get("https://auth.example.org", params={"u": user_id})', 'subprocess.run(["sync"])',
        'SESSION.post("https://auth.example.org", data=token)')}
    assert {(f.line, f.new) for f in findings} == {(line, text) for text, line in at.items()}
    by_line = {f.line: f for f in findings}
    sleep, opened, http, proc, session = at.values()
    assert "ASYNC251" in by_line[sleep].message and "async def refresh()" in by_line[sleep].message
    assert "asyncio.sleep" in by_line[sleep].message
    assert "ASYNC230" in by_line[opened].message and "ASYNC210" in by_line[http].message
    assert "ASYNC221" in by_line[proc].message
    assert "requests.Session" in by_line[session].message
    assert all(f.path == "svc/handlers.py" and f.severity == "risk" and f.object == "svc.handlers.refresh"
               for f in findings)
    assert ctx.problems == []


def test_moved_and_duplicated_calls_count_multiplicity(tmp_path):
    base = {"svc/__init__.py": "", "svc/a.py": "import time\n\n\nasync def f():\n    time.sleep(1)\n"}
    head = {"svc/a.py": "import time\n\n\nasync def f():\n    x = 1\n    time.sleep(1)\n    time.sleep(1)\n"}
    findings = run(make_context(tmp_path, base, head))
    assert [(f.kind, f.line) for f in findings] == [("blocking-call-in-async", 7)]


def test_renamed_file_followed(tmp_path):
    body = "import time\n\n\nasync def f():\n    time.sleep(1)\n" + "".join(f"# line {i}\n" for i in range(20))
    base = {"svc/__init__.py": "", "svc/old.py": body}
    findings = run(make_context(tmp_path, base, {"svc/old.py": None, "svc/new.py": body + "# moved\n"}))
    assert findings == []


def test_complement_aliases_and_nested_sync_scope(tmp_path):
    head = {"svc/x.py": (
        "import shutil\nimport sqlite3\nfrom shutil import rmtree\nimport requests\n\n\n"
        "class Store:\n    def __init__(self):\n        self.http = requests.Session()\n\n"
        "    async def save(self):\n        rmtree('/tmp/x')\n        sqlite3.connect('db')\n"
        "        self.http.get('u')\n        lambda: shutil.copy('a', 'b')\n")}
    findings = run(make_context(tmp_path, {"svc/__init__.py": ""}, head))
    assert sorted((f.line, f.new) for f in findings) == [
        (12, "rmtree('/tmp/x')"), (13, "sqlite3.connect('db')"), (14, "self.http.get('u')")]
    assert all("ruff has no rule" in f.message or "requests.Session" in f.message for f in findings)
    assert findings[0].object == "svc.x.Store.save"


def test_tests_and_scripts_are_not_production(tmp_path):
    code = "import time\n\n\nasync def f():\n    time.sleep(1)\n"
    ctx = make_context(tmp_path, {"svc/__init__.py": ""}, {"tests/test_x.py": code, "svc/tests/test_y.py": code})
    with pytest.raises(Skip):
        run(ctx)


def test_logging_counts_per_level(tmp_path):
    base = {"svc/__init__.py": "", "svc/w.py": (
        "import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef a():\n    log.info('start')\n")}
    head = {"svc/w.py": (
        "import logging\n\nlog = logging.getLogger(__name__)\n\n\n"
        "def a():\n    log.debug('detail')\n    log.info('start')\n    log.info('again')\n"
        "    log.log(logging.WARNING, 'w')\n\n\n"
        "async def b():\n    logging.error('boom')\n    log.exception('oops')\n    print('not logging')\n")}
    findings = run(make_context(tmp_path, base, head))
    [f] = findings
    assert (f.kind, f.severity, f.path, f.line, f.object) == ("logging-added", "info", "svc/w.py", 7, "svc.w")
    assert "5 logging calls added (1 debug, 1 info, 1 warning, 1 error, 1 exception)" in f.message
    assert "2 inside async def (lines 14, 15)" in f.message
    assert "log.info('again')" in f.new and "log.info('start')" not in f.new


def test_ruff_missing_is_a_problem_but_logging_still_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(async_hazards, "find_ruff", lambda: None)
    head = {"svc/a.py": "import logging, time\n\n\nasync def f():\n    time.sleep(1)\n    logging.info('x')\n"}
    ctx = make_context(tmp_path, {"svc/__init__.py": ""}, head)
    findings = run(ctx)
    assert [f.kind for f in findings] == ["logging-added"]
    assert any("ruff is not installed" in p.message for p in ctx.problems)


def test_unparsable_head_file_is_a_problem(tmp_path):
    ctx = make_context(tmp_path, {"svc/__init__.py": ""}, {"svc/bad.py": "async def f(:\n    pass\n"})
    assert run(ctx) == []
    assert any(p.path == "svc/bad.py" and p.side == "head" for p in ctx.problems)


def test_worktree_head(tmp_path):
    head = {"svc/a.py": "import time\n\n\nasync def f():\n    time.sleep(1)\n"}
    findings = run(make_context(tmp_path, {"svc/__init__.py": ""}, head, commit_head=False))
    assert [(f.path, f.line) for f in findings] == [("svc/a.py", 5)]
