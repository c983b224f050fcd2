"""Send queued e-mail in batches."""

from mailq.sender import send_batch
from mailq.settings import Settings, load_settings

__all__ = ["Settings", "load_settings", "send_batch"]
__version__ = "1.0.0"
