"""ticketq: a tiny priority queue for support tickets."""

from ticketq.model import Priority, Ticket
from ticketq.queue import TicketQueue

__all__ = ["Priority", "Ticket", "TicketQueue"]
