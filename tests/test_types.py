"""The type lattice: parsing annotations, subtyping by meaning, rendering.

Example tests pin every rule; hypothesis properties check the lattice laws over a generated space of types.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from changeproof.api.types import (
    ANY,
    NEVER,
    NONE,
    OBJECT,
    TYPEVAR_PREFIX,
    CallableT,
    Hierarchy,
    Literal,
    Named,
    StaticHierarchy,
    TupleT,
    Type,
    TypeOf,
    Union,
    Unknown,
    equivalent,
    is_subtype,
    make_union,
    parse_annotation,
    render,
)

# --------------------------------------------------------------------------------------------------------
# fixtures: a resolver for a module with the usual imports, and a small project hierarchy
# --------------------------------------------------------------------------------------------------------

_TYPING = (
    "List Dict Set FrozenSet Tuple Type Text Deque DefaultDict OrderedDict Counter ChainMap Sequence Mapping "
    "Iterable Iterator Callable AbstractSet MutableMapping MutableSequence MutableSet Optional Union Literal "
    "Annotated Final ClassVar Any NoReturn Never Self Generator Coroutine Awaitable AsyncIterator AsyncIterable "
    "AsyncGenerator Collection Hashable Sized Container Reversible Concatenate TypeGuard Required NotRequired "
    "ReadOnly NamedTuple TypedDict Protocol Generic KeysView ItemsView ValuesView SupportsInt SupportsIndex"
).split()

_NAMES = {n: f"typing.{n}" for n in _TYPING}
_NAMES.update(
    {
        "UserID": "pkg.utils.UserID",
        "AdminID": "pkg.utils.AdminID",
        "User": "pkg.models.User",
        "Admin": "pkg.models.Admin",
        "Open": "pkg.models.Open",
        "Proto": "pkg.Proto",
        "Color": "pkg.Color",
        "Box": "pkg.Box",
        "IntBox": "pkg.IntBox",
        "MySeq": "pkg.MySeq",
        "IdLike": "pkg.IdLike",
        "Json": "pkg.Json",
        "Loop": "pkg.Loop",
        "CycA": "pkg.CycA",
        "CycB": "pkg.CycB",
        "Meta": "pkg.Meta",
        "Point": "pkg.Point",
        "Movie": "pkg.Movie",
        "Film": "pkg.Film",
        "Flag": "pkg.Flag",
        "Pair": "pkg.Pair",
        "ext": "somelib",
        "T": TYPEVAR_PREFIX + "T",
        "P": TYPEVAR_PREFIX + "P",
        "abc.Sequence": "collections.abc.Sequence",
        "abc.Mapping": "collections.abc.Mapping",
        "abc.Callable": "collections.abc.Callable",
        "deque": "collections.deque",
        "defaultdict": "collections.defaultdict",
        "Path": "pathlib.Path",
    }
)


def resolve(name: str) -> str | None:
    if name in _NAMES:
        return _NAMES[name]
    for prefix, target in (("t.", "typing."), ("te.", "typing_extensions."), ("typing.", "typing.")):
        if name.startswith(prefix):
            return target + name[len(prefix):]
    if name.startswith(("collections.", "typing_extensions.", "somelib.", "enum.")):
        return name
    return None


def P(text: str) -> Type:
    return parse_annotation(text, resolve)


def N(name: str, *args: Type) -> Named:
    if "." not in name:
        name = "builtins." + name
    return Named(name, tuple(args) if args else None)


INT, STR, FLOAT, BOOL, BYTES = N("int"), N("str"), N("float"), N("bool"), N("bytes")
USERID = Named("pkg.utils.UserID")


class ProjectHierarchy(Hierarchy):
    """The engine's view of a small project, as a subclass of the Hierarchy base class."""

    BASES: dict[str, list[Type]] = {
        "pkg.utils.UserID": [STR],  # UserID = NewType("UserID", str)
        "pkg.utils.AdminID": [USERID],  # AdminID = NewType("AdminID", UserID)
        "pkg.models.User": [],
        "pkg.models.Admin": [Named("pkg.models.User")],
        "pkg.models.Open": [Named("somelib.Base")],  # a base we know nothing about
        "pkg.Proto": [Named("typing.Protocol")],
        "pkg.Color": [Named("enum.Enum")],
        "pkg.Box": [Named("typing.Generic")],  # class Box(Generic[T])
        "pkg.IntBox": [Named("pkg.Box", (INT,))],  # class IntBox(Box[int])
        "pkg.MySeq": [Named("collections.abc.Sequence")],  # class MySeq(Sequence[T]): TypeVar -> Any
        "pkg.CycA": [Named("pkg.CycB")],
        "pkg.CycB": [Named("pkg.CycA")],
        "pkg.Meta": [TypeOf(ANY)],  # class Meta(type)
        "pkg.Point": [Named("typing.NamedTuple")],
        "pkg.Movie": [Named("typing.TypedDict")],
        "pkg.Film": [Named("typing.TypedDict")],
        "pkg.Flag": [BOOL],
    }
    ALIASES: dict[str, Type] = {}

    def bases(self, name):
        b = self.BASES.get(name)
        return None if b is None else list(b)

    def is_protocol(self, name):
        return name == "pkg.Proto"

    def alias(self, name):
        return self.ALIASES.get(name)

    def is_final_known(self, name):
        return name in self.BASES and name != "pkg.models.Open"


