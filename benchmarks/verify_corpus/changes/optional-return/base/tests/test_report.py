from stockroom import Item, Store
from stockroom.report import low_stock


def test_low_stock():
    s = Store()
    s.add(Item("A1", "apple", qty=3))
    s.add(Item("B2", "bread", qty=10))
    assert low_stock(s, ["A1", "B2"]) == ["A1"]
