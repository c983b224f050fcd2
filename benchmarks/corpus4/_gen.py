"""Generates benchmarks/corpus4/cases from the CASES table below (hand-written oracle)."""
import json, textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "cases"
CASES = {}

def case(name, pkg, old, new, desc, breaking=(), risk=(), tolerated=(), compat=False):
    CASES[name] = dict(pkg=pkg, old=old, new=new, desc=desc, breaking=list(breaking), risk=list(risk),
                       tolerated=list(tolerated), compat=compat)

def F(kind, obj, param=None):
    return {"kind": kind, "object": obj, "parameter": param}

D = textwrap.dedent

# ---------------------------------------------------------------- breaking
case("01-frameish-drop-duplicates-keyword-renamed", "frameish",
 {"frameish/__init__.py": "from .frame import DataFrame\n__all__ = ['DataFrame']\n",
  "frameish/frame.py": D('''
    class DataFrame:
        def __init__(self, data=None, columns=None):
            self.data = data or []
            self.columns = columns or []

        def drop_duplicates(self, cols=None, keep="first", inplace=False):
            return self

        def sort_values(self, by, ascending=True):
            return self
    ''')},
 {"frameish/__init__.py": "from .frame import DataFrame\n__all__ = ['DataFrame']\n",
  "frameish/frame.py": D('''
    class DataFrame:
        def __init__(self, data=None, columns=None):
            self.data = data or []
            self.columns = columns or []

        def drop_duplicates(self, subset=None, keep="first", inplace=False, ignore_index=False):
            return self

        def sort_values(self, by, ascending=True, *, kind="quicksort"):
            return self
    ''')},
 "pandas-style keyword rename without alias: drop_duplicates(cols=...) -> subset (keyword callers break). Bait: ignore_index appended, sort_values gains keyword-only kind with default.",
 breaking=[F("parameter-removed", "frameish.frame.DataFrame.drop_duplicates", "cols")])

case("02-arraylib-sum-options-keyword-only", "arraylib",
 {"arraylib/__init__.py": "from ._core import sum, mean\n__all__ = ['sum', 'mean']\n",
  "arraylib/_core.py": D('''
    def sum(a, axis=None, dtype=None, out=None):
        return 0

    def mean(a, axis=None, dtype=None):
        return 0.0
    ''')},
 {"arraylib/__init__.py": "from ._core import sum, mean\n__all__ = ['sum', 'mean']\n",
  "arraylib/_core.py": D('''
    def sum(a, axis=None, *, dtype=None, out=None, keepdims=False):
        return 0

    def mean(a, axis=None, dtype=None, *, where=True):
        return 0.0
    ''')},
 "numpy-style: sum's dtype/out become keyword-only (sum(a, 0, float) fails). Definitions in private _core, so reported under the re-export arraylib.sum. Bait: keepdims/where keyword-only additions.",
 breaking=[F("parameter-kind-changed", "arraylib.sum", "dtype"), F("parameter-kind-changed", "arraylib.sum", "out")])

case("03-httpish-client-default-and-send-kwonly", "httpish",
 {"httpish/__init__.py": "from .client import Client\n",
  "httpish/client.py": D('''
    class Request:
        def __init__(self, method: str, url: str) -> None:
            self.method = method
            self.url = url

    class Client:
        def __init__(self, base_url: str = "", timeout: float = 5.0, verify: bool = True) -> None:
            self.base_url = base_url
            self.timeout = timeout
            self.verify = verify

        def send(self, request: Request, stream: bool = False) -> bytes:
            return b""
    ''')},
 {"httpish/__init__.py": "from .client import Client\n",
  "httpish/client.py": D('''
    from typing import Union

    class Request:
        def __init__(self, method: str, url: str) -> None:
            self.method = method
            self.url = url

    class Client:
        def __init__(self, base_url: str = "", timeout: float = 10.0, verify: Union[bool, str] = True) -> None:
            self.base_url = base_url
            self.timeout = timeout
            self.verify = verify

        def send(self, request: Request, *, stream: bool = False) -> bytes:
            return b""
    ''')},
 "httpx-style: default timeout 5.0 -> 10.0 (risk), send(request, True) no longer allowed (stream keyword-only). Bait: verify widened to bool|str.",
 breaking=[F("parameter-kind-changed", "httpish.client.Client.send", "stream")],
 risk=[F("parameter-default-changed", "httpish.client.Client.__init__", "timeout")])

