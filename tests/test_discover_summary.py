"""Package discovery from file lists, and what a per-file summary records (stdlib ``ast`` only, no linking)."""

from __future__ import annotations

import json
import sys
import textwrap

import pytest

from changeproof.api.discover import ModuleFile, discover
from changeproof.api.summary import summarise


def names(paths: list[str], packages: list[str] | None = None) -> dict[str, tuple[str, bool]]:
    return {name: (m.path, m.is_package) for name, m in discover(paths, packages).items()}


# --------------------------------------------------------------------------------------------------
# discover()


def test_src_layout_finds_the_package_and_leaves_tooling_out():
    paths = [
        "src/pkg/__init__.py", "src/pkg/core.py", "src/pkg/sub/__init__.py", "src/pkg/sub/deep.py",
        "src/pkg/_private.py", "setup.py", "noxfile.py", "conftest.py", "tests/test_core.py", "tests/conftest.py",
        "docs/conf.py", "examples/demo.py", "README.md", "pyproject.toml", "src/pkg/py.typed",
    ]
    assert names(paths) == {
        "pkg": ("src/pkg/__init__.py", True),
        "pkg.core": ("src/pkg/core.py", False),
        "pkg._private": ("src/pkg/_private.py", False),
        "pkg.sub": ("src/pkg/sub/__init__.py", True),
        "pkg.sub.deep": ("src/pkg/sub/deep.py", False),
    }


def test_src_layout_values_are_module_files():
    found = discover(["src/pkg/__init__.py", "src/pkg/a.py"])
    assert found["pkg.a"] == ModuleFile("pkg.a", "src/pkg/a.py", False)
    assert found["pkg"] == ModuleFile("pkg", "src/pkg/__init__.py", True)


def test_flat_layout_with_several_packages():
    paths = [
        "alpha/__init__.py", "alpha/a.py", "beta/__init__.py", "beta/sub/__init__.py", "beta/sub/b.py",
        "setup.py", "tests/test_alpha.py", "test/test_beta.py", "docs/conf.py", "doc/x.py", "examples/ex.py",
        "example/e.py", "scripts/release.py", "benchmarks/bench.py", "build/lib/alpha/__init__.py",
        "dist/x.py", ".venv/lib/site.py", ".git/hooks/x.py", "conftest.py",
    ]
    assert names(paths) == {
        "alpha": ("alpha/__init__.py", True),
        "alpha.a": ("alpha/a.py", False),
        "beta": ("beta/__init__.py", True),
        "beta.sub": ("beta/sub/__init__.py", True),
        "beta.sub.b": ("beta/sub/b.py", False),
    }


def test_implicit_namespace_package_without_init():
    paths = ["ns/plugins/one.py", "ns/plugins/two.py", "ns/core/__init__.py", "ns/core/base.py", "tests/test_ns.py"]
    assert names(paths) == {
        "ns.plugins.one": ("ns/plugins/one.py", False),
        "ns.plugins.two": ("ns/plugins/two.py", False),
        "ns.core": ("ns/core/__init__.py", True),
        "ns.core.base": ("ns/core/base.py", False),
    }


def test_namespace_package_in_src_layout():
    assert names(["src/ns/sub/mod.py", "tests/test_mod.py"]) == {"ns.sub.mod": ("src/ns/sub/mod.py", False)}


def test_single_module_project():
    assert names(["mymod.py", "setup.py", "test_mymod.py", "README.rst"]) == {"mymod": ("mymod.py", False)}


def test_single_module_project_leaves_out_tooling_modules():
    paths = ["mymod.py", "setup.py", "conftest.py", "noxfile.py", "tasks.py", "__main__.py", "mymod_test.py"]
    assert names(paths) == {"mymod": ("mymod.py", False)}


def test_single_module_in_src():
    assert names(["src/mymod.py", "tests/test_mymod.py"]) == {"mymod": ("src/mymod.py", False)}