ProjectHierarchy.ALIASES = {
    "pkg.IdLike": P("str | UserID"),
    "pkg.Json": P("dict[str, Json] | list[Json] | str | int | float | bool | None"),
    "pkg.Loop": P("Loop | int"),
    "pkg.Pair": P("tuple[T, T]"),
}

H = ProjectHierarchy()


def sub(a, b, h=H):
    a = P(a) if isinstance(a, str) else a
    b = P(b) if isinstance(b, str) else b
    return is_subtype(a, b, h)


def eq(a, b, h=H):
    a = P(a) if isinstance(a, str) else a
    b = P(b) if isinstance(b, str) else b
    return equivalent(a, b, h)


# --------------------------------------------------------------------------------------------------------
# parsing and normalisation
# --------------------------------------------------------------------------------------------------------


class TestParse:
    def test_typing_aliases_normalise_to_builtins(self):
        assert P("List[int]") == P("list[int]") == P("t.List[int]") == P("typing.List[int]") == N("list", INT)
        assert P("Dict[str, int]") == N("dict", STR, INT)
        assert P("Set[int]") == N("set", INT)
        assert P("FrozenSet[int]") == N("frozenset", INT)
        assert P("Text") == STR
        assert P("Deque[int]") == P("deque[int]") == Named("collections.deque", (INT,))
        assert P("DefaultDict[str, int]") == P("defaultdict[str, int]")
        assert P("t.OrderedDict[str, int]") == Named("collections.OrderedDict", (STR, INT))
        assert P("Counter[str]") == Named("collections.Counter", (STR,))
        assert P("ChainMap[str, int]") == Named("collections.ChainMap", (STR, INT))

    def test_typing_abcs_normalise_to_collections_abc(self):
        assert P("Sequence[int]") == P("abc.Sequence[int]") == P("collections.abc.Sequence[int]")
        assert P("Sequence[int]") == Named("collections.abc.Sequence", (INT,))
        assert P("AbstractSet[int]") == Named("collections.abc.Set", (INT,))
        assert P("MutableMapping[str, int]") == Named("collections.abc.MutableMapping", (STR, INT))
        assert P("Iterator[int]") == Named("collections.abc.Iterator", (INT,))

    def test_typing_extensions_is_typing(self):
        assert P("te.Literal[1]") == P("Literal[1]")
        assert P("typing_extensions.Sequence[int]") == P("Sequence[int]")
        assert P("te.Annotated[int, 'meta']") == INT
        assert P("te.Never") == NEVER

    def test_string_annotations_and_forward_refs(self):
        assert P('"List[int]"') == N("list", INT)
        assert P("List['int']") == N("list", INT)
        assert P("Optional['User']") == make_union([Named("pkg.models.User"), NONE])
        assert P("\"Dict[str, 'List[\\\"UserID\\\"]']\"") == N("dict", STR, N("list", USERID))

    def test_future_annotations_text(self):
        # with `from __future__ import annotations` every annotation arrives as its source text
        assert P("int | None") == P("Optional[int]") == P("Union[int, None]") == P("t.Union[None, int]")
        assert P("  list[\n  int\n]  ") == N("list", INT)

    def test_unions_flatten_and_dedupe(self):
        u = P("Union[int, Union[str, int], None | bytes]")
        assert isinstance(u, Union)
        assert u.members == frozenset({INT, STR, NONE, BYTES})
        assert P("Union[int]") == INT
        assert P("int | int") == INT

    def test_long_union_chains_parse(self):
        text = " | ".join(f"Literal[{i}]" for i in range(200)) + " | str"
        u = P(text)
        assert isinstance(u, Union) and len(u.members) == 2
        assert sub(u, "int | str") is True

    def test_union_with_any_is_any(self):
        assert P("int | Any") == ANY
        assert P("Optional[Any]") == ANY

    def test_wrappers_are_transparent(self):
        for text in (
            "Annotated[int, 'x', 3]",
            "Final[int]",
            "ClassVar[int]",
            "Required[int]",
            "NotRequired[int]",
            "ReadOnly[int]",
        ):
            assert P(text) == INT, text
        assert P("Final") == ANY  # bare Final: the type is inferred, unknown to us

    def test_special_names(self):
        assert P("None") == NONE
        assert P("NoReturn") == NEVER == P("Never")
        assert P("object") == OBJECT
        assert P("Any") == ANY
        assert P("Self") == ANY
        assert P("T") == ANY  # a TypeVar
        assert P("TypeGuard[int]") == BOOL

    def test_literals(self):
        assert P("Literal[-1]") == Literal(frozenset({("builtins.int", "-1")}))
        assert P("Literal['a']") == P('Literal["a"]') == Literal(frozenset({("builtins.str", "'a'")}))
        assert P("Literal[b'x']") == Literal(frozenset({("builtins.bytes", "b'x'")}))
        assert P("Literal[True]") == Literal(frozenset({("builtins.bool", "True")}))
        assert P("Literal[0x10]") == P("Literal[16]")
        assert P("Literal[Literal[1, 2], 3]") == P("Literal[1, 2, 3]") == P("Literal[1] | Literal[2, 3]")
        assert P("Literal[Color.RED]") == Literal(frozenset({("pkg.Color", "RED")}))
        assert P("Literal[1, None]") == make_union([P("Literal[1]"), NONE])
        assert P("Literal[None]") == NONE
        assert isinstance(P("Literal[1 + 2]"), Unknown)
        assert isinstance(P("Literal"), Unknown)

    def test_callables(self):
        assert P("Callable[[int, str], bool]") == CallableT((INT, STR), BOOL)
        assert P("Callable[..., int]") == CallableT(None, INT)
        assert P("Callable[[], None]") == CallableT((), NONE)
        assert P("Callable") == P("abc.Callable") == CallableT(None, ANY)
        assert P("Callable[P, int]") == CallableT(None, INT)  # ParamSpec
        assert P("Callable[Concatenate[int, P], int]") == CallableT(None, INT)
        assert isinstance(P("Callable[int]"), Unknown)

    def test_tuples(self):
        assert P("Tuple[int, str]") == P("tuple[int, str]") == TupleT((INT, STR), False)
        assert P("tuple[int, ...]") == TupleT((INT,), True)
        assert P("tuple") == P("Tuple") == TupleT((ANY,), True)
        assert P("Tuple[()]") == P("tuple[()]") == TupleT((), False)
        assert isinstance(P("tuple[int, *tuple[str, ...]]"), Unknown)

    def test_type_of(self):
        assert P("Type[int]") == P("type[int]") == TypeOf(INT)
        assert P("type") == TypeOf(ANY)
        assert P("type[int | str]") == make_union([TypeOf(INT), TypeOf(STR)])

    def test_unparametrised_generics_equal_all_any(self):
        assert P("list[Any]") == P("list") == P("List") == N("list")
        assert P("Dict[Any, Any]") == N("dict")

    def test_unparseable_is_unknown(self):
        assert P("List[") == Unknown("List[")
        assert P("List[") == P("List[")
        assert P("List[") != P("Dict[")
        assert P("f(x)") == Unknown("f(x)")
        assert isinstance(P("list[1]").args[0], Unknown)

    def test_unannotated_is_any(self):
        assert parse_annotation("", resolve) == ANY
        assert parse_annotation(None, resolve) == ANY

    def test_unresolved_names(self):
        m = P("Mystery")
        assert isinstance(m, Named) and m.name == "Mystery" and m.unresolved
        assert P("Mystery") == P("Mystery")
        assert sub("Mystery", "Mystery") is True
        assert sub("Mystery", "Other") is None
        assert sub("Mystery", "int") is None
        assert sub("int", "Mystery") is None

    def test_unresolved_builtins_fall_back_to_builtins(self):
        none_resolve = lambda name: None  # noqa: E731
        assert parse_annotation("int", none_resolve) == INT
        assert parse_annotation("list[str]", none_resolve) == N("list", STR)
        assert parse_annotation("typing.Optional[int]", none_resolve) == make_union([INT, NONE])

    def test_broken_resolver_never_raises(self):
        def boom(name):
            raise RuntimeError(name)

        assert parse_annotation("int", boom) == INT
        assert isinstance(parse_annotation("Foo", boom), Named)

    def test_deep_nesting_never_raises(self):
        text = "list[" * 300 + "int" + "]" * 300
        t = P(text)
        assert isinstance(t, Type)
        assert is_subtype(t, t, H) is True
        assert isinstance(render(t), str)


