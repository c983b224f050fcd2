"""The API engine end to end on trees written in tmp_path: load_side -> compare_loaded (and compare_dirs)."""

from __future__ import annotations

import sys
import textwrap

import pytest

from changeproof.api import compare_dirs, compare_loaded
from changeproof.api.cache import SummaryCache
from changeproof.model import Finding, Problem

from helpers.api_trees import by_kind, compare_trees, line_of, load, rows, write_tree


def problems_text(problems: list[Problem]) -> str:
    return "\n".join(f"{p.side}:{p.path}: {p.message}" for p in problems)


def only(findings: list[Finding], kind: str) -> Finding:
    found = by_kind(findings, kind)
    assert len(found) == 1, (kind, found)
    return found[0]


# --------------------------------------------------------------------------------------------------
# files that do not parse


TYPE_STMT_NEEDS_312 = pytest.mark.skipif(sys.version_info >= (3, 12), reason="`type X = int` parses on Python >= 3.12")


@TYPE_STMT_NEEDS_312
def test_head_module_needing_newer_python_is_a_problem_not_a_removal(tmp_path):
    old = {
        "pkg/__init__.py": "from .aliases import convert, Table\n",
        "pkg/aliases.py": "def convert(x): ...\nclass Table:\n    def rows(self): ...\n",
        "pkg/other.py": "def stay(): ...\n",
    }
    new = dict(old)
    new["pkg/aliases.py"] = "type X = int\n\ndef convert(x): ...\n"
    findings, problems = compare_trees(tmp_path, old, new)
    assert not [f for f in findings if f.kind in ("object-removed", "export-removed")], findings
    assert not any("aliases" in (f.object or "") or "convert" in (f.object or "") for f in findings), findings
    parse = [p for p in problems if p.path.split(":")[0] == "pkg/aliases.py"]
    assert len(parse) == 1, problems_text(problems)
    assert "needs Python >= 3.12" in parse[0].message
    assert parse[0].side == "head"
    assert parse[0].path == "pkg/aliases.py:1"


