from .ids import TicketID
from .service import close_ticket, get_ticket

__all__ = ["TicketID", "close_ticket", "get_ticket"]