class TestMakeUnion:
    def test_shapes(self):
        assert make_union([]) == NEVER
        assert make_union([INT]) == INT
        assert make_union([INT, NEVER]) == INT
        assert make_union([INT, OBJECT]) == OBJECT
        assert make_union([INT, ANY]) == ANY
        u = make_union([INT, make_union([STR, BYTES]), STR])
        assert isinstance(u, Union) and u.members == frozenset({INT, STR, BYTES})

    def test_literals_merge(self):
        assert make_union([P("Literal[1]"), P("Literal['a']")]) == P("Literal[1, 'a']")


class TestRender:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("str | UserID", "str | pkg.utils.UserID"),
            ("List[int]", "list[int]"),
            ("Optional[int]", "int | None"),
            ("None | str | int", "int | str | None"),
            ("Dict[str, List[int]]", "dict[str, list[int]]"),
            ("Sequence[int]", "collections.abc.Sequence[int]"),
            ("Callable[[int], str]", "Callable[[int], str]"),
            ("Callable[..., Any]", "Callable[..., Any]"),
            ("tuple[int, ...]", "tuple[int, ...]"),
            ("Tuple[()]", "tuple[()]"),
            ("Type[User]", "type[pkg.models.User]"),
            ("Literal[Color.RED, -1, 'a']", "Literal[-1, 'a', pkg.Color.RED]"),
            ("Any", "Any"),
            ("object", "object"),
            ("NoReturn", "Never"),
            ("Mystery[int]", "Mystery[int]"),
        ],
    )
    def test_render(self, text, expected):
        assert render(P(text)) == expected
        assert str(P(text)) == expected


# --------------------------------------------------------------------------------------------------------
# subtyping rules
# --------------------------------------------------------------------------------------------------------