def test_tests_inside_a_package_are_excluded():
    paths = [
        "pkg/__init__.py", "pkg/core.py", "pkg/tests/__init__.py", "pkg/tests/test_core.py",
        "pkg/tests/helpers.py", "pkg/sub/__init__.py", "pkg/sub/tests/test_x.py", "pkg/test_util.py",
        "pkg/util_test.py", "pkg/conftest.py", "pkg/__pycache__/core.py", "pkg/testing.py",
    ]
    assert names(paths) == {
        "pkg": ("pkg/__init__.py", True),
        "pkg.core": ("pkg/core.py", False),
        "pkg.sub": ("pkg/sub/__init__.py", True),
        "pkg.testing": ("pkg/testing.py", False),  # a testing-helpers module is API, not a test
    }


def test_top_level_tests_docs_examples_are_excluded_whatever_their_case():
    paths = ["pkg/__init__.py", "Tests/test_a.py", "Docs/conf.py", "Examples/run.py"]
    assert names(paths) == {"pkg": ("pkg/__init__.py", True)}


def test_stub_next_to_source_the_source_wins_and_a_lone_stub_counts():
    paths = ["pkg/__init__.py", "pkg/__init__.pyi", "pkg/a.py", "pkg/a.pyi", "pkg/b.pyi", "pkg/py.typed"]
    assert names(paths) == {
        "pkg": ("pkg/__init__.py", True),
        "pkg.a": ("pkg/a.py", False),
        "pkg.b": ("pkg/b.pyi", False),
    }


def test_non_identifier_files_and_folders_are_not_modules():
    paths = ["pkg/__init__.py", "pkg/my-mod.py", "pkg/data-files/x.py", "pkg/2fast.py", "my-scripts/run.py"]
    assert names(paths) == {"pkg": ("pkg/__init__.py", True)}


def test_packages_override_restricts_to_the_named_packages():
    paths = ["src/pkg/__init__.py", "src/pkg/a.py", "src/other/__init__.py", "helpers/__init__.py"]
    assert names(paths, ["pkg"]) == {"pkg": ("src/pkg/__init__.py", True), "pkg.a": ("src/pkg/a.py", False)}


def test_packages_override_can_name_a_folder_discovery_would_exclude():
    paths = ["pkg/__init__.py", "tests/__init__.py", "tests/x.py"]
    assert "tests" not in names(paths)
    assert names(paths, ["tests"]) == {"tests": ("tests/__init__.py", True), "tests.x": ("tests/x.py", False)}


def test_tooling_folders_are_left_out_unless_they_are_packages():
    paths = ["pkg/__init__.py", "scripts/release.py", "tools/__init__.py", "tools/x.py"]
    found = names(paths)
    assert "scripts.release" not in found
    assert "tools.x" in found  # a package named `tools` (e.g. a wheel's top level) is a package


def test_packages_override_finds_a_single_module():
    assert names(["lib/mymod.py", "other.py"], ["mymod"]) == {"mymod": ("lib/mymod.py", False)}


def test_packages_override_for_an_unknown_name_finds_nothing():
    assert names(["pkg/__init__.py"], ["nothere"]) == {}


def test_nothing_to_find():
    assert names([]) == {}
    assert names(["README.md", "tests/test_x.py", "docs/conf.py", "setup.py"]) == {}


# --------------------------------------------------------------------------------------------------
# summarise()


def summ(source: str, is_package: bool = False) -> dict:
    s = summarise(textwrap.dedent(source), "m.py", is_package)
    assert "error" not in s, s.get("error")
    json.dumps(s)  # cacheable: plain JSON data only
    return s


def params(obj: dict) -> list[tuple[str, str, str | None, str | None]]:
    return [tuple(p) for p in obj["params"]]


def test_summary_is_json_round_trippable_and_versioned():
    s = summ("def f(a): pass\nclass C:\n    x: int = 1\n")
    assert json.loads(json.dumps(s)) == s
    assert isinstance(s["v"], int)


