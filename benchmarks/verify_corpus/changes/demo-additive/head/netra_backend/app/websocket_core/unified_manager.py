"""The one websocket manager: per-user connection isolation and agent events."""
import logging
from typing import Any, Dict, List, Union

from .protocols import WebSocketManagerProtocol
from .utils import ConnectionID, UserID, ensure_user_id

logger = logging.getLogger(__name__)

AGENT_EVENTS = ("agent_started", "agent_thinking", "tool_executing", "tool_completed")


class UnifiedWebSocketManager(WebSocketManagerProtocol):
    def __init__(self) -> None:
        self._connections: Dict[str, List[str]] = {}
        self.sent: List[Dict[str, Any]] = []

    def add_connection(self, user_id: str, connection_id: str) -> None:
        self._connections.setdefault(user_id, []).append(connection_id)

    async def send_to_user(self, user_id: Union[str, UserID], message: Dict[str, Any]) -> None:
        user_id = ensure_user_id(user_id)
        logger.debug("send_to_user %s", user_id)
        for connection_id in self._connections.get(user_id, []):
            self.sent.append({"to": connection_id, **message})

    def get_user_connections(self, user_id: Union[str, UserID]) -> List[str]:
        return list(self._connections.get(user_id, []))

    def remove_connection(self, connection_id: Union[str, ConnectionID]) -> bool:
        for connections in self._connections.values():
            if connection_id in connections:
                connections.remove(connection_id)
                return True
        return False

    async def emit_agent_event(self, user_id: str, event: str, payload: Dict[str, Any] | None = None) -> None:
        if event not in AGENT_EVENTS:
            raise ValueError(f"unknown agent event {event!r}")
        await self.send_to_user(user_id, {"event": event, **(payload or {})})