case("04-webapp-route-methods-required", "webapp",
 {"webapp/__init__.py": "from .app import App\n",
  "webapp/app.py": D('''
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
    ''')},
 {"webapp/__init__.py": "from .app import App\n",
  "webapp/app.py": D('''
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
    ''')},
 "Flask-style route() now requires `methods` (was optional inside **options): @app.route('/x') raises TypeError. Bait: App.get shortcut added.",
 breaking=[F("parameter-added-required", "webapp.app.App.route", "methods")])

case("05-pydmodel-field-regex-renamed", "pydmodel",
 {"pydmodel/__init__.py": "from .fields import Field\nfrom .main import BaseModel\n",
  "pydmodel/fields.py": D('''
    from typing import Any, Optional

    def Field(default: Any = ..., *, alias: Optional[str] = None, regex: Optional[str] = None,
              min_items: Optional[int] = None, description: str = "") -> Any:
        return default
    '''),
  "pydmodel/main.py": D('''
    class BaseModel:
        def __init__(self, **data):
            self.__dict__.update(data)

        def dict(self):
            return dict(self.__dict__)
    ''')},
 {"pydmodel/__init__.py": "from .fields import Field\nfrom .main import BaseModel\n",
  "pydmodel/fields.py": D('''
    from typing import Any, Optional

    def Field(default: Any = ..., *, alias: Optional[str] = None, pattern: Optional[str] = None,
              min_length: Optional[int] = None, description: str = "", frozen: bool = False) -> Any:
        return default
    '''),
  "pydmodel/main.py": D('''
    class BaseModel:
        def __init__(self, **data):
            self.__dict__.update(data)

        def dict(self):
            return self.model_dump()

        def model_dump(self):
            return dict(self.__dict__)
    ''')},
 "pydantic v2-style Field: regex -> pattern, min_items -> min_length with no alias (keyword-only, so keyword callers break). Bait: dict() kept delegating to new model_dump().",
 breaking=[F("parameter-removed", "pydmodel.fields.Field", "regex"), F("parameter-removed", "pydmodel.fields.Field", "min_items")])

case("06-logconf-level-alias-and-narrowed", "logconf",
 {"logconf/__init__.py": "from .config import Level, configure\n",
  "logconf/config.py": D('''
    from enum import IntEnum
    from typing import Union

    class Level(IntEnum):
        DEBUG = 10
        INFO = 20
        WARNING = 30
        WARN = 30
        ERROR = 40

    def configure(level: Union[Level, int, str] = Level.INFO, fmt: str = "%(message)s") -> None:
        pass
    ''')},
 {"logconf/__init__.py": "from .config import Level, configure\n",
  "logconf/config.py": D('''
    from enum import IntEnum
    from typing import Union

    class Level(IntEnum):
        DEBUG = 10
        INFO = 20
        WARNING = 30
        ERROR = 40
        CRITICAL = 50

    def configure(level: Union[Level, int] = Level.INFO, fmt: str = "%(message)s") -> None:
        pass
    ''')},
 "Logging config: alias member WARN removed (Level.WARN AttributeError, Level['WARN'] KeyError); configure() no longer accepts level names as str. Bait: CRITICAL added.",
 breaking=[F("enum-member-removed", "logconf.config.Level.WARN"), F("parameter-type-narrowed", "logconf.config.configure", "level")])

