"""The interface every websocket manager provides."""
from typing import Any, Dict, List, Protocol, Union

from .utils import ConnectionID, UserID


class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: Union[str, UserID], message: Dict[str, Any]) -> None: ...

    def get_user_connections(self, user_id: Union[str, UserID]) -> List[str]: ...

    def remove_connection(self, connection_id: Union[str, ConnectionID]) -> bool: ...
