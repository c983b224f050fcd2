import pytest

from invoicer import Ledger, make_invoice


def test_make_invoice_adds_tax():
    inv = make_invoice("acme", 1000)
    assert inv.tax_cents == 200
    assert inv.gross_cents == 1200


def test_make_invoice_currency_keyword():
    inv = make_invoice("acme", 500, currency="USD")
    assert inv.currency == "USD"


def test_negative_amount_rejected():
    with pytest.raises(ValueError):
        make_invoice("acme", -1)


def test_ledger_total_and_clear():
    ledger = Ledger()
    ledger.add(make_invoice("a", 100))
    ledger.add(make_invoice("b", 200))
    assert ledger.total_cents() == 360
    ledger.clear()
    assert len(ledger) == 0
