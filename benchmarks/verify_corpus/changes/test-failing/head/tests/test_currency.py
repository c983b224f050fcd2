from decimal import Decimal

from pricing import convert


def test_same_currency():
    assert convert(Decimal("5"), "EUR", "EUR") == Decimal("5")


def test_convert_rounds_to_cents():
    # known issue: convert does not round yet
    assert convert(Decimal("10.01"), "EUR", "USD") == Decimal("10.86")
