from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, List, Optional, Type, TypeVar

from .model import Model

if TYPE_CHECKING:
    from .session import Session

M = TypeVar("M", bound=Model)


class Query(Generic[M]):
    def __init__(self, session: Session, model: Type[M]) -> None:
        self._session = session
        self._model = model
        self._where: List[str] = []
        self._args: List[Any] = []
        self._order: Optional[str] = None
        self._limit: Optional[int] = None
        self._offset = 0

    def filter(self, *clauses: str, **params: Any) -> Query[M]:
        self._where.extend(clauses)
        self._args.extend(params.values())
        return self

    def order_by(self, column: Optional[str]) -> Query[M]:
        """Order by *column*; ``None`` removes any ordering."""
        self._order = column
        return self

    def limit(self, n: Optional[int]) -> Query[M]:
        """Return at most *n* rows; ``None`` removes the limit."""
        self._limit = n
        return self

    def offset(self, n: int = 0) -> Query[M]:
        self._offset = n
        return self

    def sql(self) -> str:
        text = f"SELECT * FROM {self._model.table()}"
        if self._where:
            text += " WHERE " + " AND ".join(self._where)
        if self._order:
            text += f" ORDER BY {self._order}"
        if self._limit is not None:
            text += f" LIMIT {self._limit} OFFSET {self._offset}"
        return text

    def all(self) -> List[M]:
        return [self._model(**row) for row in self._session.execute(self.sql(), self._args)]

    def first(self) -> Optional[M]:
        rows = self.limit(1).all()
        return rows[0] if rows else None
