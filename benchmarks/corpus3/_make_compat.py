"""Writes the compatible-only cases of corpus3."""
from _make_breaking import case  # noqa: E402  (re-runs the breaking cases too; idempotent)

# ---------------------------------------------------------------- 14
case(
    "14-compat-widgets-mixin-extraction", "widgets",
    old={
        "widgets/__init__.py": '''
            from .core import Button, Label, Widget

            __all__ = ["Button", "Label", "Widget"]
            ''',
        "widgets/core.py": '''
            from __future__ import annotations


            class Widget:
                def __init__(self, name: str, *, visible: bool = True) -> None:
                    self.name = name
                    self.visible = visible
                    self.children: list[Widget] = []

                def add(self, child: Widget) -> None:
                    self.children.append(child)

                def show(self) -> None:
                    self.visible = True

                def hide(self) -> None:
                    self.visible = False

                def render(self, indent: int = 0) -> str:
                    return " " * indent + self.name


            class Label(Widget):
                def __init__(self, name: str, text: str, *, visible: bool = True) -> None:
                    super().__init__(name, visible=visible)
                    self.text = text

                def render(self, indent: int = 0) -> str:
                    return " " * indent + self.text


            class Button(Widget):
                def __init__(self, name: str, label: str, *, visible: bool = True) -> None:
                    super().__init__(name, visible=visible)
                    self.label = label

                def click(self) -> None:
                    pass
            ''',
    },
    new={
        "widgets/__init__.py": '''
            from .core import Button, Clickable, Label, Widget

            __all__ = ["Button", "Clickable", "Label", "Widget"]
            ''',
        "widgets/_mixins.py": '''
            from __future__ import annotations


            class _VisibilityMixin:
                visible: bool

                def show(self) -> None:
                    self.visible = True

                def hide(self) -> None:
                    self.visible = False


            class _TreeMixin:
                children: list

                def add(self, child) -> None:
                    self.children.append(child)
            ''',
        "widgets/core.py": '''
            from __future__ import annotations

            from ._mixins import _TreeMixin, _VisibilityMixin


            class Widget(_VisibilityMixin, _TreeMixin):
                def __init__(self, name: str, *, visible: bool = True) -> None:
                    self.name = name
                    self.visible = visible
                    self.children: list[Widget] = []

                def render(self, indent: int = 0) -> str:
                    return " " * indent + self.name


            class Label(Widget):
                def __init__(self, name: str, text: str, *, visible: bool = True) -> None:
                    super().__init__(name, visible=visible)
                    self.text = text

                def render(self, indent: int = 0) -> str:
                    return " " * indent + self.text


            class Clickable(Widget):
                def click(self) -> None:
                    pass


            class Button(Clickable):
                def __init__(self, name: str, label: str, *, visible: bool = True) -> None:
                    super().__init__(name, visible=visible)
                    self.label = label
            ''',
    },
    desc="Compatible: Widget's show/hide/add move into private mixins it now inherits (still Widget.show etc. via the MRO; "
         "add's annotation dropped, which is not reported); Button now derives from the new public Clickable(Widget), so "
         "Widget is still an ancestor, and click() is inherited from Clickable with the same signature.",
    compat=True,
)