class TestBasics:
    def test_reflexive(self):
        for text in ("int", "list[int]", "UserID", "Mystery", "Callable[[int], str]", "Literal[1]", "List["):
            assert sub(text, text) is True

    def test_any_both_ways(self):
        assert sub("Any", "int") is True
        assert sub("int", "Any") is True
        assert sub("list[Any]", "list[int]") is True
        assert sub("list[int]", "list") is True
        assert sub("list", "list[int]") is True

    def test_object_is_top(self):
        for text in ("int", "None", "list[int]", "UserID", "Mystery", "Callable[..., int]", "type[int]", "List["):
            assert sub(text, "object") is True
        assert sub("object", "int") is False
        assert sub("object", "Proto") is None

    def test_never_is_bottom(self):
        for text in ("int", "None", "UserID", "Mystery", "Literal[1]"):
            assert sub("Never", text) is True
        assert sub("int", "Never") is False

    def test_none(self):
        assert sub("None", "None") is True
        assert sub("None", "Optional[int]") is True
        assert sub("None", "int") is False
        assert sub("int", "None") is False
        assert sub("None", "Hashable") is True
        assert sub("Optional[int]", "int") is False

    def test_unions(self):
        assert sub("int", "int | str") is True
        assert sub("int | str", "int | str | None") is True
        assert sub("int | str", "int") is False
        assert sub("int | Mystery", "int") is None
        assert sub("int", "str | Mystery") is None
        assert sub("bool | int", "float") is True

    def test_unknown(self):
        assert sub("List[", "int") is None
        assert sub("int", "List[") is None
        assert sub("int | List[", "int") is None  # the whole text is unparseable
        assert sub(INT, make_union([INT, Unknown("List[")])) is True
        assert sub(make_union([INT, Unknown("List[")]), INT) is None


class TestNumericTower:
    @pytest.mark.parametrize(
        "a, b",
        [("bool", "int"), ("int", "float"), ("float", "complex"), ("int", "complex"), ("bool", "complex")],
    )
    def test_promotions(self, a, b):
        assert sub(a, b) is True
        assert sub(b, a) is False

    def test_bytes_promotions_not_assumed(self):
        assert sub("bytearray", "bytes") is False
        assert sub("memoryview", "bytes") is False

    def test_unrelated_builtins_are_definite(self):
        assert sub("int", "str") is False
        assert sub("str", "bytes") is False
        assert sub("float", "int") is False


class TestAbcHierarchy:
    @pytest.mark.parametrize(
        "a, b",
        [
            ("list[int]", "MutableSequence[int]"),
            ("MutableSequence[int]", "Sequence[int]"),
            ("Sequence[int]", "Reversible[int]"),
            ("Sequence[int]", "Collection[int]"),
            ("Collection[int]", "Iterable[int]"),
            ("Collection[int]", "Container[int]"),
            ("Collection[int]", "Sized"),
            ("list[int]", "Iterable[int]"),
            ("tuple[int, str]", "Sequence[int | str]"),
            ("tuple[int, ...]", "Sequence[int]"),
            ("str", "Sequence[str]"),
            ("str", "Iterable[str]"),
            ("bytes", "Sequence[int]"),
            ("range", "Sequence[int]"),
            ("dict[str, int]", "MutableMapping[str, int]"),
            ("MutableMapping[str, int]", "Mapping[str, int]"),
            ("Mapping[str, int]", "Collection[str]"),
            ("dict[str, int]", "Iterable[str]"),
            ("set[int]", "MutableSet[int]"),
            ("MutableSet[int]", "AbstractSet[int]"),
            ("AbstractSet[int]", "Collection[int]"),
            ("frozenset[int]", "AbstractSet[int]"),
            ("KeysView[str]", "AbstractSet[str]"),
            ("ItemsView[str, int]", "AbstractSet[tuple[str, int]]"),
            ("ValuesView[int]", "Collection[int]"),
            ("Iterator[int]", "Iterable[int]"),
            ("Generator[int, None, None]", "Iterator[int]"),
            ("AsyncGenerator[int, None]", "AsyncIterator[int]"),
            ("AsyncIterator[int]", "AsyncIterable[int]"),
            ("Coroutine[Any, Any, int]", "Awaitable[int]"),
            ("t.OrderedDict[str, int]", "dict[str, int]"),
            ("defaultdict[str, int]", "dict[str, int]"),
            ("Counter[str]", "dict[str, int]"),
            ("deque[int]", "MutableSequence[int]"),
            ("int", "Hashable"),
            ("float", "Hashable"),
            ("str", "Hashable"),
            ("tuple[int, int]", "Hashable"),
            ("frozenset[int]", "Hashable"),
            ("int", "SupportsIndex"),
            ("Path", "os.PathLike[str]"),
        ],
    )
    def test_chain(self, a, b):
        assert sub(a, b) is True

    @pytest.mark.parametrize(
        "a, b",
        [
            ("list[int]", "Hashable"),
            ("dict[str, int]", "Hashable"),
            ("set[int]", "Hashable"),
            ("Sequence[int]", "MutableSequence[int]"),
            ("Iterable[int]", "Sequence[int]"),
            ("str", "Sequence[int]"),
            ("str", "MutableSequence[str]"),
            ("tuple[int, str]", "Sequence[int]"),
            ("dict[str, int]", "Iterable[int]"),
            ("list[int]", "Mapping[int, int]"),
            ("int", "Iterable[int]"),
            ("Counter[str]", "dict[str, str]"),
            ("list[int]", "tuple[int, ...]"),
            ("Sequence[int]", "tuple[int, ...]"),
        ],
    )
    def test_not(self, a, b):
        assert sub(a, b) is False


