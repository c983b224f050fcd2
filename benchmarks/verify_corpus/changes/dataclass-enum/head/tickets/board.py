"""A board holds tickets and answers questions about them."""

from __future__ import annotations

from tickets.model import Priority, Status, Ticket


class Board:
    def __init__(self) -> None:
        self._tickets: list[Ticket] = []

    def add(self, title: str, assignee: str | None = None, priority: Priority = Priority.NORMAL) -> Ticket:
        ticket = Ticket(title, priority, assignee)
        self._tickets.append(ticket)
        return ticket

    def open_tickets(self) -> list[Ticket]:
        return [t for t in self._tickets if t.is_open()]

    def by_status(self, status: Status) -> list[Ticket]:
        return [t for t in self._tickets if t.status is status]

    def counts(self) -> dict[str, int]:
        result = {s.value: 0 for s in Status}
        for t in self._tickets:
            result[t.status.value] += 1
        return result
