from typing import Dict, Iterable, Iterator, List, Optional

from .entities import User


class UserNotFound(LookupError):
    pass


class UserRepository:
    def __init__(self) -> None:
        self._rows: Dict[int, User] = {}

    def add(self, user: User) -> None:
        self._rows[user.id] = user

    def get(self, user_id: int) -> User | None:
        """Return the user, or None when there is no such user (no longer raises)."""
        return self._rows.get(user_id)

    def get_or_raise(self, user_id: int) -> User:
        user = self.get(user_id)
        if user is None:
            raise UserNotFound(user_id)
        return user

    def find_by_email(self, email: str) -> User | None:
        return next((u for u in self._rows.values() if u.email == email), None)

    def list_ids(self) -> Iterator[int]:
        return iter(sorted(self._rows))

    def count(self) -> int:
        return len(self._rows)

    def bulk_add(self, users: Iterable[User]) -> int:
        n = 0
        for user in users:
            self.add(user)
            n += 1
        return n


def default_manager(repo: UserRepository, user: User) -> Optional[User]:
    return repo.get(user.manager_id) if user.manager_id is not None else user
