from typing import Dict, List

from .ids import ContactID, UserID

_USERS: Dict[str, dict] = {}
_RATIO = 1


def get_user(user_id: UserID) -> dict:
    return _USERS[user_id]


def set_ratio(value: int) -> None:
    global _RATIO
    _RATIO = value


def tag(contact: ContactID, names: list[str]) -> None:
    for name in names:
        _USERS.setdefault(str(contact), {}).setdefault("tags", []).append(name)


def add_all(ids: List[ContactID]) -> int:
    return len(set(ids))


def invite(emails: List[str], message: str = "") -> List[str]:
    return [e for e in emails if "@" in e]
