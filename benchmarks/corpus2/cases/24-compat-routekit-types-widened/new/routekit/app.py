import json
import os
from http import HTTPStatus
from typing import IO, Any, Awaitable, Callable, Collection, Dict, List, Mapping, Optional, Tuple, Type, TypeVar, Union

from .wrappers import Request, Response

F = TypeVar("F", bound=Callable[..., Any])


class App:
    def __init__(self, name: str) -> None:
        self.name = name
        self.routes: List[Tuple[str, Any, Tuple[str, ...]]] = []
        self.error_handlers: Dict[Any, Callable[..., Any]] = {}
        self.default_headers: Dict[str, str] = {}

    def add_route(
        self,
        rule: str,
        handler: Callable[[Request], Union[Response, Awaitable[Response]]],
        methods: Collection[str] = ("GET",),
    ) -> None:
        """handler may now also be an async view."""
        self.routes.append((rule, handler, tuple(methods)))

    def errorhandler(self, code: Union[int, Type[Exception]]) -> Callable[[F], F]:
        def deco(f: F) -> F:
            self.error_handlers[code] = f
            return f

        return deco

    def register_headers(self, headers: Mapping[str, str]) -> None:
        self.default_headers.update(headers)

    def open_resource(self, resource: Union[str, "os.PathLike[str]"], mode: str = "rb") -> IO[Any]:
        if mode not in ("r", "rb", "rt"):
            raise ValueError("Resources can only be opened for reading.")
        return open(resource, mode)

    def run(self, host: Optional[str] = "127.0.0.1", port: Optional[int] = 5000, debug: bool = False) -> None:
        print(f" * Running on http://{host or '127.0.0.1'}:{port or 5000}/")


def make_response(body: Union[str, bytes, Dict[str, Any]], status: Union[int, HTTPStatus] = 200) -> Response:
    if isinstance(body, dict):
        body = json.dumps(body)
    return Response(body.encode() if isinstance(body, str) else body, int(status))
