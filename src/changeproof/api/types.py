"""The type lattice: is one annotation compatible with another, by meaning rather than by text?

Annotations are parsed (:func:`parse_annotation`) into small frozen, hashable type expressions and compared
with :func:`is_subtype`, which answers in three values:

* ``True``  - every value of ``a`` is a value of ``b`` (``a`` can be used where ``b`` is expected);
* ``False`` - provably not;
* ``None``  - cannot prove either way (unknown names, protocols, open class hierarchies, ...).

A ``None`` is never an error: it lets callers say "risk" instead of "breaking". Nothing here raises on a
type expression: an annotation that cannot be interpreted becomes :class:`Unknown`, and a comparison that
cannot be decided returns ``None``.

Decisions worth knowing:

* A union containing ``Any`` *is* ``Any`` (:func:`make_union` collapses it): ``int | Any`` is gradual.
* ``Literal[None]`` is ``None``; literal members of one union are merged into one :class:`Literal`.
* A union containing ``object`` is ``object``; ``Never`` members are dropped.
* Unparametrised generics (``args is None``) mean "all ``Any``"; parsing collapses all-``Any`` arguments
  (``list[Any]``) to ``None`` so both spellings compare equal.
* Bare ``tuple``/``Tuple`` is ``tuple[Any, ...]``; bare ``type``/``Type`` is ``type[Any]``; bare
  ``Callable`` is ``Callable[..., Any]``. ``type[A | B]`` is distributed to ``type[A] | type[B]``.
* ``Callable[P, R]`` (ParamSpec) and ``Callable[Concatenate[...], R]`` are treated as ``Callable[..., R]``.
* Numeric tower: ``bool <= int <= float <= complex``. ``bytearray``/``memoryview`` are NOT ``bytes``.
* ``collections.abc`` protocols (``Iterable``, ``Sized``, ``Hashable``, ...) are structural: for builtin
  classes we know the answer; for project/external classes a nominal "no" is ``None``.
* ``object <= Hashable`` is ``None`` (``object`` defines ``__hash__`` but subclasses may remove it).
* Project generics have unknown variance: differing arguments give ``None``. TypeVars arrive as ``Any``
  (``TYPEVAR_PREFIX``), so a parametrised project class's bases are compared as ``None`` when they would
  depend on the class's own arguments.
* Any comparison against a name we know nothing about (not in the builtin tables, not a project class)
  is ``None`` unless it is trivially decided (equality, ``Any``, ``object``, ``Never``, unions).
"""

from __future__ import annotations

import ast
import builtins as _builtins
import itertools
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from ..astutil import dotted as _dotted
from ..astutil import parse_expression

__all__ = [
    "TYPEVAR_PREFIX",
    "Type",
    "Special",
    "ANY",
    "OBJECT",
    "NONE",
    "NEVER",
    "Named",
    "Union",
    "Literal",
    "CallableT",
    "TupleT",
    "TypeOf",
    "Unknown",
    "make_union",
    "parse_annotation",
    "is_subtype",
    "equivalent",
    "render",
    "Hierarchy",
    "StaticHierarchy",
]

#: A ``resolve()`` result starting with this prefix names a TypeVar (or ParamSpec): it is read as ``Any``.
TYPEVAR_PREFIX = "~"


# --------------------------------------------------------------------------------------------------------
# Type expressions
# --------------------------------------------------------------------------------------------------------


class Type:
    """Base of all type expressions. Every subclass is a frozen, hashable dataclass."""

    __slots__ = ()

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Special(Type):
    """The four special types: ``Any``, ``object``, ``None`` and ``Never``."""

    kind: str

    def __repr__(self) -> str:
        return self.kind.upper()



ANY: Type = Special("Any")  # typing.Any and unannotated: compatible both ways
OBJECT: Type = Special("object")  # builtins.object: top
NONE: Type = Special("None")  # None / NoneType
NEVER: Type = Special("Never")  # typing.Never / NoReturn: bottom


@dataclass(frozen=True)
class Named(Type):
    """A class (or NewType, alias, external name) by canonical qualified name, optionally parametrised.

    ``args is None`` means unparametrised (all ``Any``). ``unresolved`` marks a name ``resolve()`` did not
    know: it is kept as written, is equal only to the same name, and is never looked up in the hierarchy.
    The flag does not take part in equality.
    """

    name: str
    args: tuple[Type, ...] | None = None
    unresolved: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.args is not None and not isinstance(self.args, tuple):
            object.__setattr__(self, "args", tuple(self.args))



@dataclass(frozen=True)
class Union(Type):
    """A union of >= 2 flattened, deduplicated members. Build it with :func:`make_union`."""

    members: frozenset[Type]

    def __post_init__(self) -> None:
        if not isinstance(self.members, frozenset):
            object.__setattr__(self, "members", frozenset(self.members))



@dataclass(frozen=True)
class Literal(Type):
    """``Literal[...]``: values as ``(python type name, repr of value)``; enum members as
    ``(enum class name, member name)``."""

    values: frozenset[tuple[str, str]]

    def __post_init__(self) -> None:
        if not isinstance(self.values, frozenset):
            object.__setattr__(self, "values", frozenset(self.values))



@dataclass(frozen=True)
class CallableT(Type):
    """``Callable[[params], ret]``; ``params is None`` stands for ``...``."""

    params: tuple[Type, ...] | None
    ret: Type

    def __post_init__(self) -> None:
        if self.params is not None and not isinstance(self.params, tuple):
            object.__setattr__(self, "params", tuple(self.params))



@dataclass(frozen=True)
class TupleT(Type):
    """``tuple[a, b]`` (fixed) or ``tuple[a, ...]`` (``variadic=True``, ``items == (a,)``)."""

    items: tuple[Type, ...]
    variadic: bool

    def __post_init__(self) -> None:
        if not isinstance(self.items, tuple):
            object.__setattr__(self, "items", tuple(self.items))



@dataclass(frozen=True)
class TypeOf(Type):
    """``type[X]``: the class object of ``X`` (or of a subclass)."""

    item: Type



@dataclass(frozen=True)
class Unknown(Type):
    """An annotation we could not interpret; equal only to the same text."""

    text: str



@dataclass(frozen=True)
class _TV(Type):
    """A type parameter inside the builtin tables (never produced by the parser)."""

    name: str


_LIT_NONE = "builtins.NoneType"


