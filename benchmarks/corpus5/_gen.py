"""Generates corpus5 cases (hand-written; run once)."""
import json, textwrap
from pathlib import Path
HERE = Path(__file__).resolve().parent / "cases"
CASES = []
def case(name, pkg, old, new, desc, breaking=(), risk=(), tolerated=(), compat=None):
    CASES.append((name, pkg, old, new, desc, list(breaking), list(risk), list(tolerated),
                  (not breaking and not risk) if compat is None else compat))
def F(kind, obj, param=None): return {"kind": kind, "object": obj, "parameter": param}
D = textwrap.dedent

# 01 class split into a public base class in another module
case("01-compat-shapes-base-class-extracted", "shapes",
 {"__init__.py": "from .circle import Circle\n__all__ = ['Circle']\n",
  "circle.py": D('''
    class Circle:
        kind = "circle"
        def __init__(self, r: float, *, name: str = "c") -> None:
            self.r = r
            self.name = name
        def area(self) -> float:
            return 3.14159 * self.r ** 2
        def describe(self, verbose: bool = False) -> str:
            return f"{self.name}:{self.kind}"
        @property
        def label(self) -> str:
            return self.name.upper()
    ''')},
 {"__init__.py": "from .base import Shape\nfrom .circle import Circle\n__all__ = ['Circle', 'Shape']\n",
  "base.py": D('''
    class Shape:
        kind = "shape"
        def __init__(self, r: float, *, name: str = "c") -> None:
            self.r = r
            self.name = name
        def describe(self, verbose: bool = False) -> str:
            return f"{self.name}:{self.kind}"
        @property
        def label(self) -> str:
            return self.name.upper()
    '''),
  "circle.py": D('''
    from .base import Shape
    class Circle(Shape):
        kind = "circle"
        def area(self) -> float:
            return 3.14159 * self.r ** 2
    ''')},
 "Circle keeps every member, but __init__/describe/label now come from a new public base class Shape in shapes.base.")

# 02 attributes moved into __post_init__ / helper
case("02-compat-conn-attrs-into-helper-and-post-init", "connkit",
 {"__init__.py": "from .conn import Connection, Options\n",
  "conn.py": D('''
    from dataclasses import dataclass
    @dataclass
    class Options:
        host: str
        port: int = 80
        def __init_extra(self): pass
    class Connection:
        def __init__(self, host: str, port: int = 80) -> None:
            self.host = host
            self.port = port
            self.retries = 3
            self.closed = False
    ''').replace("        def __init_extra(self): pass\n", "")},
 {"__init__.py": "from .conn import Connection, Options\n",
  "conn.py": D('''
    from dataclasses import dataclass, field
    @dataclass
    class Options:
        host: str
        port: int = 80
        def __post_init__(self) -> None:
            self.url = f"{self.host}:{self.port}"
    class Connection:
        def __init__(self, host: str, port: int = 80) -> None:
            self.host = host
            self.port = port
            self._reset()
        def _reset(self) -> None:
            self.retries = 3
            self.closed = False
    ''')},
 "Connection.retries/closed assigned in a private helper called from __init__; Options gains __post_init__ (a dunder, not called by users).",
 tolerated=[])

# 03 function -> partial / callable class with same signature
case("03-compat-fmt-function-to-partial-and-callable", "fmtkit",
 {"__init__.py": "from .core import to_json, to_csv\n",
  "core.py": D('''
    import json
    def to_json(obj, indent: int = 2) -> str:
        return json.dumps(obj, indent=indent)
    def to_csv(rows, sep: str = ",") -> str:
        return "\\n".join(sep.join(map(str, r)) for r in rows)
    ''')},
 {"__init__.py": "from .core import to_json, to_csv\n",
  "core.py": D('''
    import json
    class _Dumper:
        def __call__(self, obj, indent: int = 2) -> str:
            return json.dumps(obj, indent=indent)
    to_json = _Dumper()
    def _join(rows, sep: str = ",") -> str:
        return "\\n".join(sep.join(map(str, r)) for r in rows)
    to_csv = _join
    ''')},
 "to_json becomes an instance of a private class with the same __call__ signature; to_csv becomes an alias of a private function with the identical signature. Callers unaffected (object-kind-changed tolerated for to_json: it is no longer a function object).",
 tolerated=[F("object-kind-changed", "fmtkit.core.to_json")])

