from dataclasses import dataclass
from typing import Any, Callable, Dict, FrozenSet, List, Optional

Handler = Callable[..., Any]


@dataclass
class Route:
    path: str
    handler: Handler
    methods: FrozenSet[str]
    name: Optional[str] = None

    def matches(self, path: str, method: str = "GET") -> bool:
        return self.path == path and method in self.methods


class Router:
    def __init__(self) -> None:
        self.routes: List[Route] = []

    def add_route(self, method: str, path: str, handler: Handler, name: Optional[str] = None) -> Route:
        route = Route(path, handler, frozenset({method.upper()}), name)
        self.routes.append(route)
        return route

    def resolve(self, path: str, method: str = "GET") -> Optional[Route]:
        return next((r for r in self.routes if r.matches(path, method)), None)

    def url_for(self, name: str, **params: Any) -> str:
        for route in self.routes:
            if route.name == name:
                return route.path.format(**params)
        raise KeyError(name)