case("07-clitool-runner-async-main-optional", "clitool",
 {"clitool/__init__.py": "",
  "clitool/app.py": D('''
    from typing import List, Optional

    class Runner:
        def __init__(self, prog: str) -> None:
            self.prog = prog

        def run(self, argv: List[str]) -> int:
            return 0

    def main(argv: Optional[List[str]] = None) -> int:
        return Runner("clitool").run(argv or [])
    ''')},
 {"clitool/__init__.py": "",
  "clitool/app.py": D('''
    import asyncio
    from typing import List, Optional

    class Runner:
        def __init__(self, prog: str) -> None:
            self.prog = prog

        async def run(self, argv: List[str]) -> int:
            return 0

    def main(argv: Optional[List[str]] = None) -> Optional[int]:
        code = asyncio.run(Runner("clitool").run(argv or []))
        return code or None
    ''')},
 "CLI tool goes asyncio: Runner.run becomes async def; main() may now return None.",
 breaking=[F("sync-async-changed", "clitool.app.Runner.run"), F("return-type-widened", "clitool.app.main")])

case("08-cloudsdk-typeddict-key-and-literal", "cloudsdk",
 {"cloudsdk/__init__.py": "from .types import CreateParams\nfrom .resources import create_bucket\n",
  "cloudsdk/types.py": D('''
    from typing import List, TypedDict
    from typing import NotRequired

    class CreateParams(TypedDict):
        name: str
        tags: NotRequired[List[str]]
    '''),
  "cloudsdk/resources.py": D('''
    from typing import Literal
    from .types import CreateParams

    def create_bucket(params: CreateParams, tier: Literal["free", "pro", "enterprise"] = "free") -> str:
        return params["name"]
    ''')},
 {"cloudsdk/__init__.py": "from .types import CreateParams\nfrom .resources import create_bucket\n",
  "cloudsdk/types.py": D('''
    from typing import List, TypedDict
    from typing import NotRequired

    class CreateParams(TypedDict):
        name: str
        region: str
        tags: NotRequired[List[str]]
    '''),
  "cloudsdk/resources.py": D('''
    from typing import Literal
    from .types import CreateParams

    def create_bucket(params: CreateParams, tier: Literal["free", "pro"] = "free") -> str:
        return params["name"]
    ''')},
 "Typed SDK: TypedDict CreateParams gains a required key region (catalog: parameter-added-required on __init__); tier Literal loses 'enterprise'.",
 breaking=[F("parameter-added-required", "cloudsdk.types.CreateParams.__init__", "region"),
           F("parameter-type-narrowed", "cloudsdk.resources.create_bucket", "tier")])

case("09-plugreg-protocol-attr-and-lookup-optional", "plugreg",
 {"plugreg/__init__.py": "from .registry import Plugin, get_plugin, register\n",
  "plugreg/registry.py": D('''
    from typing import Dict, Protocol

    class Plugin(Protocol):
        name: str
        def activate(self) -> None: ...

    _REGISTRY: Dict[str, Plugin] = {}

    def register(plugin: Plugin) -> Plugin:
        _REGISTRY[plugin.name] = plugin
        return plugin

    def get_plugin(name: str) -> Plugin:
        return _REGISTRY[name]
    ''')},
 {"plugreg/__init__.py": "from .registry import Plugin, get_plugin, register\n",
  "plugreg/registry.py": D('''
    from typing import Dict, Optional, Protocol

    class Plugin(Protocol):
        name: str
        api_version: int
        def activate(self) -> None: ...

    _REGISTRY: Dict[str, Plugin] = {}

    def register(plugin: Plugin) -> Plugin:
        _REGISTRY[plugin.name] = plugin
        return plugin

    def get_plugin(name: str) -> Optional[Plugin]:
        return _REGISTRY.get(name)
    ''')},
 "Plugin registry: Protocol Plugin gains attribute api_version (existing plugins no longer conform); get_plugin now returns Optional.",
 breaking=[F("protocol-member-added", "plugreg.registry.Plugin.api_version"), F("return-type-widened", "plugreg.registry.get_plugin")])