# 04 Optional -> | None, defaults spelled differently
case("04-compat-query-equal-defaults-respelled", "querykit",
 {"__init__.py": "", "q.py": D('''
    from typing import Optional, Tuple
    def select(cols: Tuple[str, ...] = (), limit: Optional[int] = None, offset: int = 0,
               mode: int = 0x10, sep: str = "a" "b", flag: bool = False, scale: float = 1.0) -> list:
        return []
    ''')},
 {"__init__.py": "", "q.py": D('''
    from __future__ import annotations
    def select(cols: tuple[str, ...] = tuple(), limit: int | None = None, offset: int = 0x0,
               mode: int = 16, sep: str = "ab", flag: bool = (False), scale: float = 1.) -> list:
        return []
    ''')},
 "Defaults written differently but equal: ()/tuple(), 0/0x0, 0x10/16, 'a' 'b'/'ab', False/(False), 1.0/1.; Optional[int] -> int | None; Tuple -> tuple.")

# 05 enum members reordered
case("05-compat-colors-str-enum-members-reordered", "palette",
 {"__init__.py": "from .colors import Color, Level\n", "colors.py": D('''
    import enum
    class Color(str, enum.Enum):
        RED = "red"
        GREEN = "green"
        BLUE = "blue"
    class Level(enum.IntEnum):
        LOW = 1
        MID = 2
        HIGH = 3
    ''')},
 {"__init__.py": "from .colors import Color, Level\n", "colors.py": D('''
    import enum
    class Color(str, enum.Enum):
        BLUE = "blue"
        GREEN = "green"
        RED = "red"
    class Level(enum.IntEnum):
        HIGH = 3
        LOW = 1
        MID = 2
    ''')},
 "Enum members reordered with identical values (iteration order changes, which is not part of the API contract here).")

# 06 module split into package with star imports + __all__
case("06-compat-textutil-module-to-package-star-all", "textutil",
 {"__init__.py": "from .strings import *\nfrom .strings import __all__\n", "strings.py": D('''
    __all__ = ["slugify", "truncate", "Wrapper"]
    def slugify(s: str, sep: str = "-") -> str:
        return s.lower().replace(" ", sep)
    def truncate(s: str, n: int = 10) -> str:
        return s[:n]
    class Wrapper:
        def __init__(self, width: int = 70) -> None:
            self.width = width
        def wrap(self, s: str) -> list:
            return [s]
    ''')},
 {"__init__.py": "from .strings import *\nfrom .strings import __all__\n",
  "strings/__init__.py": D('''
    from ._slug import *
    from ._wrap import *
    from . import _slug, _wrap
    __all__ = _slug.__all__ + _wrap.__all__
    '''),
  "strings/_slug.py": D('''
    __all__ = ["slugify", "truncate"]
    def slugify(s: str, sep: str = "-") -> str:
        return s.lower().replace(" ", sep)
    def truncate(s: str, n: int = 10) -> str:
        return s[:n]
    '''),
  "strings/_wrap.py": D('''
    __all__ = ["Wrapper"]
    class Wrapper:
        def __init__(self, width: int = 70) -> None:
            self.width = width
        def wrap(self, s: str) -> list:
            return [s]
    ''')},
 "textutil.strings module becomes a package star-importing private parts; __all__ composed from the parts' __all__.")