@TYPE_STMT_NEEDS_312
def test_star_reexports_of_an_unparsable_module_are_not_removed(tmp_path):
    old = {"pkg/__init__.py": "from ._m import *\n", "pkg/_m.py": "def f(a): ...\ndef g(): ...\n"}
    new = {"pkg/__init__.py": "from ._m import *\n", "pkg/_m.py": "type X = int\ndef f(a): ...\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == []
    assert any("needs Python >= 3.12" in p.message and p.side == "head" for p in problems)


@TYPE_STMT_NEEDS_312
def test_reexport_from_unparsable_module_does_not_claim_the_name_is_missing(tmp_path):
    old = {"pkg/__init__.py": "from .m import f\n", "pkg/m.py": "def f(a): ...\n"}
    new = {"pkg/__init__.py": "from .m import f\n", "pkg/m.py": "type X = int\ndef f(a): ...\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == []
    assert [p.path for p in problems] == ["pkg/m.py:1"], problems_text(problems)


@pytest.mark.parametrize("source, version", [
    ("type Vector = list[float]\n", (3, 12)),
    ("def first[T](items: list[T]) -> T: ...\n", (3, 12)),
    ("class Box[T]:\n    pass\n", (3, 12)),
    ('GREETING = t"hello {name}"\n', (3, 14)),
], ids=["type-statement", "generic-def", "generic-class", "t-string"])
def test_newer_syntax_is_named_with_the_python_it_needs(tmp_path, source, version):
    if sys.version_info >= version:
        pytest.skip("parses on this interpreter")
    old = {"pkg/__init__.py": "from .mod import keep\n", "pkg/mod.py": "def keep(): ...\ndef other(a): ...\n"}
    new = {"pkg/__init__.py": "from .mod import keep\n", "pkg/mod.py": "def keep(): ...\n" + source}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == []
    mine = [p for p in problems if p.path.startswith("pkg/mod.py")]
    assert len(mine) == 1 and mine[0].side == "head"
    assert f"needs Python >= {version[0]}.{version[1]}" in mine[0].message


def test_syntax_error_is_a_problem_and_never_an_exception(tmp_path):
    old = {"pkg/__init__.py": "", "pkg/mod.py": "def f(a): ...\ndef g(): ...\n"}
    new = {"pkg/__init__.py": "", "pkg/mod.py": "def f(a):\n    return (\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == []
    assert len(problems) == 1
    assert problems[0].side == "head" and problems[0].path.startswith("pkg/mod.py")
    assert "syntax error" in problems[0].message


def test_syntax_error_at_base_only_is_a_base_problem_and_head_objects_are_not_added(tmp_path):
    old = {"pkg/__init__.py": "", "pkg/mod.py": "def f(:\n"}
    new = {"pkg/__init__.py": "", "pkg/mod.py": "def f(a): ...\ndef g(): ...\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == []
    assert [(p.side, "syntax error" in p.message) for p in problems] == [("base", True)]


def test_file_broken_on_both_sides_is_reported_once(tmp_path):
    broken = {"pkg/__init__.py": "", "pkg/mod.py": "def f(:\n"}
    _, problems = compare_trees(tmp_path, broken, broken)
    assert len(problems) == 1 and problems[0].side == "head"


def test_loaded_side_records_broken_modules(tmp_path):
    root = write_tree(tmp_path / "t", {"pkg/__init__.py": "", "pkg/bad.py": "def (", "pkg/good.py": "x = 1"})
    side = load(root)
    assert side.broken == {"pkg.bad"}
    assert side.files == 3
    assert len(side.problems) == 1 and "syntax error" in side.problems[0].message


# --------------------------------------------------------------------------------------------------
# dangling names


def test_all_naming_an_undefined_name_is_a_head_problem_when_new(tmp_path):
    old = {"pkg/__init__.py": "def f(): ...\n"}
    new = {"pkg/__init__.py": '__all__ = ["f", "Undefined"]\ndef f(): ...\n'}
    findings, problems = compare_trees(tmp_path, old, new)
    assert not [f for f in findings if f.severity == "breaking"]
    assert len(problems) == 1, problems_text(problems)
    assert problems[0].side == "head" and problems[0].path == "pkg/__init__.py"
    assert "Undefined" in problems[0].message


def test_all_naming_an_undefined_name_at_both_sides_is_not_a_new_problem(tmp_path):
    tree = {"pkg/__init__.py": '__all__ = ["f", "Undefined"]\ndef f(): ...\n'}
    changed = {"pkg/__init__.py": '__all__ = ["f", "Undefined"]\ndef f(a=1): ...\n'}
    findings, problems = compare_trees(tmp_path, tree, changed)
    assert rows(findings) == {("parameter-added-optional", "pkg.f", "a")}
    assert problems == []


@pytest.mark.parametrize("with_all", [True, False], ids=["in-__all__", "no-__all__"])
def test_relative_import_of_a_missing_module_is_a_head_problem(tmp_path, with_all):
    old = {"pkg/__init__.py": "def f(): ...\n"}
    new = {"pkg/__init__.py": "from .missing import X\n" + ('__all__ = ["X", "f"]\n' if with_all else "") + "def f(): ...\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert any("missing" in p.message and p.side == "head" for p in problems), problems_text(problems)


def test_relative_import_of_a_missing_module_never_crashes(tmp_path):
    old = {"pkg/__init__.py": "def f(): ...\n"}
    new = {"pkg/__init__.py": 'from .missing import X\nfrom ._gone import *\n__all__ = ["X", "f", "Y"]\ndef f(): ...\n'}
    findings, problems = compare_trees(tmp_path, old, new)
    assert not [f for f in findings if f.severity == "breaking"]
    assert any("Y" in p.message for p in problems)


def test_dangling_import_already_at_base_is_not_a_new_problem(tmp_path):
    tree = {"pkg/__init__.py": "from ._impl import X\ndef f(): ...\n", "pkg/_impl.py": "Y = 1\n"}
    changed = {"pkg/__init__.py": "from ._impl import X\ndef f(b=2): ...\n", "pkg/_impl.py": "Y = 1\n"}
    findings, problems = compare_trees(tmp_path, tree, changed)
    assert rows(findings) == {("parameter-added-optional", "pkg.f", "b")}
    assert problems == []


def test_dangling_import_new_at_head_is_a_problem(tmp_path):
    old = {"pkg/__init__.py": "from ._impl import X\n", "pkg/_impl.py": "X = 1\n"}
    new = {"pkg/__init__.py": "from ._impl import X\n", "pkg/_impl.py": "Y = 1\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert len(problems) == 1 and problems[0].side == "head" and problems[0].path == "pkg/__init__.py"
    assert "pkg._impl.X" in problems[0].message
    assert not [f for f in findings if f.kind == "object-removed" and f.object == "pkg.X"]


# --------------------------------------------------------------------------------------------------
# the summary cache


def test_cache_second_load_parses_nothing_and_gives_identical_findings(tmp_path):
    old = write_tree(tmp_path / "old", {"pkg/__init__.py": "from ._a import f\n", "pkg/_a.py": "def f(x): ...\n",
                                        "pkg/b.py": "def g(): ...\n"})
    new = write_tree(tmp_path / "new", {"pkg/__init__.py": "from ._a import f\n", "pkg/_a.py": "def f(x, y): ...\n",
                                        "pkg/b.py": "def g(): ...\n"})
    db = tmp_path / "cache" / "summaries.sqlite3"
    cache = SummaryCache(path=db)
    try:
        o1, n1 = load(old, cache=cache, role="base"), load(new, cache=cache)
        first, _ = compare_loaded(o1, n1)
        assert (o1.parsed, o1.files) == (3, 3)
        assert (n1.parsed, n1.files) == (1, 3)  # identical files share their content id with the base
        o2, n2 = load(old, cache=cache, role="base"), load(new, cache=cache)
        second, _ = compare_loaded(o2, n2)
        assert o2.parsed == 0 and n2.parsed == 0
        assert [f.to_json() for f in second] == [f.to_json() for f in first]
        assert rows(first) == {("parameter-added-required", "pkg.f", "y")}
    finally:
        cache.close()
    # a new cache object on the same file: still nothing to parse (persistent across runs)
    again = SummaryCache(path=db)
    try:
        assert load(old, cache=again).parsed == 0
        (old / "pkg" / "b.py").write_text("def g(z): ...\n")
        changed = load(old, cache=again)
        assert changed.parsed == 1
        assert changed.files == 3
        assert load(old, cache=again).parsed == 0
    finally:
        again.close()


def test_cache_keeps_parse_errors_as_problems(tmp_path):
    root = write_tree(tmp_path / "t", {"pkg/__init__.py": "", "pkg/bad.py": "def (\n"})
    cache = SummaryCache(path=tmp_path / "c.sqlite3")
    try:
        first = load(root, cache=cache)
        second = load(root, cache=cache)
    finally:
        cache.close()
    assert second.parsed == 0
    assert [(p.path, p.message) for p in second.problems] == [(p.path, p.message) for p in first.problems]
    assert second.broken == {"pkg.bad"}


def test_disabled_or_unopenable_cache_is_not_fatal(tmp_path):
    root = write_tree(tmp_path / "t", {"pkg/__init__.py": "def f(): ...\n"})
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    for cache in (SummaryCache(enabled=False), SummaryCache(path=blocker / "sub" / "c.sqlite3")):
        try:
            assert load(root, cache=cache).parsed == 1
            assert load(root, cache=cache).parsed == 1
        finally:
            cache.close()


def test_compare_dirs(tmp_path):
    old = write_tree(tmp_path / "o", {"pkg/__init__.py": "def f(a): ...\ndef g(): ...\n"})
    new = write_tree(tmp_path / "n", {"pkg/__init__.py": "def f(a, b): ...\n"})
    assert rows(compare_dirs(old, new)) == {("parameter-added-required", "pkg.f", "b"), ("object-removed", "pkg.g", None)}


# --------------------------------------------------------------------------------------------------
# re-exports


def test_reexport_from_private_module_reports_at_the_public_path_and_the_file_of_definition(tmp_path):
    impl_new = "\n\nclass X:\n    def m(self, a, b): ...\n"
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from ._impl import X\n", "pkg/_impl.py": "class X:\n    def m(self, a): ...\n"},
        {"pkg/__init__.py": "from ._impl import X\n", "pkg/_impl.py": impl_new},
    )
    f = only(findings, "parameter-added-required")
    assert (f.object, f.parameter, f.path, f.line) == ("pkg.X.m", "b", "pkg/_impl.py", line_of(impl_new, "def m"))
    assert len(findings) == 1


def test_moving_between_private_modules_keeping_the_reexport_is_silent(tmp_path):
    old = {
        "pkg/__init__.py": 'from ._a import X, helper as h\n__all__ = ["X", "h"]\n',
        "pkg/_a.py": "class X:\n    def m(self, a: int) -> int: ...\ndef helper(x=1): ...\n",
    }
    new = {
        "pkg/__init__.py": 'from ._b import X\nfrom ._c import helper as h\n__all__ = ["X", "h"]\n',
        "pkg/_b.py": "# moved\n\nclass X:\n    def m(self, a: int) -> int: ...\n",
        "pkg/_c.py": "def helper(x=1): ...\n",
    }
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == [] and problems == []


def test_moving_a_base_class_between_private_modules_keeps_type_identity(tmp_path):
    old = {"pkg/__init__.py": "from ._a import Base, Sub, use\n",
           "pkg/_a.py": "class Base: ...\nclass Sub(Base): ...\ndef use(x: Base) -> Sub: ...\n"}
    new = {"pkg/__init__.py": "from ._b import Base\nfrom ._c import Sub, use\n",
           "pkg/_b.py": "class Base: ...\n",
           "pkg/_c.py": "from ._b import Base\nclass Sub(Base): ...\ndef use(x: Base) -> Sub: ...\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == [] and problems == []


@pytest.mark.parametrize("public", [False, True], ids=["private-impl", "public-impl"])
def test_removing_the_reexport_is_export_removed(tmp_path, public):
    mod = "impl" if public else "_impl"
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": f"from .{mod} import X\n", f"pkg/{mod}.py": "class X:\n    pass\n"},
        {"pkg/__init__.py": "", f"pkg/{mod}.py": "class X:\n    pass\n"},
    )
    f = only(findings, "export-removed")
    assert (f.object, f.severity, f.path, f.line) == ("pkg.X", "breaking", f"pkg/{mod}.py", 1)
    assert f"pkg.{mod}.X" in f.message
    assert len(findings) == 1


def test_removing_a_name_from_all_is_export_removed(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": 'from ._impl import f, g\n__all__ = ["f", "g"]\n', "pkg/_impl.py": "def f(): ...\ndef g(): ...\n"},
        {"pkg/__init__.py": 'from ._impl import f, g\n__all__ = ["f"]\n', "pkg/_impl.py": "def f(): ...\ndef g(): ...\n"},
    )
    assert rows(findings) == {("export-removed", "pkg.g", None)}


def test_import_as_alias_reexport_is_followed(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from ._impl import helper as tool\n", "pkg/_impl.py": "def helper(a): ...\n"},
        {"pkg/__init__.py": "from ._impl import helper as tool\n", "pkg/_impl.py": "def helper(a, b): ...\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.tool", "b")}


def test_public_module_alias_is_followed(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from . import impl as tools\n", "pkg/impl.py": "def f(a): ...\n"},
        {"pkg/__init__.py": "from . import impl as tools\n", "pkg/impl.py": "def f(a, b): ...\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.impl.f", "b")}


def test_removing_a_module_alias_is_export_removed(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "import pkg._impl as impl\n", "pkg/_impl.py": "def f(a): ...\n"},
        {"pkg/__init__.py": "", "pkg/_impl.py": "def f(a): ...\n"},
    )
    f = only(findings, "export-removed")
    assert f.object == "pkg.impl" and "pkg._impl" in f.message


@pytest.mark.parametrize("spelling", ["from . import _impl as impl", "import pkg._impl as impl"])
def test_members_of_a_private_module_behind_a_public_alias_are_api(tmp_path, spelling):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": spelling + "\n", "pkg/_impl.py": "def f(a): ...\ndef g(): ...\n"},
        {"pkg/__init__.py": spelling + "\n", "pkg/_impl.py": "def f(a, b): ...\n"},
    )
    assert ("object-removed", "pkg.impl.g", None) in rows(findings)
    assert ("parameter-added-required", "pkg.impl.f", "b") in rows(findings)


def test_wildcard_import_without_all_exports_public_names_only(tmp_path):
    impl = "def f(a): ...\ndef g(): ...\ndef _private(): ...\n"
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from ._impl import *\n", "pkg/_impl.py": impl},
        {"pkg/__init__.py": "from ._impl import *\n", "pkg/_impl.py": "def f(a, b): ...\n"},
    )
    assert rows(findings) == {("object-removed", "pkg.g", None), ("parameter-added-required", "pkg.f", "b")}
    assert only(findings, "object-removed").path == "pkg/_impl.py"
    assert only(findings, "object-removed").line == 2


def test_wildcard_import_with_all_exports_only_all(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from ._impl import *\n", "pkg/_impl.py": '__all__ = ["f", "g"]\ndef f(a): ...\ndef g(): ...\ndef h(): ...\n'},
        {"pkg/__init__.py": "from ._impl import *\n", "pkg/_impl.py": '__all__ = ["f"]\ndef f(a): ...\ndef g(): ...\n'},
    )
    # h was never exported (not in __all__); g is still defined but no longer exported
    assert rows(findings) == {("export-removed", "pkg.g", None)}


def test_all_augmented_assignment(tmp_path):
    init_old = 'from ._impl import f, h\n__all__ = ["f"]\n__all__ += ["h"]\n'
    init_new = 'from ._impl import f, h\n__all__ = ["f"]\n'
    impl = "def f(a): ...\ndef h(): ...\n"
    findings, _ = compare_trees(tmp_path, {"pkg/__init__.py": init_old, "pkg/_impl.py": impl},
                                {"pkg/__init__.py": init_new, "pkg/_impl.py": impl})
    assert rows(findings) == {("export-removed", "pkg.h", None)}


@pytest.mark.parametrize("spelling", ["import pkg._sub as _sub", "from ._sub import __all__ as _sub_all"])
def test_all_built_from_a_submodule_all(tmp_path, spelling):
    expr = "_sub_all" if "as _sub_all" in spelling else "_sub.__all__"
    init = f'{spelling}\nfrom ._sub import *\nfrom ._o import k\n__all__ = {expr} + ["k"]\n'
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": init, "pkg/_sub.py": '__all__ = ["f", "g"]\ndef f(a): ...\ndef g(): ...\n', "pkg/_o.py": "def k(): ...\n"},
        {"pkg/__init__.py": init, "pkg/_sub.py": '__all__ = ["f"]\ndef f(a, b): ...\ndef g(): ...\n', "pkg/_o.py": "def k(x): ...\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.f", "b"), ("export-removed", "pkg.g", None),
                              ("parameter-added-required", "pkg.k", "x")}


def test_all_built_from_a_submodule_imported_with_from_dot(tmp_path):
    init = 'from . import _sub\nfrom ._sub import *\nfrom ._o import k\n__all__ = _sub.__all__ + ["k"]\n'
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": init, "pkg/_sub.py": '__all__ = ["f", "g"]\ndef f(a): ...\ndef g(): ...\n', "pkg/_o.py": "def k(): ...\n"},
        {"pkg/__init__.py": init, "pkg/_sub.py": '__all__ = ["f"]\ndef f(a, b): ...\ndef g(): ...\n', "pkg/_o.py": "def k(x): ...\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.f", "b"), ("export-removed", "pkg.g", None),
                              ("parameter-added-required", "pkg.k", "x")}


