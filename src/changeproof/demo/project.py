"""Files of the embedded example service (see ../shared/examples/stability-report.md for what it models)."""

from __future__ import annotations

PYPROJECT = '''\
[project]
name = "netra"
version = "1.4.0"
requires-python = ">=3.10"

[tool.changeproof]
packages = ["netra_backend", "auth_service", "shared"]

[tool.changeproof.architecture]
independent = ["auth_service", "netra_backend"]
'''

UTILS = '''\
"""Typed ids for the websocket layer."""
from typing import NewType, Union

UserID = NewType("UserID", str)
ConnectionID = NewType("ConnectionID", str)


def ensure_user_id(value: Union[str, UserID]) -> UserID:
    if not value:
        raise ValueError("empty user id")
    return UserID(str(value))
'''

PROTOCOLS = '''\
"""The interface every websocket manager provides."""
from typing import Any, Dict, List, Protocol


class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: Dict[str, Any]) -> None: ...

    def get_user_connections(self, user_id: str) -> List[str]: ...

    def remove_connection(self, connection_id: str) -> bool: ...
'''

MANAGER = '''\
"""The one websocket manager: per-user connection isolation and agent events."""
import logging
from typing import Any, Dict, List

from .protocols import WebSocketManagerProtocol

logger = logging.getLogger(__name__)

AGENT_EVENTS = ("agent_started", "agent_thinking", "tool_executing", "tool_completed")


class UnifiedWebSocketManager(WebSocketManagerProtocol):
    def __init__(self) -> None:
        self._connections: Dict[str, List[str]] = {}
        self.sent: List[Dict[str, Any]] = []

    def add_connection(self, user_id: str, connection_id: str) -> None:
        self._connections.setdefault(user_id, []).append(connection_id)

    async def send_to_user(self, user_id: str, message: Dict[str, Any]) -> None:
        for connection_id in self._connections.get(user_id, []):
            self.sent.append({"to": connection_id, **message})

    def get_user_connections(self, user_id: str) -> List[str]:
        return list(self._connections.get(user_id, []))

    def remove_connection(self, connection_id: str) -> bool:
        for connections in self._connections.values():
            if connection_id in connections:
                connections.remove(connection_id)
                return True
        return False

    async def emit_agent_event(self, user_id: str, event: str, payload: Dict[str, Any] | None = None) -> None:
        if event not in AGENT_EVENTS:
            raise ValueError(f"unknown agent event {event!r}")
        await self.send_to_user(user_id, {"event": event, **(payload or {})})
'''

WS_INIT = '''\
from .protocols import WebSocketManagerProtocol
from .unified_manager import AGENT_EVENTS, UnifiedWebSocketManager
from .utils import ConnectionID, UserID, ensure_user_id

__all__ = ["AGENT_EVENTS", "ConnectionID", "UnifiedWebSocketManager", "UserID", "WebSocketManagerProtocol", "ensure_user_id"]
'''

SESSION = '''\
"""Request-scoped database sessions over SQLite, with thread records."""
import sqlite3
from typing import Optional


class RequestScopedSessionFactory:
    def __init__(self, path: str = ":memory:") -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS threads (id TEXT PRIMARY KEY, user_id TEXT NOT NULL)")

    def create_thread(self, thread_id: str, user_id: str) -> str:
        self.db.execute("INSERT INTO threads VALUES (?, ?)", (thread_id, user_id))
        return thread_id

    def get_thread(self, thread_id: str) -> Optional[str]:
        row = self.db.execute("SELECT user_id FROM threads WHERE id = ?", (thread_id,)).fetchone()
        return row[0] if row else None
'''

AUTH = '''\
"""Token checks for the auth service."""
import hashlib
import hmac


def check_token(token: str, secret: str) -> bool:
    user, _, signature = token.partition(".")
    expected = hmac.new(secret.encode(), user.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, expected)
'''