class TestVariance:
    def test_invariant_containers(self):
        assert sub("list[int]", "list[float]") is False
        assert sub("list[float]", "list[int]") is False
        assert sub("dict[str, int]", "dict[str, float]") is False
        assert sub("set[bool]", "set[int]") is False
        assert sub("MutableSequence[int]", "MutableSequence[float]") is False
        assert sub("deque[int]", "deque[float]") is False
        assert sub("list[int]", "Sequence[float]") is True  # through the covariant ancestor

    def test_covariant_containers(self):
        assert sub("Sequence[int]", "Sequence[float]") is True
        assert sub("Sequence[float]", "Sequence[int]") is False
        assert sub("Iterable[bool]", "Iterable[int]") is True
        assert sub("frozenset[int]", "frozenset[float]") is True
        assert sub("AbstractSet[UserID]", "AbstractSet[str]") is True
        assert sub("type[bool]", "type[int]") is True
        assert sub("Awaitable[int]", "Awaitable[float]") is True

    def test_covariant_only_relaxes_invariance(self):
        # used by the comparison engine to explain "incompatible only because list/dict are invariant"
        a, b = P("list[int]"), P("list[float]")
        assert is_subtype(a, b, H) is False
        assert is_subtype(a, b, H, covariant_only=True) is True
        assert is_subtype(P("dict[str, int]"), P("dict[str, float]"), H, covariant_only=True) is True
        assert is_subtype(P("list[float]"), P("list[int]"), H, covariant_only=True) is False
        assert is_subtype(P("Callable[[int], int]"), P("Callable[[float], int]"), H, covariant_only=True) is False

    def test_mapping_key_invariant_value_covariant(self):
        assert sub("Mapping[str, int]", "Mapping[str, float]") is True
        assert sub("Mapping[UserID, int]", "Mapping[str, int]") is False
        assert sub("dict[str, int]", "Mapping[str, float]") is True
        assert sub("dict[str, int]", "Mapping[object, int]") is False

    def test_callable(self):
        assert sub("Callable[[float], int]", "Callable[[int], float]") is True
        assert sub("Callable[[int], int]", "Callable[[float], int]") is False
        assert sub("Callable[[int], float]", "Callable[[int], int]") is False
        assert sub("Callable[[int], int]", "Callable[[int, int], int]") is False
        assert sub("Callable[[int], int]", "Callable[..., int]") is True
        assert sub("Callable[..., int]", "Callable[[str], int]") is True
        assert sub("Callable[..., int]", "Callable[..., str]") is False

    def test_generator(self):
        assert sub("Generator[int, float, str]", "Generator[float, int, str]") is True
        assert sub("Generator[int, int, str]", "Generator[int, float, str]") is False
        assert sub("Coroutine[Any, float, bool]", "Coroutine[Any, int, int]") is True
        assert sub("Generator[int]", "Iterator[int]") is True  # missing args are Any

    def test_project_generics_are_invariant_unknown(self):
        assert sub("Box[int]", "Box[int]") is True
        assert sub("Box[int]", "Box[float]") is None
        assert sub("Box", "Box[int]") is True
        assert sub("IntBox", "Box[int]") is True
        assert sub("IntBox", "Box[str]") is None
        assert sub("MySeq", "Sequence[int]") is True  # MySeq is MySeq[Any]
        assert sub("MySeq[int]", "Sequence[int]") is None  # the base depends on the unknown parameter
        assert sub("MySeq[int]", "Sized") is True
        assert sub("MySeq[int]", "Mapping[int, int]") is False


class TestLiteral:
    def test_value_types(self):
        assert sub("Literal[1]", "int") is True
        assert sub("Literal[1]", "float") is True
        assert sub("Literal['a', 'b']", "str") is True
        assert sub("Literal[-1]", "int") is True
        assert sub("Literal[True]", "bool") is True
        assert sub("Literal[True]", "int") is True
        assert sub("Literal[b'x']", "bytes") is True
        assert sub("Literal['a']", "Sequence[str]") is True
        assert sub("Literal[1]", "str") is False
        assert sub("Literal[1]", "bool") is False
        assert sub("Literal[1, 'a']", "int") is False
        assert sub("Literal[1, 'a']", "int | str") is True
        assert sub("Literal[Color.RED]", "Color") is True
        assert sub("Literal[Color.RED]", "enum.Enum") is True
        assert sub("Literal['a']", "UserID") is False

    def test_subsets(self):
        assert sub("Literal[1]", "Literal[1, 2]") is True
        assert sub("Literal[1, 2]", "Literal[1]") is False
        assert sub("Literal[1]", "Literal[2]") is False
        assert sub("Literal[1]", "Literal[True]") is False
        assert eq("Literal[1, 2]", "Literal[1] | Literal[2]") is True

    def test_types_are_not_literals(self):
        assert sub("int", "Literal[1]") is False
        assert sub("str", "Literal['a']") is False
        assert sub("None", "Literal[1]") is False
        assert sub("bool", "Literal[True, False]") is True
        assert sub("bool", "Literal[True]") is False
        assert eq("bool", "Literal[True, False]") is True
        assert sub("Color", "Literal[Color.RED]") is None  # might be all of Color's members
        assert sub("UserID", "Literal['a']") is False