def test_attribute_alias_through_a_submodule_imported_with_from_dot(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from . import _impl\nX = _impl.X\n", "pkg/_impl.py": "class X:\n    def m(self): ...\n"},
        {"pkg/__init__.py": "from . import _impl\nX = _impl.X\n", "pkg/_impl.py": "class X:\n    def m(self, a): ...\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.X.m", "a")}


def test_submodule_changes_are_reported_at_the_submodule(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from . import sub\n", "pkg/sub.py": "def f(a): ...\n"},
        {"pkg/__init__.py": "from . import sub\n", "pkg/sub.py": "def f(a, b): ...\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.sub.f", "b")}


def test_private_names_and_private_modules_are_not_api(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "def _hidden(a): ...\nclass C:\n    def _m(self): ...\n", "pkg/_internal.py": "def f(): ...\n"},
        {"pkg/__init__.py": "class C:\n    pass\n", "pkg/_internal.py": ""},
    )
    assert findings == []


def test_import_cycles_and_self_wildcards_terminate(tmp_path):
    tree = {
        "pkg/__init__.py": "from pkg import *\nfrom . import *\nfrom .a import *\nimport pkg.sub\ndef f(): ...\n",
        "pkg/a.py": "from .b import *\ndef fa(): ...\n",
        "pkg/b.py": "from .a import *\nimport pkg\n__all__ = pkg.__all__ if False else ['fb']\ndef fb(): ...\n",
        "pkg/sub/__init__.py": "from .. import *\nfrom .x import Y as Z\n",
        "pkg/sub/x.py": "from . import Z as Y\nclass A(A): ...\nclass B(C): ...\nclass C(B): ...\nP = Q\nQ = P\n",
    }
    changed = {k: v + "\nNEW = 1\n" for k, v in tree.items()}
    findings, _ = compare_trees(tmp_path, tree, changed)
    assert ("object-added", "pkg.NEW", None) in rows(findings)
    assert not [f for f in findings if f.severity == "breaking"]


