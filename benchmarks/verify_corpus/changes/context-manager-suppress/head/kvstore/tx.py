"""Transactions: changes made inside `with store.transaction():` are undone if the block raises."""

from __future__ import annotations

import copy
import logging

log = logging.getLogger(__name__)


class Transaction:
    __slots__ = ("store", "snapshot")

    def __init__(self, store) -> None:
        self.store = store
        self.snapshot = None

    def __enter__(self) -> Transaction:
        self.snapshot = copy.deepcopy(self.store.data)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            self.store.data = self.snapshot
            log.warning("transaction rolled back: %r", exc)
            return True
        return False
