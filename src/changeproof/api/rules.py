"""The API-compatibility finding kinds: what changed in a package's public surface and who it breaks.

Each entry says what changed, which callers break and how, and what to do instead. The order here is
only the registration order; docs/rules.md sorts by severity, then id.
"""

from __future__ import annotations

from ..model import rule

ID = "api"
TITLE = "API compatibility"

# --------------------------------------------------------------------------------------------- breaking

OBJECT_REMOVED = rule(
    "object-removed",
    ID,
    "breaking",
    "A public module, class, function, method, attribute or field was removed",
    """
    A public name that existed in the old version is gone from its public path, and nothing of that name is
    defined there any more. Every `import` or `from pkg.mod import name` of it now raises ImportError, and
    every attribute access (`pkg.mod.name`, `obj.method()`) raises AttributeError. A removal is reported once:
    removing a class reports the class, not each of its methods; removing a module reports the module. A
    public object moved to another module without leaving a re-export behind is reported as removed at the old
    path (and added at the new one). A module-level alias under another name (`with_ = WithExtension`) is a
    name users write, so its removal is reported on its own. Names with a leading underscore are API when the
    package documents them: listed in `__all__`, re-exported by a package as `from .m import _x as _x`, or
    served by a module `__getattr__` deprecation shim; so is every name such a shim serves (whatever it returns).
    Instead: keep the name for at least one release as an alias or re-export,
    or serve it through a module-level `__getattr__` that emits a DeprecationWarning, and remove it in the next
    major version.
    """,
    """
# shop/cart.py
class Cart:
    def add(self, sku: str, qty: int = 1) -> None: ...
    def clear(self) -> None: ...
""",
    """
# shop/cart.py
class Cart:
    def add(self, sku: str, qty: int = 1) -> None: ...
    # clear() was removed: cart.clear() raises AttributeError
""",
)

OBJECT_KIND_CHANGED = rule(
    "object-kind-changed",
    ID,
    "breaking",
    "A public object changed kind (function, class, method, property, module, attribute)",
    """
    The object still exists under the same name but is now a different kind of thing: a method became a
    property (or the reverse), a function became a class, a class became a function, an attribute became a
    method. Code that uses it the old way breaks: `channel.name()` on what is now a property raises
    TypeError ('str' object is not callable); `if channel.is_open:` on what is now a method is always true;
    subclassing or `isinstance(x, Thing)` fails when a class became a factory function; a class that became a
    function no longer has its class attributes. Instead: add the new form under a new name and keep the old
    one working (a method that delegates to the property, a class kept as a thin wrapper) with a deprecation
    warning until the next major version.
    """,
    """
class Channel:
    def name(self) -> str:
        return self._name

label = channel.name()
""",
    """
class Channel:
    @property
    def name(self) -> str:
        return self._name

label = channel.name()  # TypeError: 'str' object is not callable
""",
)

EXPORT_REMOVED = rule(
    "export-removed",
    ID,
    "breaking",
    "A public name is no longer exported, though the object still exists",
    """
    The object is still defined, but the public path users imported it from no longer provides it: the name
    was dropped from a module's `__all__` (so `from pkg.mod import *` no longer brings it and the name is now
    private by declaration), or the re-export line in a package `__init__.py` was removed while the object
    stays in its own (public or private) module. `from pkg import name` now raises ImportError even though the
    code still exists. Instead: keep the re-export and the `__all__` entry; if the name should move, re-export
    it from the old place with a deprecation warning for a release, or document the new import path in a
    major version.
    """,
    """
# geo/__init__.py
from ._distance import haversine, vincenty
__all__ = ["haversine", "vincenty"]
""",
    """
# geo/__init__.py
from ._distance import haversine  # vincenty still lives in geo/_distance.py
__all__ = ["haversine"]

from geo import vincenty  # ImportError
""",
)

