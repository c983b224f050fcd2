from typing import Any, Dict, Generic, List, Optional, Sequence, Type, TypeVar

T = TypeVar("T")


class NoResultFound(LookupError):
    pass


class Query(Generic[T]):
    def __init__(self, model: Type[T], rows: List[T]) -> None:
        self.model = model
        self._rows = rows

    def filter_by(self, **criteria: Any) -> "Query[T]":
        rows = [r for r in self._rows if all(getattr(r, k) == v for k, v in criteria.items())]
        return Query(self.model, rows)

    def first(self) -> Optional[T]:
        return self._rows[0] if self._rows else None

    def one(self) -> T:
        if len(self._rows) != 1:
            raise NoResultFound(self.model.__name__)
        return self._rows[0]

    def all(self) -> List[T]:
        return list(self._rows)

    def scalars(self) -> Sequence[Any]:
        return [getattr(r, "id", None) for r in self._rows]


class Session:
    def __init__(self, bind: Optional[str] = None) -> None:
        self.bind = bind
        self._identity: Dict[tuple, Any] = {}

    def add(self, instance: Any) -> None:
        self._identity[(type(instance), instance.id)] = instance

    def query(self, model: Type[T]) -> Query[T]:
        return Query(model, [o for (cls, _), o in self._identity.items() if cls is model])

    def get(self, model: Type[T], ident: Any) -> T:
        try:
            return self._identity[(model, ident)]
        except KeyError:
            raise NoResultFound(f"{model.__name__} {ident!r}") from None

    def scalar(self, statement: str) -> int:
        return len(self._identity)