# 07 property computed differently + staticmethod made private with public alias
case("07-compat-geo-property-reimplemented-and-static-alias", "geokit",
 {"__init__.py": "from .point import Point\n", "point.py": D('''
    import math
    class Point:
        def __init__(self, x: float, y: float) -> None:
            self.x = x
            self.y = y
        @property
        def norm(self) -> float:
            return math.sqrt(self.x ** 2 + self.y ** 2)
        @staticmethod
        def parse(text: str) -> "Point":
            x, y = text.split(",")
            return Point(float(x), float(y))
    ''')},
 {"__init__.py": "from .point import Point\n", "point.py": D('''
    import math
    class Point:
        def __init__(self, x: float, y: float) -> None:
            self.x = x
            self.y = y
        @property
        def norm(self) -> float:
            return math.hypot(self.x, self.y)
        @staticmethod
        def _parse(text: str) -> "Point":
            x, y = text.split(",")
            return Point(float(x), float(y))
        parse = _parse
    ''')},
 "Point.norm property body rewritten; Point.parse becomes a class-level alias of the private staticmethod _parse (still a staticmethod, same signature).")

# 08 overloads reordered
case("08-compat-loader-overloads-reordered", "loadkit",
 {"__init__.py": "", "load.py": D('''
    from typing import overload, Union
    @overload
    def load(src: str) -> str: ...
    @overload
    def load(src: bytes) -> bytes: ...
    @overload
    def load(src: int, size: int = ...) -> bytes: ...
    def load(src, size=0):
        return src
    ''')},
 {"__init__.py": "", "load.py": D('''
    from typing import overload, Union
    @overload
    def load(src: int, size: int = ...) -> bytes: ...
    @overload
    def load(src: bytes) -> bytes: ...
    @overload
    def load(src: str) -> str: ...
    def load(src, size=0):
        return src
    ''')},
 "Non-overlapping overloads of load reordered; implementation unchanged.")

# 09 version-conditional definitions with else fallback
case("09-compat-compatlib-version-branch-with-fallback", "compatlib",
 {"__init__.py": "from .funcs import cached, removeprefix\n", "funcs.py": D('''
    import functools
    def cached(func):
        return functools.lru_cache(maxsize=None)(func)
    def removeprefix(s: str, prefix: str) -> str:
        return s[len(prefix):] if s.startswith(prefix) else s
    ''')},
 {"__init__.py": "from .funcs import cached, removeprefix\n", "funcs.py": D('''
    import functools
    import sys
    if sys.version_info >= (3, 9):
        def cached(func):
            return functools.cache(func)
        def removeprefix(s: str, prefix: str) -> str:
            return s.removeprefix(prefix)
    else:
        def cached(func):
            return functools.lru_cache(maxsize=None)(func)
        def removeprefix(s: str, prefix: str) -> str:
            return s[len(prefix):] if s.startswith(prefix) else s
    ''')},
 "Both functions defined under sys.version_info branches with identical signatures in both arms.")

# 10 try: from ._speedups import ... except ImportError fallback
case("10-compat-hashkit-optional-speedups-fallback", "hashkit",
 {"__init__.py": "from .core import digest, Hasher\n", "core.py": D('''
    def digest(data: bytes, rounds: int = 1) -> str:
        return data.hex() * rounds
    class Hasher:
        def __init__(self, seed: int = 0) -> None:
            self.seed = seed
        def update(self, data: bytes) -> None:
            pass
    ''')},
 {"__init__.py": "from .core import digest, Hasher\n", "core.py": D('''
    try:
        from ._speedups import digest, Hasher  # type: ignore[import-not-found]
    except ImportError:
        def digest(data: bytes, rounds: int = 1) -> str:
            return data.hex() * rounds
        class Hasher:
            def __init__(self, seed: int = 0) -> None:
                self.seed = seed
            def update(self, data: bytes) -> None:
                pass
    ''')},
 "Pure-Python definitions moved into the except-ImportError fallback of an optional (absent) C speedups import.")