case("10-reqlib-response-ok-method-and-elapsed", "reqlib",
 {"reqlib/__init__.py": "from .models import Response\n",
  "reqlib/models.py": D('''
    class Response:
        status_code: int
        elapsed: float

        def __init__(self, status_code: int = 200) -> None:
            self.status_code = status_code
            self.elapsed = 0.0

        @property
        def ok(self) -> bool:
            return self.status_code < 400

        def json(self) -> dict:
            return {}
    ''')},
 {"reqlib/__init__.py": "from .models import Response\n",
  "reqlib/models.py": D('''
    from datetime import timedelta

    class Response:
        status_code: int
        elapsed: timedelta

        def __init__(self, status_code: int = 200) -> None:
            self.status_code = status_code
            self.elapsed = timedelta(0)

        def ok(self) -> bool:
            return self.status_code < 400

        def json(self) -> dict:
            return {}
    ''')},
 "requests-style: Response.ok property -> method (`if r.ok:` always true); elapsed float -> timedelta.",
 breaking=[F("object-kind-changed", "reqlib.models.Response.ok"), F("attribute-type-changed", "reqlib.models.Response.elapsed")])

# ---------------------------------------------------------------- compatible-only
case("11-compat-fastish-wraps-decorators-added", "fastish",
 {"fastish/__init__.py": "from .endpoints import get_item, list_items\n",
  "fastish/endpoints.py": D('''
    from typing import List, Optional

    def get_item(item_id: int, q: Optional[str] = None) -> dict:
        return {"id": item_id, "q": q}

    async def list_items(skip: int = 0, limit: int = 10) -> List[dict]:
        return []
    ''')},
 {"fastish/__init__.py": "from .endpoints import get_item, list_items\n",
  "fastish/_instrument.py": D('''
    import functools
    import time

    def timed(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                wrapper.last = time.perf_counter() - start
        return wrapper

    def atimed(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            return await fn(*args, **kwargs)
        return wrapper
    '''),
  "fastish/endpoints.py": D('''
    from typing import List, Optional
    from ._instrument import atimed, timed

    @timed
    def get_item(item_id: int, q: Optional[str] = None) -> dict:
        return {"id": item_id, "q": q}

    @atimed
    async def list_items(skip: int = 0, limit: int = 10) -> List[dict]:
        return []
    ''')},
 "Endpoints gain functools.wraps-based timing decorators (sync wrapper for sync, async wrapper for async def); signatures and sync/async nature preserved.",
 compat=True)

case("12-compat-cloudsdk-literal-widened-optional-key", "paysdk",
 {"paysdk/__init__.py": "from .charges import ChargeParams, create_charge\n",
  "paysdk/charges.py": D('''
    from typing import Literal, TypedDict
    from typing import NotRequired

    Currency = Literal["usd", "eur"]

    class ChargeParams(TypedDict):
        amount: int
        currency: Currency
        description: NotRequired[str]

    class Metadata(TypedDict, total=False):
        order_id: str

    def create_charge(params: ChargeParams, capture_method: Literal["automatic", "manual"] = "automatic") -> str:
        return "ch_1"
    ''')},
 {"paysdk/__init__.py": "from .charges import ChargeParams, create_charge\n",
  "paysdk/charges.py": D('''
    from typing import Literal, TypedDict
    from typing import NotRequired

    Currency = Literal["usd", "eur", "gbp"]

    class ChargeParams(TypedDict):
        amount: int
        currency: Currency
        description: NotRequired[str]
        statement_descriptor: NotRequired[str]

    class Metadata(TypedDict, total=False):
        order_id: str
        customer_id: str

    def create_charge(params: ChargeParams, capture_method: Literal["automatic", "manual", "automatic_async"] = "automatic") -> str:
        return "ch_1"
    ''')},
 "Typed SDK grows: Literal alias Currency and capture_method Literal gain values (wider params); TypedDicts gain NotRequired / total=False keys. Note: ChargeParams.currency is a TypedDict key whose type widened; readers of a ChargeParams built by users are the SDK itself, so not flagged here (tolerated as attribute-type-changed).",
 tolerated=[F("attribute-type-changed", "paysdk.charges.ChargeParams.currency"), F("attribute-type-changed", "paysdk.charges.Currency")],
 compat=True)