# --------------------------------------------------------------------------------------------------
# deprecation shims


def test_getattr_shim_returning_the_replacement_is_deprecated_not_removed(tmp_path):
    new_init = """\
        import warnings


        class New:
            def run(self): ...


        def __getattr__(name):
            if name == "Old":
                warnings.warn("Old is deprecated, use New", DeprecationWarning, stacklevel=2)
                return New
            raise AttributeError(name)
    """
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "class Old:\n    def run(self): ...\nclass New:\n    def run(self): ...\n"},
        {"pkg/__init__.py": new_init},
    )
    assert rows(findings) == {("deprecated", "pkg.Old", None)}
    f = findings[0]
    assert f.severity == "info" and f.path == "pkg/__init__.py"


def test_getattr_shim_through_globals(tmp_path):
    new_init = textwrap.dedent("""\
        import warnings

        def _old_fn(a): ...

        def __getattr__(name):
            if name in ("old_fn",):
                warnings.warn(f"{name} is deprecated", DeprecationWarning)
                return globals()[f"_{name}"]
            raise AttributeError(name)
    """)
    findings, _ = compare_trees(tmp_path, {"pkg/__init__.py": "def old_fn(a): ...\n"}, {"pkg/__init__.py": new_init})
    assert rows(findings) == {("deprecated", "pkg.old_fn", None)}
    # what the shim serves is compared with what was there
    broken = new_init.replace("def _old_fn(a)", "def _old_fn(a, b)")
    findings, _ = compare_trees(tmp_path / "2", {"pkg/__init__.py": "def old_fn(a): ...\n"}, {"pkg/__init__.py": broken})
    assert rows(findings) == {("deprecated", "pkg.old_fn", None), ("parameter-added-required", "pkg.old_fn", "b")}


def test_getattr_shim_with_a_function_local_import(tmp_path):
    new_init = textwrap.dedent("""\
        import warnings

        def __getattr__(name):
            if name == "Old":
                from ._core import _New
                warnings.warn("use New", DeprecationWarning)
                return _New
            raise AttributeError(name)
    """)
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from ._core import Old\n", "pkg/_core.py": "class Old:\n    def m(self, a): ...\n"},
        {"pkg/__init__.py": new_init, "pkg/_core.py": "class _New:\n    def m(self, a): ...\n"},
    )
    assert rows(findings) == {("deprecated", "pkg.Old", None)}


def test_getattr_shim_listing_names_in_a_dict(tmp_path):
    new_init = '_MOVED = {"a": "b"}\ndef b(): ...\ndef __getattr__(name):\n    if name in _MOVED:\n        return b\n    raise AttributeError(name)\n'
    findings, _ = compare_trees(tmp_path, {"pkg/__init__.py": "def a(): ...\ndef b(): ...\n"}, {"pkg/__init__.py": new_init})
    assert rows(findings) == {("deprecated", "pkg.a", None)}


def test_getattr_that_does_not_serve_the_name_is_a_removal(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "class Old: ...\n"},
        {"pkg/__init__.py": 'def __getattr__(name):\n    if name == "Other":\n        return 1\n    raise AttributeError(name)\n'},
    )
    assert ("object-removed", "pkg.Old", None) in rows(findings)
    assert not by_kind(findings, "deprecated")


def test_deprecated_decorator(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "def f(a): ...\n"},
        {"pkg/__init__.py": 'from typing_extensions import deprecated\n@deprecated("use g")\ndef f(a): ...\n'},
    )
    assert rows(findings) == {("deprecated", "pkg.f", None)}


# --------------------------------------------------------------------------------------------------
# TYPE_CHECKING


def _tc_tree(annotation: str) -> dict:
    return {
        "pkg/__init__.py": "from .api import use\n",
        "pkg/models.py": "class Foo: ...\nclass SubFoo(Foo): ...\n",
        "pkg/api.py": textwrap.dedent(f"""\
            from __future__ import annotations
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from .models import Foo, SubFoo

            def use(x: "{annotation}") -> None: ...
        """),
    }


def test_type_checking_import_optional_is_widened_not_risk(tmp_path):
    findings, _ = compare_trees(tmp_path, _tc_tree("Foo"), _tc_tree("Foo | None"))
    f = only(findings, "parameter-type-widened")
    assert (f.object, f.parameter, f.severity) == ("pkg.api.use", "x", "info")
    assert len(findings) == 1


def test_type_checking_import_subclass_relation_is_resolved(tmp_path):
    findings, _ = compare_trees(tmp_path / "a", _tc_tree("SubFoo"), _tc_tree("Foo"))
    assert [(f.kind, f.severity) for f in findings] == [("parameter-type-widened", "info")]
    findings, _ = compare_trees(tmp_path / "b", _tc_tree("Foo"), _tc_tree("SubFoo"))
    assert [(f.kind, f.severity) for f in findings] == [("parameter-type-narrowed", "breaking")]