def make_union(items: Iterable[Type]) -> Type:
    """The union of ``items``: flattened, deduplicated, ``Never`` dropped, literals merged into one
    :class:`Literal`, ``Literal[None]`` as ``None``; ``Any`` or ``object`` anywhere absorbs the union;
    no members is ``Never`` and one member is that member."""
    flat: set[Type] = set()
    lits: set[tuple[str, str]] = set()
    has_any = False
    stack = list(items)
    stack.reverse()
    while stack:
        t = stack.pop()
        if not isinstance(t, Type):
            t = Unknown(repr(t))
        if isinstance(t, Union):
            stack.extend(t.members)
        elif t == NEVER:
            continue
        elif t == ANY:
            has_any = True
        elif isinstance(t, Literal):
            for v in t.values:
                if v[0] == _LIT_NONE:
                    flat.add(NONE)
                else:
                    lits.add(v)
        else:
            flat.add(t)
    if has_any:
        return ANY
    if OBJECT in flat:
        return OBJECT
    if lits:
        flat.add(Literal(frozenset(lits)))
    if not flat:
        return NEVER
    if len(flat) == 1:
        return next(iter(flat))
    return Union(frozenset(flat))


# --------------------------------------------------------------------------------------------------------
# Hierarchy: what the engine knows about project names
# --------------------------------------------------------------------------------------------------------


class Hierarchy:
    """What is known about project names. The base class knows nothing (every answer is the safe one);
    the API engine subclasses it with the project's classes, NewTypes, Protocols and aliases."""

    def bases(self, name: str) -> list[Type] | None:
        """Declared bases of a project class, or ``[supertype]`` of a NewType; ``None``: not a project name."""
        return None

    def is_protocol(self, name: str) -> bool:
        """True for a project ``Protocol`` (structural: a nominal "no" becomes ``None``)."""
        return False

    def alias(self, name: str) -> Type | None:
        """The expansion of a project type alias, or ``None``."""
        return None

    def protocol_members(self, name: str) -> set[str] | None:
        """The members a project Protocol requires (None when unknown)."""
        return None

    def is_final_known(self, name: str) -> bool:
        """True when every base of the class is known, so a "no" answer is provable."""
        return False


class StaticHierarchy(Hierarchy):
    """A :class:`Hierarchy` from plain mappings (tests, small tools).

    ``bases`` maps project names to their bases; every such class counts as fully known unless listed in
    ``incomplete``. ``protocols`` names project Protocols; ``aliases`` maps alias names to expansions.
    """

    def __init__(
        self,
        bases: Mapping[str, Iterable[Type]] | None = None,
        protocols: Iterable[str] = (),
        aliases: Mapping[str, Type] | None = None,
        incomplete: Iterable[str] = (),
    ) -> None:
        self._bases = {k: list(v) for k, v in (bases or {}).items()}
        self._protocols = set(protocols)
        self._aliases = dict(aliases or {})
        self._incomplete = set(incomplete)

    def bases(self, name: str) -> list[Type] | None:
        b = self._bases.get(name)
        return list(b) if b is not None else None

    def is_protocol(self, name: str) -> bool:
        return name in self._protocols

    def alias(self, name: str) -> Type | None:
        return self._aliases.get(name)

    def is_final_known(self, name: str) -> bool:
        return name in self._bases and name not in self._incomplete


# --------------------------------------------------------------------------------------------------------
# Builtin tables: the nominal hierarchy of builtins, collections.abc and a few stdlib classes
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    variance: tuple[str, ...]  # one of "co", "contra", "inv" per type parameter
    bases: tuple[Type, ...]  # in terms of _TV("0"), _TV("1"), ...
    protocol: bool = False  # structural (typing Protocol in typeshed)


_T0, _T1, _T2 = _TV("0"), _TV("1"), _TV("2")
_ABC = "collections.abc."


def _A(name: str, *args: Type) -> Named:
    return Named(_ABC + name, tuple(args) if args else None)


def _B(name: str, *args: Type) -> Named:
    return Named("builtins." + name, tuple(args) if args else None)


def _N(name: str, *args: Type) -> Named:
    return Named(name, tuple(args) if args else None)


_TABLE: dict[str, _Spec] = {}


def _def(name: str, variance: str = "", bases: Iterable[Type] = (), protocol: bool = False) -> None:
    _TABLE[name] = _Spec(tuple(variance.split()), tuple(bases), protocol)


_HASH = _A("Hashable")
_STR, _INT, _BYTES = _B("str"), _B("int"), _B("bytes")

# collections.abc
_def(_ABC + "Hashable", protocol=True)
_def(_ABC + "Sized", protocol=True)
_def(_ABC + "Container", "co", protocol=True)
_def(_ABC + "Iterable", "co", protocol=True)
_def(_ABC + "Iterator", "co", [_A("Iterable", _T0)], protocol=True)
_def(_ABC + "Reversible", "co", [_A("Iterable", _T0)], protocol=True)
_def(_ABC + "Generator", "co contra co", [_A("Iterator", _T0)])
_def(_ABC + "Collection", "co", [_A("Sized"), _A("Iterable", _T0), _A("Container", _T0)], protocol=True)
_def(_ABC + "Sequence", "co", [_A("Reversible", _T0), _A("Collection", _T0)])
_def(_ABC + "MutableSequence", "inv", [_A("Sequence", _T0)])
_def(_ABC + "ByteString", "", [_A("Sequence", _INT)])
_def(_ABC + "Set", "co", [_A("Collection", _T0)])
_def(_ABC + "MutableSet", "inv", [_A("Set", _T0)])
_def(_ABC + "Mapping", "inv co", [_A("Collection", _T0)])
_def(_ABC + "MutableMapping", "inv inv", [_A("Mapping", _T0, _T1)])
_def(_ABC + "MappingView", "", [_A("Sized")])
_def(_ABC + "KeysView", "co", [_A("MappingView"), _A("Set", _T0)])
_def(_ABC + "ItemsView", "co co", [_A("MappingView"), _A("Set", TupleT((_T0, _T1), False))])
_def(_ABC + "ValuesView", "co", [_A("MappingView"), _A("Collection", _T0)])
_def(_ABC + "Awaitable", "co", protocol=True)
_def(_ABC + "Coroutine", "co contra co", [_A("Awaitable", _T2)])
_def(_ABC + "AsyncIterable", "co", protocol=True)
_def(_ABC + "AsyncIterator", "co", [_A("AsyncIterable", _T0)], protocol=True)
_def(_ABC + "AsyncGenerator", "co contra", [_A("AsyncIterator", _T0)])
_def(_ABC + "Buffer", protocol=True)

# typing protocols and helpers
for _p in ("SupportsInt", "SupportsFloat", "SupportsComplex", "SupportsIndex", "SupportsBytes"):
    _def("typing." + _p, protocol=True)
