"""Writes the breaking cases of corpus3 (run once; the cases are the artefact)."""
import json, textwrap
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def case(name, pkg, old, new, desc, breaking=(), risk=(), tolerated=(), compat=False):
    d = CASES / name
    for side, files in (("old", old), ("new", new)):
        ver = "1.0.0" if side == "old" else "2.0.0"
        (d / side).mkdir(parents=True, exist_ok=True)
        (d / side / "pyproject.toml").write_text(f'[project]\nname = "{pkg}"\nversion = "{ver}"\n')
        for rel, text in files.items():
            p = d / side / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(textwrap.dedent(text).lstrip("\n"))
    ent = lambda t: {"kind": t[0], "object": t[1], "parameter": t[2] if len(t) > 2 else None}
    data = {"description": desc, "breaking": [ent(t) for t in breaking], "risk": [ent(t) for t in risk],
            "compatible_only": compat}
    if tolerated:
        data["tolerated"] = [ent(t) for t in tolerated]
    (d / "expected.json").write_text(json.dumps(data, indent=2) + "\n")


# ---------------------------------------------------------------- 01
EXP_BASE = '''
from __future__ import annotations

import json
from typing import Iterable


class JsonMixin:
    """Adds JSON serialisation of the instance attributes."""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


class Exporter:
    def export(self, rows: Iterable[dict]) -> str:
        return "\\n".join(str(r) for r in rows)
'''
case(
    "01-exporters-mixin-dropped-override-removed", "exporters",
    old={
        "exporters/__init__.py": '''
            from .base import Exporter, JsonMixin
            from .csvfmt import CsvExporter

            __all__ = ["Exporter", "JsonMixin", "CsvExporter"]
            ''',
        "exporters/base.py": EXP_BASE,
        "exporters/csvfmt.py": '''
            from __future__ import annotations

            from typing import Iterable

            from .base import Exporter, JsonMixin


            class CsvExporter(Exporter, JsonMixin):
                def __init__(self, path: str) -> None:
                    self.path = path

                def export(self, rows: Iterable[dict], delimiter: str = ",") -> str:
                    out = []
                    for row in rows:
                        out.append(delimiter.join(str(v) for v in row.values()))
                    return "\\n".join(out)
            ''',
    },
    new={
        "exporters/__init__.py": '''
            from .base import Exporter, JsonMixin
            from .csvfmt import CsvExporter

            __all__ = ["Exporter", "JsonMixin", "CsvExporter"]
            ''',
        "exporters/base.py": EXP_BASE,
        "exporters/csvfmt.py": '''
            from __future__ import annotations

            from .base import Exporter


            class CsvExporter(Exporter):
                """Rows are now rendered by Exporter.export; the delimiter is fixed per instance."""

                def __init__(self, path: str, delimiter: str = ",") -> None:
                    self.path = path
                    self.delimiter = delimiter
            ''',
    },
    desc="CsvExporter drops the public JsonMixin base (isinstance(x, JsonMixin) false, to_json gone): base-class-removed. "
         "Its export() override with the extra optional `delimiter` is removed, so CsvExporter.export is now the inherited "
         "Exporter.export(rows) and export(rows, ';') / export(rows, delimiter=';') raise TypeError: parameter-removed on "
         "CsvExporter.export [delimiter]. The lost inherited to_json is part of the base removal (tolerated if also reported). "
         "Bait: __init__ gains an optional delimiter (info).",
    breaking=[("base-class-removed", "exporters.csvfmt.CsvExporter"),
              ("parameter-removed", "exporters.csvfmt.CsvExporter.export", "delimiter")],
    tolerated=[("object-removed", "exporters.csvfmt.CsvExporter.to_json")],
)