# ---------------------------------------------------------------- 15
case(
    "15-compat-colors-static-to-classmethod-and-cached", "chroma",
    old={
        "chroma/__init__.py": '''
            from .color import Color

            __all__ = ["Color"]
            ''',
        "chroma/color.py": '''
            from __future__ import annotations


            class Color:
                def __init__(self, r: int, g: int, b: int) -> None:
                    self.r, self.g, self.b = r, g, b

                @staticmethod
                def from_hex(value: str) -> Color:
                    value = value.lstrip("#")
                    return Color(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))

                @classmethod
                def from_rgb(cls, rgb: tuple[int, int, int]) -> Color:
                    return cls(*rgb)

                @property
                def luminance(self) -> float:
                    return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b

                def to_hex(self) -> str:
                    return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
            ''',
    },
    new={
        "chroma/__init__.py": '''
            from .color import Color

            __all__ = ["Color"]
            ''',
        "chroma/color.py": '''
            from __future__ import annotations

            from functools import cached_property
            from typing import Sequence


            class Color:
                def __init__(self, r: int, g: int, b: int) -> None:
                    self.r, self.g, self.b = r, g, b

                @classmethod
                def from_hex(cls, value: str) -> Color:
                    value = value.lstrip("#")
                    return cls(int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))

                @classmethod
                def from_rgb(cls, rgb: Sequence[int], *, clamp: bool = False) -> Color:
                    r, g, b = (max(0, min(255, c)) for c in rgb) if clamp else rgb
                    return cls(r, g, b)

                @cached_property
                def luminance(self) -> float:
                    return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b

                def to_hex(self) -> str:
                    return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
            ''',
    },
    desc="Compatible: from_hex staticmethod -> classmethod (Color.from_hex('#fff000') and instance calls bind the same "
         "way; cls is implicit); from_rgb's parameter tuple[int, int, int] -> Sequence[int] widens and it gains an optional "
         "keyword-only clamp; read-only property luminance -> cached_property of the same type.",
    compat=True,
)

# ---------------------------------------------------------------- 16
case(
    "16-compat-limits-final-narrowed-and-moved", "ratelimits",
    old={
        "ratelimits/__init__.py": '''
            from .defaults import BURST, DEFAULT_BACKEND, WINDOW_SECONDS, RETRIES

            __all__ = ["BURST", "DEFAULT_BACKEND", "WINDOW_SECONDS", "RETRIES"]
            ''',
        "ratelimits/defaults.py": '''
            from typing import Final, Optional

            WINDOW_SECONDS: Final[float] = 60.0
            DEFAULT_BACKEND: Final[Optional[str]] = None
            BURST: Final = 10
            RETRIES = 3
            ''',
    },
    new={
        "ratelimits/__init__.py": '''
            from .defaults import BURST, DEFAULT_BACKEND, RETRIES, WINDOW_SECONDS

            __all__ = ["BURST", "DEFAULT_BACKEND", "RETRIES", "WINDOW_SECONDS"]
            ''',
        "ratelimits/_values.py": '''
            from typing import Final

            WINDOW_SECONDS: Final[int] = 60
            DEFAULT_BACKEND: Final[str] = "memory"
            ''',
        "ratelimits/defaults.py": '''
            from typing import Final

            from ._values import DEFAULT_BACKEND as DEFAULT_BACKEND
            from ._values import WINDOW_SECONDS as WINDOW_SECONDS

            BURST: Final = 10
            RETRIES = 3
            ''',
    },
    desc="Compatible: read-only Final constants are narrowed (Final[float] -> Final[int], Final[Optional[str]] -> "
         "Final[str]; narrowing read-only values is covariant-safe per the rules) and moved to a private module with explicit "
         "`import X as X` re-exports from the public defaults module; __all__ reordered.",
    compat=True,
)