case("13-compat-settings-defaults-given-and-appended", "settingslib",
 {"settingslib/__init__.py": "from .loader import load_settings, Settings\n",
  "settingslib/loader.py": D('''
    from typing import Optional

    class Settings:
        def __init__(self, env_prefix: str, case_sensitive: bool = False) -> None:
            self.env_prefix = env_prefix
            self.case_sensitive = case_sensitive

    def load_settings(path: str, env: Optional[str] = None) -> Settings:
        return Settings("APP_")
    ''')},
 {"settingslib/__init__.py": "from .loader import load_settings, Settings\n",
  "settingslib/loader.py": D('''
    from typing import Optional

    class Settings:
        def __init__(self, env_prefix: str = "", case_sensitive: bool = False, env_nested_delimiter: Optional[str] = None) -> None:
            self.env_prefix = env_prefix
            self.case_sensitive = case_sensitive
            self.env_nested_delimiter = env_nested_delimiter

        def reload(self) -> None:
            pass

    def load_settings(path: str = "settings.toml", env: Optional[str] = None, *, encoding: str = "utf-8") -> Settings:
        return Settings("APP_")
    ''')},
 "Required parameters gain defaults (env_prefix, path), optional parameters appended, method added: all additive.",
 compat=True)

case("14-compat-mathkit-dunder-positional-only", "mathkit",
 {"mathkit/__init__.py": "from .vector import Vector, dot\n",
  "mathkit/vector.py": D('''
    class Vector:
        def __init__(self, x: float, y: float) -> None:
            self.x = x
            self.y = y

        def __add__(self, other: "Vector") -> "Vector":
            return Vector(self.x + other.x, self.y + other.y)

        def scale(self, factor: float) -> "Vector":
            return Vector(self.x * factor, self.y * factor)

    def dot(__a: Vector, __b: Vector) -> float:
        return __a.x * __b.x + __a.y * __b.y
    ''')},
 {"mathkit/__init__.py": "from .vector import Vector, dot\n",
  "mathkit/vector.py": D('''
    class Vector:
        def __init__(self, x: float, y: float) -> None:
            self.x = x
            self.y = y

        def __add__(self, other: "Vector", /) -> "Vector":
            return Vector(self.x + other.x, self.y + other.y)

        def scale(self, /, factor: float) -> "Vector":
            return Vector(self.x * factor, self.y * factor)

    def dot(a: Vector, b: Vector, /) -> float:
        return a.x * b.x + a.y * b.y
    ''')},
 "pyupgrade-style: `__a, __b` -> `a, b, /` (same contract); `self, /` in scale (self is never passed by keyword in practice). __add__'s `other` made positional-only: only `v.__add__(other=w)` could break - tolerated.",
 tolerated=[F("parameter-kind-changed", "mathkit.vector.Vector.scale", "self"),
            F("parameter-kind-changed", "mathkit.vector.Vector.__add__", "other"),
            F("parameter-kind-changed", "mathkit.vector.Vector.__add__", "self")],
 compat=True)

case("15-compat-apikit-type-aliases-moved-to-private-types", "apikit",
 {"apikit/__init__.py": D('''
    from typing import Any, Dict, Mapping, Union

    JSON = Union[Dict[str, Any], list, str, int, float, bool, None]
    Headers = Mapping[str, str]

    from .client import request

    __all__ = ["JSON", "Headers", "request"]
    '''),
  "apikit/client.py": D('''
    from typing import Any, Dict, Mapping, Optional, Union

    def request(method: str, url: str, headers: Optional[Mapping[str, str]] = None,
                json: Union[Dict[str, Any], list, str, int, float, bool, None] = None) -> bytes:
        return b""
    ''')},
 {"apikit/__init__.py": D('''
    from ._types import JSON, Headers
    from .client import request

    __all__ = ["JSON", "Headers", "request"]
    '''),
  "apikit/_types.py": D('''
    from typing import Any, Dict, Mapping, Union

    JSON = Union[Dict[str, Any], list, str, int, float, bool, None]
    Headers = Mapping[str, str]
    '''),
  "apikit/client.py": D('''
    from typing import Optional
    from ._types import JSON, Headers

    def request(method: str, url: str, headers: Optional[Headers] = None, json: JSON = None) -> bytes:
        return b""
    ''')},
 "Type aliases moved from __init__ to private _types and re-exported with the same names; client annotations now spell the aliases (identical types).",
 compat=True)

