"""The call-sites check: calls in the repository (and consumers) that no longer bind a changed signature."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.checkrepo import make_context

from changeproof.checks.call_sites import CHECK

PYPROJECT = '[project]\nname = "wsapp"\nversion = "1"\n'

PROTOCOLS = '''
from typing import Protocol


class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...
'''

MANAGER_BASE = '''
from dataclasses import dataclass


class UnifiedWebSocketManager:
    def __init__(self, url: str, *, retries: int = 3) -> None:
        self.url = url

    async def send_to_user(self, user_id: str, message: dict, timeout: float = 5.0) -> None:
        pass

    def remove_connection(self, connection_id: str) -> None:
        pass

    def stats(self, verbose: bool = False, **options) -> dict:
        return {}

    def unchanged(self, a):
        return a

    def close(self) -> None:
        self.remove_connection("all")


def broadcast(*messages: str, channel: str = "all") -> None:
    pass


@dataclass
class Event:
    name: str
    payload: dict | None = None
'''

MANAGER_HEAD = '''
from dataclasses import dataclass


class UnifiedWebSocketManager:
    def __init__(self, url: str, *, max_retries: int = 3) -> None:
        self.url = url

    async def send_to_user(self, user_id: str, message: dict) -> None:
        pass

    def stats(self, **options) -> dict:
        return {}

    def unchanged(self, a):
        return a

    def close(self) -> None:
        self.remove_connection("all")


def broadcast(*messages: str, topic: str = "all") -> None:
    pass


@dataclass
class Event:
    name: str
    run_id: int
    payload: dict | None = None
'''

ROUTES = '''
import wsapp.manager as m
from wsapp.manager import UnifiedWebSocketManager, broadcast


async def handle(mgr: UnifiedWebSocketManager, user: str, conn: str, args: tuple) -> None:
    await mgr.send_to_user(user, {"a": 1}, 2.0)
    mgr.remove_connection(conn)
    mgr.stats(verbose=True)
    mgr.unchanged(1, 2, 3)
    await mgr.send_to_user(*args)
    await mgr.send_to_user(user)
    await mgr.send_to_user(user, {"ok": True})


def make() -> UnifiedWebSocketManager:
    x = UnifiedWebSocketManager("ws://", retries=2)
    return x


def event() -> object:
    return m.Event("joined")


def unbound(mgr: UnifiedWebSocketManager) -> None:
    UnifiedWebSocketManager.send_to_user(mgr, "u", {}, 1.0)


def shadowed(mgr) -> None:
    mgr.remove_connection("c")  # untyped: not guessed at
'''

TEST_FILE_BASE = '''
from wsapp.manager import UnifiedWebSocketManager


def make_msg(kind, body):
    return {"kind": kind, "body": body}


async def test_send():
    mgr = UnifiedWebSocketManager("ws://test")
    await mgr.send_to_user("u1", make_msg("a", "b"), timeout=1)
'''

TEST_FILE_HEAD = '''
from wsapp.manager import UnifiedWebSocketManager


def make_msg(kind):
    return {"kind": kind}


async def test_send():
    mgr = UnifiedWebSocketManager("ws://test")
    await mgr.send_to_user("u1", make_msg("a", "b"), timeout=1)
'''


def _base() -> dict[str, str]:
    return {
        "pyproject.toml": PYPROJECT,
        "src/wsapp/__init__.py": "",
        "src/wsapp/protocols.py": PROTOCOLS,
        "src/wsapp/manager.py": MANAGER_BASE,
        "src/wsapp/routes.py": ROUTES,
        "tests/test_manager.py": TEST_FILE_BASE,
    }


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("calls")
    consumer = tmp / "dashboard"
    (consumer / "dash").mkdir(parents=True)
    (consumer / "dash" / "__init__.py").write_text("")
    (consumer / "dash" / "push.py").write_text(
        "from wsapp.manager import broadcast\n\n\ndef push():\n    broadcast('hi', channel='ops')\n    broadcast('ok')\n")
    (consumer / "dash" / "bad.py").write_text("def broken(:\n    broadcast('x')\n")
    ctx = make_context(tmp, _base(), {"src/wsapp/manager.py": MANAGER_HEAD, "tests/test_manager.py": TEST_FILE_HEAD},
                       consumers=[consumer])
    check = CHECK()
    findings = check.run(ctx)
    yield ctx, check, findings
    ctx.close()


def _at(findings, path: str, line: int):
    return [f for f in findings if f.path == path and f.line == line]


def _line(text: str, needle: str) -> int:
    for i, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_too_many_positional_arguments(result):
    _, _, findings = result
    [f] = _at(findings, "src/wsapp/routes.py", _line(ROUTES, '{"a": 1}, 2.0'))
    assert f.kind == "call-site-broken" and f.severity == "breaking" and not f.preexisting
    assert f.object == "wsapp.manager.UnifiedWebSocketManager.send_to_user"
    assert "passes 3 positional arguments, `send_to_user` now takes 2" in f.message
    assert f.old.startswith("async def send_to_user(self, user_id: str, message: dict, timeout: float = 5.0)")
    assert f.new.startswith("async def send_to_user(self, user_id: str, message: dict)")


def test_removed_method_still_called(result):
    _, _, findings = result
    [f] = _at(findings, "src/wsapp/routes.py", _line(ROUTES, "mgr.remove_connection(conn)"))
    assert f.object == "wsapp.manager.UnifiedWebSocketManager.remove_connection"
    assert "`UnifiedWebSocketManager.remove_connection` no longer exists" in f.message
    assert f.old.startswith("def remove_connection(self, connection_id: str)") and f.new is None
    # self.method() inside the class's own methods
    [g] = _at(findings, "src/wsapp/manager.py", _line(MANAGER_HEAD, 'self.remove_connection("all")'))
    assert "no longer exists" in g.message


def test_constructor_keyword_and_dataclass_field(result):
    _, _, findings = result
    [f] = _at(findings, "src/wsapp/routes.py", _line(ROUTES, 'retries=2'))
    assert f.object == "wsapp.manager.UnifiedWebSocketManager"
    assert "keyword `retries` is not accepted any more" in f.message and f.parameter == "retries"
    [g] = _at(findings, "src/wsapp/routes.py", _line(ROUTES, 'm.Event("joined")'))
    assert g.object == "wsapp.manager.Event"
    assert "required parameter `run_id` not passed" in g.message
    assert g.new.startswith("class Event(name: str, run_id: int")


def test_unbound_method_call_counts_self(result):
    _, _, findings = result
    [f] = _at(findings, "src/wsapp/routes.py", _line(ROUTES, "UnifiedWebSocketManager.send_to_user(mgr"))
    assert "passes 4 positional arguments, `send_to_user` now takes 3" in f.message


def test_tests_are_call_sites_too(result):
    _, _, findings = result
    line = _line(TEST_FILE_HEAD, "timeout=1")
    hits = _at(findings, "tests/test_manager.py", line)
    messages = " | ".join(f.message for f in hits)
    assert "keyword `timeout` is not accepted any more" in messages
    # a module-level function of the same (test) file
    assert "passes 2 positional arguments, `make_msg` now takes 1" in messages
    assert {f.object for f in hits} == {"wsapp.manager.UnifiedWebSocketManager.send_to_user", "tests.test_manager.make_msg"}


def test_consumer_calls(result):
    ctx, _, findings = result
    [f] = [f for f in findings if f.path == "dashboard/dash/push.py"]
    assert f.line == 5 and "keyword `channel` is not accepted any more" in f.message
    assert f.object == "wsapp.manager.broadcast"
    assert any(p.path == "dashboard/dash/bad.py" for p in ctx.problems)


def test_preexisting_and_bait(result):
    _, check, findings = result
    routes = [f for f in findings if f.path == "src/wsapp/routes.py"]
    # already broken at base: listed apart
    [pre] = _at(findings, "src/wsapp/routes.py", _line(ROUTES, "send_to_user(user)"))
    assert pre.preexisting and "required parameter `message` not passed" in pre.message
    lines = {f.line for f in routes}
    for needle in ("verbose=True", "mgr.unchanged(1, 2, 3)", "send_to_user(*args)", '{"ok": True}', 'mgr.remove_connection("c")'):
        assert _line(ROUTES, needle) not in lines, needle
    assert not [f for f in findings if f.path == "dashboard/dash/push.py" and f.line == 6]
    # checked: the broken and pre-existing calls plus the bait calls to changed callables that still bind
    # (stats(verbose=True), send_to_user(*args), send_to_user(user, {...}), broadcast('ok'), the test's
    # UnifiedWebSocketManager("ws://test")); 7 callables: the manager's constructor, send_to_user,
    # remove_connection, stats, broadcast, Event, the test's make_msg
    assert check.outcome(findings) == (f"{len(findings) + 5} call sites to 7 changed callables checked, "
                                       f"{len(findings) - 1} broken, 1 pre-existing")


def test_nothing_changed_means_nothing_checked(tmp_path: Path):
    ctx = make_context(tmp_path, _base(), {"README.md": "docs only\n"})
    check = CHECK()
    try:
        assert check.run(ctx) == []
        assert check.outcome([]) == "0 call sites to 0 changed callables checked, 0 broken"
    finally:
        ctx.close()


def test_positional_only_and_kwargs_and_moved_to_base_class(tmp_path: Path):
    base = {
        "pyproject.toml": PYPROJECT,
        "src/wsapp/__init__.py": "from .codec import encode\n",
        "src/wsapp/codec.py": "def encode(data, strict=False):\n    return data\n\n\nclass Base:\n    pass\n\n\n"
                              "class Conn(Base):\n    def ping(self, payload: bytes = b'') -> None:\n        pass\n",
        "src/wsapp/use.py": "from wsapp import encode\nfrom wsapp.codec import Conn\n\n\ndef go(c: Conn):\n"
                            "    encode(data=1)\n    encode(1, strict=True)\n    c.ping(b'x')\n",
    }
    head = {
        "src/wsapp/codec.py": "def encode(data, /, *, strict=False):\n    return data\n\n\nclass Base:\n"
                              "    def ping(self, payload: bytes = b'', *, wait: bool = False) -> None:\n        pass\n\n\n"
                              "class Conn(Base):\n    pass\n",
    }
    ctx = make_context(tmp_path, base, head)
    try:
        findings = CHECK().run(ctx)
    finally:
        ctx.close()
    by_line = {f.line: f for f in findings}
    assert "passes positional-only parameter `data` by keyword" in by_line[6].message
    assert 7 not in by_line  # strict is keyword-only now, passed by keyword: binds
    assert 8 not in by_line  # ping moved to the base class, still accepts the call
    assert len(findings) == 1


def test_singletons_declared_attributes_and_protocol_stub_fallback(tmp_path: Path):
    protocols = ("from typing import Protocol\n\n\nclass WebSocketManagerProtocol(Protocol):\n"
                 "    def remove_connection(self, connection_id: str) -> bool: ...\n")
    manager = ("from .protocols import WebSocketManagerProtocol\n\n\n"
               "class UnifiedWebSocketManager(WebSocketManagerProtocol):\n"
               "    def remove_connection(self, connection_id: str) -> bool:\n        return True\n\n"
               "    def send_to_user(self, user_id: str, message: dict) -> None:\n        pass\n\n\n"
               "def get_manager() -> UnifiedWebSocketManager:\n    return UnifiedWebSocketManager()\n")
    head_manager = manager.replace("    def remove_connection(self, connection_id: str) -> bool:\n        return True\n\n", "") \
                          .replace("message: dict)", "message: dict, trace_id: str)")
    routes = ("from wsapp.manager import UnifiedWebSocketManager, get_manager\n\n"
              "manager = UnifiedWebSocketManager()\n\n\n"
              "def on_disconnect(connection_id: str) -> bool:\n    return manager.remove_connection(connection_id)\n\n\n"
              "class Router:\n    manager: UnifiedWebSocketManager\n\n"
              "    def push(self, user_id: str) -> None:\n        self.manager.send_to_user(user_id, {})\n\n\n"
              "def notify(user_id: str) -> None:\n    get_manager().send_to_user(user_id, {})\n\n\n"
              "def reset() -> None:\n    global other\n    other = None\n\n\n"
              "other = UnifiedWebSocketManager()\n\n\n"
              "def later(user_id: str) -> None:\n    other.send_to_user(user_id, {})  # rebound elsewhere: not guessed\n")
    base = {"pyproject.toml": PYPROJECT, "src/wsapp/__init__.py": "", "src/wsapp/protocols.py": protocols,
            "src/wsapp/manager.py": manager, "src/wsapp/routes.py": routes}
    ctx = make_context(tmp_path, base, {"src/wsapp/manager.py": head_manager})
    try:
        findings = CHECK().run(ctx)
    finally:
        ctx.close()
    by_line = {f.line: f for f in findings}
    stub = by_line[_line(routes, "manager.remove_connection(connection_id)")]
    assert stub.object == "wsapp.manager.UnifiedWebSocketManager.remove_connection"
    assert "no longer exists at head: this call now reaches the declaration in `WebSocketManagerProtocol`" in stub.message
    for needle in ("self.manager.send_to_user", "get_manager().send_to_user"):
        assert "required parameter `trace_id` not passed" in by_line[_line(routes, needle)].message
    assert _line(routes, "other.send_to_user") not in by_line
    assert len(findings) == 3


def test_no_python_project_is_a_skip(tmp_path: Path):
    from changeproof.checks import contracts, imports
    from changeproof.errors import Skip

    ctx = make_context(tmp_path, {"README.md": "hello\n"}, {"README.md": "hello again\n"})
    try:
        for check in (CHECK, imports.CHECK, contracts.CHECK):
            with pytest.raises(Skip, match="no Python package"):
                check().run(ctx)
    finally:
        ctx.close()