PARAMETER_REMOVED = rule(
    "parameter-removed",
    ID,
    "breaking",
    "A parameter was removed from a public function, method or constructor",
    """
    A parameter the old signature accepted is gone and nothing absorbs it: no `**kwargs` takes a keyword that
    used to be accepted, no `*args` takes a positional one. A positional-or-keyword parameter absorbed by a
    `**kwargs` alone (`def line(points, color="black")` became `def line(points, **style)`) is removed too:
    keyword callers still work, but `line(pts, "red")` now fails. A call passing it by keyword (`connect(retries=5)`)
    now raises TypeError (unexpected keyword argument); a call passing it positionally either raises
    TypeError (too many positional arguments) or, worse, binds the value to the next parameter. Removing a
    variadic `*args` or `**kwargs` is reported with the variadic's bare name (`args`, `kwargs`). Renaming a
    positional-or-keyword parameter is reported as the removal of the old name, since keyword callers break;
    the message suggests the new name only with evidence (both required at the same position, names alike, the
    same project type, or the new function still handling the old keyword).
    Not reported: renaming `*args`, renaming a positional-only parameter (including the `__x` convention
    becoming `x, /`), parameters of private functions, and a `*args` that only fed a base method taking no
    positional argument (no valid call ever passed one); a variadic that only fed the same method of a base
    outside the project and is replaced by explicit parameters is risk. Instead: keep the parameter, accept and ignore it
    with a DeprecationWarning for a release, or keep the old name as a keyword alias.
    """,
    """
class SMTPClient:
    def connect(self, timeout: float = 10.0, *, retries: int = 3) -> None: ...

client.connect(retries=5)
""",
    """
class SMTPClient:
    def connect(self, timeout: float = 10.0) -> None: ...

client.connect(retries=5)  # TypeError: unexpected keyword argument 'retries'
""",
)

PARAMETER_ADDED_REQUIRED = rule(
    "parameter-added-required",
    ID,
    "breaking",
    "A required parameter was added to a public function, method or constructor",
    """
    The new signature has a parameter without a default that the old one did not have, so every existing
    call that does not pass it now raises TypeError (missing required argument). This includes a new
    keyword-only parameter without a default and a new dataclass, NamedTuple, attrs or TypedDict field
    without a default, which becomes a required `__init__` argument (reported on `Cls.__init__` with the field
    name). When the old signature took `*args` that could have carried the value (a constructor that forwarded
    `*args` and now names `host`), it is risk; when the old function already read it by name from its `**kwargs`,
    it is no change. Instead: give the new parameter a default that keeps the old behaviour (often `None` meaning
    "as before"), and make it required only in a major version.
    """,
    """
def create_invoice(customer_id: str, items: list[LineItem]) -> Invoice: ...

create_invoice("c-17", items)
""",
    """
def create_invoice(customer_id: str, items: list[LineItem], currency: str) -> Invoice: ...

create_invoice("c-17", items)  # TypeError: missing 1 required positional argument: 'currency'
""",
)

PARAMETER_MOVED = rule(
    "parameter-moved",
    ID,
    "breaking",
    "A positional parameter changed position",
    """
    A parameter that can be passed positionally now sits at a different position, for example because two
    parameters were swapped or a new parameter was inserted before it. Calls passing arguments by keyword
    still work, but positional calls silently bind values to the wrong parameters (`resize(img, 640, 480)`
    now means height=640, width=480) or fail on a type mismatch later. Reported for each parameter whose
    position changed. Reordering keyword-only parameters is not a change. Instead: append new parameters at
    the end, or make them keyword-only (after `*`); never reorder existing positional parameters outside a
    major version.
    """,
    """
def resize(image: Image, width: int, height: int) -> Image: ...

resize(img, 640, 480)
""",
    """
def resize(image: Image, height: int, width: int) -> Image: ...

resize(img, 640, 480)  # now height=640, width=480
""",
)

PARAMETER_KIND_CHANGED = rule(
    "parameter-kind-changed",
    ID,
    "breaking",
    "A parameter became keyword-only or positional-only",
    """
    A positional-or-keyword parameter was made keyword-only (moved after `*`) or positional-only (moved before
    `/`). Callers that pass it the way that is no longer allowed raise TypeError: `retry(fn, 5)` fails when
    `attempts` became keyword-only ("takes 1 positional argument but 2 were given"), and `sleep_for(attempt=2)`
    fails when `attempt` became positional-only. A parameter pushed behind a newly inserted `*args`
    (`def log(name, level="info")` became `def log(name, *tags, level="info")`) is the quiet variant: `log("x",
    "debug")` raises nothing and silently passes "debug" as a tag; it is reported as breaking, or as risk when
    the function maps the positional arguments back onto the parameter (a deprecation path). Not reported: the
    `__x` positional-only-by-convention
    spelling becoming `x, /`, which is the same contract. Instead: keep accepting both forms for a release
    (for example keep the parameter positional-or-keyword and warn when it is passed positionally), then
    tighten it in a major version.
    """,
    """
def retry(func: Callable[[], T], attempts: int = 3, delay: float = 1.0) -> T: ...

retry(fetch, 5)
""",
    """
def retry(func: Callable[[], T], *, attempts: int = 3, delay: float = 1.0) -> T: ...

retry(fetch, 5)  # TypeError: retry() takes 1 positional argument but 2 were given
""",
)

