from typing import NewType

TicketID = NewType("TicketID", str)