# ---------------------------------------------------------------- 02
case(
    "02-timespan-alternate-constructors", "timespan",
    old={
        "timespan/__init__.py": '''
            from .duration import Duration

            __all__ = ["Duration"]
            ''',
        "timespan/duration.py": '''
            from __future__ import annotations

            import re

            _RX = re.compile(r"^(\\d+)h(\\d+)m(\\d+)s$")


            class Duration:
                def __init__(self, seconds: float) -> None:
                    self.seconds = seconds

                @classmethod
                def from_parts(cls, hours: int, minutes: int = 0, seconds: int = 0) -> Duration:
                    return cls(hours * 3600 + minutes * 60 + seconds)

                @staticmethod
                def from_seconds(seconds: float) -> Duration:
                    return Duration(seconds)

                @staticmethod
                def is_valid(text: str) -> bool:
                    return _RX.match(text) is not None

                @classmethod
                def parse(cls, text: str, *, strict: bool = False) -> Duration:
                    m = _RX.match(text)
                    if m is None:
                        if strict:
                            raise ValueError(text)
                        return cls(0)
                    h, mi, s = map(int, m.groups())
                    return cls.from_parts(h, mi, s)
            ''',
    },
    new={
        "timespan/__init__.py": '''
            from .duration import Duration

            __all__ = ["Duration"]
            ''',
        "timespan/duration.py": '''
            from __future__ import annotations

            import re

            _RX = re.compile(r"^(\\d+)h(\\d+)m(\\d+)s$")


            class Duration:
                def __init__(self, seconds: float) -> None:
                    self.seconds = seconds

                @classmethod
                def from_parts(cls, hours: int, minutes: int, seconds: int = 0) -> Duration:
                    return cls(hours * 3600 + minutes * 60 + seconds)

                @classmethod
                def from_seconds(cls, seconds: float) -> Duration:
                    return cls(seconds)

                @staticmethod
                def is_valid(text: str, /) -> bool:
                    return _RX.match(text) is not None

                @classmethod
                def parse(cls, text: str, strict: bool = False) -> Duration:
                    m = _RX.match(text)
                    if m is None:
                        if strict:
                            raise ValueError(text)
                        return cls(0)
                    h, mi, s = map(int, m.groups())
                    return cls.from_parts(h, mi, s)
            ''',
    },
    desc="Alternate constructors: classmethod from_parts loses the default of `minutes` (Duration.from_parts(2) fails): "
         "parameter-now-required; staticmethod is_valid makes `text` positional-only (is_valid(text=...) fails): "
         "parameter-kind-changed. Bait: from_seconds staticmethod -> classmethod (same call Duration.from_seconds(x), cls is "
         "bound); parse's keyword-only `strict` relaxed to positional-or-keyword (compatible).",
    breaking=[("parameter-now-required", "timespan.duration.Duration.from_parts", "minutes"),
              ("parameter-kind-changed", "timespan.duration.Duration.is_valid", "text")],
)

# ---------------------------------------------------------------- 03
case(
    "03-tablekit-cached-property-to-method", "tablekit",
    old={
        "tablekit/__init__.py": '''
            from .dataset import Dataset

            __all__ = ["Dataset"]
            ''',
        "tablekit/dataset.py": '''
            from __future__ import annotations

            from functools import cached_property


            class Dataset:
                def __init__(self, name: str, rows: list[dict]) -> None:
                    self._name = name
                    self._rows = rows

                @cached_property
                def row_count(self) -> int:
                    return len(self._rows)

                @property
                def columns(self) -> list[str]:
                    return sorted({k for r in self._rows for k in r})

                @property
                def name(self) -> str:
                    return self._name
            ''',
    },
    new={
        "tablekit/__init__.py": '''
            from .dataset import Dataset

            __all__ = ["Dataset"]
            ''',
        "tablekit/dataset.py": '''
            from __future__ import annotations

            from functools import cached_property


            class Dataset:
                def __init__(self, name: str, rows: list[dict]) -> None:
                    self._name = name
                    self._rows = rows

                def row_count(self) -> int:
                    return len(self._rows)

                @property
                def columns(self) -> tuple[str, ...]:
                    return tuple(sorted({k for r in self._rows for k in r}))

                @cached_property
                def name(self) -> str:
                    return self._name
            ''',
    },
    desc="cached_property row_count becomes a plain method (ds.row_count + 1 fails, `ds.row_count` is a bound method): "
         "object-kind-changed. Read-only property columns: list[str] -> tuple[str, ...], unrelated (readers calling "
         ".append/.sort break): attribute-type-changed. Bait: property name -> cached_property (still a readable str).",
    breaking=[("object-kind-changed", "tablekit.dataset.Dataset.row_count"),
              ("attribute-type-changed", "tablekit.dataset.Dataset.columns")],
)