# ---------------------------------------------------------------- 17
case(
    "17-compat-geometry-all-composed", "geometry",
    old={
        "geometry/__init__.py": '''
            from .shapes import Circle, Rect, area
            from .transform import rotate, scale

            __all__ = ["Circle", "Rect", "area", "rotate", "scale"]
            ''',
        "geometry/shapes.py": '''
            import math
            from dataclasses import dataclass


            @dataclass
            class Circle:
                r: float


            @dataclass
            class Rect:
                w: float
                h: float


            def area(shape: "Circle | Rect") -> float:
                if isinstance(shape, Circle):
                    return math.pi * shape.r ** 2
                return shape.w * shape.h
            ''',
        "geometry/transform.py": '''
            def rotate(points: list[tuple[float, float]], degrees: float) -> list[tuple[float, float]]:
                return points


            def scale(points: list[tuple[float, float]], factor: float) -> list[tuple[float, float]]:
                return [(x * factor, y * factor) for x, y in points]
            ''',
    },
    new={
        "geometry/__init__.py": '''
            from . import transform
            from .shapes import *
            from .shapes import __all__ as _shapes_all
            from .transform import *

            __all__ = []
            __all__ += _shapes_all
            __all__.extend(transform.__all__)
            ''',
        "geometry/shapes.py": '''
            import math
            from dataclasses import dataclass

            __all__ = ["Circle", "Rect", "area"]


            @dataclass
            class Circle:
                r: float


            @dataclass
            class Rect:
                w: float
                h: float


            def area(shape: "Circle | Rect") -> float:
                if isinstance(shape, Circle):
                    return math.pi * shape.r ** 2
                return shape.w * shape.h
            ''',
        "geometry/transform.py": '''
            __all__ = ["rotate", "scale"]


            def rotate(points: list[tuple[float, float]], degrees: float) -> list[tuple[float, float]]:
                return points


            def scale(points: list[tuple[float, float]], factor: float) -> list[tuple[float, float]]:
                return [(x * factor, y * factor) for x, y in points]
            ''',
    },
    desc="Compatible: the submodules gain __all__ listing exactly their public names, and the package __init__ switches to "
         "star imports and builds the same five-name __all__ from `from .shapes import __all__ as _shapes_all`, `+=` and "
         "`.extend(transform.__all__)`. (The `math`/`dataclass` imports in shapes are not star-exported any more, but they "
         "were never public names of geometry.)",
    compat=True,
)

# ---------------------------------------------------------------- 18
ST_S3 = '''
class S3Store:
    def __init__(self, bucket: str, *, region: str = "us-east-1") -> None:
        self.bucket = bucket
        self.region = region

    def put(self, key: str, data: bytes) -> None:
        pass
'''
case(
    "18-compat-storage-definitions-pushed-down", "storekit",
    old={
        "storekit/__init__.py": '''
            from .backends import LocalStore, S3Store

            __all__ = ["LocalStore", "S3Store"]
            ''',
        "storekit/backends/__init__.py": '''
            from .local import LocalStore
            from .s3 import S3Store

            __all__ = ["LocalStore", "S3Store"]
            ''',
        "storekit/backends/local.py": '''
            from pathlib import Path


            class LocalStore:
                def __init__(self, root: str) -> None:
                    self.root = Path(root)

                def put(self, key: str, data: bytes) -> None:
                    (self.root / key).write_bytes(data)

                def get(self, key: str) -> bytes:
                    return (self.root / key).read_bytes()
            ''',
        "storekit/backends/s3.py": ST_S3,
    },
    new={
        "storekit/__init__.py": '''
            from .backends import LocalStore, S3Store

            __all__ = ["LocalStore", "S3Store"]
            ''',
        "storekit/backends/__init__.py": '''
            from .local import LocalStore
            from .s3 import S3Store

            __all__ = ["LocalStore", "S3Store"]
            ''',
        "storekit/backends/local.py": '''
            """Kept for backwards compatibility; the implementation lives in storekit._impl."""
            from .._impl.fs import LocalStore as LocalStore

            __all__ = ["LocalStore"]
            ''',
        "storekit/_impl/__init__.py": "",
        "storekit/_impl/fs.py": '''
            from __future__ import annotations

            import os
            from pathlib import Path


            class _BaseStore:
                def get(self, key: str) -> bytes:
                    return self._path(key).read_bytes()

                def _path(self, key: str) -> Path:
                    raise NotImplementedError


            class LocalStore(_BaseStore):
                def __init__(self, root: str | os.PathLike[str]) -> None:
                    self.root = Path(root)

                def _path(self, key: str) -> Path:
                    return self.root / key

                def put(self, key: str, data: bytes) -> None:
                    self._path(key).write_bytes(data)
            ''',
        "storekit/backends/s3.py": ST_S3,
    },
    desc="Compatible: LocalStore's definition moves from the public module storekit.backends.local into the private "
         "storekit._impl.fs (get() now inherited from a private base with the same signature, root widened to accept "
         "PathLike); storekit.backends.local re-exports it, which storekit.backends and storekit re-export in turn, so "
         "every old import path still resolves to the same class.",
    compat=True,
)

