import logging

import pytest

from stockroom import Item, Store


@pytest.fixture
def store():
    s = Store()
    s.add(Item("A1", "apple", qty=3, price_cents=50))
    s.add(Item("B2", "bread", qty=10, price_cents=250))
    return s


def test_find_item(store):
    assert store.find_item("A1").name == "apple"


def test_find_missing_returns_none(store):
    assert store.find_item("Z9") is None


def test_restock(store):
    assert store.restock("A1", 4) == 7


def test_restock_unknown_raises(store):
    with pytest.raises(KeyError):
        store.restock("Z9", 1)


def test_total_value(store):
    assert store.total_value_cents() == 3 * 50 + 10 * 250


def test_logs_under_stockroom(store, caplog):
    with caplog.at_level(logging.INFO, logger="stockroom"):
        store.restock("B2", 1)
    assert any(r.name == "stockroom" for r in caplog.records)