class TestTuples:
    def test_fixed(self):
        assert sub("tuple[int, str]", "tuple[float, str]") is True
        assert sub("tuple[int, str]", "tuple[str, int]") is False
        assert sub("tuple[int]", "tuple[int, int]") is False
        assert sub("tuple[()]", "tuple[()]") is True

    def test_fixed_vs_variadic(self):
        assert sub("tuple[int, bool]", "tuple[int, ...]") is True
        assert sub("tuple[int, str]", "tuple[int, ...]") is False
        assert sub("tuple[()]", "tuple[int, ...]") is True
        assert sub("tuple[int, ...]", "tuple[int, int]") is False
        assert sub("tuple[int, ...]", "tuple[float, ...]") is True
        assert sub("tuple", "tuple[int, int]") is True  # tuple[Any, ...] is gradual
        assert sub("tuple[int, int]", "tuple") is True

    def test_tuple_abc(self):
        assert sub("tuple[int, bool]", "Sequence[int]") is True
        assert sub("tuple[int, str]", "Iterable[int | str]") is True
        assert sub("tuple[()]", "Sequence[int]") is True

    def test_union_distribution(self):
        assert sub("tuple[int | str, bool]", "tuple[int, bool] | tuple[str, bool]") is True
        assert eq("tuple[int | str]", "tuple[int] | tuple[str]") is True
        assert sub("tuple[int | str, int]", "tuple[int, int] | tuple[bytes, int]") is False

    def test_named_tuple(self):
        assert sub("Point", "tuple[int, int]") is True  # tuple[Any, ...] underneath
        assert sub("Point", "Sequence[Any]") is True
        assert sub("User", "tuple[int, ...]") is False


class TestTypeOfAndCallable:
    def test_type_of(self):
        assert sub("type[Admin]", "type[User]") is True
        assert sub("type[User]", "type[Admin]") is False
        assert sub("type[int]", "type") is True
        assert sub("type[int]", "Hashable") is True
        assert sub("type[int]", "int") is False
        assert sub("type[int | str]", "type[int] | type[str]") is True
        assert sub("type[int]", "type[int | str]") is True
        assert sub("Meta", "type") is True  # a metaclass instance is a class
        assert sub("type[User]", "Meta") is None
        assert sub("int", "type[int]") is False

    def test_classes_as_callables(self):
        assert sub("type[User]", "Callable[..., User]") is True
        assert sub("type[User]", "Callable[..., int]") is False
        assert sub("type[User]", "Callable[[int], User]") is None
        assert sub("User", "Callable[..., Any]") is None  # may define __call__
        assert sub("int", "Callable[..., Any]") is False
        assert sub("Callable[..., Any]", "int") is False
        assert sub("Callable[..., Any]", "Proto") is None


class TestNewTypesAndProjectClasses:
    def test_newtype(self):
        assert sub("UserID", "str") is True
        assert sub("str", "UserID") is False
        assert sub("str", "str | UserID") is True
        assert sub("str | UserID", "UserID") is False
        assert sub("UserID", "Sequence[str]") is True
        assert sub("AdminID", "str") is True
        assert sub("UserID", "AdminID") is False
        assert eq("str | UserID", "str") is True

    def test_classes(self):
        assert sub("Admin", "User") is True
        assert sub("User", "Admin") is False
        assert sub("User", "int") is False
        assert sub("int", "User") is False
        assert sub("User", "Sequence[int]") is False

    def test_open_hierarchy_is_unknown(self):
        assert sub("Open", "User") is None
        assert sub("Open", "int") is None

    def test_protocols_are_structural(self):
        assert sub("User", "Proto") is None
        assert sub("int", "Proto") is None
        assert sub("User", "Iterable[int]") is None  # collections.abc protocols too
        assert sub("User", "Hashable") is None
        assert sub("User", "Sequence[int]") is False  # Sequence is nominal

    def test_typed_dicts_are_structural(self):
        assert sub("Movie", "Film") is None
        assert sub("Movie", "Mapping[str, object]") is True
        assert sub("Movie", "dict[str, Any]") is False

    def test_external_names(self):
        assert sub("somelib.Thing", "somelib.Thing") is True
        assert sub("somelib.Thing", "somelib.Other") is None
        assert sub("int", "somelib.Thing") is None
        assert sub("somelib.Thing", "int") is None
        assert sub("somelib.Thing[int]", "somelib.Thing[str]") is None

    def test_enum_bool_newtype(self):
        assert sub("Flag", "int") is True
        assert sub("Flag", "Literal[True, False]") is True

    def test_cyclic_hierarchy(self):
        assert sub("CycA", "CycB") is True
        assert sub("CycA", "User") is False
        assert sub("User", "CycA") is False

    def test_default_hierarchy_knows_nothing_about_projects(self):
        h = Hierarchy()
        assert is_subtype(USERID, STR, h) is None
        assert is_subtype(USERID, USERID, h) is True
        assert is_subtype(INT, FLOAT, h) is True
        assert is_subtype(INT, FLOAT) is True  # h may be omitted

    def test_static_hierarchy(self):
        h = StaticHierarchy({"m.UserID": [STR], "m.Open": [Named("x.Y")]}, incomplete=["m.Open"])
        assert is_subtype(Named("m.UserID"), STR, h) is True
        assert is_subtype(STR, Named("m.UserID"), h) is False
        assert is_subtype(Named("m.Open"), STR, h) is None