def test_positional_only_keyword_only_defaults_and_variadics():
    s = summ("def f(a, b=2, /, c=3, *args, d, e: int = 5, **kw) -> int: ...\n")
    f = s["members"]["f"]
    assert f["k"] == "function" and f["ret"] == "int" and f["async"] is False
    assert params(f) == [
        ("a", "po", None, None),
        ("b", "po", None, "2"),
        ("c", "pk", None, "3"),
        ("args", "vp", None, None),
        ("d", "ko", None, None),
        ("e", "ko", "int", "5"),
        ("kw", "vk", None, None),
    ]


def test_bare_star_keyword_only_and_annotated_variadics():
    s = summ("def f(x: str, *, flag: bool = False, **opts: int): ...\ndef g(*names: str): ...\n")
    assert params(s["members"]["f"]) == [("x", "pk", "str", None), ("flag", "ko", "bool", "False"), ("opts", "vk", "int", None)]
    assert params(s["members"]["g"]) == [("names", "vp", "str", None)]


def test_positional_only_by_dunder_convention():
    s = summ("""
        def f(__x, __y, z): ...
        def g(a, __b): ...
        def h(__dunder__, b): ...
        class C:
            def m(self, __x, y): ...
    """)
    assert [p[1] for p in s["members"]["f"]["params"]] == ["po", "po", "pk"]
    assert [p[1] for p in s["members"]["g"]["params"]] == ["pk", "pk"]  # only leading __x count
    assert [p[1] for p in s["members"]["h"]["params"]] == ["pk", "pk"]  # dunder names are not private
    assert [p[1] for p in s["members"]["C"]["members"]["m"]["params"]] == ["pk", "po", "pk"]  # self skipped


def test_overloads_are_collected_under_the_implementation():
    s = summ("""
        from typing import overload

        @overload
        def conv(x: int) -> int: ...
        @overload
        def conv(x: str) -> str: ...
        def conv(x):
            return x
    """)
    f = s["members"]["conv"]
    assert f["line"] == 8
    assert params(f) == [("x", "pk", None, None)]
    assert [(o["ret"], o["line"], o["params"][0][2]) for o in f["overloads"]] == [("int", 5, "int"), ("str", 7, "str")]
    assert "_pending_overloads" not in f


def test_overloads_in_a_class():
    s = summ("""
        import typing
        class C:
            @typing.overload
            def get(self, k: int) -> int: ...
            @typing.overload
            def get(self, k: str) -> str: ...
            def get(self, k): return k
    """)
    m = s["members"]["C"]["members"]["get"]
    assert m["method"] == "instance"
    assert len(m["overloads"]) == 2


def test_properties_setters_classmethods_staticmethods():
    s = summ("""
        import functools
        class C:
            @property
            def rw(self) -> int:
                return 1
            @rw.setter
            def rw(self, value: int) -> None:
                pass
            @property
            def ro(self) -> str:
                return ""
            @functools.cached_property
            def cached(self) -> int:
                return 2
            @classmethod
            def make(cls, a): ...
            @staticmethod
            def util(a, b=1): ...
            def plain(self): ...
            def __new__(cls): ...
    """)
    members = s["members"]["C"]["members"]
    assert members["rw"] == {"k": "property", "line": 5, "ret": "int", "setter": True}
    assert members["ro"]["k"] == "property" and members["ro"]["setter"] is False and members["ro"]["ret"] == "str"
    assert members["cached"]["k"] == "property" and members["cached"]["setter"] is True
    assert members["make"]["method"] == "class" and params(members["make"])[0] == ("cls", "pk", None, None)
    assert members["util"]["method"] == "static"
    assert members["plain"]["method"] == "instance"
    assert members["__new__"]["method"] == "static"


def test_async_def_and_generators():
    s = summ("""
        async def fetch(url: str) -> bytes: ...
        def gen():
            yield 1
        async def agen():
            yield 1
        def plain():
            return 1
    """)
    m = s["members"]
    assert m["fetch"]["async"] is True and m["fetch"]["ret"] == "bytes"
    assert m["gen"]["async"] is False and m["gen"].get("generator") is True
    assert m["agen"]["async"] is True and m["agen"].get("generator") is True
    assert not m["plain"].get("generator")


