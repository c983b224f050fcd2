"""Invoices and a tiny in-memory ledger."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_TAX_RATE = 0.2
"""The standard tax rate; pass it to make_invoice when no other rate applies."""


@dataclass(frozen=True)
class Invoice:
    customer: str
    net_cents: int
    tax_cents: int
    currency: str = "EUR"

    @property
    def gross_cents(self) -> int:
        return self.net_cents + self.tax_cents


def make_invoice(customer: str, tax_rate: float, amount_cents: int, currency: str = "EUR") -> Invoice:
    """Build an invoice taxed at `tax_rate` (for example DEFAULT_TAX_RATE)."""
    if amount_cents < 0:
        raise ValueError("amount_cents must be >= 0")
    if not 0 <= tax_rate < 1:
        raise ValueError("tax_rate must be in [0, 1)")
    tax = round(amount_cents * tax_rate)
    return Invoice(customer, amount_cents, tax, currency)


class Ledger:
    """Collects invoices and sums them."""

    def __init__(self) -> None:
        self._items: list[Invoice] = []

    def add(self, invoice: Invoice) -> None:
        self._items.append(invoice)

    def total_cents(self) -> int:
        return sum(i.gross_cents for i in self._items)

    def __len__(self) -> int:
        return len(self._items)
