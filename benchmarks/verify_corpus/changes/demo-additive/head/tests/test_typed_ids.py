import asyncio

from netra_backend.app.websocket_core import UnifiedWebSocketManager, UserID


def test_typed_ids_are_accepted():
    m = UnifiedWebSocketManager()
    m.add_connection("u1", "c1")
    asyncio.run(m.send_to_user(UserID("u1"), {"event": "agent_thinking"}))
    assert m.sent
