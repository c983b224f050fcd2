"""The contracts check: implementers of project Protocols and ABCs must still satisfy them."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.checkrepo import make_context

from changeproof.checks.contracts import CHECK

PYPROJECT = '[project]\nname = "wsapp"\nversion = "1"\n'

PROTOCOL_BASE = '''
from abc import ABC, abstractmethod
from typing import Protocol


class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...

    def remove_connection(self, connection_id: str) -> None: ...

    def count(self) -> int:
        return 0


class Transport(ABC):
    @abstractmethod
    def write(self, data: bytes) -> int: ...

    def close(self) -> None:
        pass
'''

PROTOCOL_HEAD = '''
from abc import ABC, abstractmethod
from typing import Protocol


class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...

    def remove_connection(self, connection_id: str) -> None: ...

    async def broadcast(self, message: dict) -> None: ...

    def count(self) -> int:
        return 0


class Transport(ABC):
    @abstractmethod
    def write(self, data: bytes) -> int: ...

    @abstractmethod
    def flush(self) -> None: ...

    def close(self) -> None:
        pass
'''

MANAGER_BASE = '''
from wsapp.protocols import Transport, WebSocketManagerProtocol


class BaseManager:
    def remove_connection(self, connection_id: str) -> None:
        pass


class UnifiedWebSocketManager(BaseManager, WebSocketManagerProtocol):
    async def send_to_user(self, user_id: str, message: dict) -> None:
        pass

    async def broadcast(self, message: dict) -> None:
        pass


class LegacyManager(WebSocketManagerProtocol):
    async def send_to_user(self, user_id: str, message: dict) -> None:
        pass

    def remove_connection(self, connection_id: str) -> None:
        pass

    async def broadcast(self, message: dict) -> None:
        pass


class TcpTransport(Transport):
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass


class HalfTransport(Transport):
    pass
'''

MANAGER_HEAD = '''
from wsapp.protocols import Transport, WebSocketManagerProtocol


class BaseManager:
    def remove_connection(self, connection_id: str) -> None:
        pass

    async def send_to_user(self, user_id: str, message: dict, *, priority: int = 0) -> None:
        pass


class UnifiedWebSocketManager(BaseManager, WebSocketManagerProtocol):
    pass


class LegacyManager(WebSocketManagerProtocol):
    async def send_to_user(self, user_id: str) -> None:
        pass

    async def broadcast(self, message: dict) -> None:
        pass


class TcpTransport(Transport):
    def write(self, data: bytes, timeout: float) -> int:
        return len(data)

    def flush(self) -> None:
        pass


class HalfTransport(Transport):
    pass
'''

FAKE = '''
from wsapp.protocols import WebSocketManagerProtocol


class FakeManager(WebSocketManagerProtocol):
    async def send_to_user(self, user_id: str, message: dict) -> None:
        pass

    def remove_connection(self, connection_id: str) -> None:
        pass
'''


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("contracts")
    base = {"pyproject.toml": PYPROJECT, "src/wsapp/__init__.py": "", "src/wsapp/protocols.py": PROTOCOL_BASE,
            "src/wsapp/manager.py": MANAGER_BASE, "tests/fakes.py": FAKE}
    ctx = make_context(tmp, base, {"src/wsapp/protocols.py": PROTOCOL_HEAD, "src/wsapp/manager.py": MANAGER_HEAD})
    check = CHECK()
    findings = check.run(ctx)
    yield ctx, check, findings
    ctx.close()


def _by(findings, obj: str):
    return [f for f in findings if f.object == obj]


def _line(text: str, needle: str) -> int:
    for i, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(needle)


def test_member_added_to_protocol_breaks_implementers(result):
    _, _, findings = result
    [f] = _by(findings, "tests.fakes.FakeManager.broadcast")
    assert f.kind == "protocol-nonconformance" and f.severity == "breaking" and not f.preexisting
    assert f.message.startswith("`WebSocketManagerProtocol` gained `broadcast`, which `FakeManager` does not define")
    assert f.path == "tests/fakes.py" and f.line == _line(FAKE, "class FakeManager")
    assert f.old == "async def broadcast(self, message: dict) -> None" and f.new is None


def test_abstract_member_added_to_abc(result):
    _, _, findings = result
    # TcpTransport already had flush(): nothing missing; HalfTransport was incomplete at base (write) and
    # gains another gap: the new one is new, the old one pre-existing
    assert not [f for f in findings if f.object == "wsapp.manager.TcpTransport.flush"]
    [flush] = _by(findings, "wsapp.manager.HalfTransport.flush")
    assert not flush.preexisting and "`Transport` gained `flush`" in flush.message and "raises TypeError" in flush.message
    [write] = _by(findings, "wsapp.manager.HalfTransport.write")
    assert write.preexisting


def test_removed_member_and_incompatible_signatures(result):
    _, _, findings = result
    [gone] = _by(findings, "wsapp.manager.LegacyManager.remove_connection")
    assert "`LegacyManager` does not define `remove_connection`, which the protocol `WebSocketManagerProtocol` requires" in gone.message
    [narrow] = _by(findings, "wsapp.manager.LegacyManager.send_to_user")
    assert "does not match `WebSocketManagerProtocol.send_to_user`" in narrow.message
    assert "it does not accept `message`" in narrow.message
    assert narrow.line == _line(MANAGER_HEAD, "async def send_to_user(self, user_id: str) -> None")
    assert narrow.new == "async def send_to_user(self, user_id: str) -> None"
    [req] = _by(findings, "wsapp.manager.TcpTransport.write")
    assert "it requires `timeout`" in req.message and "abstract base class" in req.message


def test_method_moved_to_base_class_still_conforms(result):
    _, check, findings = result
    # UnifiedWebSocketManager's send_to_user moved to BaseManager (with an extra optional keyword): fine;
    # broadcast is missing though (the protocol gained it while the implementer dropped it)
    unified = [f for f in findings if f.object.startswith("wsapp.manager.UnifiedWebSocketManager.")]
    assert [f.object for f in unified] == ["wsapp.manager.UnifiedWebSocketManager.broadcast"]
    # count() has a default implementation in the protocol: inherited, never missing
    assert not [f for f in findings if f.object.endswith(".count")]
    assert check.outcome(findings) == "5 implementers of 2 protocols/ABCs checked, 6 nonconforming, 1 pre-existing"


def test_unchanged_contracts_no_findings(tmp_path: Path):
    base = {"pyproject.toml": PYPROJECT, "src/wsapp/__init__.py": "", "src/wsapp/protocols.py": PROTOCOL_BASE,
            "src/wsapp/impl.py": "from .protocols import WebSocketManagerProtocol\n\n\n"
                                 "class M(WebSocketManagerProtocol):\n"
                                 "    async def send_to_user(self, user_id, message, *args, **kwargs):\n        pass\n\n"
                                 "    def remove_connection(self, connection_id: str, force: bool = False) -> None:\n        pass\n"}
    ctx = make_context(tmp_path, base, {"README.md": "x\n"})
    try:
        check = CHECK()
        assert check.run(ctx) == []
        assert check.outcome([]) == "1 implementer of 1 protocol/ABC checked, 0 nonconforming"
    finally:
        ctx.close()


def test_registered_virtual_subclass(tmp_path: Path):
    base = {"pyproject.toml": PYPROJECT, "src/wsapp/__init__.py": "", "src/wsapp/protocols.py": PROTOCOL_BASE,
            "src/wsapp/impl.py": "from .protocols import Transport\n\n\n@Transport.register\nclass Pipe:\n"
                                 "    def write(self, data: bytes) -> int:\n        return 0\n"}
    head = {"src/wsapp/impl.py": "from .protocols import Transport\n\n\n@Transport.register\nclass Pipe:\n"
                                 "    def send(self, data: bytes) -> int:\n        return 0\n"}
    ctx = make_context(tmp_path, base, head)
    try:
        findings = CHECK().run(ctx)
    finally:
        ctx.close()
    [f] = findings
    assert f.object == "wsapp.impl.Pipe.write" and "`Pipe` does not define `write`" in f.message and f.line == 5