# ---------------------------------------------------------------- 19
case(
    "19-compat-logkit-positional-only-and-kwargs-wrappers", "logkit",
    old={
        "logkit/__init__.py": '''
            from .api import Logger, configure, log

            __all__ = ["Logger", "configure", "log"]
            ''',
        "logkit/api.py": '''
            from __future__ import annotations

            from typing import Any


            def log(__msg: str, *args: Any, **kwargs: Any) -> None:
                print(__msg % args if args else __msg, kwargs or "")


            def configure(**options: Any) -> None:
                _CONFIG.update(options)


            _CONFIG: dict[str, Any] = {}


            class Logger:
                def __init__(self, name: str) -> None:
                    self.name = name

                def info(self, msg: str, *args: Any, **kwargs: Any) -> None:
                    log(msg, *args, **kwargs)

                def warning(self, msg: str, *args: Any, **kwargs: Any) -> None:
                    log(msg, *args, **kwargs)
            ''',
    },
    new={
        "logkit/__init__.py": '''
            from .api import Logger, configure, log

            __all__ = ["Logger", "configure", "log"]
            ''',
        "logkit/api.py": '''
            from __future__ import annotations

            from typing import Any

            _CONFIG: dict[str, Any] = {}


            def log(msg: str, /, *args: Any, **kwargs: Any) -> None:
                print(msg % args if args else msg, kwargs or "")


            def configure(*, level: str = "INFO", **options: Any) -> None:
                _CONFIG.update(options, level=level)


            class Logger:
                def __init__(self, name: str) -> None:
                    self.name = name

                def info(self, msg: str, *args: Any, stacklevel: int = 1, **kwargs: Any) -> None:
                    log(msg, *args, stacklevel=stacklevel, **kwargs)

                def warning(self, msg: str, *args: Any, **kwargs: Any) -> None:
                    self.info(msg, *args, **kwargs)
            ''',
    },
    desc="Compatible: log's `__msg` positional-only-by-convention becomes `msg, /` (same contract, documented as not "
         "reported); the **kwargs forwarding wrappers configure() and Logger.info gain optional keyword-only parameters in "
         "front of their unchanged **kwargs (every old call still binds the same way).",
    compat=True,
)

# ---------------------------------------------------------------- 20
case(
    "20-compat-mathx-union-split-into-overloads", "mathx",
    old={
        "mathx/__init__.py": '''
            from .ops import Vector, clamp

            __all__ = ["Vector", "clamp"]
            ''',
        "mathx/ops.py": '''
            from __future__ import annotations

            from typing import overload


            def clamp(value: float, low: float, high: float) -> float:
                return max(low, min(high, value))


            class Vector:
                def __init__(self, *xs: float) -> None:
                    self.xs = xs

                @overload
                def __mul__(self, other: float) -> Vector: ...
                @overload
                def __mul__(self, other: Vector) -> float: ...
                def __mul__(self, other):
                    if isinstance(other, Vector):
                        return sum(a * b for a, b in zip(self.xs, other.xs))
                    return Vector(*(a * other for a in self.xs))
            ''',
    },
    new={
        "mathx/__init__.py": '''
            from .ops import Vector, clamp

            __all__ = ["Vector", "clamp"]
            ''',
        "mathx/ops.py": '''
            from __future__ import annotations

            from typing import Sequence, overload


            @overload
            def clamp(value: int, low: int, high: int) -> int: ...
            @overload
            def clamp(value: float, low: float, high: float) -> float: ...
            def clamp(value, low, high):
                return max(low, min(high, value))


            class Vector:
                def __init__(self, *xs: float) -> None:
                    self.xs = xs

                @overload
                def __mul__(self, other: float) -> Vector: ...
                @overload
                def __mul__(self, other: Vector) -> float: ...
                @overload
                def __mul__(self, other: Sequence[float]) -> float: ...
                def __mul__(self, other):
                    if isinstance(other, (Vector, list, tuple)):
                        ys = other.xs if isinstance(other, Vector) else other
                        return sum(a * b for a, b in zip(self.xs, ys))
                    return Vector(*(a * other for a in self.xs))
            ''',
    },
    desc="Compatible: clamp(float, float, float) -> float becomes an overload set whose float overload is the old "
         "signature and whose int overload returns int (a subtype of float under the numeric tower), so every old call "
         "still type-checks with a compatible result; Vector.__mul__ gains a third overload, keeping both old ones.",
    compat=True,
)