_def("typing.SupportsAbs", "co", protocol=True)
_def("typing.SupportsRound", "co", protocol=True)
_def("typing.Generic")
_def("typing.Protocol")
_def("abc.ABC")
_def("typing.NamedTuple", "", [TupleT((ANY,), True)])
_def("typing.TypedDict", "", [_A("Mapping", _STR, OBJECT)])
_def("typing.IO", "inv", [_A("Iterator", _T0)])
_def("typing.TextIO", "", [_N("typing.IO", _STR)])
_def("typing.BinaryIO", "", [_N("typing.IO", _BYTES)])


def _sup(name: str, *args: Type) -> Named:
    return _N("typing." + name, *args)


# builtins (int <= float <= complex are the PEP 484 promotions, modelled as bases)
_def("builtins.NoneType", "", [_HASH])
_def("builtins.bool", "", [_INT])
_def(
    "builtins.int",
    "",
    [_B("float"), _HASH, _sup("SupportsInt"), _sup("SupportsFloat"), _sup("SupportsIndex"),
     _sup("SupportsAbs", _INT), _sup("SupportsRound", _INT)],
)
_def(
    "builtins.float",
    "",
    [_B("complex"), _HASH, _sup("SupportsInt"), _sup("SupportsFloat"), _sup("SupportsAbs", _B("float")),
     _sup("SupportsRound", _INT)],
)
_def("builtins.complex", "", [_HASH, _sup("SupportsComplex"), _sup("SupportsAbs", _B("float"))])
_def("builtins.str", "", [_A("Sequence", _STR), _HASH])
_def("builtins.bytes", "", [_A("Sequence", _INT), _A("ByteString"), _HASH, _A("Buffer"), _sup("SupportsBytes")])
_def("builtins.bytearray", "", [_A("MutableSequence", _INT), _A("ByteString"), _A("Buffer")])
_def("builtins.memoryview", "", [_A("Sequence", _INT), _A("Buffer")])
_def("builtins.list", "inv", [_A("MutableSequence", _T0)])
_def("builtins.tuple", "co", [_A("Sequence", _T0), _HASH])
_def("builtins.dict", "inv inv", [_A("MutableMapping", _T0, _T1)])
_def("builtins.set", "inv", [_A("MutableSet", _T0)])
_def("builtins.frozenset", "co", [_A("Set", _T0), _HASH])
_def("builtins.range", "", [_A("Sequence", _INT), _HASH])
_def("builtins.slice")
_def("builtins.enumerate", "co", [_A("Iterator", TupleT((_INT, _T0), False))])
for _it in ("reversed", "map", "filter", "zip"):
    _def("builtins." + _it, "co", [_A("Iterator", _T0)])
for _n in dir(_builtins):
    _c = getattr(_builtins, _n)
    if isinstance(_c, type) and issubclass(_c, BaseException) and _c.__module__ == "builtins":
        _def(
            "builtins." + _n,
            "",
            [_B(b.__name__) for b in _c.__bases__ if b is not object and b.__module__ == "builtins"] + [_HASH],
        )

# collections
_def("collections.deque", "inv", [_A("MutableSequence", _T0)])
_def("collections.OrderedDict", "inv inv", [_B("dict", _T0, _T1)])
_def("collections.defaultdict", "inv inv", [_B("dict", _T0, _T1)])
_def("collections.Counter", "inv", [_B("dict", _T0, _INT)])
_def("collections.ChainMap", "inv inv", [_A("MutableMapping", _T0, _T1)])

# a few stdlib classes common in public APIs
_def("enum.Enum", "", [_HASH])
_def("enum.IntEnum", "", [_INT, _N("enum.Enum")])
_def("enum.StrEnum", "", [_STR, _N("enum.Enum")])
_def("enum.Flag", "", [_N("enum.Enum")])
_def("enum.IntFlag", "", [_INT, _N("enum.Flag")])
_def("re.Pattern", "inv", [])
_def("re.Match", "inv", [])
_def("os.PathLike", "co", protocol=True)
_def("pathlib.PurePath", "", [_N("os.PathLike", _STR), _HASH])
_def("pathlib.PurePosixPath", "", [_N("pathlib.PurePath")])
_def("pathlib.PureWindowsPath", "", [_N("pathlib.PurePath")])
_def("pathlib.Path", "", [_N("pathlib.PurePath")])
_def("pathlib.PosixPath", "", [_N("pathlib.Path"), _N("pathlib.PurePosixPath")])
_def("pathlib.WindowsPath", "", [_N("pathlib.Path"), _N("pathlib.PureWindowsPath")])
_def("datetime.date", "", [_HASH])
_def("datetime.datetime", "", [_N("datetime.date")])
_def("datetime.time", "", [_HASH])
_def("datetime.timedelta", "", [_HASH])
_def("datetime.tzinfo")
_def("datetime.timezone", "", [_N("datetime.tzinfo")])
_def("decimal.Decimal", "", [_HASH])
_def("fractions.Fraction", "", [_HASH])
_def("uuid.UUID", "", [_HASH])
_def("contextlib.AbstractContextManager", "co", protocol=True)
_def("contextlib.AbstractAsyncContextManager", "co", protocol=True)

# typing spellings -> canonical names
_NAME_ALIASES: dict[str, str] = {
    "typing.List": "builtins.list",
    "typing.Dict": "builtins.dict",
    "typing.Set": "builtins.set",
    "typing.FrozenSet": "builtins.frozenset",
    "typing.Tuple": "builtins.tuple",
    "typing.Type": "builtins.type",
    "typing.Text": "builtins.str",
    "typing.Deque": "collections.deque",
    "typing.DefaultDict": "collections.defaultdict",
    "typing.OrderedDict": "collections.OrderedDict",
    "typing.Counter": "collections.Counter",
    "typing.ChainMap": "collections.ChainMap",
    "typing.AbstractSet": _ABC + "Set",
    "typing.Pattern": "re.Pattern",
    "typing.Match": "re.Match",
    "typing.ContextManager": "contextlib.AbstractContextManager",
    "typing.AsyncContextManager": "contextlib.AbstractAsyncContextManager",
    "typing.NoReturn": "typing.Never",
    "types.NoneType": _LIT_NONE,
    "builtins.None": _LIT_NONE,
    "typing_extensions.Buffer": _ABC + "Buffer",
    "pathlib._local.Path": "pathlib.Path",
}
for _n in (
    "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Iterable", "Iterator", "Collection",
    "Container", "Sized", "Hashable", "Reversible", "Generator", "AsyncGenerator", "AsyncIterable",
    "AsyncIterator", "Awaitable", "Coroutine", "KeysView", "ItemsView", "ValuesView", "MappingView",
    "MutableSet", "ByteString", "Callable",
):
    _NAME_ALIASES["typing." + _n] = _ABC + _n

