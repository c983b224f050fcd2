"""An async service: a new required env var, a default changed, a compose port changed, a blocking call and
logging added in async code, a relative import added."""

TESTS = True

_SETTINGS = '''"""Settings read from the environment."""
import os

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///local.db")
CACHE_TTL = int(os.getenv("CACHE_TTL", "300"))
LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
'''

BASE = {
    "pyproject.toml": '''[project]
name = "orders"
version = "2.4.1"
requires-python = ">=3.10"
dependencies = []
''',
    "orders/__init__.py": "",
    "orders/settings.py": _SETTINGS,
    "orders/handlers.py": '''"""Request handlers."""
import asyncio
import logging

from orders.settings import CACHE_TTL
from orders.store import load_order

log = logging.getLogger(__name__)


async def get_order(order_id: str) -> dict:
    order = load_order(order_id)
    await asyncio.sleep(0)
    return {"order": order, "ttl": CACHE_TTL}


async def list_orders(limit: int = 20) -> list:
    return [load_order(str(i)) for i in range(limit)]
''',
    "orders/store.py": '''"""In-memory order store."""
_ORDERS: dict[str, dict] = {}


def load_order(order_id: str) -> dict:
    return _ORDERS.get(order_id, {"id": order_id})


def save_order(order: dict) -> None:
    _ORDERS[order["id"]] = order
''',
    "docker-compose.yml": '''services:
  api:
    build: .
    ports:
      - "8000:8000"
    environment:
      - DATABASE_URL=postgresql://db/orders
''',
    "tests/test_handlers.py": '''import asyncio

from orders.handlers import get_order


def test_get_order():
    assert asyncio.run(get_order("7"))["order"]["id"] == "7"
''',
}

HEAD = {
    "orders/settings.py": _SETTINGS.replace('"300"', '"60"') + 'PAYMENTS_API_KEY = os.environ["PAYMENTS_API_KEY"]\n',
    "orders/handlers.py": '''"""Request handlers."""
import asyncio
import logging
import time

from .settings import CACHE_TTL
from orders.store import load_order

log = logging.getLogger(__name__)


async def get_order(order_id: str) -> dict:
    log.info("loading order %s", order_id)
    order = load_order(order_id)
    if not order:
        log.warning("order %s not found", order_id)
    time.sleep(0.01)
    await asyncio.sleep(0)
    return {"order": order, "ttl": CACHE_TTL}


async def list_orders(limit: int = 20) -> list:
    log.debug("listing %d orders", limit)
    return [load_order(str(i)) for i in range(limit)]
''',
    "docker-compose.yml": '''services:
  api:
    build: .
    ports:
      - "8080:8000"
    environment:
      - DATABASE_URL=postgresql://db/orders
      - PAYMENTS_API_KEY
''',
}