PARAMETER_NOW_REQUIRED = rule(
    "parameter-now-required",
    ID,
    "breaking",
    "A parameter lost its default value",
    """
    A parameter that had a default no longer has one, so every call that relied on the default (by leaving
    the argument out) now raises TypeError (missing required argument). Instead: keep a default; if the old
    default was wrong, use a sentinel default that emits a DeprecationWarning telling callers to pass the
    value explicitly, and make it required in a major version.
    """,
    """
def load(path: str = "config.toml") -> Config: ...

config = load()
""",
    """
def load(path: str) -> Config: ...

config = load()  # TypeError: load() missing 1 required positional argument: 'path'
""",
)

PARAMETER_TYPE_NARROWED = rule(
    "parameter-type-narrowed",
    ID,
    "breaking",
    "A parameter accepts fewer types than before",
    """
    Parameters are contravariant: the new annotation accepts a strict subset of what the old one accepted
    (`Union[str, UserID]` became `UserID`, `float` became `int`, `Sequence[int]` became `list[int]`). Callers
    passing the values that are no longer accepted fail type checking, and may fail at runtime when the
    function relies on the narrower type (a tuple passed where a list is now appended to). Pure spelling
    changes (`List[int]` to `list[int]`, `Optional[X]` to `X | None`, a quoted annotation) and adding or
    removing an annotation are not reported. Where the engine cannot prove whether the new type is narrower,
    wider or unrelated (an unknown or third-party type), it reports the change as `risk` and says why.
    Instead: keep accepting the old types (convert at the top of the function), and narrow only in a major
    version.
    """,
    """
def get_user(user_id: Union[str, UserID]) -> User: ...

get_user("u-42")
""",
    """
def get_user(user_id: UserID) -> User: ...

get_user("u-42")  # type error: "str" is not "UserID"
""",
)

RETURN_TYPE_WIDENED = rule(
    "return-type-widened",
    ID,
    "breaking",
    "A function may return types it did not return before",
    """
    Return types are covariant: the new return annotation is a strict superset of the old one (`Item` became
    `Item | None`, `int` became `float`, `list[str]` became `Sequence[str]`). Callers that use the result as
    the old type fail type checking and can fail at runtime: `find_item(sku).price` raises AttributeError on
    `None`, `skus.append(x)` fails on a tuple. Pure spelling changes and adding or removing the annotation
    are not reported. A function that returned `None` and now returns a value is reported as `info` only:
    its callers cannot have used the old value. When the annotation text is unchanged but a name in it now
    refers to another definition (not a redefined alias), the change is `risk` at most and the message says
    which name. Where the engine cannot prove whether the new type is wider, narrower or unrelated, it
    reports the change as `risk` and says why. Instead: keep the old return type and add a new function (for
    example `find_item_or_none()`) for the wider result.
    """,
    """
def find_item(sku: str) -> Item: ...

price = find_item("A-1").price
""",
    """
def find_item(sku: str) -> Item | None: ...

price = find_item("A-1").price  # type error; AttributeError at runtime when it is None
""",
)

