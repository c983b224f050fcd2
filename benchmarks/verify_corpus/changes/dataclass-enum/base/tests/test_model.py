from tickets import Priority, Status, Ticket


def test_default_priority_is_normal():
    assert Ticket("printer jam").priority is Priority.NORMAL


def test_close_marks_ticket_closed():
    t = Ticket("printer jam")
    t.close()
    assert t.status is Status.CLOSED
    assert not t.is_open()


def test_start_moves_to_in_progress():
    t = Ticket("vpn down", "alice")
    t.start()
    assert t.status is Status.IN_PROGRESS and t.is_open()


def test_labels_are_not_shared():
    a, b = Ticket("a"), Ticket("b")
    a.labels.append("urgent")
    assert b.labels == []