# 11 __getattr__ lazy loader serving __all__ names
case("11-compat-plotkit-lazy-getattr-all", "plotkit",
 {"__init__.py": D('''
    from .figure import Figure
    from .axes import Axes, subplots
    __all__ = ["Figure", "Axes", "subplots"]
    '''),
  "figure.py": "class Figure:\n    def __init__(self, dpi: int = 100) -> None:\n        self.dpi = dpi\n",
  "axes.py": "class Axes:\n    def plot(self, x, y=None) -> None:\n        pass\ndef subplots(n: int = 1) -> list:\n    return [Axes() for _ in range(n)]\n"},
 {"__init__.py": D('''
    import importlib
    from typing import TYPE_CHECKING
    __all__ = ["Figure", "Axes", "subplots"]
    _LAZY = {"Figure": ".figure", "Axes": ".axes", "subplots": ".axes"}
    if TYPE_CHECKING:
        from .figure import Figure
        from .axes import Axes, subplots
    def __getattr__(name):
        if name in _LAZY:
            mod = importlib.import_module(_LAZY[name], __name__)
            return getattr(mod, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    def __dir__():
        return sorted(list(globals()) + __all__)
    '''),
  "figure.py": "class Figure:\n    def __init__(self, dpi: int = 100) -> None:\n        self.dpi = dpi\n",
  "axes.py": "class Axes:\n    def plot(self, x, y=None) -> None:\n        pass\ndef subplots(n: int = 1) -> list:\n    return [Axes() for _ in range(n)]\n"},
 "Eager re-exports replaced by a module __getattr__ lazy loader serving every __all__ name (plus TYPE_CHECKING imports).")

# 12 dataclass gains slots=True
case("12-compat-records-dataclass-gains-slots", "records",
 {"__init__.py": "from .rec import Record\n", "rec.py": D('''
    from dataclasses import dataclass, field
    @dataclass
    class Record:
        key: str
        value: int = 0
        tags: list = field(default_factory=list)
        def bump(self, n: int = 1) -> None:
            self.value += n
    ''')},
 {"__init__.py": "from .rec import Record\n", "rec.py": D('''
    from dataclasses import dataclass, field
    @dataclass(slots=True)
    class Record:
        key: str
        value: int = 0
        tags: list = field(default_factory=list)
        def bump(self, n: int = 1) -> None:
            self.value += n
    ''')},
 "Dataclass gains slots=True: same fields, defaults, constructor; only arbitrary extra attributes can no longer be set (not part of the API).",
 )

# 13 protocol implementers gain methods
case("13-compat-sinks-protocol-implementers-grow", "sinks",
 {"__init__.py": "from .proto import Sink\nfrom .impl import FileSink, MemorySink\n",
  "proto.py": "from typing import Protocol\nclass Sink(Protocol):\n    def write(self, data: bytes) -> int: ...\n",
  "impl.py": D('''
    class FileSink:
        def __init__(self, path: str) -> None:
            self.path = path
        def write(self, data: bytes) -> int:
            return len(data)
    class MemorySink:
        def __init__(self) -> None:
            self.buf = b""
        def write(self, data: bytes) -> int:
            self.buf += data
            return len(data)
    ''')},
 {"__init__.py": "from .proto import Sink\nfrom .impl import FileSink, MemorySink\n",
  "proto.py": "from typing import Protocol\nclass Sink(Protocol):\n    def write(self, data: bytes) -> int: ...\n",
  "impl.py": D('''
    class FileSink:
        def __init__(self, path: str) -> None:
            self.path = path
        def write(self, data: bytes) -> int:
            return len(data)
        def flush(self) -> None:
            pass
        def close(self) -> None:
            pass
    class MemorySink:
        def __init__(self) -> None:
            self.buf = b""
        def write(self, data: bytes) -> int:
            self.buf += data
            return len(data)
        def getvalue(self) -> bytes:
            return self.buf
    ''')},
 "Concrete implementers of an unchanged Protocol gain extra methods; the Protocol itself is untouched.")