def test_instance_attributes_from_self_assignments():
    s = summ("""
        class C:
            declared: int = 0
            def __init__(self, v):
                self.v = v
                self.typed: int = 2
                self.declared = 5
                if v:
                    self.branch = 3
                for _ in range(3):
                    self.looped = 1
                try:
                    self.tried = 1
                except Exception:
                    self.handled = 1
                with open("x") as fh:
                    self.within = fh
                def inner():
                    self.nested = 1
                other.x = 1
            def later(me):
                me.late = 4
    """)
    members = s["members"]["C"]["members"]
    for name in ("v", "typed", "branch", "looped", "tried", "handled", "within", "late"):
        assert members[name]["k"] == "attribute" and members[name]["instance"] is True, name
    assert members["typed"]["ann"] == "int"
    assert members["v"]["line"] == 5
    assert "instance" not in members["declared"]  # the class-level declaration wins
    assert "nested" not in members and "x" not in members


def test_instance_attributes_from_tuple_unpacking():
    s = summ("""
        class C:
            def __init__(self, a, b):
                self.a, self.b = a, b
    """)
    members = s["members"]["C"]["members"]
    assert members["a"]["instance"] is True and members["b"]["instance"] is True


def test_dataclass_fields_defaults_factories_init_false_and_kw_only():
    s = summ("""
        import dataclasses
        from dataclasses import dataclass, field, KW_ONLY
        from typing import ClassVar

        @dataclass(frozen=True)
        class D:
            a: int
            b: list = field(default_factory=list)
            c: int = field(default=3, init=False)
            counter: ClassVar[int] = 0
            _: KW_ONLY
            d: str = "x"
            e: int
            f: int = dataclasses.field(kw_only=False, default=1)
    """)
    cls = s["members"]["D"]
    assert cls["decos"] == ["dataclass"] and cls["deco_kw"] == {"frozen": "True"}
    fields = {f["name"]: f for f in cls["fields"]}
    assert list(fields) == ["a", "b", "c", "d", "e", "f"]  # KW_ONLY sentinel and ClassVar are not fields
    assert fields["a"]["default"] is False and fields["a"]["ann"] == "int"
    assert fields["b"]["default"] is True and "default_factory" in fields["b"]["dtext"]
    assert fields["c"]["init"] is False and fields["c"]["dtext"] == "3"
    assert fields["d"]["kw_only"] is True and fields["d"]["dtext"] == "'x'"
    assert fields["e"]["kw_only"] is True and fields["e"]["default"] is False
    assert fields["f"]["kw_only"] is False
    assert not fields["a"]["kw_only"]
    assert "_" not in cls["members"]
    assert cls["members"]["counter"].get("classvar") is True


def test_functional_namedtuples():
    s = summ("""
        from collections import namedtuple
        import typing
        P = namedtuple("P", "x y")
        Q = namedtuple("Q", ["a", "b", "c"], defaults=[0])
        R = typing.NamedTuple("R", [("n", int), ("s", str)])
    """)
    p = s["members"]["P"]
    assert p["k"] == "class" and p["bases"] == ["collections.namedtuple"] and p.get("functional") is True
    assert [(f["name"], f["default"]) for f in p["fields"]] == [("x", False), ("y", False)]
    assert set(p["members"]) == {"x", "y"}
    q = s["members"]["Q"]
    assert [(f["name"], f["default"]) for f in q["fields"]] == [("a", False), ("b", False), ("c", True)]
    r = s["members"]["R"]
    assert r["bases"] == ["typing.NamedTuple"]
    assert [(f["name"], f["ann"]) for f in r["fields"]] == [("n", "int"), ("s", "str")]