CORE_TYPES = '''\
"""Shared types across services."""
from typing import NewType

ThreadID = NewType("ThreadID", str)
'''

ROUTES = '''\
"""Websocket routes: the callers of the manager."""
from netra_backend.app.websocket_core import UnifiedWebSocketManager

manager = UnifiedWebSocketManager()


async def on_disconnect(connection_id: str) -> bool:
    return manager.remove_connection(connection_id)


async def on_message(user_id: str, payload: dict) -> None:
    await manager.send_to_user(user_id, {"event": "message", **payload})
'''

SETTINGS = '''\
"""Service settings from the environment."""
import os

DATABASE_PATH = os.environ.get("NETRA_DATABASE_PATH", ":memory:")
MAX_CONNECTIONS = int(os.getenv("NETRA_MAX_CONNECTIONS", "100"))
'''

TEST_MANAGER = '''\
import asyncio

from netra_backend.app.websocket_core import UnifiedWebSocketManager


def test_send_to_user_reaches_only_that_user():
    m = UnifiedWebSocketManager()
    m.add_connection("u1", "c1")
    m.add_connection("u2", "c2")
    asyncio.run(m.send_to_user("u1", {"event": "agent_started"}))
    assert [s["to"] for s in m.sent] == ["c1"]


def test_remove_connection():
    m = UnifiedWebSocketManager()
    m.add_connection("u1", "c1")
    assert m.remove_connection("c1") is True
    assert m.get_user_connections("u1") == []


def test_memory_cleanup_after_last_connection():
    # the "1 minor memory cleanup test" of the example report: it already fails at base
    m = UnifiedWebSocketManager()
    m.add_connection("u1", "c1")
    m.remove_connection("c1")
    assert "u1" not in m._connections
'''

BASE: dict[str, str | None] = {
    "pyproject.toml": PYPROJECT,
    "netra_backend/__init__.py": "",
    "netra_backend/app/__init__.py": "",
    "netra_backend/app/websocket_core/__init__.py": WS_INIT,
    "netra_backend/app/websocket_core/protocols.py": PROTOCOLS,
    "netra_backend/app/websocket_core/unified_manager.py": MANAGER,
    "netra_backend/app/websocket_core/utils.py": UTILS,
    "netra_backend/app/database/__init__.py": "",
    "netra_backend/app/database/request_scoped_session_factory.py": SESSION,
    "auth_service/__init__.py": "",
    "auth_service/tokens.py": AUTH,
    "shared/__init__.py": "",
    "shared/types/__init__.py": "",
    "shared/types/core_types.py": CORE_TYPES,
    "netra_backend/app/routes.py": ROUTES,
    "netra_backend/app/settings.py": SETTINGS,
    "tests/__init__.py": "",
    "tests/test_websocket_manager.py": TEST_MANAGER,
}

# The honest change: parameters widened to accept typed ids (Union[str, UserID]), debug logging.
_ADDITIVE_MANAGER = (
    MANAGER.replace("from .protocols import WebSocketManagerProtocol",
                    "from .protocols import WebSocketManagerProtocol\nfrom .utils import ConnectionID, UserID, ensure_user_id")
    .replace("from typing import Any, Dict, List", "from typing import Any, Dict, List, Union")
    .replace("async def send_to_user(self, user_id: str,", "async def send_to_user(self, user_id: Union[str, UserID],")
    .replace("        for connection_id in self._connections.get(user_id, []):",
             "        user_id = ensure_user_id(user_id)\n        logger.debug(\"send_to_user %s\", user_id)\n"
             "        for connection_id in self._connections.get(user_id, []):")
    .replace("def get_user_connections(self, user_id: str)", "def get_user_connections(self, user_id: Union[str, UserID])")
    .replace("def remove_connection(self, connection_id: str)", "def remove_connection(self, connection_id: Union[str, ConnectionID])")
)
_ADDITIVE_PROTOCOLS = (
    PROTOCOLS.replace("from typing import Any, Dict, List, Protocol",
                      "from typing import Any, Dict, List, Protocol, Union\n\nfrom .utils import ConnectionID, UserID")
    .replace("send_to_user(self, user_id: str,", "send_to_user(self, user_id: Union[str, UserID],")
    .replace("get_user_connections(self, user_id: str)", "get_user_connections(self, user_id: Union[str, UserID])")
    .replace("remove_connection(self, connection_id: str)", "remove_connection(self, connection_id: Union[str, ConnectionID])")
)