case("16-compat-frameish-deprecated-kwarg-via-kwargs", "tablekit",
 {"tablekit/__init__.py": "from .table import Table\n",
  "tablekit/table.py": D('''
    from typing import Optional

    class Table:
        def to_csv(self, path: str, line_terminator: Optional[str] = None) -> None:
            pass
    ''')},
 {"tablekit/__init__.py": "from .table import Table\n",
  "tablekit/table.py": D('''
    import warnings
    from typing import Any, Optional

    class Table:
        def to_csv(self, path: str, lineterminator: Optional[str] = None, **kwargs: Any) -> None:
            if "line_terminator" in kwargs:
                warnings.warn("line_terminator is deprecated, use lineterminator", FutureWarning, stacklevel=2)
                lineterminator = kwargs.pop("line_terminator")
            if kwargs:
                raise TypeError(f"unexpected keyword arguments {sorted(kwargs)}")
    ''')},
 "pandas-style deprecated keyword: line_terminator renamed to lineterminator at the same position; the old keyword is still accepted through **kwargs with a FutureWarning.",
 compat=True)

case("17-compat-logkit-logger-kwargs-made-explicit", "logkit",
 {"logkit/__init__.py": "from .logger import Logger, Formatter, get_logger\n",
  "logkit/logger.py": D('''
    from typing import Any, Optional

    class Formatter:
        def __init__(self, fmt: Optional[str] = None, datefmt: Optional[str] = None) -> None:
            self.fmt = fmt
            self.datefmt = datefmt

    class Logger:
        def __init__(self, name: str) -> None:
            self.name = name

        def info(self, msg: str, *args: Any, **kwargs: Any) -> None:
            pass

    def get_logger(name: Optional[str] = None) -> Logger:
        return Logger(name or "root")
    ''')},
 {"logkit/__init__.py": "from .logger import Logger, Formatter, get_logger\n",
  "logkit/logger.py": D('''
    from typing import Any, Mapping, Optional

    class Formatter:
        def __init__(self, fmt: Optional[str] = None, datefmt: Optional[str] = None, style: str = "%",
                     validate: bool = True) -> None:
            self.fmt = fmt
            self.datefmt = datefmt
            self.style = style

    class Logger:
        def __init__(self, name: str) -> None:
            self.name = name

        def info(self, msg: str, *args: Any, exc_info: Any = None, stack_info: bool = False,
                 extra: Optional[Mapping[str, Any]] = None, **kwargs: Any) -> None:
            pass

        def warning(self, msg: str, *args: Any, **kwargs: Any) -> None:
            pass

    def get_logger(name: Optional[str] = None) -> Logger:
        return Logger(name or "root")
    ''')},
 "Logger.info makes some of its **kwargs explicit keyword-only options with defaults (kwargs kept); Formatter gains trailing optional params; warning() added.",
 compat=True)