def test_newtype_typevar_and_type_aliases():
    s = summ("""
        from typing import NewType, TypeVar, ParamSpec, Union, Optional, TypeAlias, List
        UserId = NewType("UserId", int)
        T = TypeVar("T", bound=int)
        P = ParamSpec("P")
        Number = Union[int, float]
        MaybeStr = Optional[str]
        Ints: TypeAlias = "List[int]"
        Pair = int | str
        Limit = 10
        Name = "text"
    """)
    m = s["members"]
    assert m["UserId"]["newtype"] == "int"
    assert m["T"].get("typevar") is True and m["P"].get("typevar") is True
    assert m["Number"]["alias"] == "Union[int, float]"
    assert m["MaybeStr"]["alias"] == "Optional[str]"
    assert m["Ints"]["alias"] == "'List[int]'" and m["Ints"]["ann"] is None
    assert m["Pair"]["alias"] == "int | str"
    assert "alias" not in m["Limit"] and m["Limit"]["value"] == "10"
    assert "alias" not in m["Name"]


@pytest.mark.skipif(sys.version_info < (3, 12), reason="the type statement needs Python 3.12")
def test_type_statement_alias():  # pragma: no cover - depends on the interpreter
    s = summ("type Vector = list[float]\n")
    assert s["members"]["Vector"]["alias"] == "list[float]"


def test_type_statement_on_older_python_is_an_error_entry_not_an_exception():
    if sys.version_info >= (3, 12):
        pytest.skip("parses on this interpreter")
    s = summarise("X = 1\ntype Vector = list[float]\n", "m.py")
    assert "needs Python >= 3.12" in s["error"]["message"]
    assert s["error"]["needs"] == "3.12"


def test_final_and_classvar_flags():
    s = summ("""
        from typing import Final, ClassVar
        MAX: Final = 3
        LIMIT: Final[int] = 4
        class C:
            count: ClassVar[int] = 0
            tag: "ClassVar[str]" = "x"
    """)
    assert s["members"]["MAX"].get("final") is True and s["members"]["LIMIT"].get("final") is True
    assert s["members"]["C"]["members"]["count"].get("classvar") is True
    assert s["members"]["C"]["members"]["tag"].get("classvar") is True


@pytest.mark.parametrize("source, expected, refs", [
    ('__all__ = ["a", "b"]', ["a", "b"], []),
    ('__all__ = ("a", "b")', ["a", "b"], []),
    ('__all__: list[str] = ["a"]', ["a"], []),
    ('__all__ = ["a"]\n__all__ += ["b", "c"]', ["a", "b", "c"], []),
    ('__all__ = ["a"]\n__all__.append("b")\n__all__.extend(["c"])', ["a", "b", "c"], []),
    ('__all__ = ["a", "b"]\n__all__.remove("a")', ["b"], []),
    ('from . import sub\n__all__ = sub.__all__ + ["x"]', ["x"], ["sub.__all__"]),
    ('from . import sub\n__all__ = ["x", *sub.__all__]', ["x"], ["sub.__all__"]),
    ('from .models import __all__ as _m\n__all__ = list(_m) + ["y"]', ["y"], ["_m"]),
    ('__all__ = ["a"]\n__all__ = ["z"]', ["z"], []),
])
def test_all_forms(source, expected, refs):
    s = summ(source)
    assert s["all"] == expected
    assert s["all_refs"] == refs
    assert s["all_dynamic"] is False


def test_all_absent_and_dynamic():
    assert summ("x = 1")["all"] is None
    s = summ("__all__ = [n for n in dir() if not n.startswith('_')]")
    assert s["all_dynamic"] is True


def test_imports_are_recorded_with_type_checking_and_star_flags():
    s = summ("""
        import os.path
        import json as j
        from . import sub
        from ..up import thing as other
        from .star import *
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from .models import Model
    """, is_package=True)
    rows = {(i[0], i[1], i[2], i[4], i[5]) for i in s["imports"]}
    assert ("os", "os", None, False, False) in rows
    assert ("", "os.path", None, False, False) in rows
    assert ("j", "json", None, False, False) in rows
    assert ("sub", ".", "sub", False, False) in rows
    assert ("other", "..up", "thing", False, False) in rows
    assert ("*", ".star", "*", False, True) in rows
    assert ("Model", ".models", "Model", True, False) in rows