# Real damage: a narrowed parameter, a removed method, a Protocol member added, an async handler made sync.
_RISKY_MANAGER = (
    MANAGER.replace("        for connection_id in self._connections.get(user_id, []):",
                    "        for connection_id in [c for cs in self._connections.values() for c in cs]:  # fan out")
    .replace("from .protocols import WebSocketManagerProtocol",
                    "from .protocols import WebSocketManagerProtocol\nfrom .utils import UserID")
    .replace("def get_user_connections(self, user_id: str)", "def get_user_connections(self, user_id: UserID)")
    .replace('''    def remove_connection(self, connection_id: str) -> bool:
        for connections in self._connections.values():
            if connection_id in connections:
                connections.remove(connection_id)
                return True
        return False
''', "")
    .replace("async def emit_agent_event(self, user_id: str, event: str,", "async def emit_agent_event(self, user_id: str, event: str, run_id: str,")
)
_RISKY_PROTOCOLS = PROTOCOLS + '''
    def broadcast(self, message: Dict[str, Any]) -> int: ...
'''

_REPORT = """# WebSocket typed ids: implementation notes

Union types accept the old string ids and the new typed ids.
"""

_TEST_TYPED_IDS = '''\
import asyncio

from netra_backend.app.websocket_core import UnifiedWebSocketManager, UserID


def test_typed_ids_are_accepted():
    m = UnifiedWebSocketManager()
    m.add_connection("u1", "c1")
    asyncio.run(m.send_to_user(UserID("u1"), {"event": "agent_thinking"}))
    assert m.sent
'''

_RISKY_SETTINGS = SETTINGS + '''
JWT_SECRET = os.environ["NETRA_JWT_SECRET"]
'''

_RISKY_ROUTES = ROUTES.replace('''async def on_message(user_id: str, payload: dict) -> None:
    await manager.send_to_user(user_id, {"event": "message", **payload})''', '''async def on_message(user_id: str, payload: dict) -> None:
    import time

    time.sleep(0.1)  # wait for the session row
    await manager.send_to_user(user_id, {"event": "message", **payload})''')

_RISKY_AUTH = AUTH + '''

from netra_backend.app.database.request_scoped_session_factory import RequestScopedSessionFactory


def token_owner(factory: RequestScopedSessionFactory, thread_id: str):
    return factory.get_thread(thread_id)
'''

CHANGES: dict[str, dict[str, str | None]] = {
    "additive": {
        "netra_backend/app/websocket_core/unified_manager.py": _ADDITIVE_MANAGER,
        "netra_backend/app/websocket_core/protocols.py": _ADDITIVE_PROTOCOLS,
        "tests/test_typed_ids.py": _TEST_TYPED_IDS,
        "reports/websocket_typed_ids.md": _REPORT,
    },
    "risky": {
        "netra_backend/app/websocket_core/unified_manager.py": _RISKY_MANAGER,
        "netra_backend/app/websocket_core/protocols.py": _RISKY_PROTOCOLS,
        "netra_backend/app/settings.py": _RISKY_SETTINGS,
        "netra_backend/app/routes.py": _RISKY_ROUTES,
        "auth_service/tokens.py": _RISKY_AUTH,
        "netra_backend/app/database/request_scoped_session_factory.py": SESSION.replace(
            "def create_thread(self, thread_id: str, user_id: str) -> str:",
            "def create_thread(self, user_id: str, thread_id: str) -> str:"),
    },
}
