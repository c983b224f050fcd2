"""Websocket routes: the callers of the manager."""
from netra_backend.app.websocket_core import UnifiedWebSocketManager

manager = UnifiedWebSocketManager()


async def on_disconnect(connection_id: str) -> bool:
    return manager.remove_connection(connection_id)


async def on_message(user_id: str, payload: dict) -> None:
    await manager.send_to_user(user_id, {"event": "message", **payload})