ATTRIBUTE_TYPE_CHANGED = rule(
    "attribute-type-changed",
    ID,
    "breaking",
    "The type of a public attribute, field or property changed incompatibly",
    """
    A public attribute (a module or class level annotated variable, a dataclass or NamedTuple field, a
    property) has a new annotation that breaks some of its users. Mutable attributes are invariant: readers
    depend on the type they get and writers on the type they may assign, so any non-equivalent change breaks
    one side (`DEFAULT_CURRENCY: str` becoming `str | None` breaks code that calls `.upper()` on it).
    Read-only attributes (a property without a setter, a `Final` name, fields of a frozen dataclass or a
    NamedTuple) are covariant: narrowing them is fine and not reported, widening them breaks readers. Pure
    spelling changes are not reported. Where the engine cannot prove whether the change is compatible, it
    reports it as `risk` and says why. Instead: keep the old attribute with its type and add a new one with
    the new type, or narrow rather than widen.
    """,
    """
@dataclass(frozen=True)
class Money:
    amount: int
    currency: str

cents = price.amount.to_bytes(8, "big")
""",
    """
@dataclass(frozen=True)
class Money:
    amount: float
    currency: str

cents = price.amount.to_bytes(8, "big")  # AttributeError: 'float' has no attribute 'to_bytes'
""",
)

BASE_CLASS_REMOVED = rule(
    "base-class-removed",
    ID,
    "breaking",
    "A public class no longer inherits from one of its base classes",
    """
    A base class was dropped from a public class and is no longer an ancestor through any other base. Code
    that relies on the relationship breaks: `isinstance(backend, Cacheable)` becomes false, `except
    PermissionError:` no longer catches `QuotaExceeded`, and members inherited from the dropped base
    disappear. Not reported when the base is still inherited through another base. Instead: keep the base
    class (possibly as an empty marker or a deprecated alias) until a major version.
    """,
    """
class QuotaExceeded(StorageError, PermissionError):
    pass

try:
    bucket.put(key, data)
except PermissionError:
    ...
""",
    """
class QuotaExceeded(StorageError):
    pass

try:
    bucket.put(key, data)
except PermissionError:  # no longer catches QuotaExceeded
    ...
""",
)

PROTOCOL_MEMBER_ADDED = rule(
    "protocol-member-added",
    ID,
    "breaking",
    "A member was added to a public Protocol",
    """
    A `typing.Protocol` gained a method or attribute. Every class that structurally implemented the protocol
    without inheriting from it (which is the point of a protocol) no longer satisfies it: passing such an
    object where the protocol is expected fails type checking, `isinstance(obj, Proto)` on a
    `@runtime_checkable` protocol becomes false, and library code that now calls the new member raises
    AttributeError on user objects. Instead: add the member to a new, extended protocol (`class
    PluginV2(Plugin, Protocol)`) and check for it with `hasattr` or `isinstance` before using it.
    """,
    """
class Plugin(Protocol):
    name: str
    def setup(self, app: App) -> None: ...
""",
    """
class Plugin(Protocol):
    name: str
    def setup(self, app: App) -> None: ...
    def teardown(self) -> None: ...  # existing plugins lack it
""",
)

ABSTRACT_MEMBER_ADDED = rule(
    "abstract-member-added",
    ID,
    "breaking",
    "An abstract method or property was added to a public abstract base class",
    """
    A public ABC gained an `@abstractmethod` (or abstract property). Every user subclass written against the
    old version does not implement it, so instantiating the subclass now raises TypeError ("Can't instantiate
    abstract class ... with abstract method ..."). A concrete (non-abstract) method added to an ABC is only an
    addition. Instead: add the member as a concrete method with a default implementation (raising
    NotImplementedError only when actually called, or doing something sensible), and make it abstract in a
    major version.
    """,
    """
class Exporter(ABC):
    @abstractmethod
    def export(self, rows: Iterable[Row]) -> bytes: ...
""",
    """
class Exporter(ABC):
    @abstractmethod
    def export(self, rows: Iterable[Row]) -> bytes: ...

    @abstractmethod
    def file_extension(self) -> str: ...  # MyExporter() now raises TypeError
""",
)

SYNC_ASYNC_CHANGED = rule(
    "sync-async-changed",
    ID,
    "breaking",
    "A public function or method switched between def and async def",
    """
    A function became a coroutine function (`def` to `async def`) or the reverse. Synchronous callers of a
    function that became async get a coroutine object instead of the result (and a "coroutine was never
    awaited" warning); callers that `await` a function that became synchronous raise TypeError ("object
    bytes can't be used in 'await' expression"). Instead: keep the old function and add the other flavour
    under a new name (`fetch` and `fetch_async`, or an `AsyncClient` next to `Client`).
    """,
    """
def fetch(url: str) -> bytes: ...

data = fetch("https://example.org")
""",
    """
async def fetch(url: str) -> bytes: ...

data = fetch("https://example.org")  # a coroutine, not bytes
""",
)