# ---------------------------------------------------------------- 04
case(
    "04-netconf-final-constants", "netconf",
    old={
        "netconf/__init__.py": '''
            from . import constants

            __all__ = ["constants"]
            ''',
        "netconf/constants.py": '''
            from typing import Final, Optional

            DEFAULT_TIMEOUT: Final[int] = 30
            API_VERSION: Final[str] = "v2"
            DEFAULT_HOST: Final[Optional[str]] = None
            BUFFER_SIZE: Final = 4096
            ''',
    },
    new={
        "netconf/__init__.py": '''
            from . import constants

            __all__ = ["constants"]
            ''',
        "netconf/constants.py": '''
            from typing import Final

            DEFAULT_TIMEOUT: Final[float] = 30.0
            DEFAULT_HOST: Final[str] = "localhost"
            BUFFER_SIZE: Final = 4096
            ''',
    },
    desc="Final constants: DEFAULT_TIMEOUT Final[int] -> Final[float] widens a read-only value (range(DEFAULT_TIMEOUT) "
         "breaks): attribute-type-changed; API_VERSION removed: object-removed. Bait: DEFAULT_HOST Final[Optional[str]] -> "
         "Final[str] narrows a read-only value (compatible); BUFFER_SIZE unchanged.",
    breaking=[("attribute-type-changed", "netconf.constants.DEFAULT_TIMEOUT"),
              ("object-removed", "netconf.constants.API_VERSION")],
)

# ---------------------------------------------------------------- 05
PK_EMIT = '''
def emit(doc: dict) -> str:
    return repr(doc)
'''
case(
    "05-parsekit-augmented-all-export-dropped", "parsekit",
    old={
        "parsekit/__init__.py": '''
            from ._emit import emit
            from ._parse import ParseError, parse, parse_many

            __all__ = ["parse", "parse_many", "ParseError"]
            __all__ += ["emit"]
            ''',
        "parsekit/_emit.py": PK_EMIT,
        "parsekit/_parse.py": '''
            class ParseError(ValueError):
                pass


            def parse(text: str) -> dict:
                if not text:
                    raise ParseError("empty")
                return {"text": text}


            def parse_many(texts: list[str]) -> list[dict]:
                return [parse(t) for t in texts]
            ''',
    },
    new={
        "parsekit/__init__.py": '''
            from ._emit import emit
            from ._parse import ParseError, parse

            __all__ = ["parse", "ParseError"]
            __all__ += ["emit"]
            ''',
        "parsekit/_emit.py": PK_EMIT,
        "parsekit/_parse.py": '''
            class ParseError(ValueError):
                pass


            def parse(text: str) -> dict:
                if not text:
                    raise ParseError("empty")
                return {"text": text}


            def parse_many(texts: list[str]) -> list[dict]:
                """Internal now; callers should use [parse(t) for t in texts]."""
                return [parse(t) for t in texts]
            ''',
    },
    desc="The package builds __all__ with a literal plus `+=`; v2 drops parse_many from both the import and __all__, while "
         "the function still exists in the private module parsekit/_parse.py: export-removed on parsekit.parse_many. Bait: "
         "emit still exported through the `__all__ +=` line.",
    breaking=[("export-removed", "parsekit.parse_many")],
)