_WRAPPERS = {
    "typing.Final", "typing.ClassVar", "typing.Required", "typing.NotRequired", "typing.ReadOnly",
    "dataclasses.InitVar",
}
_BARE_ANY = _WRAPPERS | {"typing.Self", "typing.AnyStr", "typing.Any"}
_NEEDS_ARGS = {"typing.Optional", "typing.Union", "typing.Literal", "typing.Annotated", "typing.Concatenate",
               "typing.Unpack"}
_STDLIB_ROOTS = {
    "typing", "typing_extensions", "collections", "builtins", "types", "enum", "re", "os", "pathlib",
    "datetime", "decimal", "fractions", "uuid", "contextlib", "abc", "dataclasses", "_collections_abc",
}
_BUILTIN_TYPES = {n for n in dir(_builtins) if isinstance(getattr(_builtins, n), type)}


def _canon_name(name: str) -> str:
    if name.startswith("typing_extensions."):
        alt = _NAME_ALIASES.get(name)
        if alt is not None:
            return alt
        name = "typing." + name[len("typing_extensions."):]
    elif name.startswith("_collections_abc."):
        name = _ABC + name[len("_collections_abc."):]
    return _NAME_ALIASES.get(name, name)


# --------------------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------------------

_MAX_PARSE_DEPTH = 40
_TYPEVAR = object()  # marker from _Parser.canon


def parse_annotation(text: str, resolve: Callable[[str], str | None]) -> Type:
    """Interpret annotation source text (as written in a module whose names ``resolve`` maps to canonical
    qualified names). ``None`` or blank text (unannotated) is ``Any``; text that cannot be interpreted is
    :class:`Unknown`. Never raises."""
    if text is None:
        return ANY
    if not isinstance(text, str):
        return Unknown(repr(text))
    if not text.strip():
        return ANY
    try:
        return _Parser(resolve).parse_text(text, 0)
    except Exception:  # RecursionError, MemoryError from ast, a broken resolver, ...
        return Unknown(text.strip())


def _is_ellipsis(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is Ellipsis


def _typeof(item: Type) -> Type:
    if isinstance(item, Union):
        return make_union(TypeOf(m) for m in item.members)
    return TypeOf(item)


def _trivial(args: tuple[Type, ...] | None) -> bool:
    return args is None or all(a == ANY for a in args)


class _Parser:
    def __init__(self, resolve: Callable[[str], str | None]) -> None:
        self.resolve = resolve

    def parse_text(self, text: str, depth: int) -> Type:
        s = text.strip()
        if not s or depth > _MAX_PARSE_DEPTH:
            return Unknown(s)
        try:
            tree = parse_expression(s)
        except SyntaxError:
            try:
                tree = parse_expression("(" + s + "\n)")
            except SyntaxError:
                return Unknown(s)
        return self.conv(tree.body, depth)

    # names -------------------------------------------------------------------------------------------
    def canon(self, dotted: str):
        """(canonical name, unresolved) or _TYPEVAR."""
        try:
            r = self.resolve(dotted)
        except Exception:
            r = None
        if isinstance(r, str) and r:
            if r.startswith(TYPEVAR_PREFIX):
                return _TYPEVAR
            return _canon_name(r), False
        if dotted in _BUILTIN_TYPES:
            return "builtins." + dotted, False
        if dotted.split(".", 1)[0] in _STDLIB_ROOTS and "." in dotted:
            return _canon_name(dotted), False
        return dotted, True

    def bare(self, dotted: str) -> Type:
        c = self.canon(dotted)
        if c is _TYPEVAR:
            return ANY
        name, unresolved = c
        if unresolved:
            return Named(name, None, unresolved=True)
        if name in _BARE_ANY:
            return ANY
        if name in _NEEDS_ARGS:
            return Unknown(dotted)
        if name in ("typing.TypeGuard", "typing.TypeIs"):
            return _B("bool")
        if name == "typing.LiteralString":
            return _STR
        return _special_named(Named(name))

    # expressions -------------------------------------------------------------------------------------
    def conv(self, node: ast.AST, depth: int) -> Type:
        if depth > _MAX_PARSE_DEPTH:
            return Unknown(ast.unparse(node))
        if isinstance(node, ast.Constant):
            if node.value is None:
                return NONE
            if isinstance(node.value, str):
                return self.parse_text(node.value, depth + 1)
            return Unknown(ast.unparse(node))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            operands: list[ast.AST] = []
            stack: list[ast.AST] = [node]
            while stack:  # a | b | c nests to the left: flatten without spending depth
                n = stack.pop()
                if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr):
                    stack.extend((n.right, n.left))
                else:
                    operands.append(n)
            return make_union(self.conv(o, depth + 1) for o in operands)
        dotted = _dotted(node)
        if dotted is not None:
            return self.bare(dotted)
        if isinstance(node, ast.Subscript):
            base = _dotted(node.value)
            if base is None:
                return Unknown(ast.unparse(node))
            sl = node.slice
            argnodes = list(sl.elts) if isinstance(sl, ast.Tuple) else [sl]
            return self.subscript(base, argnodes, node, depth + 1)
        return Unknown(ast.unparse(node))

    def arg(self, node: ast.AST, depth: int) -> Type:
        if _is_ellipsis(node) or isinstance(node, (ast.List, ast.Starred)):
            return Unknown(ast.unparse(node))
        return self.conv(node, depth)

    def subscript(self, base: str, argnodes: list[ast.AST], node: ast.AST, depth: int) -> Type:
        c = self.canon(base)
        if c is _TYPEVAR:
            return ANY
        name, unresolved = c
        if unresolved:
            return Named(base, tuple(self.arg(a, depth) for a in argnodes), unresolved=True)
        n = len(argnodes)
        if name == "typing.Optional":
            return make_union([self.arg(argnodes[0], depth), NONE]) if n == 1 else Unknown(ast.unparse(node))
        if name == "typing.Union":
            return make_union(self.arg(a, depth) for a in argnodes) if n else Unknown(ast.unparse(node))
        if name == "typing.Literal":
            return self.literal(argnodes, node, depth)
        if name == "typing.Annotated":
            return self.arg(argnodes[0], depth) if n >= 1 else Unknown(ast.unparse(node))
        if name in _WRAPPERS:
            return self.arg(argnodes[0], depth) if n == 1 else Unknown(ast.unparse(node))
        if name in ("typing.TypeGuard", "typing.TypeIs"):
            return _B("bool")
        if name == "builtins.tuple":
            return self.tuple(argnodes, node, depth)
        if name == "builtins.type":
            return _typeof(self.arg(argnodes[0], depth)) if n == 1 else Unknown(ast.unparse(node))
        if name == _ABC + "Callable":
            return self.callable(argnodes, node, depth)
        if name in _NEEDS_ARGS or name in _BARE_ANY or name in ("builtins.object", _LIT_NONE, "typing.Never"):
            return Unknown(ast.unparse(node))
        args = tuple(self.arg(a, depth) for a in argnodes)
        return Named(name, None if _trivial(args) and args else args)

    def tuple(self, argnodes: list[ast.AST], node: ast.AST, depth: int) -> Type:
        if not argnodes:
            return TupleT((), False)
        if len(argnodes) == 2 and _is_ellipsis(argnodes[1]):
            return TupleT((self.arg(argnodes[0], depth),), True)
        if any(_is_ellipsis(a) or isinstance(a, ast.Starred) for a in argnodes):
            return Unknown(ast.unparse(node))
        return TupleT(tuple(self.arg(a, depth) for a in argnodes), False)

    def callable(self, argnodes: list[ast.AST], node: ast.AST, depth: int) -> Type:
        if len(argnodes) != 2:
            return Unknown(ast.unparse(node))
        p, r = argnodes
        ret = self.arg(r, depth)
        if _is_ellipsis(p):
            return CallableT(None, ret)
        if isinstance(p, ast.List):
            return CallableT(tuple(self.arg(e, depth) for e in p.elts), ret)
        head = _dotted(p.value) if isinstance(p, ast.Subscript) else _dotted(p)
        if head is not None:
            c = self.canon(head)
            if c is _TYPEVAR or (isinstance(p, ast.Subscript) and c[0] == "typing.Concatenate"):
                return CallableT(None, ret)  # ParamSpec / Concatenate: approximated as "..."
        return Unknown(ast.unparse(node))

    def literal(self, argnodes: list[ast.AST], node: ast.AST, depth: int) -> Type:
        if not argnodes:
            return Unknown(ast.unparse(node))
        out: list[Type] = []
        for a in argnodes:
            vals = self.literal_values(a, depth)
            if vals is None:
                return Unknown(ast.unparse(node))
            out.extend(vals)
        return make_union(out)

    def literal_values(self, a: ast.AST, depth: int) -> list[Type] | None:
        if isinstance(a, ast.Constant):
            v = a.value
            if v is None:
                return [NONE]
            if isinstance(v, (bool, int, str, bytes, float, complex)):
                return [Literal(frozenset({("builtins." + type(v).__name__, repr(v))}))]
            return None
        if (
            isinstance(a, ast.UnaryOp)
            and isinstance(a.op, (ast.USub, ast.UAdd))
            and isinstance(a.operand, ast.Constant)
            and type(a.operand.value) in (int, float, complex)
        ):
            v = a.operand.value
            v = -v if isinstance(a.op, ast.USub) else v
            return [Literal(frozenset({("builtins." + type(v).__name__, repr(v))}))]
        if isinstance(a, ast.Subscript):
            base = _dotted(a.value)
            if base is not None:
                c = self.canon(base)
                if c is not _TYPEVAR and c[0] == "typing.Literal" and depth <= _MAX_PARSE_DEPTH:
                    sl = a.slice
                    out: list[Type] = []
                    for sub in list(sl.elts) if isinstance(sl, ast.Tuple) else [sl]:
                        vals = self.literal_values(sub, depth + 1)
                        if vals is None:
                            return None
                        out.extend(vals)
                    return out
            return None
        if isinstance(a, ast.Attribute):  # an enum member: Literal[Color.RED]
            owner = _dotted(a.value)
            if owner is None:
                return None
            c = self.canon(owner)
            if c is _TYPEVAR:
                return None
            return [Literal(frozenset({(c[0], a.attr)}))]
        return None


