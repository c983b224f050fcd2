"""Collect and deliver alert messages."""

import logging

from ._base import BaseNotifier

logger = logging.getLogger(__name__)


class Notifier(BaseNotifier):
    """Formats alerts and hands them to a transport callable."""

    def __init__(self, transport, *, min_level=logging.INFO):
        super().__init__(min_level=min_level)
        self.transport = transport

    def deliver(self, text):
        self.transport(text)