# ---------------------------------------------------------------- 06
CL_MEM = '''
from ..backends.base import Backend


class MemoryBackend(Backend):
    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self._data.get(key)
'''
CL_REDIS = '''
from .base import Backend


class RedisBackend(Backend):
    def __init__(self, url: str = "redis://localhost:6379/0") -> None:
        self.url = url

    def get(self, key: str) -> bytes | None:
        return None
'''
CL_BASE_OLD = '''
class Backend:
    def get(self, key: str) -> bytes | None:
        raise NotImplementedError
'''
case(
    "06-cachelib-nested-reexport-dropped", "cachelib",
    old={
        "cachelib/__init__.py": '''
            from .backends import Backend, MemoryBackend, RedisBackend

            __all__ = ["Backend", "MemoryBackend", "RedisBackend"]
            ''',
        "cachelib/backends/__init__.py": '''
            from ._memory import MemoryBackend
            from ._redis import RedisBackend
            from .base import Backend

            __all__ = ["Backend", "MemoryBackend", "RedisBackend"]
            ''',
        "cachelib/backends/base.py": CL_BASE_OLD,
        "cachelib/backends/_memory.py": CL_MEM,
        "cachelib/backends/_redis.py": CL_REDIS,
    },
    new={
        "cachelib/__init__.py": '''
            from .backends import Backend, MemoryBackend

            __all__ = ["Backend", "MemoryBackend"]
            ''',
        "cachelib/backends/__init__.py": '''
            from ._memory import MemoryBackend
            from .base import Backend

            __all__ = ["Backend", "MemoryBackend"]
            ''',
        "cachelib/backends/base.py": '''
            from ._base_impl import Backend as Backend
            ''',
        "cachelib/backends/_base_impl.py": CL_BASE_OLD,
        "cachelib/backends/_memory.py": CL_MEM,
        "cachelib/backends/_redis.py": CL_REDIS,
    },
    desc="RedisBackend, defined in the private module cachelib/backends/_redis.py, was re-exported by cachelib.backends and "
         "again by cachelib; v2 drops both re-exports while the class stays: export-removed, reported once at the shortest "
         "public re-export path cachelib.RedisBackend (the cachelib.backends view is tolerated). Bait: Backend moved from the "
         "public module backends/base.py into a private module, base.py re-exports it with `import X as X`.",
    breaking=[("export-removed", "cachelib.RedisBackend")],
    tolerated=[("export-removed", "cachelib.backends.RedisBackend")],
)

# ---------------------------------------------------------------- 07
case(
    "07-dbclient-kwargs-forwarding-removed", "dbclient",
    old={
        "dbclient/__init__.py": '''
            from .client import Connection, connect, connect_pool

            __all__ = ["Connection", "connect", "connect_pool"]
            ''',
        "dbclient/client.py": '''
            from __future__ import annotations

            from typing import Any


            class Connection:
                def __init__(self, dsn: str, timeout: float = 10.0, ssl: bool = False, **extra: Any) -> None:
                    self.dsn = dsn
                    self.timeout = timeout
                    self.ssl = ssl
                    self.extra = extra


            def connect(dsn: str, **options: Any) -> Connection:
                """Open a connection; every keyword is forwarded to Connection."""
                return Connection(dsn, **options)


            def connect_pool(dsn: str, **options: Any) -> list[Connection]:
                return [Connection(dsn, **options) for _ in range(5)]
            ''',
    },
    new={
        "dbclient/__init__.py": '''
            from .client import Connection, connect, connect_pool

            __all__ = ["Connection", "connect", "connect_pool"]
            ''',
        "dbclient/client.py": '''
            from __future__ import annotations

            from typing import Any


            class Connection:
                def __init__(self, dsn: str, timeout: float = 10.0, ssl: bool = False) -> None:
                    self.dsn = dsn
                    self.timeout = timeout
                    self.ssl = ssl


            def connect(dsn: str, *, timeout: float = 10.0, ssl: bool = False) -> Connection:
                """Open a connection."""
                return Connection(dsn, timeout=timeout, ssl=ssl)


            def connect_pool(dsn: str, *, size: int = 5, **options: Any) -> list[Connection]:
                return [Connection(dsn, **options) for _ in range(size)]
            ''',
    },
    desc="The **kwargs forwarding wrapper connect(dsn, **options) gets an explicit signature: callers passing any other "
         "keyword (or application_name=...) now fail: parameter-removed [options]. Connection.__init__ drops **extra: "
         "parameter-removed [extra]; the public instance attribute `self.extra` it stored is gone too (conn.extra raises "
         "AttributeError): object-removed Connection.extra. Bait: connect_pool gains an optional keyword-only size before its **options (info). "
         "connect(dsn, timeout=..) and connect(dsn, ssl=..) still work since both were forwarded keywords.",
    breaking=[("parameter-removed", "dbclient.client.connect", "options"),
              ("parameter-removed", "dbclient.client.Connection.__init__", "extra"),
              ("object-removed", "dbclient.client.Connection.extra")],
)