class TestAliases:
    def test_expansion(self):
        assert sub("IdLike", "str") is True
        assert sub("str", "IdLike") is True
        assert sub("UserID", "IdLike") is True
        assert eq("IdLike", "str | UserID") is True
        assert sub("IdLike", "UserID") is False

    def test_recursive_aliases_terminate(self):
        assert sub("Json", "Json") is True
        assert sub("int", "Json") is True
        assert sub("Json", "object") is True
        assert sub("list[Json]", "Json") is True
        assert sub("list[int]", "Json") is False  # list is invariant: a list[int] is not a list[Json]
        assert sub("bytes", "Json") in (False, None)
        assert sub("Loop", "int") in (True, None)
        assert sub("Loop", "str") in (False, None)

    def test_generic_alias(self):
        assert sub("Pair[int]", "Pair[int]") is True
        assert sub("Pair[int]", "Pair[str]") is None
        assert sub("tuple[int, int]", "Pair") is True


class TestEquivalent:
    def test_spellings(self):
        assert eq("Optional[int]", "Union[int, None]") is True
        assert eq("Optional[int]", "int | None") is True
        assert eq("Optional[int]", "'Optional[int]'") is True
        assert eq("List[int]", "list[int]") is True
        assert eq("t.Sequence[int]", "collections.abc.Sequence[int]") is True
        assert eq("Union[int, bool]", "int") is True
        assert eq("Literal[1] | int", "int") is True
        assert eq("type[int] | type[str]", "Type[Union[int, str]]") is True

    def test_differences(self):
        assert eq("int", "str") is False
        assert eq("int", "float") is False
        assert eq("int", "Mystery") is None
        assert eq("Box[int]", "Box[str]") is None


class TestNeverRaises:
    @pytest.mark.parametrize(
        "a, b",
        [
            (Named("builtins.tuple", (INT, STR)), TupleT((INT, STR), False)),
            (Named("builtins.type", (INT,)), TypeOf(INT)),
            (Named("collections.abc.Callable", (INT,)), CallableT(None, INT)),
            (Named("typing.List", (INT,)), N("list", INT)),
            (Named("builtins.NoneType"), NONE),
            (Literal(frozenset({("builtins.NoneType", "None")})), NONE),
            (Union(frozenset({INT, ANY})), ANY),
            (TupleT((), True), TupleT((ANY,), True)),
        ],
    )
    def test_hand_built_spellings_are_normalised(self, a, b):
        assert equivalent(a, b, H) is True

    def test_odd_inputs(self):
        class Broken(Hierarchy):
            def bases(self, name):
                raise RuntimeError("boom")

            def alias(self, name):
                return "not a type"

        assert is_subtype(Named("pkg.X"), STR, Broken()) is None
        assert is_subtype(Literal(frozenset()), INT, H) is True  # empty literal: uninhabited
        assert is_subtype(TupleT((), False), TupleT((INT,), True), Broken()) is True
        assert is_subtype(Named("builtins.int", (STR,)), INT, H) is None
        assert is_subtype(Named("builtins.dict", (STR,)), N("dict", STR, INT), H) is True


# --------------------------------------------------------------------------------------------------------
# properties over a generated space of types
# --------------------------------------------------------------------------------------------------------

PROP_H = StaticHierarchy(
    {
        "tests.UserID": [STR],  # NewType("UserID", str)
        "tests.Age": [INT],  # NewType("Age", int)
        "tests.AdminID": [Named("tests.UserID")],
        "tests.Base": [],
        "tests.Child": [Named("tests.Base")],
        "tests.Proto": [Named("typing.Protocol")],
    },
    protocols=["tests.Proto"],
)

_LEAF_NAMES = [
    "builtins.int", "builtins.bool", "builtins.float", "builtins.complex", "builtins.str", "builtins.bytes",
    "builtins.bytearray", "builtins.range", "collections.abc.Hashable", "collections.abc.Sized",
    "tests.UserID", "tests.Age", "tests.AdminID", "tests.Base", "tests.Child", "tests.Proto",
]
_LIT_VALUES = [
    ("builtins.int", "0"), ("builtins.int", "1"), ("builtins.int", "-1"), ("builtins.bool", "True"),
    ("builtins.bool", "False"), ("builtins.str", "'a'"), ("builtins.str", "'b'"), ("builtins.bytes", "b'x'"),
]
_GEN1 = [
    "builtins.list", "builtins.set", "builtins.frozenset", "collections.abc.Sequence",
    "collections.abc.MutableSequence", "collections.abc.Iterable", "collections.abc.Collection",
    "collections.abc.Set", "collections.abc.Iterator", "collections.deque",
]
_GEN2 = ["builtins.dict", "collections.abc.Mapping", "collections.abc.MutableMapping"]

leaves_static = st.one_of(
    st.sampled_from([Named(n) for n in _LEAF_NAMES] + [NONE, OBJECT, NEVER]),
    st.frozensets(st.sampled_from(_LIT_VALUES), min_size=1, max_size=3).map(Literal),
)


