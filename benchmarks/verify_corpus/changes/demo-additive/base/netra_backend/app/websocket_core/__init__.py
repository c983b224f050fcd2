from .protocols import WebSocketManagerProtocol
from .unified_manager import AGENT_EVENTS, UnifiedWebSocketManager
from .utils import ConnectionID, UserID, ensure_user_id

__all__ = ["AGENT_EVENTS", "ConnectionID", "UnifiedWebSocketManager", "UserID", "WebSocketManagerProtocol", "ensure_user_id"]