# ---------------------------------------------------------------- 08
case(
    "08-docload-overload-removed", "docload",
    old={
        "docload/__init__.py": '''
            from .api import Document, load

            __all__ = ["Document", "load"]
            ''',
        "docload/api.py": '''
            from __future__ import annotations

            from typing import IO, overload


            class Document:
                def __init__(self, text: str) -> None:
                    self.text = text
                    self._meta: dict[str, str] = {}

                @overload
                def get(self, key: str) -> str | None: ...
                @overload
                def get(self, key: str, default: str) -> str: ...
                def get(self, key, default=None):
                    return self._meta.get(key, default)


            @overload
            def load(source: str) -> Document: ...
            @overload
            def load(source: bytes, encoding: str = "utf-8") -> Document: ...
            @overload
            def load(source: IO[bytes], encoding: str = "utf-8") -> Document: ...
            def load(source, encoding="utf-8"):
                if isinstance(source, str):
                    return Document(source)
                if isinstance(source, bytes):
                    return Document(source.decode(encoding))
                return Document(source.read().decode(encoding))
            ''',
    },
    new={
        "docload/__init__.py": '''
            from .api import Document, load

            __all__ = ["Document", "load"]
            ''',
        "docload/api.py": '''
            from __future__ import annotations

            from typing import overload


            class Document:
                def __init__(self, text: str) -> None:
                    self.text = text
                    self._meta: dict[str, str] = {}

                @overload
                def get(self, key: str) -> str | None: ...
                @overload
                def get(self, key: str, default: str) -> str: ...
                @overload
                def get(self, key: str, default: None) -> str | None: ...
                def get(self, key, default=None):
                    return self._meta.get(key, default)


            @overload
            def load(source: str) -> Document: ...
            @overload
            def load(source: bytes, encoding: str = "utf-8") -> Document: ...
            def load(source, encoding="utf-8"):
                if isinstance(source, str):
                    return Document(source)
                return Document(source.decode(encoding))
            ''',
    },
    desc="load() loses its IO[bytes] overload and stops reading streams (load(open(p, 'rb')) fails to type-check and "
         "raises AttributeError at runtime): overload-removed on docload.api.load. Bait: Document.get gains a third overload.",
    breaking=[("overload-removed", "docload.api.load")],
)

