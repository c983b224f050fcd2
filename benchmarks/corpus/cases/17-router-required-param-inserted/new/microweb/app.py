from typing import Any, Callable, Optional

from .routing import Handler, Router


class App:
    def __init__(self, name: str = "app") -> None:
        self.name = name
        self.router = Router()

    def route(self, path: str, name: Optional[str] = None, methods: tuple[str, ...] = ("GET",)) -> Callable[[Handler], Handler]:
        def decorator(fn: Handler) -> Handler:
            for method in methods:
                self.router.add_route(method, path, fn, name)
            return fn

        return decorator

    def __call__(self, path: str, method: str = "GET") -> Any:
        route = self.router.resolve(path, method)
        return route.handler() if route else None