case("18-compat-plugreg-register-decorator-form", "hookreg",
 {"hookreg/__init__.py": "from .registry import PluginBase, register\n",
  "hookreg/registry.py": D('''
    from abc import ABC, abstractmethod
    from typing import Callable, Dict, Type

    _PLUGINS: Dict[str, Type["PluginBase"]] = {}

    class PluginBase(ABC):
        @abstractmethod
        def run(self) -> None: ...

    def register(name: str) -> Callable[[Type[PluginBase]], Type[PluginBase]]:
        def deco(cls):
            _PLUGINS[name] = cls
            return cls
        return deco
    ''')},
 {"hookreg/__init__.py": "from .registry import PluginBase, register\n",
  "hookreg/registry.py": D('''
    from abc import ABC, abstractmethod
    from typing import Callable, Dict, Optional, Type

    _PLUGINS: Dict[str, Type["PluginBase"]] = {}

    class PluginBase(ABC):
        priority: int = 0

        @abstractmethod
        def run(self) -> None: ...

        def describe(self) -> str:
            return type(self).__name__

        def teardown(self) -> None:
            """Optional hook; does nothing by default."""

    def register(name: Optional[str] = None, *, priority: int = 0) -> Callable[[Type[PluginBase]], Type[PluginBase]]:
        def deco(cls):
            _PLUGINS[name or cls.__name__] = cls
            cls.priority = priority
            return cls
        return deco
    ''')},
 "Plugin registry: register(name) gets a default (name inferred) and keyword-only priority; ABC gains concrete (non-abstract) methods and a class attribute.",
 compat=True)

case("19-compat-netclient-params-widened-return-narrowed", "netclient",
 {"netclient/__init__.py": "from .api import get, Response\n",
  "netclient/api.py": D('''
    from typing import Dict, Optional

    class Response:
        status: int = 200

    def get(url: str, params: Optional[Dict[str, str]] = None, timeout: float = 5.0) -> Optional[Response]:
        return Response()
    ''')},
 {"netclient/__init__.py": "from .api import get, Response\n",
  "netclient/api.py": D('''
    from typing import Mapping, Optional, Union

    class Timeout:
        def __init__(self, connect: float, read: float) -> None:
            self.connect = connect
            self.read = read

    class Response:
        status: int = 200

    def get(url: str, params: Optional[Mapping[str, Union[str, int]]] = None,
            timeout: Union[float, Timeout, None] = 5.0) -> Response:
        return Response()
    ''')},
 "Client params widened (Dict[str,str] -> Mapping[str, str|int]; float -> float|Timeout|None) and return narrowed (Optional[Response] -> Response).",
 compat=True)

case("20-compat-pydmodel-model-grows-config-and-future-annotations", "usermodels",
 {"usermodels/__init__.py": "from .models import User\n",
  "usermodels/models.py": D('''
    from dataclasses import dataclass, field
    from typing import List, Optional

    @dataclass
    class User:
        id: int
        name: str
        email: Optional[str] = None
        roles: List[str] = field(default_factory=list)
    ''')},
 {"usermodels/__init__.py": "from .models import User\n",
  "usermodels/models.py": D('''
    from __future__ import annotations

    from dataclasses import dataclass, field
    from typing import ClassVar

    @dataclass
    class User:
        model_config: ClassVar[dict] = {"extra": "forbid"}

        id: int
        name: str
        email: str | None = None
        roles: list[str] = field(default_factory=list)
        is_active: bool = True

        @property
        def display_name(self) -> str:
            return self.name.title()
    ''')},
 "Dataclass model: PEP 563/604/585 spelling, ClassVar config (not a field), new defaulted trailing field, new property.",
 compat=True)


def main():
    for name, c in CASES.items():
        base = ROOT / name
        for side in ("old", "new"):
            d = base / side
            (d / "pyproject.toml").parent.mkdir(parents=True, exist_ok=True)
            (d / "pyproject.toml").write_text(
                f'[project]\nname = "{c["pkg"]}"\nversion = "{"1.0.0" if side == "old" else "2.0.0"}"\n')
            for rel, text in c[side].items():
                p = d / rel
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text.lstrip("\n"))
        exp = {"description": c["desc"], "breaking": c["breaking"], "risk": c["risk"],
               "compatible_only": c["compat"]}
        if c["tolerated"]:
            exp["tolerated"] = c["tolerated"]
        (base / "expected.json").write_text(json.dumps(exp, indent=2) + "\n")


if __name__ == "__main__":
    main()