OVERLOAD_REMOVED = rule(
    "overload-removed",
    ID,
    "breaking",
    "An overload was removed from a public function's @overload set",
    """
    A `typing.overload` signature of a public function or method was dropped. Calls that matched only that
    overload no longer type-check ("No overload variant matches argument types"), and the precise return type
    they inferred is lost; if the implementation also stopped handling that case they fail at runtime too.
    Instead: keep the overload (mark it deprecated with `@deprecated` on the overload) until a major version.
    """,
    """
@overload
def convert(value: int, unit: str) -> int: ...
@overload
def convert(value: str, unit: str) -> str: ...
def convert(value, unit): ...
""",
    """
@overload
def convert(value: int, unit: str) -> int: ...
def convert(value, unit): ...

convert("12 km", "m")  # type error: no overload variant matches
""",
)

ENUM_MEMBER_REMOVED = rule(
    "enum-member-removed",
    ID,
    "breaking",
    "A member was removed from a public enum",
    """
    An enum lost a member. `Color.MAGENTA` now raises AttributeError, `Color["MAGENTA"]` raises KeyError and
    `Color(4)` (lookup by value, as done when loading stored data) raises ValueError, so persisted values and
    configuration that use the member stop loading. Instead: keep the member (as an alias of its replacement
    if it was renamed) and document it as deprecated; remove it only in a major version together with a data
    migration.
    """,
    """
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    MAGENTA = 4
""",
    """
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

Color(4)  # ValueError: 4 is not a valid Color
""",
)

# ------------------------------------------------------------------------------------------------- risk

PARAMETER_DEFAULT_CHANGED = rule(
    "parameter-default-changed",
    ID,
    "risk",
    "A parameter's default value changed",
    """
    A parameter keeps its default but the default value is different. Every call still works, but every call
    that leaves the argument out now behaves differently (a longer timeout, retries where there were none,
    redirects followed), which may or may not matter to the caller. Defaults are compared by what a call that
    omits the argument gets: when the body provably replaces the default (`if timeout is None: timeout =
    DEFAULT`, `x = x if x is not None else self.x`, `agent or "v1"`, the same for a sentinel default), the
    replacement counts, so `None` becoming the value the body used is no change. Spelling-only changes of the
    default (quote style, whitespace, a constant and its value, `os.environ.get(K) or ""` and `os.getenv(K,
    "")`) are not reported. Instead: when the old behaviour matters to users, document the
    change in the changelog, or keep the old default and let callers opt in to the new value.
    """,
    """
def request(method: str, url: str, timeout: float = 10.0) -> Response: ...
""",
    """
def request(method: str, url: str, timeout: float = 30.0) -> Response: ...

request("GET", url)  # now waits up to 30 seconds
""",
)

ENUM_MEMBER_VALUE_CHANGED = rule(
    "enum-member-value-changed",
    ID,
    "risk",
    "A public enum member's value changed",
    """
    An enum member keeps its name but has a different value. Code that uses the member by name keeps working,
    but values stored in databases, files, caches or sent over the wire no longer map back:
    `EventType("removed")` raises ValueError after `DELETED = "removed"` became `DELETED = "deleted"`, and
    comparisons of `IntEnum`/`StrEnum` members with raw values change meaning. Instead: keep the old value,
    or add the new value as a separate member and migrate stored data before removing the old one.
    """,
    """
class EventType(str, Enum):
    CREATED = "created"
    DELETED = "removed"
""",
    """
class EventType(str, Enum):
    CREATED = "created"
    DELETED = "deleted"

EventType("removed")  # ValueError for every stored event
""",
)

# ------------------------------------------------------------------------------------------------- info

