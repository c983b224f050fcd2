import pytest

from invoicer import DEFAULT_TAX_RATE, Ledger, make_invoice


def test_make_invoice_adds_tax():
    inv = make_invoice("acme", DEFAULT_TAX_RATE, 1000)
    assert inv.tax_cents == 200
    assert inv.gross_cents == 1200


def test_make_invoice_currency_keyword():
    inv = make_invoice("acme", DEFAULT_TAX_RATE, 500, currency="USD")
    assert inv.currency == "USD"


def test_negative_amount_rejected():
    with pytest.raises(ValueError):
        make_invoice("acme", DEFAULT_TAX_RATE, -1)


def test_ledger_total():
    ledger = Ledger()
    ledger.add(make_invoice("a", DEFAULT_TAX_RATE, 100))
    ledger.add(make_invoice("b", DEFAULT_TAX_RATE, 200))
    assert ledger.total_cents() == 360
    assert len(ledger) == 2


def test_custom_tax_rate():
    inv = make_invoice("acme", 0.1, 1000)
    assert inv.tax_cents == 100


def test_tax_rate_out_of_range():
    with pytest.raises(ValueError):
        make_invoice("acme", 1.5, 1000)
