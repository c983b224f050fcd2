"""Bridges the linked API model and the type lattice: how annotation names resolve, and the project's class
hierarchy, NewTypes and type aliases as the lattice sees them."""

from __future__ import annotations

import re
from functools import lru_cache

from . import types as T
from .linker import ApiModel


class TypeResolver:
    """Resolution of annotation names for one side."""

    def __init__(self, side: ApiModel, prefer: set[str] | None = None, same_as: dict[str, str] | None = None):
        self.side = side
        self.prefer = prefer or set()  # names the other side uses: an alias path in here wins (renamed classes)
        self.same_as = same_as or {}  # target -> the other side's name for the same class (moved, re-homed)
        self._names: dict[str, str] = {}  # canonical type name -> target
        self._canon: dict[str, str] = {}
        self._paths: dict[str, list[str]] | None = None

    def paths_of(self, target: str) -> list[str]:
        if self._paths is None:
            self._paths = {}
            for path, e in self.side.entries.items():
                self._paths.setdefault(e.target, []).append(path)
        return self._paths.get(target, [])

    def canonical(self, target: str) -> str | None:
        """The name a project object has in type expressions: its report path when public, else where it is defined."""
        if target in self._canon:
            return self._canon[target]
        name: str | None
        if target.startswith("x:"):
            name = target[2:]
        elif target.startswith("d:"):
            obj = self.side.obj(target)
            if obj is not None and obj.get("typevar"):
                name = T.TYPEVAR_PREFIX + target.rsplit(":", 1)[-1]
            elif target in self.same_as:
                name = self.same_as[target]
                self._names.setdefault(name, target)
            else:
                name = self.side.report_path.get(target) or target[2:].replace(":", ".")
                if self.prefer and name not in self.prefer:
                    name = next((p for p in sorted(self.paths_of(target)) if p in self.prefer), name)
                self._names.setdefault(name, target)
        elif target.startswith("m:"):
            name = target[2:]
        else:
            name = None
        self._canon[target] = name
        return name

    def resolver(self, module: str | None, typevars: tuple = ()):
        side = self.side
        rigid = dict(typevars)

        def resolve(text: str) -> str | None:
            if module is None:
                return None
            t = side.resolve_annotation_name(module, text)
            if t is None:
                return None
            if t in rigid:
                return rigid[t]  # a TypeVar of this signature: rigid, named by its position (alpha-equivalence)
            return self.canonical(t)

        return resolve

    def parse(self, text: str | None, module: str | None, typevars: tuple = ()) -> T.Type | None:
        if text is None:
            return None
        return _parse_cached(self, text, module, typevars)

    def typevars(self, module: str | None, texts: list[str | None]) -> tuple[tuple[str, str], ...]:
        """The TypeVars a signature's annotations name, in order of first appearance: ((target, "typevar.N"), ...)."""
        if module is None:
            return ()
        found: dict[str, str] = {}
        for text in texts:
            if not text:
                continue
            for tok in _NAME_TOKEN.findall(text):
                t = self.side.resolve_annotation_name(module, tok)
                if t is None or t in found or not t.startswith("d:"):
                    continue
                obj = self.side.obj(t)
                value = (obj or {}).get("value") or ""
                if obj is not None and obj.get("typevar") and "ParamSpec" not in value and "TypeVarTuple" not in value:
                    found[t] = f"typevar.{len(found)}"  # ParamSpecs stay `...`: callables are compared by return type
        return tuple(found.items())

    def typevar_bound(self, target: str) -> list[T.Type]:
        """A TypeVar's upper bound (or the union of its constraints) as bases; [] when unbounded."""
        import ast

        from ..astutil import parse_expression

        obj = self.side.obj(target) or {}
        try:
            call = parse_expression(obj.get("value") or "").body
        except SyntaxError:
            return []
        if not isinstance(call, ast.Call):
            return []
        module = self.side.module_of(target)
        for kw in call.keywords:
            if kw.arg == "bound":
                bound = self.parse(ast.unparse(kw.value), module)
                return [bound] if bound is not None else []
        constraints = [self.parse(ast.unparse(a), module) for a in call.args[1:]]
        constraints = [c for c in constraints if c is not None]
        return [T.make_union(constraints)] if constraints else []

    def target_of(self, name: str) -> str | None:
        return self._names.get(name)


_NAMEDTUPLE_NAMES = {"typing.NamedTuple", "collections.namedtuple"}
# external bases whose whole contribution the lattice knows (a named tuple's is the tuple of its fields)
_KNOWN_EXTERNAL_BASES = {"x:typing.Generic", "x:typing_extensions.Generic", "x:abc.ABC", "x:typing.NamedTuple",
                         "x:typing_extensions.NamedTuple", "x:collections.namedtuple"}

_NAME_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


@lru_cache(maxsize=65536)
def _parse_cached(ctx: TypeResolver, text: str, module: str | None, typevars: tuple = ()) -> T.Type:
    return T.parse_annotation(text, ctx.resolver(module, typevars))


