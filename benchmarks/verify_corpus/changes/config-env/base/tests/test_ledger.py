from decimal import Decimal

import pytest

from ledgerd.ledger import balance, post


def test_post_balances_to_zero():
    a, b = post("cash", "revenue", Decimal("10"))
    assert a.amount + b.amount == 0


def test_post_rejects_non_positive():
    with pytest.raises(ValueError):
        post("cash", "revenue", Decimal("0"))


def test_balance_of_account():
    postings = [*post("cash", "revenue", Decimal("10")), *post("cash", "revenue", Decimal("5"))]
    assert balance(postings, "cash") == Decimal("15")
