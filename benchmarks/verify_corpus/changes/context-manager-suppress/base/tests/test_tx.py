import pytest

from kvstore import Store


def test_commit_keeps_changes():
    s = Store()
    with s.transaction():
        s.set("a", 1)
    assert s.get("a") == 1


def test_rollback_on_error():
    s = Store()
    s.set("a", 1)
    with pytest.raises(KeyError):
        with s.transaction():
            s.set("a", 2)
            raise KeyError("boom")
    assert s.get("a") == 1


def test_transaction_can_carry_a_note():
    s = Store()
    with s.transaction() as tx:
        tx.note = "import batch 7"
    assert tx.note == "import batch 7"