# 14 __init__ moved to base with same signature (private base)
case("14-compat-clients-init-moved-to-private-base", "apiclient",
 {"__init__.py": "from .clients import UsersClient, OrdersClient\n", "clients.py": D('''
    class UsersClient:
        def __init__(self, token: str, base_url: str = "https://api", timeout: float = 5.0) -> None:
            self.token = token
            self.base_url = base_url
            self.timeout = timeout
        def list(self, page: int = 1) -> list:
            return []
    class OrdersClient:
        def __init__(self, token: str, base_url: str = "https://api", timeout: float = 5.0) -> None:
            self.token = token
            self.base_url = base_url
            self.timeout = timeout
        def get(self, order_id: int) -> dict:
            return {}
    ''')},
 {"__init__.py": "from .clients import UsersClient, OrdersClient\n",
  "_base.py": D('''
    class _Client:
        def __init__(self, token: str, base_url: str = "https://api", timeout: float = 5.0) -> None:
            self.token = token
            self.base_url = base_url
            self.timeout = timeout
    '''),
  "clients.py": D('''
    from ._base import _Client
    class UsersClient(_Client):
        def list(self, page: int = 1) -> list:
            return []
    class OrdersClient(_Client):
        def get(self, order_id: int) -> dict:
            return {}
    ''')},
 "Identical __init__ of two clients hoisted into a private base class; attributes still set.")

# 15 NamedTuple -> gains defaulted trailing field? (additive) plus typing.NamedTuple class syntax conversion
case("15-compat-coords-namedtuple-functional-to-class", "coords",
 {"__init__.py": "from .types import LatLon\n", "types.py": D('''
    from collections import namedtuple
    LatLon = namedtuple("LatLon", ["lat", "lon"])
    ''')},
 {"__init__.py": "from .types import LatLon\n", "types.py": D('''
    from typing import NamedTuple
    class LatLon(NamedTuple):
        lat: float
        lon: float
    ''')},
 "collections.namedtuple call converted to typing.NamedTuple class syntax, same field names and order.")

# 16 keyword argument mapping via **kwargs → explicit keyword-only w/ defaults: careful; instead: classmethod alt constructor moved to base
case("16-compat-money-dunder-methods-via-total-ordering", "moneykit",
 {"__init__.py": "from .money import Money\n", "money.py": D('''
    class Money:
        def __init__(self, amount: int, currency: str = "EUR") -> None:
            self.amount = amount
            self.currency = currency
        def __eq__(self, other):
            return (self.amount, self.currency) == (other.amount, other.currency)
        def __lt__(self, other):
            return self.amount < other.amount
        def __le__(self, other):
            return self.amount <= other.amount
        def __gt__(self, other):
            return self.amount > other.amount
        def __ge__(self, other):
            return self.amount >= other.amount
        def __hash__(self):
            return hash((self.amount, self.currency))
    ''')},
 {"__init__.py": "from .money import Money\n", "money.py": D('''
    import functools
    @functools.total_ordering
    class Money:
        def __init__(self, amount: int, currency: str = "EUR") -> None:
            self.amount = amount
            self.currency = currency
        def __eq__(self, other):
            return (self.amount, self.currency) == (other.amount, other.currency)
        def __lt__(self, other):
            return self.amount < other.amount
        def __hash__(self):
            return hash((self.amount, self.currency))
    ''')},
 "Explicit __le__/__gt__/__ge__ replaced by functools.total_ordering, which synthesises them at runtime.")

# 17 method moved to a mixin in a private module; classmethod alt constructor inherited
case("17-compat-models-mixin-serialisation", "modelkit",
 {"__init__.py": "from .user import User\n", "user.py": D('''
    class User:
        def __init__(self, name: str, age: int = 0) -> None:
            self.name = name
            self.age = age
        def to_dict(self) -> dict:
            return dict(vars(self))
        @classmethod
        def from_dict(cls, data: dict) -> "User":
            return cls(**data)
    ''')},
 {"__init__.py": "from .user import User\n",
  "_mixins.py": D('''
    class DictMixin:
        def to_dict(self) -> dict:
            return dict(vars(self))
        @classmethod
        def from_dict(cls, data: dict):
            return cls(**data)
    '''),
  "user.py": D('''
    from ._mixins import DictMixin
    class User(DictMixin):
        def __init__(self, name: str, age: int = 0) -> None:
            self.name = name
            self.age = age
    ''')},
 "to_dict/from_dict moved into a mixin in a private module (from_dict loses its 'User' return annotation - unannotated, so no longer a claim).",
 tolerated=[F("return-type-widened", "modelkit.user.User.from_dict")])

