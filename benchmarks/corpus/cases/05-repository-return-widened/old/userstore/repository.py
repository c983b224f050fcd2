from typing import Dict, Iterable, List, Optional

from .entities import User


class UserNotFound(LookupError):
    pass


class UserRepository:
    def __init__(self) -> None:
        self._rows: Dict[int, User] = {}

    def add(self, user: User) -> None:
        self._rows[user.id] = user

    def get(self, user_id: int) -> User:
        try:
            return self._rows[user_id]
        except KeyError:
            raise UserNotFound(user_id) from None

    def find_by_email(self, email: str) -> Optional[User]:
        return next((u for u in self._rows.values() if u.email == email), None)

    def list_ids(self) -> List[int]:
        return sorted(self._rows)

    def count(self) -> int:
        return len(self._rows)

    def bulk_add(self, users: Iterable[User]) -> int:
        n = 0
        for user in users:
            self.add(user)
            n += 1
        return n


def default_manager(repo: UserRepository, user: User) -> User:
    return repo.get(user.manager_id) if user.manager_id is not None else user
