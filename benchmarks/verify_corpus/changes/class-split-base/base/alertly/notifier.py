"""Collect and deliver alert messages."""

import logging

logger = logging.getLogger(__name__)


class Notifier:
    """Formats alerts and hands them to a transport callable."""

    prefix = "[alert]"

    def __init__(self, transport, *, min_level=logging.INFO):
        self.transport = transport
        self.min_level = min_level
        self.sent = []

    def format(self, level, message):
        return f"{self.prefix} {logging.getLevelName(level)}: {message}"

    def notify(self, level, message):
        """Send ``message`` if ``level`` reaches ``min_level``; return whether it was sent."""
        if level < self.min_level:
            logger.debug("dropped %r below min_level", message)
            return False
        text = self.format(level, message)
        self.transport(text)
        self.sent.append(text)
        return True

    def flush(self):
        """Forget the messages sent so far and return how many there were."""
        count = len(self.sent)
        self.sent.clear()
        return count