# ---------------------------------------------------------------- 21
case(
    "21-compat-csvio-reader-protocols-modernised", "csvio",
    old={
        "csvio/__init__.py": '''
            from .reader import Reader

            __all__ = ["Reader"]
            ''',
        "csvio/reader.py": '''
            from __future__ import annotations

            from types import TracebackType
            from typing import IO, Optional, Type


            class Reader:
                def __init__(self, path: str, delimiter: str = ",") -> None:
                    self.path = path
                    self.delimiter = delimiter
                    self._fh: Optional[IO[str]] = None

                def __enter__(self) -> "Reader":
                    self._fh = open(self.path, encoding="utf-8")
                    return self

                def __exit__(
                    self,
                    exc_type: Optional[Type[BaseException]],
                    exc: Optional[BaseException],
                    tb: Optional[TracebackType],
                ) -> None:
                    if self._fh is not None:
                        self._fh.close()

                def __iter__(self) -> "Reader":
                    return self

                def __next__(self) -> list[str]:
                    assert self._fh is not None
                    line = self._fh.readline()
                    if not line:
                        raise StopIteration
                    return line.rstrip("\\n").split(self.delimiter)
            ''',
    },
    new={
        "csvio/__init__.py": '''
            from .reader import Reader

            __all__ = ["Reader"]
            ''',
        "csvio/reader.py": '''
            from __future__ import annotations

            from types import TracebackType
            from typing import IO, Self


            class Reader:
                def __init__(self, path: str, delimiter: str = ",", *, encoding: str = "utf-8") -> None:
                    self.path = path
                    self.delimiter = delimiter
                    self.encoding = encoding
                    self._fh: IO[str] | None = None

                def __enter__(self) -> Self:
                    self._fh = open(self.path, encoding=self.encoding)
                    return self

                def __exit__(
                    self,
                    exc_type: type[BaseException] | None,
                    exc: BaseException | None,
                    tb: TracebackType | None,
                ) -> None:
                    self.close()

                def close(self) -> None:
                    if self._fh is not None:
                        self._fh.close()
                        self._fh = None

                def __iter__(self) -> Self:
                    return self

                def __next__(self) -> list[str]:
                    if self._fh is None:
                        raise ValueError("reader is not open")
                    line = self._fh.readline()
                    if not line:
                        raise StopIteration
                    return line.rstrip("\\n").split(self.delimiter)

                def __len__(self) -> int:
                    with open(self.path, encoding=self.encoding) as fh:
                        return sum(1 for _ in fh)
            ''',
    },
    desc="Compatible: the context-manager and iterator protocol methods keep their signatures; `-> \"Reader\"` becomes "
         "`-> Self` (the same type for Reader, and more precise for subclasses), Optional/Type spellings modernised; "
         "additions only (encoding keyword-only option, close(), __len__).",
    compat=True,
)

