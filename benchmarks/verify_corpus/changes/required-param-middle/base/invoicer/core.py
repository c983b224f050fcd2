"""Invoices and a tiny in-memory ledger."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Invoice:
    customer: str
    net_cents: int
    tax_cents: int
    currency: str = "EUR"

    @property
    def gross_cents(self) -> int:
        return self.net_cents + self.tax_cents


def make_invoice(customer: str, amount_cents: int, currency: str = "EUR") -> Invoice:
    """Build an invoice with the standard 20% tax."""
    if amount_cents < 0:
        raise ValueError("amount_cents must be >= 0")
    tax = round(amount_cents * 0.2)
    return Invoice(customer, amount_cents, tax, currency)


class Ledger:
    """Collects invoices and sums them."""

    def __init__(self) -> None:
        self._items: list[Invoice] = []

    def add(self, invoice: Invoice) -> None:
        self._items.append(invoice)

    def total_cents(self) -> int:
        return sum(i.gross_cents for i in self._items)

    def clear(self) -> None:
        """Forget every invoice."""
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