def _extend(children):
    return st.one_of(
        st.builds(lambda n, a: Named(n, (a,)), st.sampled_from(_GEN1), children),
        st.builds(lambda n, k, v: Named(n, (k, v)), st.sampled_from(_GEN2), children, children),
        st.lists(children, min_size=2, max_size=3).map(make_union),
        st.lists(children, min_size=0, max_size=3).map(lambda xs: TupleT(tuple(xs), False)),
        children.map(lambda x: TupleT((x,), True)),
        st.sampled_from([Named(n) for n in _LEAF_NAMES[:6]] + [Named("tests.Base"), Named("tests.Child")]).map(
            TypeOf
        ),
        st.builds(lambda ps, r: CallableT(tuple(ps), r), st.lists(children, max_size=2), children),
    )


# types without Any (Any, bare generics and "..." are gradual: compatible both ways, so not transitive)
static_types = st.recursive(leaves_static, _extend, max_leaves=6)
gradual_types = st.recursive(
    st.one_of(
        leaves_static,
        st.sampled_from([ANY, Named("builtins.list"), Named("collections.abc.Sequence"), Unknown("X["),
                         Named("Mystery", unresolved=True), Named("ext.Thing"), TupleT((ANY,), True)]),
    ),
    lambda c: st.one_of(_extend(c), st.builds(lambda r: CallableT(None, r), c)),
    max_leaves=6,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sub(a, b):
    return is_subtype(a, b, PROP_H)


@FAST
@given(gradual_types)
def test_prop_reflexive(a):
    assert _sub(a, a) is True
    assert equivalent(a, a, PROP_H) is True


@FAST
@given(gradual_types, gradual_types)
def test_prop_never_raises_and_is_tristate(a, b):
    assert _sub(a, b) in (True, False, None)
    assert equivalent(a, b, PROP_H) in (True, False, None)
    assert isinstance(render(a), str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(static_types, static_types, static_types)
def test_prop_transitive(a, b, c):
    if _sub(a, b) is True and _sub(b, c) is True:
        assert _sub(a, c) is True


@FAST
@given(static_types, static_types)
def test_prop_transitive_through_a_union(a, b):
    # a <= a | b and (a | b) <= (a | b | int): the chain must compose
    u = make_union([a, b])
    assert _sub(a, u) is True
    assert _sub(u, make_union([u, INT])) is True


@FAST
@given(gradual_types, gradual_types)
def test_prop_union_upper_bound(a, b):
    assert _sub(a, make_union([a, b])) is True
    assert _sub(b, make_union([a, b])) is True


@FAST
@given(static_types, static_types, static_types)
def test_prop_union_least_upper_bound(a, b, c):
    left = _sub(make_union([a, b]), c)
    ra, rb = _sub(a, c), _sub(b, c)
    if ra is not None and rb is not None:
        assert left is (ra and rb)


@FAST
@given(gradual_types, gradual_types, gradual_types)
def test_prop_make_union_laws(a, b, c):
    assert make_union([a, b]) == make_union([b, a])
    assert make_union([make_union([a, b]), c]) == make_union([a, make_union([b, c])])
    assert make_union([a, a]) == make_union([a])
    u = make_union([a, b])
    assert make_union([u, u]) == u
    if isinstance(u, Union):
        assert len(u.members) >= 2
        assert not any(isinstance(m, Union) for m in u.members)


@FAST
@given(static_types, static_types)
def test_prop_covariance_and_invariance(a, b):
    seq = lambda t: Named("collections.abc.Sequence", (t,))  # noqa: E731
    lst = lambda t: Named("builtins.list", (t,))  # noqa: E731
    if _sub(a, b) is True:
        assert _sub(seq(a), seq(b)) is True
        assert _sub(TupleT((a,), True), TupleT((b,), True)) is True
    if _sub(lst(a), lst(b)) is True:
        assert equivalent(a, b, PROP_H) is True
    if _sub(a, b) is False:
        # a value of a that is not in b, alone in a list, is not in list[b]
        assert _sub(lst(a), lst(b)) is False


@FAST
@given(gradual_types)
def test_prop_top_and_bottom(a):
    assert _sub(a, OBJECT) is True
    assert _sub(NEVER, a) is True
    assert _sub(a, ANY) is True
    assert _sub(ANY, a) is True


@FAST
@given(static_types, static_types)
def test_prop_equivalent_is_symmetric(a, b):
    assert equivalent(a, b, PROP_H) == equivalent(b, a, PROP_H)


def _roundtrip_resolve(name: str) -> str | None:
    special = {
        "Literal": "typing.Literal",
        "Any": "typing.Any",
        "Never": "typing.Never",
        "Callable": "collections.abc.Callable",
    }
    if name in special:
        return special[name]
    if "." in name:
        return name
    return None


@FAST
@given(static_types)
def test_prop_render_parses_back_to_an_equivalent_type(a):
    back = parse_annotation(render(a), _roundtrip_resolve)
    assert equivalent(back, a, PROP_H) is True


def test_builtin_value_provably_misses_a_protocol_member():
    from changeproof.api.types import NONE, Named, StaticHierarchy, is_subtype

    class H(StaticHierarchy):
        def protocol_members(self, name):
            return {"name"} if name == "pkg.HasName" else None

        def is_protocol(self, name):
            return name == "pkg.HasName"

    h = H(bases={"pkg.HasName": []}, protocols=["pkg.HasName"])
    assert is_subtype(NONE, Named("pkg.HasName"), h) is False  # None has no `name`
    assert is_subtype(Named("builtins.int"), Named("pkg.HasName"), h) is False
    assert is_subtype(Named("pkg.Other"), Named("pkg.HasName"), h) is None  # a project class may have it
