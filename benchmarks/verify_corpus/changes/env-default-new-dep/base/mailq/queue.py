"""The queue itself: messages are grouped in batches before sending."""

from __future__ import annotations

import logging

from .config import Settings

log = logging.getLogger(__name__)


class MailQueue:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pending: list[str] = []

    def put(self, message: str) -> None:
        self._pending.append(message)

    def batches(self) -> list[list[str]]:
        size = self.settings.batch_size
        out = [self._pending[i:i + size] for i in range(0, len(self._pending), size)]
        log.info("split %d messages into %d batches", len(self._pending), len(out))
        return out
