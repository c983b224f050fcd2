from ticketq import Priority, Ticket, TicketQueue


def test_highest_priority_first():
    q = TicketQueue()
    q.push(Ticket("a", Priority.LOW))
    q.push(Ticket("b", Priority.HIGH))
    q.push(Ticket("c"))
    assert [q.pop().title for _ in range(3)] == ["b", "c", "a"]


def test_fifo_within_priority():
    q = TicketQueue()
    q.push(Ticket("first"))
    q.push(Ticket("second"))
    assert q.pop().title == "first"


def test_counts():
    q = TicketQueue()
    q.push(Ticket("a", Priority.HIGH))
    counts = q.counts()
    assert counts["HIGH"] == 1 and counts["LOW"] == 0 and counts["NORMAL"] == 0


def test_urgent_before_high():
    q = TicketQueue()
    q.push(Ticket("high", Priority.HIGH))
    q.push(Ticket("urgent", Priority.URGENT))
    assert q.pop().title == "urgent"


def test_counts_lists_urgent():
    q = TicketQueue()
    q.push(Ticket("x", Priority.URGENT))
    assert q.counts()["URGENT"] == 1
