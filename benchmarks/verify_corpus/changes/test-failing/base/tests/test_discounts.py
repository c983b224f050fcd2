from decimal import Decimal

from pricing import apply_discount, bulk_discount


def test_apply_discount():
    assert apply_discount(Decimal("100.00"), 20) == Decimal("80.00")


def test_apply_discount_rounds_half_up():
    assert apply_discount(Decimal("0.25"), 10) == Decimal("0.23")


def test_bulk_discount_tiers():
    assert [bulk_discount(n) for n in (1, 10, 100)] == [0, 5, 15]


def test_no_discount_keeps_price():
    assert apply_discount(Decimal("9.99"), 0) == Decimal("9.99")