def test_type_checking_definitions_are_not_members_but_are_remembered():
    s = summ("""
        from typing import TYPE_CHECKING, Protocol
        if TYPE_CHECKING:
            class Sized(Protocol):
                def size(self) -> int: ...
            Alias = int
        else:
            Alias = object
        def f(x: "Sized") -> None: ...
    """)
    assert "Sized" not in s["members"]
    assert "Sized" in s["tc_members"]
    assert "f" in s["members"]


def test_module_getattr_names_and_map():
    s = summ("""
        import warnings
        from ._new import New, _Hidden
        _DEPRECATED = {"Gone": "use New", "Older": "use New"}

        def __getattr__(name):
            if name == "Old":
                warnings.warn("Old is deprecated", DeprecationWarning)
                return New
            if name in ("legacy", "ancient"):
                return globals()[f"_{name}"]
            if name == "Local":
                from .core import _Impl
                return _Impl
            if name == "Attr":
                return New.inner
            if name in _DEPRECATED:
                return New
            raise AttributeError(name)
    """, is_package=True)
    assert s["getattr_map"] == {"Old": "New", "legacy": "_legacy", "ancient": "_ancient", "Local": ".core:_Impl",
                                "Attr": "New.inner", "Gone": "New", "Older": "New"}
    assert set(s["getattr"]) >= {"Old", "legacy", "ancient", "Local", "Attr", "Gone", "Older"}
    assert "__getattr__" in s["members"]


def test_module_getattr_globals_by_name():
    s = summ("""
        def __getattr__(name):
            if name in {"a", "b"}:
                return globals()[name]
            raise AttributeError(name)
    """)
    assert s["getattr_map"] == {"a": "a", "b": "b"}


def test_no_module_getattr():
    s = summ("def f(): pass\n")
    assert s["getattr"] is None and s["getattr_map"] == {}


def test_class_records_bases_keywords_decorators_and_deprecation():
    s = summ("""
        import abc
        from typing_extensions import deprecated
        @deprecated("use New")
        class Old(Base, metaclass=abc.ABCMeta, total=False):
            @abc.abstractmethod
            def run(self) -> None: ...
            @property
            @abc.abstractmethod
            def name(self) -> str: ...
    """)
    c = s["members"]["Old"]
    assert c["bases"] == ["Base"]
    assert c["kw"] == {"metaclass": "abc.ABCMeta", "total": "False"}
    assert c["deprecated"] is True and c["decos"] == ["deprecated"]
    assert c["members"]["run"]["abstract"] is True and c["members"]["run"]["stub"] is True
    assert c["members"]["name"]["k"] == "property" and c["members"]["name"]["abstract"] is True


def test_conditional_definitions_prefer_the_primary_branch():
    s = summ("""
        import sys
        if sys.version_info >= (3, 11):
            def f(a, b): ...
        else:
            def f(a): ...
        try:
            from fast import g
        except ImportError:
            def g(x): ...
    """)
    assert [p[0] for p in s["members"]["f"]["params"]] == ["a", "b"]
    assert "g" in s["members"]  # the fallback is remembered when nothing else defines it


def test_long_default_values_are_shortened():
    s = summ("def f(x=" + repr("y" * 1000) + "): ...\n")
    default = s["members"]["f"]["params"][0][3]
    assert len(default) <= 200


def test_bytes_source_with_bom_and_latin1():
    assert "f" in summarise(b"\xef\xbb\xbfdef f(): pass\n", "m.py")["members"]
    assert "g" in summarise("def g(): return '\xe9'\n".encode("latin-1"), "m.py")["members"]


@pytest.mark.parametrize("source, fragment", [
    ("def f(:\n", "syntax error"),
    ("x = (" * 1000 + "1" + ")" * 1000 + "\n", "syntax error"),
    ("x = " + "+".join(["1"] * 20000) + "\n", "nested"),
    ("\x00", ""),
])
def test_unparsable_sources_give_an_error_entry(source, fragment):
    s = summarise(source, "m.py")
    assert "error" in s
    assert fragment in s["error"]["message"]
