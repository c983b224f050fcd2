"""alertly: format alerts and hand them to a transport."""

from .notifier import Notifier

__all__ = ["Notifier"]
__version__ = "0.6.0"
