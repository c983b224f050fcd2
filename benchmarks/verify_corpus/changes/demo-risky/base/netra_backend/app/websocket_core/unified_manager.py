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
