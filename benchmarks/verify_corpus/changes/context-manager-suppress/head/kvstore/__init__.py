"""An in-memory key-value store with transactions."""

from kvstore.store import Store
from kvstore.tx import Transaction

__all__ = ["Store", "Transaction"]