# ---------------------------------------------------------------- 22
case(
    "22-compat-apierrors-hierarchy-deepened", "apiclient",
    old={
        "apiclient/__init__.py": '''
            from .errors import APIError, Conflict, NotFound, ServerError

            __all__ = ["APIError", "Conflict", "NotFound", "ServerError"]
            ''',
        "apiclient/errors.py": '''
            class APIError(Exception):
                def __init__(self, message: str, status: int) -> None:
                    super().__init__(message)
                    self.message = message
                    self.status = status


            class NotFound(APIError):
                pass


            class Conflict(APIError):
                pass


            class ServerError(APIError):
                pass
            ''',
    },
    new={
        "apiclient/__init__.py": '''
            from .errors import APIError, ClientError, Conflict, NotFound, ServerError

            __all__ = ["APIError", "ClientError", "Conflict", "NotFound", "ServerError"]
            ''',
        "apiclient/errors.py": '''
            from ._errors import APIError, ClientError, Conflict, NotFound, ServerError

            __all__ = ["APIError", "ClientError", "Conflict", "NotFound", "ServerError"]
            ''',
        "apiclient/_errors.py": '''
            from __future__ import annotations

            from typing import Any, Mapping


            class APIError(Exception):
                def __init__(self, message: str, status: int, *, headers: Mapping[str, str] | None = None) -> None:
                    super().__init__(message)
                    self.message = message
                    self.status = status
                    self.headers: Mapping[str, str] = headers or {}

                @classmethod
                def from_response(cls, response: Any) -> APIError:
                    return cls(response.reason, response.status_code, headers=response.headers)


            class ClientError(APIError):
                """4xx responses."""


            class NotFound(ClientError, LookupError):
                pass


            class Conflict(ClientError):
                pass


            class ServerError(APIError):
                retryable: bool = True
            ''',
    },
    desc="Compatible: a ClientError layer is inserted between APIError and NotFound/Conflict (APIError stays an ancestor), "
         "NotFound also becomes a LookupError, APIError.__init__ gains an optional keyword-only headers and a classmethod "
         "alternate constructor, and the classes move to a private module re-exported by apiclient.errors.",
    compat=True,
)

# ---------------------------------------------------------------- 23
case(
    "23-compat-enums-modernised-with-auto", "palette",
    old={
        "palette/__init__.py": '''
            from .kinds import Access, Color, Level

            __all__ = ["Access", "Color", "Level"]
            ''',
        "palette/kinds.py": '''
            from enum import Enum, Flag, IntEnum


            class Color(str, Enum):
                RED = "red"
                GREEN = "green"
                DARK_BLUE = "dark_blue"


            class Level(IntEnum):
                DEBUG = 1
                INFO = 2
                ERROR = 3


            class Access(Flag):
                READ = 1
                WRITE = 2
                DELETE = 4
                READ_WRITE = 3
            ''',
    },
    new={
        "palette/__init__.py": '''
            from .kinds import Access, Color, Level

            __all__ = ["Access", "Color", "Level"]
            ''',
        "palette/kinds.py": '''
            from enum import Flag, IntEnum, StrEnum, auto


            class Color(StrEnum):
                RED = auto()
                GREEN = auto()
                DARK_BLUE = auto()


            class Level(IntEnum):
                DEBUG = auto()
                INFO = auto()
                ERROR = auto()
                CRITICAL = auto()


            class Access(Flag):
                READ = auto()
                WRITE = auto()
                DELETE = auto()
                READ_WRITE = READ | WRITE
            ''',
    },
    desc="Compatible: `class Color(str, Enum)` -> `class Color(StrEnum)` (StrEnum derives from str and Enum, so neither "
         "base is lost) with auto() values, which for StrEnum are the lower-cased member names: 'red', 'green', "
         "'dark_blue', identical to the old literals; IntEnum auto() numbers from 1 (1, 2, 3 as before, CRITICAL=4 added); "
         "Flag auto() yields 1, 2, 4 and READ_WRITE = READ | WRITE is still 3.",
    compat=True,
)