def _special_named(t: Named) -> Type:
    """Named spellings that have a dedicated representation."""
    n = t.name
    if n == "builtins.object":
        return OBJECT
    if n == _LIT_NONE:
        return NONE
    if n == "typing.Any":
        return ANY
    if n == "typing.Never":
        return NEVER
    if n == "builtins.tuple":
        if t.args is None:
            return TupleT((ANY,), True)
        return TupleT(t.args, False)
    if n == "builtins.type":
        return _typeof(t.args[0]) if t.args else TypeOf(ANY)
    if n == _ABC + "Callable":
        return CallableT(None, t.args[-1] if t.args else ANY)
    return t


# --------------------------------------------------------------------------------------------------------
# Subtyping
# --------------------------------------------------------------------------------------------------------

_MAX_DEPTH = 120
_MAX_WALK = 400
_MAX_SPLIT = 64
_NONE_NAMED = Named(_LIT_NONE)


def _all(results: Iterable[bool | None]) -> bool | None:
    """False if any is False, else None if any is None, else True (short-circuits on False)."""
    unknown = False
    for r in results:
        if r is False:
            return False
        if r is None:
            unknown = True
    return None if unknown else True


def _any(results: Iterable[bool | None]) -> bool | None:
    """True if any is True, else None if any is None, else False (short-circuits on True)."""
    unknown = False
    for r in results:
        if r is True:
            return True
        if r is None:
            unknown = True
    return None if unknown else False


def _has_any(t: Type) -> bool:
    if t == ANY:
        return True
    if isinstance(t, Named):
        if t.args is None:  # implicitly Any, unless a builtin known to take no parameters
            spec = _TABLE.get(t.name)
            return spec is None or bool(spec.variance)
        return any(_has_any(a) for a in t.args)
    if isinstance(t, Union):
        return any(_has_any(m) for m in t.members)
    if isinstance(t, TupleT):
        return any(_has_any(i) for i in t.items)
    if isinstance(t, CallableT):
        return _has_any(t.ret) or (t.params is not None and any(_has_any(p) for p in t.params))
    if isinstance(t, TypeOf):
        return _has_any(t.item)
    return False


