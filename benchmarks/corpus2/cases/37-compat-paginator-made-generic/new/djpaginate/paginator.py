import math
from collections.abc import Sequence as _SequenceABC
from typing import Generic, Iterator, Sequence, TypeVar, Union, overload

T = TypeVar("T")


class InvalidPage(Exception):
    pass


class EmptyPage(InvalidPage):
    pass


class Page(_SequenceABC, Generic[T]):
    object_list: Sequence[T]
    number: int

    def __init__(self, object_list: Sequence[T], number: int, paginator: "Paginator[T]") -> None:
        self.object_list = object_list
        self.number = number
        self.paginator = paginator

    def __len__(self) -> int:
        return len(self.object_list)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: Union[int, slice]) -> Union[T, Sequence[T]]:
        return self.object_list[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self.object_list)

    def has_next(self) -> bool:
        return self.number < self.paginator.num_pages

    def has_previous(self) -> bool:
        return self.number > 1


class Paginator(Generic[T]):
    object_list: Sequence[T]

    def __init__(self, object_list: Sequence[T], per_page: int, orphans: int = 0, allow_empty_first_page: bool = True) -> None:
        self.object_list = object_list
        self.per_page = int(per_page)
        self.orphans = int(orphans)
        self.allow_empty_first_page = allow_empty_first_page

    @property
    def count(self) -> int:
        return len(self.object_list)

    @property
    def num_pages(self) -> int:
        if self.count == 0 and not self.allow_empty_first_page:
            return 0
        hits = max(1, self.count - self.orphans)
        return math.ceil(hits / self.per_page)

    def page(self, number: int) -> Page[T]:
        if number < 1 or number > max(self.num_pages, 1):
            raise EmptyPage(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return Page(self.object_list[bottom:top], number, self)

    def get_page(self, number: Union[int, str, None]) -> Page[T]:
        try:
            return self.page(int(number or 1))
        except (ValueError, InvalidPage):
            return self.page(1)