def test_unknown_names_give_risk_where_resolved_ones_do_not(tmp_path):
    # the control: without the TYPE_CHECKING import the engine cannot relate the two names
    def tree(ann):
        return {"pkg/__init__.py": f'def use(x: "{ann}") -> None: ...\n'}
    findings, _ = compare_trees(tmp_path, tree("SubFoo"), tree("Foo"))
    assert [(f.kind, f.severity) for f in findings] == [("parameter-type-narrowed", "risk")]


# --------------------------------------------------------------------------------------------------
# implementations and inheritance


def test_implementation_falling_back_to_a_protocol_stub_is_removed(tmp_path):
    base = "from typing import Protocol\nclass P(Protocol):\n    def run(self) -> int: ...\n"
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": base + "class Impl(P):\n    def run(self) -> int:\n        return 1\n"},
        {"pkg/__init__.py": base + "class Impl(P):\n    pass\n"},
    )
    f = only(findings, "object-removed")
    assert (f.object, f.severity, f.path, f.line) == ("pkg.Impl.run", "breaking", "pkg/__init__.py", 5)
    assert len(findings) == 1


def test_implementation_falling_back_to_an_abstract_declaration_is_removed(tmp_path):
    base = "from abc import ABC, abstractmethod\nclass B(ABC):\n    @abstractmethod\n    def run(self) -> int: ...\n"
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": base + "class Impl(B):\n    def run(self) -> int:\n        return 1\n"},
        {"pkg/__init__.py": base + "class Impl(B):\n    pass\n"},
    )
    assert rows(findings) == {("object-removed", "pkg.Impl.run", None)}
    assert "instantiated" in findings[0].message


def test_concrete_method_moved_into_a_concrete_base_is_not_removed(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "class B:\n    pass\nclass Impl(B):\n    def run(self, a) -> int:\n        return 1\n"},
        {"pkg/__init__.py": "class B:\n    def run(self, a) -> int:\n        return 1\nclass Impl(B):\n    pass\n"},
    )
    assert not [f for f in findings if f.severity != "info"], findings
    assert ("object-added", "pkg.B.run", None) in rows(findings)
    assert not [f for f in findings if f.object and f.object.startswith("pkg.Impl")]


def test_method_moved_into_a_private_base_in_another_module_is_not_removed(tmp_path):
    old = {"pkg/__init__.py": "from ._impl import Impl\n", "pkg/_impl.py": "class Impl:\n    def run(self, a) -> int:\n        return 1\n"}
    new = {"pkg/__init__.py": "from ._impl import Impl\n",
           "pkg/_impl.py": "from ._base import _Base\nclass Impl(_Base):\n    pass\n",
           "pkg/_base.py": "class _Base:\n    def run(self, a) -> int:\n        return 1\n"}
    findings, problems = compare_trees(tmp_path, old, new)
    assert findings == [] and problems == []


def test_method_moved_into_a_base_is_still_compared(tmp_path):
    old = {"pkg/__init__.py": "from ._impl import Impl\n", "pkg/_impl.py": "class Impl:\n    def run(self, a) -> int:\n        return 1\n"}
    new = {"pkg/__init__.py": "from ._impl import Impl\n",
           "pkg/_impl.py": "from ._base import _Base\nclass Impl(_Base):\n    pass\n",
           "pkg/_base.py": "\nclass _Base:\n    def run(self) -> int:\n        return 1\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    f = only(findings, "parameter-removed")
    assert (f.object, f.parameter, f.path, f.line) == ("pkg.Impl.run", "a", "pkg/_base.py", 3)
    assert len(findings) == 1


def test_member_removed_while_an_unknown_external_base_is_added_is_risk(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "class C:\n    def run(self): ...\n    def keep(self): ...\n"},
        {"pkg/__init__.py": "from extlib import Base\nclass C(Base):\n    def keep(self): ...\n"},
    )
    f = only(findings, "object-removed")
    assert (f.object, f.severity) == ("pkg.C.run", "risk")
    assert "extlib.Base" in f.message


def test_member_removed_without_a_new_base_is_breaking(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "class C:\n    def run(self): ...\n    def keep(self): ...\n"},
        {"pkg/__init__.py": "class C:\n    def keep(self): ...\n"},
    )
    f = only(findings, "object-removed")
    assert (f.object, f.severity, f.line) == ("pkg.C.run", "breaking", 2)


# --------------------------------------------------------------------------------------------------
# records: enums, dataclasses, NamedTuple, TypedDict, attrs, pydantic


def test_enum_member_removed_and_value_changed(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n    BLUE = 3\n"},
        {"pkg/__init__.py": "import enum\nclass Color(enum.Enum):\n    RED = 1\n    BLUE = 4\n"},
    )
    assert rows(findings) == {("enum-member-removed", "pkg.Color.GREEN", None),
                              ("enum-member-value-changed", "pkg.Color.BLUE", None)}
    removed = only(findings, "enum-member-removed")
    assert (removed.severity, removed.line) == ("breaking", 4)


def test_dataclass_field_without_default_is_a_required_init_parameter(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from dataclasses import dataclass\n@dataclass\nclass D:\n    a: int\n"},
        {"pkg/__init__.py": "from dataclasses import dataclass, field\n@dataclass\nclass D:\n    a: int\n    b: str\n"
                            "    c: list = field(default_factory=list)\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.D.__init__", "b"), ("object-added", "pkg.D.c", None)}


def test_dataclass_kw_only_field_added_after_sentinel(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from dataclasses import dataclass, KW_ONLY\n@dataclass\nclass D:\n    a: int\n"},
        {"pkg/__init__.py": "from dataclasses import dataclass, KW_ONLY\n@dataclass\nclass D:\n    a: int\n    _: KW_ONLY\n    b: str\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.D.__init__", "b")}


def test_namedtuple_field_added(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from typing import NamedTuple\nclass N(NamedTuple):\n    a: int\n"},
        {"pkg/__init__.py": "from typing import NamedTuple\nclass N(NamedTuple):\n    a: int\n    b: str\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.N.__init__", "b")}


def test_functional_namedtuple_field_added(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": 'from collections import namedtuple\nP = namedtuple("P", "x y")\n'},
        {"pkg/__init__.py": 'from collections import namedtuple\nP = namedtuple("P", "x y z")\n'},
    )
    assert ("parameter-added-required", "pkg.P.__init__", "z") in rows(findings)


def test_typeddict_total_false_field_added_is_optional(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from typing import TypedDict\nclass T(TypedDict, total=False):\n    a: int\n"},
        {"pkg/__init__.py": "from typing import TypedDict\nclass T(TypedDict, total=False):\n    a: int\n    b: str\n"},
    )
    assert not [f for f in findings if f.severity != "info"], findings
    assert ("object-added", "pkg.T.b", None) in rows(findings)


def test_typeddict_total_field_added_is_required(tmp_path):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "from typing import TypedDict\nclass T(TypedDict):\n    a: int\n"},
        {"pkg/__init__.py": "from typing import TypedDict\nclass T(TypedDict):\n    a: int\n    b: str\n"},
    )
    assert rows(findings) == {("parameter-added-required", "pkg.T.__init__", "b")}