# 18 typing.Union reordering and List -> Sequence on return? no: narrowing param? keep strictly equivalent
case("18-compat-parse-union-order-and-aliases", "parsekit",
 {"__init__.py": "", "api.py": D('''
    from typing import Union, List, Dict, Optional
    import os
    def parse(src: Union[str, bytes, "os.PathLike[str]"], opts: Optional[Dict[str, int]] = None) -> List[str]:
        return []
    def merge(a: Union[int, float], b: Union[int, float, None] = None) -> Union[int, float]:
        return a
    ''')},
 {"__init__.py": "", "api.py": D('''
    from __future__ import annotations
    import os
    from typing import Optional, Union
    def parse(src: bytes | os.PathLike[str] | str, opts: dict[str, int] | None = None) -> list[str]:
        return []
    def merge(a: float | int, b: Optional[Union[float, int]] = None) -> float | int:
        return a
    ''')},
 "Union members reordered, PEP 604/585 spelling, Optional[Union[..]] vs X | Y | None; all types identical.")

# 19 constant value expressed differently; module attribute via import alias
case("19-compat-limits-constants-respelled", "limitkit",
 {"__init__.py": "from .consts import MAX_SIZE, TIMEOUT, NAMES\n", "consts.py": D('''
    MAX_SIZE = 1048576
    TIMEOUT = 30.0
    NAMES = ("a", "b")
    def check(size: int = 1048576, timeout: float = 30.0) -> bool:
        return size <= MAX_SIZE
    ''')},
 {"__init__.py": "from .consts import MAX_SIZE, TIMEOUT, NAMES\n", "consts.py": D('''
    MAX_SIZE: int = 1 << 20
    TIMEOUT: float = 30.
    NAMES: tuple = ("a", "b",)
    def check(size: int = MAX_SIZE, timeout: float = TIMEOUT) -> bool:
        return size <= MAX_SIZE
    ''')},
 "Constants rewritten as equal expressions (1<<20, 30., trailing comma) and gained annotations; check() defaults now reference the equal constants.",
 tolerated=[F("parameter-default-changed", "limitkit.consts.check", "size"), F("parameter-default-changed", "limitkit.consts.check", "timeout")])

# 20 abstract base class: abstract method made concrete; ABCMeta -> ABC
case("20-compat-storage-abc-spelling-and-concrete-default", "storekit",
 {"__init__.py": "from .base import Store\n", "base.py": D('''
    import abc
    class Store(metaclass=abc.ABCMeta):
        @abc.abstractmethod
        def get(self, key: str) -> bytes: ...
        @abc.abstractmethod
        def exists(self, key: str) -> bool: ...
    ''')},
 {"__init__.py": "from .base import Store\n", "base.py": D('''
    from abc import ABC, abstractmethod
    class Store(ABC):
        @abstractmethod
        def get(self, key: str) -> bytes: ...
        def exists(self, key: str) -> bool:
            try:
                self.get(key)
            except KeyError:
                return False
            return True
    ''')},
 "metaclass=ABCMeta -> ABC base (same metaclass; ABC adds no API); exists becomes a concrete default implementation (subclasses that override still work).",
 tolerated=[])

# ---- breaking ----
case("21-shapes-base-extracted-member-dropped", "shapes",
 {"__init__.py": "from .circle import Circle\n", "circle.py": D('''
    class Circle:
        def __init__(self, r: float) -> None:
            self.r = r
        def area(self) -> float:
            return 3.14 * self.r ** 2
        def scale(self, k: float) -> "Circle":
            return Circle(self.r * k)
    ''')},
 {"__init__.py": "from .circle import Circle\n", "_base.py": D('''
    class _Shape:
        def __init__(self, r: float) -> None:
            self.r = r
    '''),
  "circle.py": D('''
    from ._base import _Shape
    class Circle(_Shape):
        def area(self) -> float:
            return 3.14 * self.r ** 2
    ''')},
 "Base-class extraction that forgot scale(): Circle.scale removed.",
 breaking=[F("object-removed", "shapes.circle.Circle.scale")])

