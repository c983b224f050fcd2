"""The transport-independent part of a notifier."""

import logging

# The records keep the logger name they had before the split, so existing logging configuration still applies.
logger = logging.getLogger("alertly.notifier")


class BaseNotifier:
    """Formats alerts, filters them by level and keeps the sent texts; subclasses implement ``deliver``."""

    prefix = "[alert]"

    def __init__(self, *, min_level=logging.INFO):
        self.min_level = min_level
        self.sent = []

    def format(self, level, message):
        return f"{self.prefix} {logging.getLevelName(level)}: {message}"

    def deliver(self, text):
        raise NotImplementedError

    def notify(self, level, message):
        """Send ``message`` if ``level`` reaches ``min_level``; return whether it was sent."""
        if level < self.min_level:
            logger.debug("dropped %r below min_level", message)
            return False
        text = self.format(level, message)
        self.deliver(text)
        self.sent.append(text)
        return True

    def flush(self):
        """Forget the messages sent so far and return how many there were."""
        count = len(self.sent)
        self.sent.clear()
        return count
