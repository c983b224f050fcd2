from typing import Any, Callable, Sequence

class App:
    def __init__(self, name: str) -> None:
        self.name = name
        self.routes = {}

    def route(self, rule: str, methods: Sequence[str], **options: Any) -> Callable:
        def deco(fn):
            self.routes[rule] = (fn, methods, options)
            return fn
        return deco

    def get(self, rule: str, **options: Any) -> Callable:
        return self.route(rule, ["GET"], **options)
