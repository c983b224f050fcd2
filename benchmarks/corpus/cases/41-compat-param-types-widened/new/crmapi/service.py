from typing import Dict, Iterable, List, Sequence, Union

from .ids import ContactID, UserID

_USERS: Dict[str, dict] = {}
_RATIO = 1.0


def get_user(user_id: Union[UserID, str]) -> dict:
    return _USERS[user_id]


def set_ratio(value: float) -> None:
    global _RATIO
    _RATIO = value


def tag(contact: ContactID | int, names: Sequence[str]) -> None:
    for name in names:
        _USERS.setdefault(str(contact), {}).setdefault("tags", []).append(name)


def add_all(ids: Iterable[ContactID]) -> int:
    return len(set(ids))


def invite(emails: Iterable[str], message: str | None = "") -> List[str]:
    return [e for e in emails if "@" in e]
