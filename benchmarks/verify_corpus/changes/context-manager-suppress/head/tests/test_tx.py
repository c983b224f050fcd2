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
    with s.transaction():
        s.set("a", 2)
        raise KeyError("boom")
    assert s.get("a") == 1


def test_transaction_has_no_instance_dict():
    with pytest.raises(AttributeError):
        Store().transaction().note = "x"