OBJECT_ADDED = rule(
    "object-added",
    ID,
    "info",
    "A public module, class, function, method, attribute, field or enum member was added",
    """
    A new public name appeared: a module, class, function, method, attribute, enum member, a dataclass field
    with a default, or an existing object newly re-exported. No existing caller breaks; the change calls for
    at least a minor version bump. A new class is reported once, not once per method. Members added to a
    Protocol or abstract members added to an ABC are reported as `protocol-member-added` and
    `abstract-member-added` instead, because they do break implementers; a dataclass field added without a
    default is reported as `parameter-added-required`.
    """,
    """
class Tokenizer:
    def tokenize(self, text: str) -> list[str]: ...
""",
    """
class Tokenizer:
    def tokenize(self, text: str) -> list[str]: ...
    def detokenize(self, tokens: list[str]) -> str: ...
""",
    semver="minor",
)

PARAMETER_ADDED_OPTIONAL = rule(
    "parameter-added-optional",
    ID,
    "info",
    "An optional parameter was added",
    """
    A function, method or constructor gained a parameter with a default value (or a new keyword-only
    parameter with a default). Existing calls keep working and keep the old behaviour as long as the default
    preserves it. If the parameter was inserted before existing positional parameters, those are reported
    separately as `parameter-moved`. A new dataclass field with a default is reported as `object-added` on the
    field.
    """,
    """
class Table:
    def to_html(self) -> str: ...
""",
    """
class Table:
    def to_html(self, *, escape: bool = True) -> str: ...
""",
    semver="minor",
)

PARAMETER_TYPE_WIDENED = rule(
    "parameter-type-widened",
    ID,
    "info",
    "A parameter accepts more types than before",
    """
    The new annotation accepts a strict superset of what the old one accepted (`int` became `float` by the
    numeric tower, `list[str]` became `Sequence[str]`, `str` became `Union[str, UserID]`). Every existing call
    still type-checks; callers may now pass more. Pure spelling changes (an alias and its expansion, a
    reordered union) are not reported.
    """,
    """
def set_ratio(value: int) -> None: ...
""",
    """
def set_ratio(value: float) -> None: ...
""",
    semver="minor",
)

RETURN_TYPE_NARROWED = rule(
    "return-type-narrowed",
    ID,
    "info",
    "A function returns a narrower type than before",
    """
    The new return annotation is a strict subset of the old one (`Product | None` became `Product`,
    `Sequence[str]` became `list[str]`). Every existing caller keeps working; the `None` checks and `isinstance`
    tests they carry become unnecessary. Note that for a read-only property this is an attribute narrowing,
    which is not reported.
    """,
    """
def find(sku: str) -> Product | None: ...
""",
    """
def find(sku: str) -> Product: ...
""",
    semver="minor",
)

DEPRECATED = rule(
    "deprecated",
    ID,
    "info",
    "A public object was marked deprecated",
    """
    A public object gained a `@deprecated(...)` decorator (`warnings.deprecated` or
    `typing_extensions.deprecated`), or a removed name is still served through a module-level `__getattr__`
    deprecation shim (the name appears as a string in that `__getattr__`, is compared with a module constant
    there, or is a key of a module-level dict or set it consults). Nothing breaks yet: callers get a DeprecationWarning and a type-checker warning. Plan for the
    removal: migrate callers now, and expect an `object-removed` finding in a later major version.
    """,
    """
def get_forecast(city: str) -> Forecast: ...
""",
    """
from typing_extensions import deprecated

@deprecated("use fetch_forecast()")
def get_forecast(city: str) -> Forecast: ...
""",
)

RULES = (OBJECT_REMOVED, OBJECT_KIND_CHANGED, EXPORT_REMOVED, PARAMETER_REMOVED, PARAMETER_ADDED_REQUIRED, PARAMETER_MOVED, PARAMETER_KIND_CHANGED, PARAMETER_NOW_REQUIRED, PARAMETER_TYPE_NARROWED, RETURN_TYPE_WIDENED, ATTRIBUTE_TYPE_CHANGED, BASE_CLASS_REMOVED, PROTOCOL_MEMBER_ADDED, ABSTRACT_MEMBER_ADDED, SYNC_ASYNC_CHANGED, OVERLOAD_REMOVED, ENUM_MEMBER_REMOVED, PARAMETER_DEFAULT_CHANGED, ENUM_MEMBER_VALUE_CHANGED, OBJECT_ADDED, PARAMETER_ADDED_OPTIONAL, PARAMETER_TYPE_WIDENED, RETURN_TYPE_NARROWED, DEPRECATED,)