# ---------------------------------------------------------------- 09
case(
    "09-poolkit-sync-context-manager-dropped", "poolkit",
    old={
        "poolkit/__init__.py": '''
            from .pool import Pool

            __all__ = ["Pool"]
            ''',
        "poolkit/pool.py": '''
            from __future__ import annotations

            from types import TracebackType
            from typing import Callable, Iterable, Iterator, TypeVar

            T = TypeVar("T")
            R = TypeVar("R")


            class Pool:
                def __init__(self, size: int = 4) -> None:
                    self.size = size
                    self.closed = False

                def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
                    for item in items:
                        yield fn(item)

                def close(self) -> None:
                    self.closed = True

                def __enter__(self) -> Pool:
                    return self

                def __exit__(
                    self,
                    exc_type: type[BaseException] | None,
                    exc: BaseException | None,
                    tb: TracebackType | None,
                ) -> None:
                    self.close()
            ''',
    },
    new={
        "poolkit/__init__.py": '''
            from .pool import Pool

            __all__ = ["Pool"]
            ''',
        "poolkit/pool.py": '''
            from __future__ import annotations

            from types import TracebackType
            from typing import Callable, Iterable, Iterator, TypeVar

            T = TypeVar("T")
            R = TypeVar("R")


            class Pool:
                def __init__(self, size: int = 4) -> None:
                    self.size = size
                    self.closed = False

                def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
                    for item in items:
                        yield fn(item)

                async def close(self) -> None:
                    self.closed = True

                async def __aenter__(self) -> Pool:
                    return self

                async def __aexit__(
                    self,
                    exc_type: type[BaseException] | None,
                    exc: BaseException | None,
                    tb: TracebackType | None,
                ) -> None:
                    await self.close()
            ''',
    },
    desc="Pool goes async-only: __enter__/__exit__ are removed (`with Pool() as p:` raises TypeError) and replaced by "
         "__aenter__/__aexit__: object-removed on each of the two protocol methods; close() becomes async def: "
         "sync-async-changed. Bait: imap unchanged.",
    breaking=[("object-removed", "poolkit.pool.Pool.__enter__"),
              ("object-removed", "poolkit.pool.Pool.__exit__"),
              ("sync-async-changed", "poolkit.pool.Pool.close")],
)

# ---------------------------------------------------------------- 10
case(
    "10-netio-exception-bases-dropped", "netio",
    old={
        "netio/__init__.py": '''
            from .errors import ConnectTimeout, NetError, ProtocolError, ReadTimeout, RetryExhausted, TLSError

            __all__ = ["ConnectTimeout", "NetError", "ProtocolError", "ReadTimeout", "RetryExhausted", "TLSError"]
            ''',
        "netio/errors.py": '''
            class NetError(Exception):
                """Base class of every netio error."""


            class ConnectTimeout(NetError, TimeoutError):
                pass


            class ReadTimeout(ConnectTimeout):
                pass


            class RetryExhausted(NetError):
                def __init__(self, attempts: int) -> None:
                    super().__init__(f"gave up after {attempts} attempts")
                    self.attempts = attempts


            class ProtocolError(NetError, ValueError):
                pass


            class TLSError(ProtocolError):
                pass
            ''',
    },
    new={
        "netio/__init__.py": '''
            from .errors import ConnectTimeout, NetError, ProtocolError, ReadTimeout, RetryExhausted, TLSError

            __all__ = ["ConnectTimeout", "NetError", "ProtocolError", "ReadTimeout", "RetryExhausted", "TLSError"]
            ''',
        "netio/errors.py": '''
            class NetError(Exception):
                """Base class of every netio error."""


            class ConnectTimeout(NetError):
                pass


            class ReadTimeout(ConnectTimeout):
                pass


            class RetryExhausted(Exception):
                def __init__(self, attempts: int) -> None:
                    super().__init__(f"gave up after {attempts} attempts")
                    self.attempts = attempts


            class ProtocolError(NetError, ValueError):
                pass


            class TLSError(NetError, ValueError):
                pass
            ''',
    },
    desc="Exception hierarchy: ConnectTimeout no longer a builtin TimeoutError; RetryExhausted no longer a NetError "
         "(`except NetError` misses it); TLSError re-based from ProtocolError to (NetError, ValueError) so `except "
         "ProtocolError` misses it (NetError and ValueError are still ancestors, ProtocolError is not): base-class-removed "
         "x3. ReadTimeout's own bases are unchanged but it loses TimeoutError transitively (tolerated if reported).",
    breaking=[("base-class-removed", "netio.errors.ConnectTimeout"),
              ("base-class-removed", "netio.errors.RetryExhausted"),
              ("base-class-removed", "netio.errors.TLSError")],
    tolerated=[("base-class-removed", "netio.errors.ReadTimeout")],
)