@pytest.mark.parametrize("imp, deco", [("from attrs import define", "@define"), ("import attrs", "@attrs.define"),
                                       ("import attr", "@attr.s(auto_attribs=True)")])
def test_attrs_field_added(tmp_path, imp, deco):
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": f"{imp}\n{deco}\nclass A:\n    a: int\n"},
        {"pkg/__init__.py": f"{imp}\n{deco}\nclass A:\n    a: int\n    _b: str\n"},
    )
    # attrs strips the leading underscore from the __init__ argument
    assert rows(findings) == {("parameter-added-required", "pkg.A.__init__", "b")}


def test_pydantic_field_added_is_required_keyword_only(tmp_path):
    old = {"pkg/__init__.py": "from pydantic import BaseModel\nclass M(BaseModel):\n    a: int\n"}
    new = {"pkg/__init__.py": "from pydantic import BaseModel\nclass M(BaseModel):\n    a: int\n    b: str\n    c: int = 0\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    assert rows(findings) == {("parameter-added-required", "pkg.M.__init__", "b"), ("object-added", "pkg.M.c", None)}
    side = load(tmp_path / "new").model
    init = side.synthesised_init(side.class_info("d:pkg:M"))
    assert [p[:2] for p in init["params"]] == [["self", "pk"], ["a", "ko"], ["b", "ko"], ["c", "ko"]]


def test_pydantic_subclass_of_a_project_model(tmp_path):
    base = "from pydantic import BaseModel\nclass Base(BaseModel):\n    a: int\n"
    findings, _ = compare_trees(
        tmp_path,
        {"pkg/__init__.py": base + "class M(Base):\n    pass\n"},
        {"pkg/__init__.py": base + "class M(Base):\n    b: str\n"},
    )
    assert ("parameter-added-required", "pkg.M.__init__", "b") in rows(findings)


# --------------------------------------------------------------------------------------------------
# one-sided and odd inputs: never an exception


def _big_module(n: int) -> str:
    return "".join(f"def f{i}(a, b=1, *, c: int = 2) -> int:\n    return a\n\n" for i in range(n))


@pytest.mark.parametrize("tree", [
    {},
    {"README.md": "nothing here\n"},
    {"pkg/__init__.py": ""},
    {"pkg/__init__.py": "def f(): ...\n"},
    {"pkg/__init__.py": "", "pkg/big.py": _big_module(2000)},
    {"pkg/__init__.py": "X = " + "(" * 1000 + "1" + ")" * 1000 + "\n"},
    {"pkg/__init__.py": "X = " + "[" * 1000 + "]" * 1000 + "\n"},
    {"pkg/__init__.py": "X = " + " + ".join(["1"] * 20000) + "\n"},
    {"pkg/__init__.py": "def f(x=" + "-" * 5000 + "1): ...\n"},
    {"pkg/__init__.py": "X: " + "List[" * 150 + "int" + "]" * 150 + "\n"},
    {"pkg/__init__.py": b"\xff\xfe\x00garbage\x00"},
    {"pkg/__init__.py": "\ufeffdef f(): ...\n"},
], ids=["nothing", "no-python", "empty-init", "only-init", "2000-functions", "nested-parens", "nested-lists",
        "long-binop", "long-unary", "nested-subscripts", "binary-garbage", "bom"])
@pytest.mark.parametrize("direction", ["added", "removed"])
def test_one_sided_trees_never_raise(tmp_path, tree, direction):
    old, new = ({}, tree) if direction == "added" else (tree, {})
    findings, problems = compare_trees(tmp_path, old, new)
    for f in findings:
        assert f.kind in ("object-added", "object-removed")
        assert f.kind == ("object-added" if direction == "added" else "object-removed")
    for p in problems:
        assert p.side == ("head" if direction == "added" else "base") and p.message


def test_module_with_2000_functions_reports_the_one_change(tmp_path):
    src = _big_module(2000)
    findings, problems = compare_trees(
        tmp_path,
        {"pkg/__init__.py": "", "pkg/big.py": src},
        {"pkg/__init__.py": "", "pkg/big.py": src.replace("def f1234(a, b=1,", "def f1234(a, b=2,")},
    )
    assert rows(findings) == {("parameter-default-changed", "pkg.big.f1234", "b")}
    assert findings[0].line == 1234 * 3 + 1
    assert problems == []


def test_deeply_nested_expression_on_both_sides_is_a_problem(tmp_path):
    deep = {"pkg/__init__.py": "def f(): ...\n", "pkg/deep.py": "X = " + "(" * 1000 + "1" + ")" * 1000 + "\n"}
    findings, problems = compare_trees(tmp_path, deep, deep)
    assert findings == []
    assert [p.path.split(":")[0] for p in problems] == ["pkg/deep.py"]


def test_identical_trees_have_no_findings(tmp_path):
    tree = {"pkg/__init__.py": "from ._a import *\n", "pkg/_a.py": _big_module(50),
            "pkg/models.py": "from dataclasses import dataclass\n@dataclass\nclass D:\n    a: int\n"}
    findings, problems = compare_trees(tmp_path, tree, tree)
    assert findings == [] and problems == []


# --------------------------------------------------------------------------------------------------
# rename hints need evidence


@pytest.mark.parametrize("old_src, new_src, hinted", [
    # two unrelated flags that happen to share a slot, a type and a default: no evidence of a rename
    ("class R:\n    def __init__(self, charset: str = 'utf-8', mix_stderr: bool = True) -> None: ...\n",
     "class R:\n    def __init__(self, charset: str = 'utf-8', catch_exceptions: bool = True) -> None: ...\n", None),
    # required at the same slot: positional calls still bind, the keyword is what changed
    ("def add_source(multi_cmd): ...\n", "def add_source(group): ...\n", "group"),
    # names alike
    ("def open_file(fname=None): ...\n", "def open_file(filename=None): ...\n", "filename"),
    # the new function still handles the old name (a shim)
    ("def f(x, colour=None): ...\n",
     "import warnings\ndef f(x, tint=None, **kw):\n    if 'colour' in kw:\n        tint = kw.pop('colour')\n", "tint"),
    # the same project class at the same slot
    ("class Session: ...\ndef send(req, sess: Session = None): ...\n",
     "class Session: ...\ndef send(req, client: Session = None): ...\n", "client"),
], ids=["unrelated-flags", "required-same-slot", "names-alike", "shim", "same-project-type"])
def test_rename_is_suggested_only_with_evidence(tmp_path, old_src, new_src, hinted):
    import ast as _ast

    old_fn = [n for n in _ast.walk(_ast.parse(old_src)) if isinstance(n, _ast.FunctionDef)][-1]
    new_fn = [n for n in _ast.walk(_ast.parse(new_src)) if isinstance(n, _ast.FunctionDef)][-1]
    removed = ({a.arg for a in old_fn.args.args} - {a.arg for a in new_fn.args.args}).pop()
    findings, _ = compare_trees(tmp_path, {"pkg/__init__.py": old_src}, {"pkg/__init__.py": new_src})
    removed_findings = [f for f in findings if f.kind == "parameter-removed" and f.parameter == removed]
    if hinted == "tint":  # the shim keeps the old keyword working and positional calls bind the renamed slot
        assert removed_findings == [], findings
        return
    assert len(removed_findings) == 1, findings
    message = removed_findings[0].message
    if hinted is None:
        assert "renamed" not in message, message
    else:
        assert f"renamed to `{hinted}`?" in message, message


def test_positional_parameter_renamed_in_place_without_a_shim_breaks_keyword_callers(tmp_path):
    old = {"pkg/__init__.py": "def to_csv(path, line_terminator=None): ...\n"}
    new = {"pkg/__init__.py": "def to_csv(path, lineterminator=None, **kwargs): ...\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    removed = only(findings, "parameter-removed")
    assert (removed.parameter, removed.severity) == ("line_terminator", "breaking")
    assert "`**kwargs`" in removed.message and "lineterminator" in removed.message


def test_default_change_message_says_what_the_body_did(tmp_path):
    old = {"pkg/__init__.py": "def page(size=None):\n    if size is None:\n        size = 100\n    return size\n"
                              "def find(limit=None):\n    return limit\n"}
    new = {"pkg/__init__.py": "def page(size=50):\n    return size\n"
                              "def find(limit=10):\n    return limit\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    by_obj = {f.object: f for f in by_kind(findings, "parameter-default-changed")}
    assert set(by_obj) == {"pkg.page", "pkg.find"}
    assert "replaced by `100`" in by_obj["pkg.page"].message
    assert "found no statement in the old body" in by_obj["pkg.find"].message


def test_removing_args_that_only_fed_a_keyword_only_base_breaks_nothing(tmp_path):
    base = "class Field:\n    def __init__(self, *, required=False, **meta): ...\n"
    old = {"pkg/__init__.py": base + "class Email(Field):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n"
                                     "class Url(Loose):\n    def __init__(self, *args, **kwargs):\n        super().__init__(*args, **kwargs)\n"
                                     "class Loose:\n    def __init__(self, value=None): ...\n"}
    new = {"pkg/__init__.py": base + "class Email(Field):\n    def __init__(self, **kwargs):\n        super().__init__(**kwargs)\n"
                                     "class Url(Loose):\n    def __init__(self, **kwargs):\n        super().__init__(**kwargs)\n"
                                     "class Loose:\n    def __init__(self, value=None): ...\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    # Email(*args) only ever reached Field.__init__, which takes no positional argument: no valid call changes.
    # Url(*args) reached Loose.__init__(value): Url("x") worked and now fails.
    assert rows(findings) == {("parameter-removed", "pkg.Url.__init__", "args")}


def test_required_parameter_renamed_next_to_args_and_kwargs_is_one_keyword_break(tmp_path):
    old = {"pkg/__init__.py": "class Render:\n    def loads(self, json_data, *args, **kwargs): ...\n"}
    new = {"pkg/__init__.py": "class Render:\n    def loads(self, s, *args, **kwargs): ...\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    assert rows(findings) == {("parameter-removed", "pkg.Render.loads", "json_data")}
    assert "renamed to `s`" in findings[0].message


def test_return_type_naming_a_private_base_merged_into_its_subclass_is_narrowed(tmp_path):
    old = {"pkg/__init__.py": "from typing import Iterator\nclass BaseSpec: ...\nclass _Individual(BaseSpec):\n"
                              "    def contains(self, v) -> bool: ...\nclass Legacy(_Individual): ...\n"
                              "class Spec(_Individual): ...\nclass Set:\n    def __iter__(self) -> Iterator[_Individual]: ...\n"
                              "    def first(self) -> _Individual: ...\n"}
    new = {"pkg/__init__.py": "from typing import Iterator\nclass BaseSpec: ...\nclass Spec(BaseSpec):\n"
                              "    def contains(self, v) -> bool: ...\nclass Set:\n    def __iter__(self) -> Iterator[Spec]: ...\n"
                              "    def first(self) -> BaseSpec: ...\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    got = {(f.kind, f.object, f.severity) for f in findings}
    # Spec was already an _Individual at base: every value __iter__ yields now is one the old type promised
    assert ("return-type-narrowed", "pkg.Set.__iter__", "info") in got
    # BaseSpec was a base of _Individual, not a subclass: first() may return what it did not promise
    assert ("return-type-widened", "pkg.Set.first", "breaking") in got


def test_version_dunder_through_a_shim_is_deprecated_then_removed(tmp_path):
    shim = ("import warnings\ndef f(): ...\ndef __getattr__(name):\n    if name == '__version__':\n"
            "        warnings.warn('use importlib.metadata', DeprecationWarning)\n        return '2.0'\n"
            "    if name == '__path__':\n        raise AttributeError(name)\n    raise AttributeError(name)\n")
    defined = {"pkg/__init__.py": "__version__ = '1.0'\ndef f(): ...\n"}
    served = {"pkg/__init__.py": shim}
    gone = {"pkg/__init__.py": "def f(): ...\n"}
    findings, _ = compare_trees(tmp_path / "a", defined, served)
    assert [(f.kind, f.object) for f in findings] == [("deprecated", "pkg.__version__")]
    findings, _ = compare_trees(tmp_path / "b", served, gone)
    assert [(f.kind, f.object, f.severity) for f in findings] == [("object-removed", "pkg.__version__", "breaking")]


def test_classes_that_swap_places_in_the_hierarchy_are_risk_not_breaking(tmp_path):
    # click 8.2: Group(MultiCommand) became MultiCommand(Group), a deprecated alias subclass
    old = {"pkg/__init__.py": "class MultiCommand:\n    def add(self, c) -> None: ...\nclass Group(MultiCommand): ...\n"
                              "class Collection:\n    sources: list[MultiCommand]\n    def first(self) -> MultiCommand: ...\n"
                              "    def other(self) -> Group: ...\n"}
    new = {"pkg/__init__.py": "class Group:\n    def add(self, c) -> None: ...\nclass MultiCommand(Group): ...\n"
                              "class Collection:\n    sources: list[Group]\n    def first(self) -> Group: ...\n"
                              "    def other(self) -> object: ...\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    got = {(f.kind, f.object): f.severity for f in findings}
    assert got[("return-type-widened", "pkg.Collection.first")] == "risk"
    assert got[("attribute-type-changed", "pkg.Collection.sources")] == "risk"
    assert got[("return-type-widened", "pkg.Collection.other")] == "breaking"  # object never was a Group
    assert got[("base-class-removed", "pkg.Group")] == "breaking"  # the relation itself is reported, once


def test_a_per_call_value_moved_into_the_default_is_a_change(tmp_path):
    old = {"pkg/__init__.py": "import time\ndef log(msg, ts=None):\n    if ts is None:\n        ts = time.time()\n"
                              "def add(item, bag=None):\n    bag = bag if bag is not None else []\n    bag.append(item)\n"
                              "def get(url, timeout=None):\n    timeout = timeout if timeout is not None else 30\n"}
    new = {"pkg/__init__.py": "import time\ndef log(msg, ts=time.time()):\n    pass\n"
                              "def add(item, bag=[]):\n    bag.append(item)\n"
                              "def get(url, timeout=30):\n    pass\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    # evaluated once at definition time instead of on every call: a shared list, a frozen timestamp
    assert rows(findings) == {("parameter-default-changed", "pkg.log", "ts"), ("parameter-default-changed", "pkg.add", "bag")}


def test_new_required_parameter_that_old_varargs_carried(tmp_path):
    old = {"pkg/__init__.py": "class Conn:\n    def __init__(self, *args, **kw):\n        self.opts = kw.pop('_opts')\n"
                              "def route(rule, **options): ...\n"}
    new = {"pkg/__init__.py": "class Conn:\n    def __init__(self, host, _opts, **kw): ...\n"
                              "def route(rule, methods, **options): ...\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    got = {(f.kind, f.object, f.parameter): f.severity for f in findings if f.kind == "parameter-added-required"}
    # host: callers passed it through *args (risk); _opts: the old body read it from **kw by name (no finding);
    # methods: nothing read it before, so calls omitted it (breaking)
    assert got == {("parameter-added-required", "pkg.Conn.__init__", "host"): "risk",
                   ("parameter-added-required", "pkg.route", "methods"): "breaking"}


def test_import_fallback_in_except_importerror_is_not_an_attribute(tmp_path):
    old = {"pkg/__init__.py": "try:\n    import ipaddress\nexcept ImportError:\n    ipaddress = None\n"
                              "try:\n    from ssl import OP_A, OP_B\nexcept ImportError:\n    OP_A, OP_B = 1, 2\n"
                              "try:\n    from json import loads\nexcept ImportError:\n    loads = None\n    FALLBACK = True\n"}
    new = {"pkg/__init__.py": "import ipaddress\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    # the names were imports (not API of this non-package module's namespace); FALLBACK was a real definition
    assert rows(findings) == {("object-removed", "pkg.FALLBACK", None)}


def test_base_unresolved_at_base_and_the_same_name_now_is_not_a_lost_base(tmp_path):
    old = {"pkg/__init__.py": "from .six.moves.http_client import HTTPConnection as _HTTPConnection\n"
                              "class HTTPConnection(_HTTPConnection): ...\nclass Other(_HTTPConnection): ...\n",
           "pkg/six.py": "moves = None\n"}
    new = {"pkg/__init__.py": "from http.client import HTTPConnection as _HTTPConnection\n"
                              "class HTTPConnection(_HTTPConnection): ...\nclass Other: ...\n",
           "pkg/six.py": "moves = None\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    assert ("base-class-removed", "pkg.HTTPConnection", None) not in rows(findings)
    assert ("base-class-removed", "pkg.Other", None) in rows(findings)


def test_a_conditional_fallback_does_not_replace_the_class_defined_above(tmp_path):
    src = ("try:\n    import ssl\nexcept ImportError:\n    ssl = None\n"
           "class HTTPSConnection:\n    tls_in_tls_required = False\n    def connect(self): ...\n"
           "class DummyConnection: ...\nif not ssl:\n    HTTPSConnection = DummyConnection\n")
    old = {"pkg/__init__.py": src}
    new = {"pkg/__init__.py": src.replace("    tls_in_tls_required = False\n", "")}
    findings, _ = compare_trees(tmp_path, old, new)
    assert rows(findings) == {("object-removed", "pkg.HTTPSConnection.tls_in_tls_required", None)}


def test_properties_of_a_project_metaclass_are_class_attributes(tmp_path):
    meta = ("import warnings\nclass _RetryMeta(type):\n    @property\n    def BACKOFF_MAX(cls):\n"
            "        warnings.warn('use DEFAULT_BACKOFF_MAX', DeprecationWarning)\n        return cls.DEFAULT_BACKOFF_MAX\n"
            "    def helper(cls): ...\n")
    old = {"pkg/__init__.py": meta + "class Retry(metaclass=_RetryMeta):\n    DEFAULT_BACKOFF_MAX = 120\n"
                              "import six\nclass _OtherMeta(type):\n    @property\n    def BACKOFF_MAX(cls):\n        return 1\n"
                              "@six.add_metaclass(_OtherMeta)\nclass Retry2(object):\n    DEFAULT_BACKOFF_MAX = 120\n"}
    new = {"pkg/__init__.py": "class Retry:\n    DEFAULT_BACKOFF_MAX = 120\nclass Retry2:\n    DEFAULT_BACKOFF_MAX = 120\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    assert rows(findings) == {("object-removed", "pkg.Retry.BACKOFF_MAX", None), ("object-removed", "pkg.Retry2.BACKOFF_MAX", None)}


def test_variadics_that_only_fed_an_external_base_replaced_by_explicit_parameters_are_risk(tmp_path):
    old = {"pkg/__init__.py": "from http.client import HTTPConnection as _Base\nclass Conn(_Base):\n"
                              "    def putrequest(self, method, url, *args, **kwargs):\n"
                              "        return _Base.putrequest(self, method, url, *args, **kwargs)\n"
                              "    def request(self, method, url, *args, **kwargs):\n        return self._go(method, url, *args, **kwargs)\n"}
    new = {"pkg/__init__.py": "from http.client import HTTPConnection as _Base\nclass Conn(_Base):\n"
                              "    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):\n"
                              "        return super().putrequest(method, url, skip_host, skip_accept_encoding)\n"
                              "    def request(self, method, url, body=None, headers=None):\n        return self._go(method, url, body, headers)\n"}
    findings, _ = compare_trees(tmp_path, old, new)
    got = {(f.object, f.parameter): f.severity for f in findings if f.kind == "parameter-removed"}
    # putrequest's variadics only fed http.client's putrequest: unknowable, risk; request's went elsewhere: breaking
    assert got == {("pkg.Conn.putrequest", "args"): "risk", ("pkg.Conn.putrequest", "kwargs"): "risk",
                   ("pkg.Conn.request", "args"): "breaking", ("pkg.Conn.request", "kwargs"): "breaking"}
