from .bus import Bus, Context, Message
from .store import Store

__all__ = ["Bus", "Context", "Message", "Store"]
