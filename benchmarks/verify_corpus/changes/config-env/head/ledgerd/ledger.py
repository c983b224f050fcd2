"""Double-entry postings."""
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Posting", "balance", "post"]


@dataclass(frozen=True)
class Posting:
    account: str
    amount: Decimal


def post(debit: str, credit: str, amount: Decimal) -> tuple[Posting, Posting]:
    if amount <= 0:
        raise ValueError("amount must be positive")
    return Posting(debit, amount), Posting(credit, -amount)


def balance(postings: list[Posting], account: str) -> Decimal:
    return sum((p.amount for p in postings if p.account == account), Decimal("0"))
