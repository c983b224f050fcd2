"""The interface every websocket manager provides."""
from typing import Any, Dict, List, Protocol


class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: Dict[str, Any]) -> None: ...

    def get_user_connections(self, user_id: str) -> List[str]: ...

    def remove_connection(self, connection_id: str) -> bool: ...