# ---------------------------------------------------------------- 24
case(
    "24-compat-eventhub-callback-types-widened", "eventhub",
    old={
        "eventhub/__init__.py": '''
            from .hub import ClickEvent, Event, Hub

            __all__ = ["ClickEvent", "Event", "Hub"]
            ''',
        "eventhub/hub.py": '''
            from __future__ import annotations

            from dataclasses import dataclass
            from typing import Callable


            @dataclass
            class Event:
                name: str


            @dataclass
            class ClickEvent(Event):
                x: int = 0
                y: int = 0


            class Hub:
                def __init__(self) -> None:
                    self._click: list[Callable[[ClickEvent], None]] = []

                def on_click(self, handler: Callable[[Event], None]) -> None:
                    self._click.append(handler)

                def on_any(self, handler: Callable[[Event], None]) -> None:
                    pass

                def default_handler(self) -> Callable[[ClickEvent], None]:
                    return lambda event: None
            ''',
    },
    new={
        "eventhub/__init__.py": '''
            from .hub import ClickEvent, Event, Hub

            __all__ = ["ClickEvent", "Event", "Hub"]
            ''',
        "eventhub/hub.py": '''
            from __future__ import annotations

            from collections.abc import Callable
            from dataclasses import dataclass


            @dataclass
            class Event:
                name: str


            @dataclass
            class ClickEvent(Event):
                x: int = 0
                y: int = 0


            class Hub:
                def __init__(self) -> None:
                    self._click: list[Callable[[ClickEvent], object]] = []

                def on_click(self, handler: Callable[[ClickEvent], object]) -> None:
                    self._click.append(handler)

                def on_any(self, handler: Callable[[Event], None]) -> None:
                    pass

                def default_handler(self) -> Callable[[object], None]:
                    return lambda event: None
            ''',
    },
    desc="Compatible, by Callable variance: on_click's handler Callable[[Event], None] -> Callable[[ClickEvent], object] "
         "accepts strictly more callables (argument position contravariant, return covariant), i.e. the parameter is "
         "widened; default_handler's return Callable[[ClickEvent], None] -> Callable[[object], None] is a subtype "
         "(narrowed return); typing.Callable -> collections.abc.Callable is spelling only.",
    compat=True,
)

# ---------------------------------------------------------------- 25
case(
    "25-compat-async-generator-to-async-iterator-class", "streamio",
    old={
        "streamio/__init__.py": '''
            from .stream import Event, Subscription

            __all__ = ["Event", "Subscription"]
            ''',
        "streamio/stream.py": '''
            from __future__ import annotations

            import asyncio
            from dataclasses import dataclass
            from typing import AsyncIterator


            @dataclass
            class Event:
                kind: str
                data: bytes


            class Subscription:
                def __init__(self, topic: str) -> None:
                    self.topic = topic
                    self._queue: asyncio.Queue[Event] = asyncio.Queue()

                async def events(self) -> AsyncIterator[Event]:
                    while True:
                        yield await self._queue.get()

                async def next_event(self) -> Event:
                    return await self._queue.get()
            ''',
    },
    new={
        "streamio/__init__.py": '''
            from .stream import Event, Subscription

            __all__ = ["Event", "Subscription"]
            ''',
        "streamio/stream.py": '''
            from __future__ import annotations

            import asyncio
            from collections.abc import AsyncIterator
            from dataclasses import dataclass


            @dataclass
            class Event:
                kind: str
                data: bytes


            class _EventIterator(AsyncIterator[Event]):
                def __init__(self, queue: asyncio.Queue[Event]) -> None:
                    self._queue = queue

                def __aiter__(self) -> _EventIterator:
                    return self

                async def __anext__(self) -> Event:
                    return await self._queue.get()


            class Subscription:
                def __init__(self, topic: str) -> None:
                    self.topic = topic
                    self._queue: asyncio.Queue[Event] = asyncio.Queue()

                def events(self) -> AsyncIterator[Event]:
                    return _EventIterator(self._queue)

                async def next_event(self) -> Event:
                    return await self._queue.get()
            ''',
    },
    desc="Compatible: Subscription.events was an async generator function (`async def` with `yield`), whose call returns "
         "an async iterator without being awaited; it becomes a plain def returning an AsyncIterator[Event] object. The "
         "only way to use either is `async for e in sub.events()` (or aiter/anext), which behaves the same; `await "
         "sub.events()` never worked. Return annotation unchanged. A sync-async-changed finding here is a false alarm.",
    compat=True,
)
