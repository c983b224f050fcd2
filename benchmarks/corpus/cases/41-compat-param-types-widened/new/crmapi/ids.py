from typing import NewType

UserID = NewType("UserID", str)
ContactID = NewType("ContactID", int)
