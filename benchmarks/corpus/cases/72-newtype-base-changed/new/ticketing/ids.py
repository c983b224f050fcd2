from typing import NewType

TicketID = NewType("TicketID", int)
