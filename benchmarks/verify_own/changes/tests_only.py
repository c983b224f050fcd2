"""Only tests and docs: two test files added, one modified, a docs page added."""

TESTS = True

BASE = {
    "pyproject.toml": '''[project]
name = "ledger"
version = "0.3.0"
requires-python = ">=3.10"
''',
    "ledger/__init__.py": "from ledger.core import Account\n",
    "ledger/core.py": '''"""Accounts."""


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> int:
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount: int) -> int:
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance
''',
    "tests/test_core.py": '''from ledger import Account


def test_deposit():
    assert Account("a").deposit(5) == 5
''',
    "README.md": "# ledger\n",
}

HEAD = {
    "tests/test_core.py": '''import pytest

from ledger import Account


def test_deposit():
    assert Account("a").deposit(5) == 5


def test_deposit_rejects_zero():
    with pytest.raises(ValueError):
        Account("a").deposit(0)
''',
    "tests/unit/test_withdraw.py": '''import pytest

from ledger import Account


def test_withdraw():
    assert Account("a", 10).withdraw(4) == 6


def test_withdraw_too_much():
    with pytest.raises(ValueError):
        Account("a", 1).withdraw(4)
''',
    "tests/integration/test_flow.py": '''from ledger import Account


def test_deposit_then_withdraw():
    acct = Account("a")
    acct.deposit(10)
    assert acct.withdraw(3) == 7
''',
    "docs/testing.md": "# Testing\n\nRun `pytest`.\n",
}