case("22-fmtkit-partial-changes-default", "fmtkit",
 {"__init__.py": "", "core.py": D('''
    def dump(obj, indent: int = 2, sort_keys: bool = False) -> str:
        return ""
    ''')},
 {"__init__.py": "", "core.py": D('''
    def dump(obj, indent: int = 4, *, sort_keys: bool = False) -> str:
        return ""
    ''')},
 "dump's default indent changes 2 -> 4 (risk) and sort_keys becomes keyword-only (breaking).",
 breaking=[F("parameter-kind-changed", "fmtkit.core.dump", "sort_keys")],
 risk=[F("parameter-default-changed", "fmtkit.core.dump", "indent")])

case("23-palette-enum-value-changed-and-member-dropped", "palette",
 {"__init__.py": "from .colors import Color\n", "colors.py": D('''
    import enum
    class Color(str, enum.Enum):
        RED = "red"
        GREEN = "green"
        BLUE = "blue"
    ''')},
 {"__init__.py": "from .colors import Color\n", "colors.py": D('''
    import enum
    class Color(str, enum.Enum):
        BLUE = "blue"
        RED = "RED"
    ''')},
 "Reordered enum where RED's value changed and GREEN was removed.",
 breaking=[F("enum-member-removed", "palette.colors.Color.GREEN")],
 risk=[F("enum-member-value-changed", "palette.colors.Color.RED")])

case("24-plotkit-lazy-loader-misses-name", "plotkit",
 {"__init__.py": "from .figure import Figure, show\n__all__ = ['Figure', 'show']\n",
  "figure.py": "class Figure:\n    pass\ndef show(block: bool = True) -> None:\n    pass\n"},
 {"__init__.py": D('''
    import importlib
    __all__ = ["Figure"]
    def __getattr__(name):
        if name == "Figure":
            return importlib.import_module(".figure", __name__).Figure
        raise AttributeError(name)
    '''),
  "figure.py": "class Figure:\n    pass\ndef show(block: bool = True) -> None:\n    pass\n"},
 "Lazy-loader refactor drops show from the package namespace (still defined in plotkit.figure).",
 breaking=[F("export-removed", "plotkit.show")],
 tolerated=[])

case("25-connkit-init-hoisted-param-renamed", "connkit",
 {"__init__.py": "from .conn import Connection\n", "conn.py": D('''
    class Connection:
        def __init__(self, host: str, port: int = 80) -> None:
            self.host = host
            self.port = port
    ''')},
 {"__init__.py": "from .conn import Connection\n", "_base.py": D('''
    class _Base:
        def __init__(self, hostname: str, port: int = 80) -> None:
            self.host = hostname
            self.port = port
    '''), "conn.py": "from ._base import _Base\nclass Connection(_Base):\n    pass\n"},
 "__init__ hoisted into a private base and host renamed to hostname (keyword callers break).",
 breaking=[F("parameter-removed", "connkit.conn.Connection.__init__", "host")],
 tolerated=[F("parameter-added-required", "connkit.conn.Connection.__init__", "hostname")])

for name, pkg, old, new, desc, br, rk, tol, compat in CASES:
    d = HERE / name
    for side, files in (("old", old), ("new", new)):
        (d / side).mkdir(parents=True, exist_ok=True)
        (d / side / "pyproject.toml").write_text(
            f'[project]\nname = "{pkg}"\nversion = "{"1.0.0" if side == "old" else "1.1.0"}"\n')
        for rel, text in files.items():
            p = d / side / pkg / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text.lstrip("\n"))
    exp = {"description": desc, "breaking": br, "risk": rk, "compatible_only": compat}
    if tol:
        exp["tolerated"] = tol
    (d / "expected.json").write_text(json.dumps(exp, indent=2) + "\n")
print(len(CASES))
