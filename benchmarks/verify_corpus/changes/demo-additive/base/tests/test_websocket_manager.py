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
