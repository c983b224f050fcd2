from decimal import Decimal

from invoicekit import Invoice, LineItem, render_text


def test_line_item_amount():
    assert LineItem("pen", Decimal("1.50"), 4).amount() == Decimal("6.00")


def test_subtotal_sums_items():
    inv = Invoice("A-1")
    inv.add_item(LineItem("pen", Decimal("1.50"), 2))
    inv.add_item(LineItem("pad", Decimal("2.25")))
    assert inv.subtotal() == Decimal("5.25")


def test_render_text_lists_items():
    inv = Invoice("A-2", [LineItem("pen", Decimal("1.5"), 2)])
    text = render_text(inv)
    assert "2 x pen: 3.00 EUR" in text
    assert text.endswith("Subtotal: 3.00 EUR")
