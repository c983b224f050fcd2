from typing import Generic, List, Sequence, TypeVar
T = TypeVar('T')
class Page(Generic[T]):
    def __init__(self, items: List[T], number: int, paginator: 'Paginator[T]'):
        self.items = items
        self.number = number
        self.paginator = paginator
    def has_next(self) -> bool:
        return self.number < self.paginator.num_pages
    def has_previous(self) -> bool:
        return self.number > 1
class Paginator(Generic[T]):
    def __init__(self, object_list: Sequence[T], per_page: int=25, orphans: int=0, allow_empty_first_page: bool=True, methods: tuple=('GET','HEAD'), max_items: int=1_000_000):
        self.object_list = object_list
        self.per_page = per_page
        self.orphans = orphans
        self.allow_empty_first_page = allow_empty_first_page
        self.max_items = max_items
    @property
    def num_pages(self) -> int:
        n = len(self.object_list)
        if n == 0:
            return 1 if self.allow_empty_first_page else 0
        return max(1, -(-(n - self.orphans) // self.per_page))
    def page(self, number: int) -> Page[T]:
        start = (number - 1) * self.per_page
        return Page(list(self.object_list[start:start + self.per_page]), number, self)
def paginate(items: Sequence[T], per_page: int=25, sep: str='\n') -> List[Page[T]]:
    p = Paginator(items, per_page)
    return [p.page(i) for i in range(1, p.num_pages + 1)]
