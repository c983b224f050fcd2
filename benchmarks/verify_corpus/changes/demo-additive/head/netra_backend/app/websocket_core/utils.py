"""Typed ids for the websocket layer."""
from typing import NewType, Union

UserID = NewType("UserID", str)
ConnectionID = NewType("ConnectionID", str)


def ensure_user_id(value: Union[str, UserID]) -> UserID:
    if not value:
        raise ValueError("empty user id")
    return UserID(str(value))
