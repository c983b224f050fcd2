"""A priority queue of tickets: highest priority first, then first in, first out."""

from __future__ import annotations

import heapq
import itertools

from ticketq.model import Priority, Ticket


class TicketQueue:
    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Ticket]] = []
        self._counter = itertools.count()

    def push(self, ticket: Ticket) -> None:
        heapq.heappush(self._heap, (-int(ticket.priority), next(self._counter), ticket))

    def pop(self) -> Ticket:
        return heapq.heappop(self._heap)[2]

    def __len__(self) -> int:
        return len(self._heap)

    def counts(self) -> dict[str, int]:
        """Number of queued tickets per priority name, every priority listed."""
        result = {p.name: 0 for p in Priority}
        for _, _, ticket in self._heap:
            result[ticket.priority.name] += 1
        return result
