"""Ticket tracking primitives."""

from tickets.board import Board
from tickets.model import Priority, Status, Ticket

__all__ = ["Board", "Priority", "Status", "Ticket"]
__version__ = "2.0.0"
