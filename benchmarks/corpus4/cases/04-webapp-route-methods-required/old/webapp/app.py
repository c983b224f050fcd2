from typing import Any, Callable

class App:
    def __init__(self, name: str) -> None:
        self.name = name
        self.routes = {}

    def route(self, rule: str, **options: Any) -> Callable:
        def deco(fn):
            self.routes[rule] = (fn, options)
            return fn
        return deco
