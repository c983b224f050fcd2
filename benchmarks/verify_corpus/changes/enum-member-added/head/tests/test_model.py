from ticketq import Priority, Ticket


def test_parse_priority():
    assert Ticket.parse("[high] Printer on fire").priority is Priority.HIGH


def test_parse_unknown_priority_is_normal():
    assert Ticket.parse("[whenever] Coffee").priority is Priority.NORMAL


def test_parse_without_priority():
    t = Ticket.parse("Reset my password")
    assert t.title == "Reset my password" and t.priority is Priority.NORMAL


def test_parse_urgent():
    assert Ticket.parse("[URGENT] Site down").priority is Priority.URGENT
