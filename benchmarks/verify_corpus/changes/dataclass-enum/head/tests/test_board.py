from tickets import Board, Priority, Status


def test_add_keeps_assignee_and_priority():
    board = Board()
    t = board.add("disk full", "bob", Priority.HIGH)
    assert t.assignee == "bob" and t.priority is Priority.HIGH


def test_open_tickets_skips_closed():
    board = Board()
    board.add("one")
    board.add("two").close()
    assert [t.title for t in board.open_tickets()] == ["one"]


def test_counts_by_status_value():
    board = Board()
    board.add("one")
    board.add("two").close()
    assert board.counts() == {"open": 1, "in_progress": 0, "done": 1}
    assert len(board.by_status(Status.OPEN)) == 1