# ---------------------------------------------------------------- 11
case(
    "11-perms-flag-intenum-strenum", "perms",
    old={
        "perms/__init__.py": '''
            from .model import Permission, Priority, Scope

            __all__ = ["Permission", "Priority", "Scope"]
            ''',
        "perms/model.py": '''
            from enum import Flag, IntEnum, StrEnum


            class Permission(Flag):
                READ = 1
                WRITE = 2
                EXECUTE = 4
                ALL = READ | WRITE | EXECUTE


            class Priority(IntEnum):
                LOW = 1
                NORMAL = 2
                HIGH = 3


            class Scope(StrEnum):
                USER = "user"
                GROUP = "group"
                LEGACY = "legacy"
            ''',
    },
    new={
        "perms/__init__.py": '''
            from .model import Permission, Priority, Scope

            __all__ = ["Permission", "Priority", "Scope"]
            ''',
        "perms/model.py": '''
            from enum import Flag, IntEnum, StrEnum, auto


            class Permission(Flag):
                READ = 1
                WRITE = 2
                EXECUTE = 4
                ADMIN = 8


            class Priority(IntEnum):
                LOW = 0
                NORMAL = 1
                HIGH = 2


            class Scope(StrEnum):
                USER = auto()
                GROUP = auto()
            ''',
    },
    desc="Flag Permission loses the composite ALL member (Permission.ALL AttributeError): enum-member-removed; StrEnum "
         "Scope loses LEGACY: enum-member-removed; IntEnum Priority renumbered from 1..3 to 0..2 (stored ints and "
         "comparisons with ints change meaning): enum-member-value-changed x3 (risk). Bait: Scope USER/GROUP switch to "
         "auto(), which for StrEnum yields the lower-cased name, i.e. the same values 'user'/'group'; Permission gains ADMIN.",
    breaking=[("enum-member-removed", "perms.model.Permission.ALL"),
              ("enum-member-removed", "perms.model.Scope.LEGACY")],
    risk=[("enum-member-value-changed", "perms.model.Priority.LOW"),
          ("enum-member-value-changed", "perms.model.Priority.NORMAL"),
          ("enum-member-value-changed", "perms.model.Priority.HIGH")],
)

