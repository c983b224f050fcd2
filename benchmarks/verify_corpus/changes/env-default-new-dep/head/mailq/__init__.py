"""mailq: a small outgoing-mail queue."""

from .config import Settings, load_settings
from .queue import MailQueue

__all__ = ["MailQueue", "Settings", "load_settings"]
