import json
from typing import IO, Any, Callable, Dict, List, Literal, Tuple, Type, TypeVar

from .wrappers import Request, Response

F = TypeVar("F", bound=Callable[..., Any])


class App:
    def __init__(self, name: str) -> None:
        self.name = name
        self.routes: List[Tuple[str, Any, Tuple[str, ...]]] = []
        self.error_handlers: Dict[Any, Callable[..., Any]] = {}
        self.default_headers: Dict[str, str] = {}

    def add_route(self, rule: str, handler: Callable[[Request], Response], methods: Tuple[str, ...] = ("GET",)) -> None:
        self.routes.append((rule, handler, tuple(methods)))

    def errorhandler(self, code: int) -> Callable[[F], F]:
        def deco(f: F) -> F:
            self.error_handlers[code] = f
            return f

        return deco

    def register_headers(self, headers: Dict[str, str]) -> None:
        self.default_headers.update(headers)

    def open_resource(self, resource: str, mode: Literal["rb", "r"] = "rb") -> IO[Any]:
        return open(resource, mode)

    def run(self, host: str = "127.0.0.1", port: int = 5000, debug: bool = False) -> None:
        print(f" * Running on http://{host}:{port}/")


def make_response(body: str, status: int = 200) -> Response:
    return Response(body.encode(), status)