# ---------------------------------------------------------------- 12
case(
    "12-pubsub-callback-arity-and-generic-return", "pubsub",
    old={
        "pubsub/__init__.py": '''
            from .bus import Bus, Context, Message
            from .store import Store

            __all__ = ["Bus", "Context", "Message", "Store"]
            ''',
        "pubsub/bus.py": '''
            from __future__ import annotations

            from dataclasses import dataclass
            from typing import Callable


            @dataclass
            class Message:
                topic: str
                body: bytes


            @dataclass
            class Context:
                retries: int = 0


            class Bus:
                def __init__(self) -> None:
                    self._subs: dict[str, list[Callable[[Message], None]]] = {}

                def subscribe(self, topic: str, handler: Callable[[Message], None]) -> None:
                    self._subs.setdefault(topic, []).append(handler)

                def on_error(self, handler: Callable[[Exception], None]) -> None:
                    self._on_error = handler
            ''',
        "pubsub/store.py": '''
            from __future__ import annotations

            from typing import Generic, List, TypeVar

            T = TypeVar("T")


            class Store(Generic[T]):
                def __init__(self) -> None:
                    self._items: dict[str, T] = {}

                def get(self, key: str) -> T:
                    return self._items[key]

                def keys(self) -> List[str]:
                    return list(self._items)
            ''',
    },
    new={
        "pubsub/__init__.py": '''
            from .bus import Bus, Context, Message
            from .store import Store

            __all__ = ["Bus", "Context", "Message", "Store"]
            ''',
        "pubsub/bus.py": '''
            from __future__ import annotations

            from dataclasses import dataclass
            from typing import Callable


            @dataclass
            class Message:
                topic: str
                body: bytes


            @dataclass
            class Context:
                retries: int = 0


            class Bus:
                def __init__(self) -> None:
                    self._subs: dict[str, list[Callable[[Message, Context], None]]] = {}

                def subscribe(self, topic: str, handler: Callable[[Message, Context], None]) -> None:
                    self._subs.setdefault(topic, []).append(handler)

                def on_error(self, handler: Callable[[Exception], object]) -> None:
                    self._on_error = handler
            ''',
        "pubsub/store.py": '''
            from __future__ import annotations

            from typing import Generic, Optional, TypeVar

            T = TypeVar("T")


            class Store(Generic[T]):
                def __init__(self) -> None:
                    self._items: dict[str, T] = {}

                def get(self, key: str) -> Optional[T]:
                    return self._items.get(key)

                def keys(self) -> list[str]:
                    return list(self._items)
            ''',
    },
    desc="Bus.subscribe's handler type goes from Callable[[Message], None] to Callable[[Message, Context], None]: every "
         "existing one-argument handler is rejected (and fails at runtime when called with two args): "
         "parameter-type-narrowed [handler] (the engine may say risk). Generic Store.get returns Optional[T] instead of T: "
         "return-type-widened. Bait: on_error's handler return None -> object accepts more callables (widened, info); "
         "Store.keys List[str] -> list[str] spelling.",
    breaking=[("parameter-type-narrowed", "pubsub.bus.Bus.subscribe", "handler"),
              ("return-type-widened", "pubsub.store.Store.get")],
)

# ---------------------------------------------------------------- 13
case(
    "13-feeds-coroutine-becomes-async-generator", "feeds",
    old={
        "feeds/__init__.py": '''
            from .client import Entry, FeedClient

            __all__ = ["Entry", "FeedClient"]
            ''',
        "feeds/client.py": '''
            from __future__ import annotations

            import asyncio
            from dataclasses import dataclass
            from typing import AsyncIterator


            @dataclass
            class Entry:
                title: str
                url: str


            class FeedClient:
                async def _download(self, url: str) -> list[Entry]:
                    await asyncio.sleep(0)
                    return [Entry("hello", url)]

                async def fetch_all(self, url: str) -> list[Entry]:
                    return await self._download(url)

                async def iter_entries(self, url: str) -> AsyncIterator[Entry]:
                    for entry in await self._download(url):
                        yield entry
            ''',
    },
    new={
        "feeds/__init__.py": '''
            from .client import Entry, FeedClient

            __all__ = ["Entry", "FeedClient"]
            ''',
        "feeds/client.py": '''
            from __future__ import annotations

            import asyncio
            from dataclasses import dataclass
            from typing import AsyncIterator


            @dataclass
            class Entry:
                title: str
                url: str


            class FeedClient:
                async def _download(self, url: str) -> list[Entry]:
                    await asyncio.sleep(0)
                    return [Entry("hello", url)]

                async def fetch_all(self, url: str) -> AsyncIterator[Entry]:
                    for entry in await self._download(url):
                        yield entry

                async def iter_entries(self, url: str) -> AsyncIterator[Entry]:
                    for entry in await self._download(url):
                        yield entry
            ''',
    },
    desc="FeedClient.fetch_all turns from a coroutine returning list[Entry] into an async generator (still `async def`): "
         "`entries = await client.fetch_all(url)` now raises TypeError (async_generator can't be awaited) and len()/indexing "
         "on the result fail: the result type list[Entry] -> AsyncIterator[Entry] is unrelated: return-type-widened "
         "(engine may say risk). A sync-async-changed finding describes the same change from the calling-convention angle "
         "(tolerated). Bait: iter_entries unchanged.",
    breaking=[("return-type-widened", "feeds.client.FeedClient.fetch_all")],
    tolerated=[("sync-async-changed", "feeds.client.FeedClient.fetch_all")],
)
