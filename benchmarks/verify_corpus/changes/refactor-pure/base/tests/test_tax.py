from decimal import Decimal

import pytest

from invoicekit import Invoice, LineItem, rate_for, total_with_tax


def test_rate_for_is_case_insensitive():
    assert rate_for("de") == Decimal("0.19")


def test_rate_for_unknown_country():
    with pytest.raises(KeyError):
        rate_for("XX")


def test_total_with_tax_rounds_half_up():
    inv = Invoice("A-3", [LineItem("fee", Decimal("0.125"))])
    assert total_with_tax(inv, Decimal("0")) == Decimal("0.13")
