from typing import Dict

from .ids import TicketID

_TICKETS: Dict[TicketID, str] = {}


def get_ticket(ticket_id: TicketID) -> str:
    return _TICKETS[ticket_id]


def close_ticket(ticket_id: TicketID, reason: str = "") -> TicketID:
    _TICKETS[ticket_id] = "closed"
    return ticket_id