def _subst(t: Type, mapping: dict[str, Type]) -> Type:
    if isinstance(t, _TV):
        return mapping.get(t.name, ANY)
    if isinstance(t, Named):
        return t if t.args is None else Named(t.name, tuple(_subst(a, mapping) for a in t.args))
    if isinstance(t, TupleT):
        return TupleT(tuple(_subst(i, mapping) for i in t.items), t.variadic)
    if isinstance(t, Union):
        return make_union(_subst(m, mapping) for m in t.members)
    if isinstance(t, CallableT):
        params = None if t.params is None else tuple(_subst(p, mapping) for p in t.params)
        return CallableT(params, _subst(t.ret, mapping))
    if isinstance(t, TypeOf):
        return TypeOf(_subst(t.item, mapping))
    return t


def _pad(args: tuple[Type, ...] | None, n: int) -> tuple[Type, ...] | None:
    if args is None:
        return (ANY,) * n
    if len(args) > n:
        return None
    return tuple(args) + (ANY,) * (n - len(args))


def _tuple_join(t: TupleT) -> Type:
    return make_union(t.items)


def _lit_type(v: tuple[str, str]) -> Type:
    return NONE if v[0] == _LIT_NONE else _special_named(Named(v[0]))


class _Ctx:
    """One comparison: the hierarchy (guarded and cached), a memo and a recursion guard."""

    def __init__(self, h: Hierarchy | None, covariant_only: bool = False) -> None:
        self.h = h if h is not None else Hierarchy()
        self.covariant_only = covariant_only  # treat invariant type parameters as covariant (see is_subtype)
        self.memo: dict[tuple[Type, Type], bool | None] = {}
        self.active: set[tuple[Type, Type]] = set()
        self.depth = 0
        self._bases: dict[str, list[Type] | None] = {}
        self._proto: dict[str, bool] = {}
        self._alias: dict[str, Type | None] = {}
        self._final: dict[str, bool] = {}
        self._walks: dict[Type, tuple[list[tuple[Type, bool]], bool]] = {}

    # guarded hierarchy queries ------------------------------------------------------------------------
    def bases(self, name: str) -> list[Type] | None:
        if name not in self._bases:
            try:
                b = self.h.bases(name)
                if b is not None:
                    b = [x if isinstance(x, Type) else Unknown(repr(x)) for x in b]
            except Exception:
                b = None
            self._bases[name] = b
        return self._bases[name]

    def is_protocol(self, name: str) -> bool:
        if name not in self._proto:
            try:
                self._proto[name] = bool(self.h.is_protocol(name))
            except Exception:
                self._proto[name] = True  # the safe answer: nominal "no" becomes None
        return self._proto[name]

    def alias(self, name: str) -> Type | None:
        if name not in self._alias:
            try:
                a = self.h.alias(name)
            except Exception:
                a = None
            self._alias[name] = a if isinstance(a, Type) else None
        return self._alias[name]

    def is_final_known(self, name: str) -> bool:
        if name not in self._final:
            try:
                self._final[name] = bool(self.h.is_final_known(name))
            except Exception:
                self._final[name] = False
        return self._final[name]

    def opaque(self, t: Type) -> bool:
        """A name we know nothing about (unresolved, or neither builtin nor project)."""
        if not isinstance(t, Named):
            return False
        if t.unresolved:
            return True
        return t.name not in _TABLE and self.bases(t.name) is None

    # normalisation ------------------------------------------------------------------------------------
    def norm(self, t: Type) -> Type:
        expanding: set[str] = set()
        for _ in range(64):
            if isinstance(t, Named):
                if t.unresolved:
                    return t
                canon = _canon_name(t.name)
                if canon != t.name:
                    t = Named(canon, t.args)
                s = _special_named(t)
                if s is not t:
                    t = s
                    continue
                if t.name in _TABLE:
                    return t
                if t.name in expanding:
                    return Unknown(t.name)  # a cyclic alias
                al = self.alias(t.name)
                if al is None:
                    return t
                expanding.add(t.name)
                t = al
                continue
            if isinstance(t, Union):
                u = make_union(t.members)
                if isinstance(u, Union):
                    return u
                t = u
                continue
            if isinstance(t, Literal):
                if not t.values:
                    return NEVER
                if any(v[0] == _LIT_NONE for v in t.values):
                    t = make_union([t])
                    continue
                return t
            if isinstance(t, TypeOf):
                item = self.norm(t.item)
                if isinstance(item, Union):
                    return make_union(TypeOf(m) for m in item.members)
                return TypeOf(item)
            if isinstance(t, TupleT):
                if t.variadic and len(t.items) != 1:
                    return TupleT((make_union(t.items) if t.items else ANY,), True)
                if not t.variadic and any(self.norm(i) == NEVER for i in t.items):
                    return NEVER  # a fixed tuple with an uninhabited item is uninhabited
                return t
            if isinstance(t, _TV):
                return ANY
            return t
        return Unknown(render(t))

    # entry point with memo and guards -----------------------------------------------------------------
    def sub(self, a: Type, b: Type) -> bool | None:
        key = (a, b)
        if key in self.memo:
            return self.memo[key]
        if key in self.active or self.depth > _MAX_DEPTH:
            return None
        self.active.add(key)
        self.depth += 1
        try:
            r = self._sub(a, b)
        finally:
            self.active.discard(key)
            self.depth -= 1
        self.memo[key] = r
        return r

    def equiv(self, a: Type, b: Type) -> bool | None:
        r1 = self.sub(a, b)
        if r1 is False:
            return False
        r2 = self.sub(b, a)
        if r2 is False:
            return False
        return True if (r1 and r2) else None

    def _sub(self, a: Type, b: Type) -> bool | None:
        if a == b:
            return True
        if (
            isinstance(a, Named)
            and isinstance(b, Named)
            and a.name == b.name
            and not a.unresolved
            and a.name not in _TABLE
            and self.alias(a.name) is not None
        ):
            # the same (generic) alias: its parameters are unknown, compare arguments invariantly
            return self._same_name_unknown_variance(a.args, b.args)
        a, b = self.norm(a), self.norm(b)
        if a == b:
            return True
        if a == ANY or b == ANY or b == OBJECT or a == NEVER:
            return True
        if isinstance(a, Union):
            return _all(self.sub(m, b) for m in a.members)
        if isinstance(b, Union):
            r = _any(self.sub(a, m) for m in b.members)
            if r is True:
                return True
            parts = self._split(a)
            if parts:
                return _all(self.sub(p, b) for p in parts)
            return r
        if isinstance(a, (Unknown, _TV)) or isinstance(b, (Unknown, _TV)):
            return None
        if self.opaque(a) or self.opaque(b):
            return None
        if b == NEVER:
            return False
        if a == OBJECT:
            return self._object_sub(b)
        if isinstance(a, Literal):
            if isinstance(b, Literal):
                return a.values <= b.values
            return _all(self.sub(_lit_type(v), b) for v in a.values)
        if isinstance(b, Literal):
            return self._to_literal(a, b)
        if isinstance(b, TupleT):
            if isinstance(a, TupleT):
                return self._tuple_sub(a, b)
            if isinstance(a, Named) or a == NONE:
                return self._search_kind(a, b, TupleT)
            return False
        if isinstance(b, TypeOf):
            if isinstance(a, TypeOf):
                return self.sub(a.item, b.item)
            if isinstance(a, Named) or a == NONE:
                return self._search_kind(a, b, TypeOf)
            return False
        if isinstance(b, CallableT):
            return self._to_callable(a, b)
        if b == NONE:
            b = _NONE_NAMED
        if not isinstance(b, Named):
            return None
        if a == NONE:
            a = _NONE_NAMED
        if isinstance(a, (Named, TupleT)):
            return self._instance_vs_named(a, b)
        if isinstance(a, TypeOf):
            return self._typeof_vs_named(b)
        if isinstance(a, CallableT):
            return self._callable_vs_named(b)
        return None

    # pieces ------------------------------------------------------------------------------------------
    def _same_name_unknown_variance(self, xa, ba) -> bool | None:
        if _trivial(xa) or _trivial(ba):
            return True
        if len(xa) != len(ba):
            return None
        for p, q in zip(xa, ba):
            if self.equiv(p, q) is not True:
                return None
        return True

    def _split(self, a: Type) -> list[Type] | None:
        """Finer types whose union is ``a`` (for ``a <= X | Y`` when no single member covers ``a``)."""
        if isinstance(a, Literal) and len(a.values) > 1:
            return [Literal(frozenset({v})) for v in a.values]
        if isinstance(a, Named) and a.name == "builtins.bool" and _trivial(a.args):
            return [Literal(frozenset({("builtins.bool", "True")})), Literal(frozenset({("builtins.bool", "False")}))]
        if isinstance(a, TupleT) and not a.variadic and a.items:
            options: list[list[Type]] = []
            split_any = False
            size = 1
            for it in a.items:
                it = self.norm(it)
                parts = list(it.members) if isinstance(it, Union) else self._split(it)
                if parts:
                    split_any = True
                    options.append(parts)
                    size *= len(parts)
                else:
                    options.append([it])
                if size > _MAX_SPLIT:
                    return None
            if split_any:
                return [TupleT(tuple(c), False) for c in itertools.product(*options)]
        return None

    def _object_sub(self, b: Type) -> bool | None:
        if isinstance(b, Named):
            if b.name == _ABC + "Hashable":
                return None  # object defines __hash__, but a subclass may set it to None
            if b.name not in _TABLE and self.is_protocol(b.name):
                return None
        return False

    def _to_literal(self, a: Type, b: Literal) -> bool | None:
        if not isinstance(a, Named):
            return False  # None, tuples, classes, callables are not literal values
        if a.name == "builtins.bool":
            return ("builtins.bool", "True") in b.values and ("builtins.bool", "False") in b.values
        if a.name in _TABLE:
            return False
        anc, complete = self.walk(a)
        names = {t.name for t, _ in anc if isinstance(t, Named)}
        if "builtins.bool" in names and self.sub(_B("bool"), b) is True:
            return True
        if any(v[0] in names and v[0] not in _TABLE for v in b.values):
            return None  # an enum whose members may all be listed
        return False if complete else None

    def _tuple_sub(self, a: TupleT, b: TupleT) -> bool | None:
        if not a.variadic and not b.variadic:
            if len(a.items) != len(b.items):
                return False
            return _all(self.sub(x, y) for x, y in zip(a.items, b.items))
        if not a.variadic:
            return _all(self.sub(x, b.items[0]) for x in a.items)
        if not b.variadic:
            item = self.norm(a.items[0])
            if item == ANY:
                return True  # tuple[Any, ...] is compatible with every tuple
            if item == NEVER:
                return not b.items  # tuple[Never, ...] holds only ()
            return False
        return self.sub(a.items[0], b.items[0])

    def _search_kind(self, a: Type, b: Type, kind: type) -> bool | None:
        """``a`` (a class instance) against a tuple or type[...] target: through a's ancestors."""
        if a == NONE:
            a = _NONE_NAMED
        anc, complete = self.walk(a)
        found = [t for t, _ in anc if isinstance(t, kind)]
        if found:
            r = _any(self.sub(t, b) for t in found)
            return None if (r is False and not complete) else r
        return False if complete else None

    def _to_callable(self, a: Type, b: CallableT) -> bool | None:
        if isinstance(a, CallableT):
            if a.params is None or b.params is None:
                params: bool | None = True  # "..." is gradual
            elif len(a.params) != len(b.params):
                params = False
            else:
                params = _all(self.sub(q, p) for p, q in zip(a.params, b.params))
            if params is False:
                return False
            return _all([params, self.sub(a.ret, b.ret)])
        if isinstance(a, TypeOf):
            r = self.sub(a.item, b.ret)
            if r is False:
                return False
            return True if (r is True and b.params is None) else None
        if isinstance(a, Named):
            return False if a.name in _TABLE else None  # a project class may define __call__
        return False

    def _typeof_vs_named(self, b: Named) -> bool | None:
        if b.name == _ABC + "Hashable":
            return True
        if b.name in _TABLE:
            return False
        if self.is_protocol(b.name):
            return None
        anc, complete = self.walk(b)
        if any(isinstance(t, TypeOf) for t, _ in anc):
            return None  # b is a metaclass
        return False

    def _callable_vs_named(self, b: Named) -> bool | None:
        if b.name == _ABC + "Hashable":
            return None
        if b.name in _TABLE:
            return False
        return None if self.is_protocol(b.name) else False

    def _args_cmp(self, x: Named, b: Named) -> bool | None:
        """Same-named generics: compare arguments with the class's variance."""
        spec = _TABLE.get(x.name)
        if spec is None:
            return self._same_name_unknown_variance(x.args, b.args)
        n = len(spec.variance)
        if n == 0:
            return True if (_trivial(x.args) and _trivial(b.args)) else None
        xa, ba = _pad(x.args, n), _pad(b.args, n)
        if xa is None or ba is None:
            return None

        def gen():
            for v, p, q in zip(spec.variance, xa, ba):
                if v == "co":
                    yield self.sub(p, q)
                elif v == "contra":
                    yield self.sub(q, p)
                elif self.covariant_only:
                    yield self.sub(p, q)
                else:
                    yield self.equiv(p, q)

        return _all(gen())

    def walk(self, start: Type) -> tuple[list[tuple[Type, bool]], bool]:
        """All ancestors of ``start`` (itself included) with arguments substituted, each with an
        "exact" flag (False when the arguments depend on the unknown type parameters of a project
        generic), and whether the ancestry is completely known."""
        cached = self._walks.get(start)
        if cached is not None:
            return cached
        out: list[tuple[Type, bool]] = []
        complete = True
        seen: set[tuple[Type, bool]] = set()
        stack: list[tuple[Type, bool]] = [(start, True)]
        while stack:
            t, exact = stack.pop()
            if (t, exact) in seen:
                continue
            seen.add((t, exact))
            if len(seen) > _MAX_WALK:
                complete = False
                break
            out.append((t, exact))
            if isinstance(t, TupleT):
                stack.append((Named("builtins.tuple", (_tuple_join(t),)), exact))
                continue
            if isinstance(t, TypeOf):
                continue  # a metaclass marker
            if not isinstance(t, Named) or t.unresolved:
                complete = False
                continue
            spec = _TABLE.get(t.name)
            if spec is not None:
                n = len(spec.variance)
                args = _pad(t.args, n)
                ok = args is not None
                mapping = {str(i): a for i, a in enumerate(args or (ANY,) * n)}
                for base in spec.bases:
                    stack.append((_subst(base, mapping), exact and ok))
                continue
            bases = self.bases(t.name)
            if bases is None:
                complete = False
                continue
            if not self.is_final_known(t.name):
                complete = False
            trivial = _trivial(t.args)
            for base in bases:
                base = self.norm(base)
                if base == OBJECT:
                    continue
                if isinstance(base, (Named, TupleT, TypeOf)):
                    stack.append((base, exact and (trivial or not _has_any(base))))
                else:
                    complete = False
        result = (out, complete)
        self._walks[start] = result
        return result

    def _instance_vs_named(self, a: Type, b: Named) -> bool | None:
        anc, complete = self.walk(a)
        results: list[bool | None] = []
        for t, exact in anc:
            if isinstance(t, Named) and t.name == b.name:
                if not exact and not _trivial(b.args):
                    results.append(None)
                else:
                    results.append(self._args_cmp(t, b))
        if results:
            r = _any(results)
            return None if (r is False and not complete) else r
        if not complete:
            return None
        spec = _TABLE.get(b.name)
        if spec is not None:
            if spec.protocol:
                # structural: decidable only when everything about a is builtin
                builtin_only = all(not isinstance(t, Named) or t.name in _TABLE for t, _ in anc)
                return False if builtin_only else None
            return False
        if self.is_protocol(b.name):
            # a project Protocol: structural. A builtin value provably misses it when the protocol asks for a
            # member that builtin type does not have (None has no `name`); otherwise it cannot be told
            members = self.h.protocol_members(b.name)
            if members and a.name.startswith("builtins.") and a.name in _TABLE:
                runtime = getattr(_builtins, a.name[len("builtins."):], None) if a.name != _LIT_NONE else type(None)
                if runtime is not None and any(not hasattr(runtime, m) for m in members):
                    return False
            return None
        names = {t.name for t, _ in anc if isinstance(t, Named)}
        if "typing.TypedDict" in names:
            b_anc, _ = self.walk(b)
            if any(isinstance(t, Named) and t.name == "typing.TypedDict" for t, _ in b_anc):
                return None  # TypedDicts are structural
        return False