class ProjectHierarchy(T.Hierarchy):
    """The lattice's view of project classes: head side first, base side for names only it has."""

    def __init__(self, *sides: TypeResolver):
        self.sides = sides
        self.typevar_bases: dict[str, list[T.Type]] = {}  # "typevar.N" of the signature being compared
        self.typevar_flexible: dict[str, T.Type] = {}  # one-sided type variables: stand for their bound

    def _find(self, name: str):
        for st in self.sides:
            target = st.target_of(name)
            if target is None:
                # a name not yet seen as canonical: try it as a public path
                e = st.side.entries.get(name)
                target = e.target if e is not None and e.target.startswith("d:") else None
            if target is not None:
                obj = st.side.obj(target)
                if obj is not None:
                    return st, target, obj
        return None

    def bases(self, name: str):
        if name.startswith("typevar."):
            return self.typevar_bases.get(name, [])
        found = self._find(name)
        if found is None:
            return None
        st, target, obj = found
        module = st.side.module_of(target)
        if obj.get("k") == "attribute" and obj.get("newtype"):
            return [st.parse(obj["newtype"], module)]
        if obj.get("k") != "class":
            return None
        out = []
        for text in obj.get("bases", []):
            if text and text != "object":
                base = st.parse(text, module)
                if isinstance(base, T.Named) and base.name in _NAMEDTUPLE_NAMES:
                    # a named tuple is a tuple of its fields: `class P(NamedTuple): x: int; y: str` <= tuple[int, str]
                    fields = [st.parse(f.get("ann"), module) if f.get("ann") else T.ANY for f in obj.get("fields", [])]
                    base = T.TupleT(tuple(T.ANY if f is None else f for f in fields), False)
                out.append(base)
        return out

    def is_protocol(self, name: str) -> bool:
        found = self._find(name)
        if found is None:
            return False
        st, target, obj = found
        info = st.side.class_info(target) if obj.get("k") == "class" else None
        return bool(info and info.protocol)

    def protocol_members(self, name: str):
        found = self._find(name)
        if found is None:
            return None
        st, target, obj = found
        info = st.side.class_info(target) if obj.get("k") == "class" else None
        if info is None or not info.protocol:
            return None
        own = obj.get("members", {})
        return {m for m in own if not (m.startswith("__") and m.endswith("__"))} or None

    def alias(self, name: str):
        if name.startswith("typevarflex."):
            return self.typevar_flexible.get(name, T.ANY)
        found = self._find(name)
        if found is None:
            return None
        st, target, obj = found
        if obj.get("k") == "attribute" and obj.get("alias"):
            return st.parse(obj["alias"], st.side.module_of(target))
        return None

    def is_final_known(self, name: str) -> bool:
        if name.startswith("typevar."):
            return True
        found = self._find(name)
        if found is None:
            return False
        st, target, obj = found
        if obj.get("k") == "attribute" and obj.get("newtype"):
            return True
        info = st.side.class_info(target) if obj.get("k") == "class" else None
        if info is None:
            return False
        return all(b.startswith("x:builtins.") or b in _KNOWN_EXTERNAL_BASES for b in info.external_bases)


def _rebuild(t: T.Type, leaf, depth: int) -> T.Type:
    """`t` with every named type replaced by `leaf(named, depth)` (structure kept; `X[Any]` folds to `X`)."""
    if depth > 12:
        return t
    if isinstance(t, T.Named):
        replaced = leaf(t, depth)
        if replaced is not None:
            return replaced
        if t.args:
            args = tuple(_rebuild(a, leaf, depth + 1) for a in t.args)
            return T.Named(t.name, None if all(a == T.ANY for a in args) else args, t.unresolved)
        return t
    if isinstance(t, T.Union):
        return T.make_union(_rebuild(m, leaf, depth + 1) for m in t.members)
    if isinstance(t, T.TupleT):
        return T.TupleT(tuple(_rebuild(i, leaf, depth + 1) for i in t.items), t.variadic)
    if isinstance(t, T.TypeOf):
        return T.TypeOf(_rebuild(t.item, leaf, depth + 1))
    if isinstance(t, T.CallableT):
        params = None if t.params is None else tuple(_rebuild(p, leaf, depth + 1) for p in t.params)
        return T.CallableT(params, _rebuild(t.ret, leaf, depth + 1))
    return t


def expand_aliases(t: T.Type, st: TypeResolver) -> T.Type:
    """Replace the project's type aliases in `t` by their definitions on this side, so an alias whose
    definition changed compares by what it means on each side, not by its unchanged name."""

    def leaf(named: T.Named, depth: int) -> T.Type | None:
        target = st.target_of(named.name)
        if target is None:
            e = st.side.entries.get(named.name)
            target = e.target if e is not None else None
        obj = st.side.obj(target) if target else None
        if obj is not None and obj.get("k") == "attribute" and obj.get("alias"):
            inner = st.parse(obj["alias"], st.side.module_of(target))
            return _rebuild(inner, leaf, depth + 1) if inner is not None else named
        return None

    return _rebuild(t, leaf, 0)


def substitute(t: T.Type, mapping: dict[str, T.Type]) -> T.Type:
    """Replace named types by the types `mapping` gives (one-sided type variables by their bound)."""
    if not mapping:
        return t
    return _rebuild(t, lambda named, depth: mapping.get(named.name), 0)
