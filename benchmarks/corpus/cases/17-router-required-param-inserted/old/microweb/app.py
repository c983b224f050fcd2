from typing import Any, Callable, Optional

from .routing import Handler, Router


class App:
    def __init__(self, name: str = "app") -> None:
        self.name = name
        self.router = Router()

    def route(self, path: str, name: Optional[str] = None) -> Callable[[Handler], Handler]:
        def decorator(fn: Handler) -> Handler:
            self.router.add_route(path, fn, name)
            return fn

        return decorator

    def __call__(self, path: str) -> Any:
        route = self.router.resolve(path)
        return route.handler() if route else None