def is_subtype(a: Type, b: Type, h: Hierarchy | None = None, *, covariant_only: bool = False) -> bool | None:
    """Is every value of ``a`` a value of ``b``? True / False (provably not) / None (cannot tell).
    With ``covariant_only``, invariant type parameters (``list[T]``, ``dict[K, V]``) are compared
    covariantly: the answer a caller gets when only invariance stands in the way. Never raises."""
    try:
        return _Ctx(h, covariant_only).sub(a, b)
    except Exception:  # includes RecursionError: an unexpected shape is "cannot tell"
        return None


def equivalent(a: Type, b: Type, h: Hierarchy | None = None) -> bool | None:
    """True when each is a subtype of the other, False when either provably is not, else None."""
    try:
        return _Ctx(h).equiv(a, b)
    except Exception:
        return None


# --------------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------------


def _render_name(t: Named) -> str:
    if not t.unresolved and t.name.startswith("builtins."):
        return t.name[len("builtins."):]
    return t.name


def _render_lit(v: tuple[str, str]) -> str:
    tname, val = v
    if tname == _LIT_NONE:
        return "None"
    if tname.startswith("builtins."):
        return val
    return f"{tname}.{val}"


def _render(t: Type, depth: int) -> str:
    if depth > 60:
        return "..."
    d = depth + 1
    if isinstance(t, Special):
        return t.kind
    if isinstance(t, Named):
        name = _render_name(t)
        if t.args is None:
            return name
        if not t.args:
            return f"{name}[()]"
        return f"{name}[{', '.join(_render(a, d) for a in t.args)}]"
    if isinstance(t, Union):
        parts = []
        for m in t.members:
            s = _render(m, d)
            parts.append((m == NONE, "." in s.split("[", 1)[0], s))
        return " | ".join(s for _, _, s in sorted(parts))
    if isinstance(t, Literal):
        vals = sorted(t.values, key=lambda v: (v[0], v[1]))
        return f"Literal[{', '.join(_render_lit(v) for v in vals)}]"
    if isinstance(t, CallableT):
        ret = _render(t.ret, d)
        if t.params is None:
            return f"Callable[..., {ret}]"
        return f"Callable[[{', '.join(_render(p, d) for p in t.params)}], {ret}]"
    if isinstance(t, TupleT):
        if t.variadic:
            item = t.items[0] if len(t.items) == 1 else make_union(t.items)
            return f"tuple[{_render(item, d)}, ...]"
        if not t.items:
            return "tuple[()]"
        return f"tuple[{', '.join(_render(i, d) for i in t.items)}]"
    if isinstance(t, TypeOf):
        return f"type[{_render(t.item, d)}]"
    if isinstance(t, Unknown):
        return t.text
    if isinstance(t, _TV):
        return TYPEVAR_PREFIX + t.name
    return repr(t)


def render(t: Type) -> str:
    """Readable text for a type, e.g. ``"str | pkg.utils.UserID"``, ``"list[int]"``, ``"int | None"``.
    Builtins lose their ``builtins.`` prefix; other names stay fully qualified."""
    try:
        return _render(t, 0)
    except Exception:
        return repr(t)
