import pytest

from tickets import Priority, Status, Ticket


def test_priority_is_required():
    with pytest.raises(TypeError):
        Ticket("printer jam")


def test_close_marks_ticket_done():
    t = Ticket("printer jam", Priority.LOW)
    t.close()
    assert t.status is Status.DONE
    assert not t.is_open()


def test_start_moves_to_in_progress():
    t = Ticket("vpn down", Priority.HIGH, "alice")
    t.start()
    assert t.status is Status.IN_PROGRESS and t.is_open()


def test_labels_are_not_shared():
    a, b = Ticket("a", Priority.LOW), Ticket("b", Priority.LOW)
    a.labels.append("urgent")
    assert b.labels == []
