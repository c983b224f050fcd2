"""Sending: messages go out in chunks of `batch_size`, each chunk retried up to `retry` times."""

from __future__ import annotations

import logging
from typing import Callable

from mailq.settings import Settings

logger = logging.getLogger("mailq")

Transport = Callable[[list[str]], None]


def send_batch(messages: list[str], settings: Settings, transport: Transport) -> int:
    """Send every message; return how many chunks failed after all retries."""
    failed = 0
    for start in range(0, len(messages), settings.batch_size):
        chunk = messages[start:start + settings.batch_size]
        for _attempt in range(settings.retry):
            try:
                transport(chunk)
                break
            except ConnectionError as exc:
                logger.info("retrying chunk at %d: %s", start, exc)
        else:
            logger.warning("giving up on chunk at %d", start)
            failed += 1
    return failed
