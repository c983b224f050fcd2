"""The comparison: two linked sides in, findings out.

Every public path of the base is matched with the same path at head. Paths only at base are removals
(reported once, at the top-most removed object, at its report path), paths only at head are additions, and
paths on both sides compare the objects they reach: kind, signature, types (through the lattice), bases,
abstractness. Each pair of objects is compared once, however many public paths reach it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from ..astutil import dotted, parse_expression
from ..model import Finding
from .rules import RULES as _RULE_LIST
from . import types as T
from .linker import Entry, ApiModel
from .linker.public import _natural_path
from .stable import Settled, same_class, unchanged_modules
from .typectx import ProjectHierarchy, TypeResolver, expand_aliases, substitute

_CALLABLE = {"function", "class"}


@dataclass
class _Ctx:
    old: ApiModel
    new: ApiModel
    ot: TypeResolver
    nt: TypeResolver
    h: ProjectHierarchy
    findings: list[Finding]
    old_broken: set[str]  # modules that did not parse at base
    new_broken: set[str]  # modules that did not parse at head
    same_class: dict[str, str] = field(default_factory=dict)  # old class target -> the same class at head
    changed_names: set[str] = field(default_factory=set)
    tv_old: tuple = ()  # the TypeVars of the signature being compared, per side
    tv_new: tuple = ()
    settled: Settled | None = None  # classes the same on both sides, told without their records


def compare_sides(old: ApiModel, new: ApiModel, old_broken: set[str] = frozenset(), new_broken: set[str] = frozenset()) -> list[Finding]:
    settled = _expand_changed_classes(old, new)
    ot = TypeResolver(old)
    same = _same_classes(old, new, ot)
    nt = TypeResolver(new, prefer=set(old.report_path.values()), same_as={n: ot.canonical(o) for o, n in same.items()})
    ctx = _Ctx(old, new, ot, nt, ProjectHierarchy(nt, ot), [], set(old_broken), set(new_broken), same_class=same,
               settled=settled)
    _removals(ctx)
    _additions(ctx)
    _common(ctx)
    return _dedupe_fields(ctx)


def _expand_changed_classes(old: ApiModel, new: ApiModel) -> Settled | None:
    """List members only of classes that differ: an unchanged class has nothing to report, however many
    members it inherits. Classes on one side only are reported once, as a whole, so they stay folded.
    Returns what tells classes the same on both sides without their records (None without class paths)."""
    settled = None
    if old.class_paths or new.class_paths:
        unchanged = unchanged_modules(old, new)
        lender = new.lender
        settled = lender if lender is not None and lender.old is old else Settled(old, new, unchanged)
        if settled.frame:
            new.borrow_class = settled.borrow
        queue = [p for p in old.class_paths if p in new.class_paths]
        while queue:
            path = queue.pop()
            if path not in old.class_paths or path not in new.class_paths:
                continue
            ot, nt = old.class_paths[path][0], new.class_paths[path][0]
            if ot == nt and _same_class(old, new, ot, unchanged, settled):
                continue
            before = len(old.class_paths)
            old.expand(path)
            new.expand(path)
            # expand() pops the path and appends the class paths it finds: the last ones, in insertion order
            added = len(old.class_paths) - (before - 1)
            queue.extend(p for p in list(islice(reversed(old.class_paths), added))[::-1] if p in new.class_paths)
    old.finish()
    new.finish()
    return settled


def _same_classes(old: ApiModel, new: ApiModel, ot: TypeResolver) -> dict[str, str]:
    """Old class target -> the class at head that is the same class to its users, however it moved: the class
    at its old name (its report path); else at any other public path it had (`pkg.Widget` still importable while
    `pkg.base` is gone); else, for a class that left every public path, the one new class of that name that
    appeared (moved to a module of its own). Ancestors and annotation names of the head side use the old
    names of these classes, so a moved base class is still an ancestor and `x: Widget` still means Widget."""
    classes = [(t, e) for t, e in ((e.target, e) for e in old.entries.values())
               if e.kind == "class" and t.startswith("d:")]
    out: dict[str, str] = {}
    taken: set[str] = set()

    def at_head(path: str) -> str | None:
        ne = new.entries.get(path)
        return ne.target if ne is not None and ne.kind == "class" and ne.target.startswith("d:") else None

    for t, _ in classes:  # the class at its own name first
        name = ot.canonical(t)
        n = at_head(name) if name else None
        if t not in out and n is not None and n not in taken:
            out[t] = n
            taken.add(n)
    for t, _ in classes:  # then at another public path it had
        if t in out:
            continue
        for path in sorted(ot.paths_of(t), key=lambda p: (p.count("."), p)):
            n = at_head(path)
            if n is not None and n not in taken:
                out[t] = n
                taken.add(n)
                break
    # a class gone from every public path, and one new class of that name: moved
    gone: dict[str, list[str]] = {}
    for t, _ in classes:
        if t not in out and not any(p in new.entries for p in ot.paths_of(t)):
            gone.setdefault(t.rsplit(".", 1)[-1].rsplit(":", 1)[-1], []).append(t)
    if gone:
        old_targets = {e.target for e in old.entries.values()}
        fresh: dict[str, set[str]] = {}
        for e in new.entries.values():
            if e.kind == "class" and e.target.startswith("d:") and e.target not in old_targets and e.target not in taken:
                fresh.setdefault(e.target.rsplit(".", 1)[-1].rsplit(":", 1)[-1], set()).add(e.target)
        for name, ts in gone.items():
            cands = fresh.get(name, set())
            if len(set(ts)) == 1 and len(cands) == 1:
                out[ts[0]] = next(iter(cands))
    return {o: n for o, n in out.items()}


def _same_class(old: ApiModel, new: ApiModel, target: str, unchanged: set[str], settled: Settled) -> bool:
    same = same_class(old, new, target, unchanged, settled)  # without the records, when they cannot differ
    return old.class_fingerprint(target) == new.class_fingerprint(target) if same is None else same


# -- helpers -----------------------------------------------------------------------------------

RULES = {r.id: r for r in _RULE_LIST}


def _add(ctx: _Ctx, kind: str, path: str, entry: Entry | None, message: str, parameter: str | None = None,
         old: str | None = None, new: str | None = None, severity: str | None = None, line: int | None = None) -> None:
    ctx.findings.append(RULES[kind].finding(
        object=path, parameter=parameter, path=entry.file if entry else None,
        line=line if line is not None else (entry.line if entry else None), message=message, old=old, new=new,
        severity=severity))


def _parent_in(side: ApiModel, path: str) -> bool:
    entry = side.entries.get(path)
    return entry is not None and entry.member_of is not None and entry.member_of in side.entries


def _in_broken(entry: Entry, broken: set[str]) -> bool:
    return entry.module in broken if entry.module else False


def _describe_kind(entry: Entry) -> str:
    obj = entry.obj or {}
    if entry.kind == "function":
        m = obj.get("method")
        if m == "class":
            return "classmethod"
        if m == "static":
            return "staticmethod"
        return "method" if m else "function"
    return entry.kind


# -- removals ------------------------------------------------------------------------------------

def _removals(ctx: _Ctx) -> None:
    old, new = ctx.old, ctx.new
    for path, e in old.entries.items():
        if path in new.entries:
            continue
        if _in_broken(e, ctx.new_broken):
            continue  # the module does not parse at head: its API is unknown there, said as a problem
        parent = e.member_of
        if parent is not None and parent not in new.entries:
            continue  # the parent's removal is the finding
        if parent is not None and new.entries[parent].kind in ("dynamic", "unresolved", "external"):
            continue  # the parent is there but changeproof cannot see its members at head
        primary = old.report_path.get(e.target, path)
        if primary != path and primary not in new.entries and old.entries[primary].member_of is not None \
                and (e.owner is not None or primary.rsplit(".", 1)[-1] == path.rsplit(".", 1)[-1]):
            continue  # a re-export of an object gone from its report path too: reported once, there (or at its parent);
            # a module-level alias under another name (`with_ = WithExtension`) is a name users write: reported on its own
        where = new.entries.get(parent) if parent else None
        # a deprecation shim: module __getattr__ still serves the name
        if where is not None and where.kind == "module":
            summ = new.summaries.get(where.module) or {}
            served = summ.get("getattr")
            if served is not None and path.rsplit(".", 1)[-1] in served:
                _add(ctx, "deprecated", path, where, f"`{path}` is no longer defined; the module's `__getattr__` still serves it (deprecation shim)",
                     old=_sig_text(e), new=None)
                continue
        if e.kind == "enum-member":
            _add(ctx, "enum-member-removed", path, e, f"enum member `{path}` was removed", old=_sig_text(e))
            continue
        binding = new.namespace(where.module).get(path.rsplit(".", 1)[-1]) if where is not None and where.kind == "module" and where.module else None
        if e.owner is None and binding is not None and binding[0] in ("from", "mod") and new.all_names(where.module) is None:
            # moved elsewhere and imported back (no __all__ says otherwise): `from pkg.mod import name` still works,
            # so compare what the name is now
            t = new.resolve(where.module, path.rsplit(".", 1)[-1])
            if t is not None and t.startswith(("d:", "m:")) and e.kind != "module":
                kind, obj, module, file, line = new.describe(t)
                if kind not in ("unresolved", "dynamic"):
                    _compare_entries(ctx, path, e, Entry(path, t, kind, obj, module, file, line, member_of=parent))
                    continue
        if path.endswith(".__init__"):
            continue  # constructors are compared, never "removed" (an unknown constructor is not a removal)
        if e.owner is not None and where is not None and where.kind == "class" and _synthesised(ctx, where, path.rsplit(".", 1)[-1]):
            continue  # now generated by @dataclass / attrs / NamedTuple / pydantic
        if e.owner is not None and where is not None and where.kind == "class" and _lost_with_base(ctx, e, where):
            continue  # inherited from a public base the class no longer has: base-class-removed says it
        still = _still_exists(ctx, e) if e.owner is None else None
        if still:
            _add(ctx, "export-removed", path, e, f"`{path}` is no longer exported; the object still exists as {still}",
                 old=_sig_text(e))
            continue
        moved = _moved_to(ctx, path, e)
        hint = f"; a {_describe_kind(e)} of that name is now at `{moved}`" if moved else ""
        severity = None
        if e.owner is not None and where is not None and where.kind == "class":
            info = new.class_info(where.target)
            if info is not None:
                extra = [b for b in info.external_bases if b not in _INERT and b not in (old.class_info(e.owner).external_bases if old.class_info(e.owner) else [])]
                if extra:
                    severity = "risk"
                    hint += f"; it may now be inherited from {', '.join(b[2:] for b in extra)}, which changeproof cannot see"
        if e.kind == "dynamic" or e.shim:
            _add(ctx, "object-removed", path, e, f"`{path}`, which the module's `__getattr__` served, was removed{hint}",
                 old=_sig_text(e), severity=severity)
            continue
        what = "module" if e.kind == "module" else _describe_kind(e)
        natural = _natural_path(e.target)
        if natural and natural != path and natural.rsplit(".", 1)[-1] != path.rsplit(".", 1)[-1]:
            _add(ctx, "object-removed", path, e, f"`{path}`, an alias of {what} `{natural}`, was removed{hint}",
                 old=_sig_text(e), severity=severity)
            continue
        _add(ctx, "object-removed", path, e, f"{what} `{path}` was removed{hint}", old=_sig_text(e), severity=severity)


_INERT = {"x:builtins.object", "x:typing.Generic", "x:abc.ABC", "x:typing.Protocol", "x:typing_extensions.Protocol"}


_GENERATED = {"__eq__", "__repr__", "__ne__"}
_ORDER = {"__lt__", "__le__", "__gt__", "__ge__"}


def _synthesised(ctx: _Ctx, cls: Entry, name: str) -> bool:
    """`name` is now generated for the class: by @dataclass / attrs / NamedTuple / pydantic, or the ordering
    methods by @functools.total_ordering."""
    info = ctx.new.class_info(cls.target)
    if info is None:
        return False
    decos = (cls.obj or {}).get("decos", [])
    if name in _ORDER and any(d.rsplit(".", 1)[-1] == "total_ordering" for d in decos):
        return True
    kind = info.kind.removeprefix("inherited-")
    if kind not in ("dataclass", "attrs", "namedtuple", "pydantic"):
        return False
    if name in _GENERATED or (name == "__hash__" and info.frozen):
        return True
    deco_kw = (cls.obj or {}).get("deco_kw", {})
    return name in _ORDER and (kind in ("namedtuple",) or deco_kw.get("order") == "True")


def _lost_with_base(ctx: _Ctx, e: Entry, where: Entry) -> bool:
    """The member came from a public base class that still defines it (wherever that class now lives) but is no
    longer an ancestor: base-class-removed says it."""
    if not e.target.startswith("d:") or e.target.startswith(e.owner + "."):
        return False
    definer = e.target.rsplit(".", 1)[0]
    name = ctx.ot.canonical(definer)
    if not name or _private_name(name):
        return False
    counterpart = ctx.same_class.get(definer, definer)
    info_def = ctx.new.class_info(counterpart)
    member = e.path.rsplit(".", 1)[-1]
    if info_def is None or member not in info_def.members:
        return False
    info = ctx.new.class_info(where.target)
    return info is not None and counterpart not in info.chain


def _still_exists(ctx: _Ctx, e: Entry) -> str | None:
    """Where an object dropped from a public path still lives at head, if it does."""
    t = e.target
    if t.startswith("d:"):
        if ctx.new.obj(t) is None:
            return None
        rp = ctx.new.report_path.get(t)
        if rp:
            return f"`{rp}`"
        return f"`{t[2:].replace(':', '.')}` (not public)"
    if t.startswith("m:") and t[2:] in ctx.new.modules:
        return f"module `{t[2:]}`"
    if t.startswith("x:") and e.member_of and ctx.new.entries.get(e.member_of) is not None:
        return None
    return None


def _moved_to(ctx: _Ctx, path: str, e: Entry) -> str | None:
    name = path.rsplit(".", 1)[-1]
    index = getattr(ctx.new, "_by_name", None)
    if index is None:
        index = {}
        for p, ne in ctx.new.entries.items():
            if ne.member_of is not None and ne.member_of in ctx.new.entries and ctx.new.entries[ne.member_of].kind == "module":
                index.setdefault(p.rsplit(".", 1)[-1], []).append(p)
        ctx.new._by_name = index
    if e.owner is not None:
        return None
    cands = [p for p in index.get(name, []) if p not in ctx.old.entries and ctx.new.entries[p].kind == e.kind]
    return min(cands, key=len) if cands else None


# -- additions -----------------------------------------------------------------------------------

def _additions(ctx: _Ctx) -> None:
    old, new = ctx.old, ctx.new
    old_targets = {e.target for e in old.entries.values() if e.target.startswith("d:")}
    for path, e in new.entries.items():
        if path in old.entries:
            continue
        if _in_broken(e, ctx.old_broken):
            continue
        parent = e.member_of
        if parent is not None and parent not in old.entries:
            continue
        if path.endswith(".__init__"):
            continue
        if e.target in old_targets:
            continue  # a new path to an object that was already public
        name = path.rsplit(".", 1)[-1]
        if e.shim and name.startswith("__") and parent in old.entries:
            # `__version__` defined at base, now served by a module __getattr__ that warns: a deprecation
            if name in old.namespace(old.entries[parent].module or ""):
                _add(ctx, "deprecated", path, e, f"`{path}` is now served only through the module's `__getattr__` (a deprecation shim)",
                     new=_sig_text(e))
            continue
        primary = new.report_path.get(e.target, path)
        if primary != path:
            continue
        if e.owner is not None and parent in old.entries and old.entries[parent].kind == "class":
            info = new.class_info(e.owner)
            if info is not None and info.protocol and e.kind in ("function", "property", "attribute"):
                _add(ctx, "protocol-member-added", path, e,
                     f"protocol `{parent}` gained member `{e.path.rsplit('.', 1)[-1]}`: every class that implements the protocol must now provide it",
                     new=_sig_text(e))
                continue
            if (e.obj or {}).get("abstract"):
                _add(ctx, "abstract-member-added", path, e,
                     f"`{parent}` gained abstract member `{e.path.rsplit('.', 1)[-1]}`: subclasses that do not implement it can no longer be instantiated",
                     new=_sig_text(e))
                continue
        what = "module" if e.kind == "module" else ("enum member" if e.kind == "enum-member" else _describe_kind(e))
        _add(ctx, "object-added", path, e, f"new {what} `{path}`", new=_sig_text(e))


# -- objects on both sides -------------------------------------------------------------------------

def _changed_module_names(ctx: _Ctx) -> set[str]:
    """Names of module-level constants, type aliases and NewTypes whose definition changed: a signature that
    names one (`limit=DEFAULT_LIMIT`, `params: JsonParams`) changes meaning with unchanged text."""
    out: set[str] = set()
    for path, ne in ctx.new.entries.items():
        if ne.kind != "attribute" or ne.owner is not None:
            continue
        oe = ctx.old.entries.get(path)
        if oe is not None and oe.kind == "attribute" and oe.obj != ne.obj:
            out.add(path.rsplit(".", 1)[-1])
    # names that are not entries (`_DEFAULT`, an alias in a private module): compare the summaries of modules
    # present on both sides, by what the names are bound to (not the line they sit on)
    def bound(obj: dict) -> dict:
        return {k: v for k, v in obj.items() if k != "line"}

    for module, nsumm in ctx.new.summaries.items():
        osumm = ctx.old.summaries.get(module)
        if osumm is None or osumm is nsumm:
            continue
        for name, nobj in nsumm["members"].items():
            if nobj.get("k") == "attribute" and name not in out:
                oobj = osumm["members"].get(name)
                if oobj is not None and oobj.get("k") == "attribute" and bound(oobj) != bound(nobj):
                    out.add(name)
    return out


def _mentions(obj: dict, names: set[str]) -> bool:
    if not names:
        return False
    texts = [obj.get("ret") or ""] + [t for p in obj.get("params", []) for t in (p[2] or "", p[3] or "")]
    blob = " ".join(texts)
    return any(re.search(rf"\b{re.escape(n)}\b", blob) for n in names if n in blob)


def _common(ctx: _Ctx) -> None:
    old, new = ctx.old, ctx.new
    ctx.changed_names = _changed_module_names(ctx)
    done: set[tuple[str, str]] = set()
    # visit report paths first so a pair is compared where it is best known
    paths = [p for p in new.entries if p in old.entries]
    paths.sort(key=lambda p: (old.report_path.get(old.entries[p].target) != p, new.report_path.get(new.entries[p].target) != p, p))
    for path in paths:
        oe, ne = old.entries[path], new.entries[path]
        key = (oe.target, ne.target)
        if key in done:
            continue
        done.add(key)
        if _in_broken(ne, ctx.new_broken) or _in_broken(oe, ctx.old_broken):
            continue
        _compare_entries(ctx, path, oe, ne)


def _implementation_lost(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> bool:
    """A concrete method of a class now falls through to a Protocol stub or an abstract declaration."""
    if ne.owner is None or ne.target.startswith(ne.owner + ".") or ne.kind not in ("function", "property"):
        return False
    o, n = oe.obj or {}, ne.obj or {}
    if o.get("stub") or o.get("abstract") or not (n.get("stub") or n.get("abstract")):
        return False
    declaring = ne.target.rsplit(".", 1)[0]
    info = ctx.new.class_info(declaring)
    if not (n.get("abstract") or (info is not None and info.protocol)):
        return False
    where = ctx.nt.canonical(declaring) or declaring
    _add(ctx, "object-removed", path, oe, f"the implementation of `{path}` was removed: only the declaration in `{where}` remains, "
         + ("so the class can no longer be instantiated" if n.get("abstract") else "which does nothing"), old=_sig_text(oe))
    return True


def _compare_entries(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> None:
    if _implementation_lost(ctx, path, oe, ne):
        return
    if ne.shim and not oe.shim and ne.kind == "dynamic":
        # the definition is gone and a module __getattr__ now serves the name: a deprecation shim
        _add(ctx, "deprecated", path, ne, f"`{path}` is no longer defined; the module's `__getattr__` still serves it (deprecation shim)",
             old=_sig_text(oe), new=None)
        return
    if oe.kind != ne.kind:
        if _kind_change(ctx, path, oe, ne):
            return
    same_obj = oe.obj == ne.obj and oe.target == ne.target
    if ne.kind == "function" and oe.kind == "function":
        if not same_obj or _mentions(ne.obj or {}, ctx.changed_names):
            _compare_functions(ctx, path, oe, ne)
        elif path.endswith(".__init__") and (ne.obj or {}).get("synthesised"):
            _compare_functions(ctx, path, oe, ne)
    elif ne.kind == "class" and oe.kind == "class":
        _compare_classes(ctx, path, oe, ne)
    elif ne.kind in ("attribute", "property") and oe.kind in ("attribute", "property"):
        if not same_obj:
            _compare_attributes(ctx, path, oe, ne)
    elif ne.kind == "enum-member" and oe.kind == "enum-member":
        ov, nv = _enum_value(ctx.old, oe), _enum_value(ctx.new, ne)
        if ov != nv and ov is not None and nv is not None:
            _add(ctx, "enum-member-value-changed", path, ne, f"value of enum member `{path}` changed: code that stores, compares or looks up the value sees a different one",
                 old=ov, new=nv)
    if ne.shim and not oe.shim:
        _add(ctx, "deprecated", path, ne, f"`{path}` is now served only through the module's `__getattr__` (a deprecation shim)", new=_sig_text(ne))
    elif ne.obj and ne.obj.get("deprecated") and not (oe.obj or {}).get("deprecated"):
        _add(ctx, "deprecated", path, ne, f"`{path}` is now marked deprecated", new=_sig_text(ne))


def _factory_value(entry: Entry) -> bool:
    """An attribute bound to a call result or another name (`distinct = public_factory(...)`): likely callable."""
    obj = entry.obj or {}
    value = obj.get("value") or ""
    if obj.get("ann") or not value:
        return False
    return value.endswith(")") and "(" in value and not value.startswith(("(", "[", "{"))


def _auto(value: str) -> bool:
    return value.replace(" ", "") in ("auto()", "enum.auto()")


_INT_OPS = {"BitOr": lambda a, b: a | b, "BitAnd": lambda a, b: a & b, "Add": lambda a, b: a + b,
            "Sub": lambda a, b: a - b, "Mult": lambda a, b: a * b, "LShift": lambda a, b: a << b}


def _member_value(text: str, members: dict[str, object]) -> object:
    """A member's value from its source: a literal, or an expression over earlier members (`READ | WRITE`)."""
    import ast

    def ev(node: ast.AST) -> object:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name) and node.id in members:
            return members[node.id]
        if isinstance(node, ast.BinOp) and type(node.op).__name__ in _INT_OPS:
            a, b = ev(node.left), ev(node.right)
            if isinstance(a, int) and isinstance(b, int) and abs(b) < 4096:
                return _INT_OPS[type(node.op).__name__](a, b)
        if isinstance(node, (ast.Tuple, ast.List)):
            return tuple(ev(e) for e in node.elts)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            v = ev(node.operand)
            if isinstance(v, (int, float)):
                return -v
        raise ValueError(text)

    try:
        return ev(parse_expression(text).body)
    except (ValueError, SyntaxError, TypeError):
        return text


def _enum_value(side: ApiModel, entry: Entry) -> str | None:
    """The value an enum member really has, `auto()` evaluated the way the enum module does (1, 2, 3... for
    Enum/IntEnum, powers of two for Flag, the lower-cased name for StrEnum). None when it cannot be known."""

    owner = entry.target.rsplit(".", 1)[0]
    cobj = side.obj(owner) or {}
    info = side.class_info(owner)
    members = cobj.get("members", {})
    if "_generate_next_value_" in members:
        return None if _auto((entry.obj or {}).get("value") or "") else (entry.obj or {}).get("value")
    ext = set(info.external_bases) if info else set()
    flag = bool(ext & {"x:enum.Flag", "x:enum.IntFlag"})
    strenum = "x:enum.StrEnum" in ext
    last: object = 0
    values: dict[str, object] = {}
    name = entry.path.rsplit(".", 1)[-1]
    for mname, m in members.items():
        if m.get("k") != "attribute" or m.get("ann") or m.get("instance") or m.get("value") is None or mname.startswith("_"):
            continue
        text = m["value"]
        if _auto(text):
            if strenum:
                value: object = mname.lower()
            elif isinstance(last, int):
                value = (1 if last < 1 else 1 << last.bit_length()) if flag else last + 1
            else:
                return None
        else:
            value = _member_value(text, values)
        values[mname] = value
        if mname == name:
            return repr(value)
        last = value
    return (entry.obj or {}).get("value")


def _kind_change(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> bool:
    """Report a change of kind; True when nothing more is to compare."""
    ok, nk = oe.kind, ne.kind
    if {ok, nk} <= {"attribute", "property"}:
        if ok == "attribute" and nk == "property" and not (ne.obj or {}).get("setter") and not (oe.obj or {}).get("final"):
            _add(ctx, "object-kind-changed", path, ne, f"`{path}` changed from an attribute to a read-only property: assigning to it now raises AttributeError",
                 old=_sig_text(oe), new=_sig_text(ne))
        else:
            _compare_attributes(ctx, path, oe, ne)
        return True
    if {ok, nk} <= {"unresolved", "dynamic", "external"}:
        return True
    if "unresolved" in (ok, nk) or "dynamic" in (ok, nk):
        return True  # cannot tell what it is on one side: said as a problem, not as a finding
    if {ok, nk} == {"attribute", "enum-member"}:
        return True
    attr = oe if ok == "attribute" else ne if nk == "attribute" else None
    if attr is not None and {ok, nk} & _CALLABLE and _factory_value(attr):
        return True  # `f = make_function(...)` <-> `def f(...)`: both callables; nothing provable either way
    severity = None
    why = ""
    if {ok, nk} == {"function", "class"}:
        why = ": calls may still bind, but what they return, isinstance checks and subclassing change"
    elif "external" in (ok, nk) or "attribute" in (ok, nk):
        severity = "risk"
        why = ": changeproof cannot see whether the new object is used the same way"
    _add(ctx, "object-kind-changed", path, ne, f"`{path}` changed from {_describe_kind(oe)} to {_describe_kind(ne)}{why}",
         old=_sig_text(oe), new=_sig_text(ne), severity=severity)
    return True


# -- functions -------------------------------------------------------------------------------------

def _bound(obj: dict) -> list[list]:
    params = obj.get("params", [])
    if obj.get("method") in ("instance", "class") and params and params[0][1] in ("po", "pk"):
        return params[1:]
    return params


def _compare_functions(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> None:
    o, n = oe.obj or {}, ne.obj or {}
    async_changed = o.get("async", False) != n.get("async", False) and not _same_calling_convention(o, n)
    if async_changed:
        before, after = ("async def", "def") if o.get("async") else ("def", "async def")
        _add(ctx, "sync-async-changed", path, ne,
             f"`{path}` changed from `{before}` to `{after}`: " + ("callers must now await it" if n.get("async") else "callers that await it now get TypeError"),
             old=_sig_text(oe), new=_sig_text(ne))
    if n.get("abstract") and not o.get("abstract") and ne.owner is not None:
        info = ctx.new.class_info(ne.owner)
        if info is not None and info.abc:
            _add(ctx, "abstract-member-added", path, ne, f"`{path}` is now abstract: subclasses that relied on its implementation can no longer be instantiated",
                 old=_sig_text(oe), new=_sig_text(ne))
    om, nm = o.get("method"), n.get("method")
    if om in ("class", "static") and nm == "instance":
        _add(ctx, "object-kind-changed", path, ne, f"`{path}` changed from {om}method to an instance method: calls on the class itself now fail",
             old=_sig_text(oe), new=_sig_text(ne))
        return
    if _command_object(ctx.old, oe.module, o) and _command_object(ctx.new, ne.module, n):
        return  # @click.command() makes a Command object: its parameters are CLI options, not a Python signature
    o_ovl, n_ovl = o.get("overloads") or [], n.get("overloads") or []
    if o_ovl:
        _compare_overloads(ctx, path, oe, ne, o_ovl, n_ovl)
        return
    ob, nb = _bound(o), _bound(n)
    name = path.rsplit(".", 1)[-1]
    if name.startswith("__") and name.endswith("__") and name not in _KEYWORD_DUNDERS:
        # the interpreter calls protocol methods (__get__, __eq__, __exit__...) positionally
        ob = [[p[0], "po", p[2], p[3]] if p[1] == "pk" else p for p in ob]
        nb = [[p[0], "po", p[2], p[3]] if p[1] == "pk" else p for p in nb]
    _bind_typevars(ctx, oe, ne, o, n)
    if "args" in (o.get("fwd") or ()) and _super_takes_no_positionals(ctx.old, oe, name):
        o = dict(o, vp_dead=True)
    if o.get("fwd") and _external_base(ctx.old, oe):
        o = dict(o, fwd_external=True)
    try:
        deltas = compare_signatures(ctx, ob, nb, oe.module, ne.module, o, n)
        for kind, param, message, old, new, severity in deltas:
            _add(ctx, kind, path, ne, message, parameter=param, old=old, new=new, severity=severity)
        if not n_ovl and o.get("async", False) == n.get("async", False):
            _compare_return(ctx, path, oe, ne, o.get("ret"), n.get("ret"))
    finally:
        ctx.tv_old = ctx.tv_new = ()
        ctx.h.typevar_bases = {}
        ctx.h.typevar_flexible = {}


def _external_base(side: ApiModel, entry: Entry) -> bool:
    """The method's class has a base outside the project (whose signatures changeproof cannot read)."""
    info = side.class_info(entry.owner) if entry.owner else None
    return info is not None and any(b not in _INERT for b in info.external_bases)


def _super_takes_no_positionals(side: ApiModel, entry: Entry, name: str) -> bool:
    """The method only forwards its ``*args`` to the same method of its base, and that one (the next definition
    along the MRO, in the project) accepts no positional argument: no valid call ever passed anything there."""
    if entry.owner is None or not entry.target.startswith("d:"):
        return False
    info = side.class_info(entry.owner)
    definer = entry.target.rsplit(".", 1)[0]
    if info is None or definer not in info.chain:
        return False
    for c in info.chain[info.chain.index(definer) + 1:]:
        m = (side.obj(c) or {}).get("members", {}).get(name)
        if m is None:
            continue
        if m.get("k") != "function":
            return False
        bound = _bound(m)
        return not any(p[1] in ("po", "pk", "vp") for p in bound)
    return False


def _bind_typevars(ctx: _Ctx, oe: Entry, ne: Entry, o: dict, n: dict) -> None:
    """TypeVars of this signature become rigid types named by first appearance, so `T -> Optional[T]` widens
    and `x: T -> x: int` narrows, while renaming T to U changes nothing."""
    texts = lambda obj: [p[2] for p in obj.get("params", [])] + [obj.get("ret")]  # noqa: E731
    tv_old = ctx.ot.typevars(oe.module, texts(o))
    tv_new = ctx.nt.typevars(ne.module, texts(n))
    common = min(len(tv_old), len(tv_new))
    bases: dict[str, list] = {}
    flexible: dict[str, T.Type] = {}

    def assign(tvs, st, side):
        out = []
        for i, (target, name) in enumerate(tvs):
            bound = st.typevar_bound(target)
            if i < common:  # the same type variable on both sides: rigid
                bases[name] = bound
                out.append((target, name))
            else:  # only one side is generic here: the caller's type solves it, up to its bound
                flex = f"typevarflex.{side}.{i}"
                flexible[flex] = bound[0] if bound else T.ANY
                out.append((target, flex))
        return tuple(out)

    ctx.tv_old = assign(tv_old, ctx.ot, "o")
    ctx.tv_new = assign(tv_new, ctx.nt, "n")
    ctx.h.typevar_bases = bases
    ctx.h.typevar_flexible = flexible


_KEYWORD_DUNDERS = {"__init__", "__new__", "__call__", "__init_subclass__", "__class_getitem__"}


_AWAITABLE = ("Awaitable", "Coroutine")
_ASYNC_ITER = ("AsyncIterator", "AsyncIterable", "AsyncGenerator")


def _ret_head(ret: str | None) -> str:
    return (ret or "").strip("'\"").split("[", 1)[0].rsplit(".", 1)[-1]


_COMMAND_FACTORIES = ("click.", "asyncclick.", "rich_click.", "cloup.")


def _command_object(side: ApiModel, module: str | None, obj: dict) -> bool:
    """Decorated with click's (or a click group's) `command`/`group`: the name is bound to a Command object."""
    for deco in obj.get("decos", []):
        last = deco.rsplit(".", 1)[-1]
        if last not in ("command", "group"):
            continue
        t = side.resolve_dotted(module, deco) if module else None
        if t is None and "." in deco and module:
            head = side.resolve_dotted(module, deco.rsplit(".", 1)[0])
            hobj = side.obj(head) if head else None
            if hobj is not None and _command_object(side, side.module_of(head), hobj):
                return True  # @cli.command() where cli is itself a click group
            continue
        if t and t.startswith("x:") and t[2:].startswith(_COMMAND_FACTORIES):
            return True
    return False


def _same_calling_convention(o: dict, n: dict) -> bool:
    """def <-> async def that callers use the same way: an async generator and a def returning an async iterator
    (`async for x in f()` either way), a def returning an Awaitable and an async def (`await f()` either way)."""
    sync, asyn = (o, n) if n.get("async") else (n, o)
    if asyn.get("generator"):
        return _ret_head(sync.get("ret")) in _ASYNC_ITER or bool(sync.get("generator") and sync.get("async"))
    return _ret_head(sync.get("ret")) in _AWAITABLE


def _compare_overloads(ctx: _Ctx, path: str, oe: Entry, ne: Entry, o_ovl: list, n_ovl: list) -> None:
    n = ne.obj or {}
    method = n.get("method")
    candidates = n_ovl or [{"params": n.get("params", []), "ret": n.get("ret")}]
    for ov in o_ovl:
        ob = _bound({"params": ov["params"], "method": (oe.obj or {}).get("method")})
        accepted = False
        for cand in candidates:
            nb = _bound({"params": cand["params"], "method": method})
            deltas = compare_signatures(ctx, ob, nb, oe.module, ne.module)
            if any(sev == "breaking" or (sev is None and RULES[k].severity == "breaking") for k, _, _, _, _, sev in deltas):
                continue
            if n_ovl and cand.get("ret") and ov.get("ret"):
                r = _subtype(ctx, cand.get("ret"), ne.module, ov.get("ret"), oe.module, ctx.nt, ctx.ot)
                if r is False:
                    continue
            accepted = True
            break
        if not accepted:
            text = _params_text(ov["params"], ov.get("ret"))
            _add(ctx, "overload-removed", path, ne, f"no overload of `{path}` accepts the old signature `{text}` any more",
                 old=text, new=None, line=ne.line)


class SignatureComparer:
    """The comparison of two signatures within one side, as the API comparison makes it between base and head:
    for a declaration (a Protocol's or an ABC's member, as "base") against an implementation (as "head"). Used by
    the contracts check."""

    def __init__(self, side: ApiModel):
        types = TypeResolver(side)
        self._ctx = _Ctx(side, side, types, types, ProjectHierarchy(types), [], set(side.broken), set(side.broken))

    def deltas(self, declared: list[list], implemented: list[list], declared_module: str | None,
               implemented_module: str | None) -> list[tuple[str, str | None, str, str | None, str | None, str | None]]:
        """(kind, parameter, message, old text, new text, severity or None for the kind's default) of every
        difference, bound parameters (self, cls) already stripped from both lists."""
        return compare_signatures(self._ctx, declared, implemented, declared_module, implemented_module)


def signature_text(name: str, params: list[list], ret: str | None = None, *, is_async: bool = False,
                   cls: bool = False) -> str:
    """``def name(a, b=1) -> R`` (``async def`` when ``is_async``; ``class Name(a, b=1)`` for a constructor
    shown without self)."""
    if cls:
        return f"class {name}{_params_text(params, None)}"
    return ("async def " if is_async else "def ") + name + _params_text(params, ret)


def compare_signatures(ctx: _Ctx, old: list[list], new: list[list], old_mod: str | None, new_mod: str | None,
                       o_fn: dict | None = None, n_fn: dict | None = None):
    """Deltas between two parameter lists (bound parameters already stripped). ``o_fn`` / ``n_fn``, the function
    records when known, add what their bodies show: effective defaults, *args mapped back onto parameters,
    names a shim still handles."""
    o_fn, n_fn = o_fn or {}, n_fn or {}
    out: list[tuple] = []
    o_pos = [p for p in old if p[1] in ("po", "pk")]
    n_pos = [p for p in new if p[1] in ("po", "pk")]
    n_by_name = {p[0]: p for p in new if p[1] in ("pk", "ko")}
    n_po_by_name = {p[0]: p for p in new if p[1] == "po"}
    n_vp = next((p for p in new if p[1] == "vp"), None)
    n_vk = next((p for p in new if p[1] == "vk"), None)
    o_vp = next((p for p in old if p[1] == "vp"), None)
    o_vk = next((p for p in old if p[1] == "vk"), None)
    matched: dict[int, int] = {}  # id(new param) -> index
    pairs: list[tuple[list, list]] = []
    for i, p in enumerate(old):
        name, kind = p[0], p[1]
        if kind in ("vp", "vk"):
            continue
        q = None
        if kind == "po":
            idx = o_pos.index(p)
            if idx < len(n_pos):
                q = n_pos[idx]
                if q[1] == "pk" and q[0] != name and q[0] in {x[0] for x in old}:
                    q = None  # that slot now holds another old parameter: handled by name below
            if q is None:
                if n_vp is not None:
                    continue
                out.append(("parameter-removed", name, f"positional-only parameter `{name}` was removed: calls passing it now fail", _ptext(p), None, None))
                continue
        elif kind == "pk":
            q = n_by_name.get(name)
            if q is None and name in n_po_by_name:
                q = n_po_by_name[name]
                out.append(("parameter-kind-changed", name, f"parameter `{name}` is now positional-only: calls passing `{name}=` by keyword now fail", _ptext(p), _ptext(q), None))
            elif q is None:
                if n_vk is not None:
                    renamed = _renamed(ctx, p, o_pos, n_pos, old, new, old_mod, new_mod, n_fn)
                    if renamed and p[3] is None and n_pos[o_pos.index(p)][3] is None:
                        matched[id(n_pos[o_pos.index(p)])] = 1  # a required parameter renamed: one finding
                    if n_vp is not None and not renamed:
                        continue  # absorbed by *args and **kwargs together: every old call still binds
                    if renamed and name in (n_fn.get("mentions") or ()):
                        continue  # renamed in place, the old keyword still handled through **kwargs: a deprecation path
                    if renamed:
                        out.append(("parameter-removed", name, f"parameter `{name}` was renamed to `{renamed}` in place: positional calls still bind, "
                                    f"but `{name}=` now lands in `**{n_vk[0]}`, which the function never reads by that name, so keyword "
                                    "callers break", _ptext(p), None, None))
                        continue
                    slot = o_pos.index(p) if p in o_pos else len(n_pos)
                    what = (f"a value passed positionally now lands in `{n_pos[slot][0]}` instead" if slot < len(n_pos)
                            else "calls passing it positionally now fail")
                    out.append(("parameter-removed", name, f"parameter `{name}` is now taken only as a keyword, through `**{n_vk[0]}`: "
                                f"{what} (and type checkers no longer see its type)", _ptext(p), None, None))
                    continue
                renamed = _renamed(ctx, p, o_pos, n_pos, old, new, old_mod, new_mod, n_fn)
                hint = f" (renamed to `{renamed}`?)" if renamed else ""
                if renamed and p[3] is None:
                    q2 = n_pos[o_pos.index(p)]
                    if q2[3] is None:
                        matched[id(q2)] = 1  # a required parameter renamed: one finding, not removed + added
                out.append(("parameter-removed", name, f"parameter `{name}` was removed{hint}: calls passing it now fail", _ptext(p), None, None))
                continue
            elif q[1] == "ko" and n_vp is None:
                out.append(("parameter-kind-changed", name, f"parameter `{name}` is now keyword-only: calls passing it positionally now fail", _ptext(p), _ptext(q), None))
            elif q[1] == "ko" and o_vp is None:
                if name in (n_fn.get("vp_maps") or ()):
                    out.append(("parameter-kind-changed", name, f"parameter `{name}` is now keyword-only: a positional argument for it now lands in the new `*{n_vp[0]}`, "
                                "which the function maps back onto it (a deprecation path; expect it to become an error)", _ptext(p), _ptext(q), "risk"))
                else:
                    out.append(("parameter-kind-changed", name, f"parameter `{name}` is now keyword-only behind the new `*{n_vp[0]}`: a positional argument for it "
                                f"now lands in `*{n_vp[0]}` without an error and is not used as `{name}`, so such calls silently change meaning",
                                _ptext(p), _ptext(q), None))
        else:  # keyword-only
            q = n_by_name.get(name)
            if q is None:
                if n_vk is not None and n_fn.get("vk_unused") and not n_fn.get("stub"):
                    out.append(("parameter-removed", name, f"keyword-only parameter `{name}` now lands in `**{n_vk[0]}`, which the function never "
                                f"uses: `{name}=` is accepted and silently ignored", _ptext(p), None, "risk"))
                    continue
                if n_vk is not None:
                    continue
                out.append(("parameter-removed", name, f"keyword-only parameter `{name}` was removed: calls passing `{name}=` now fail", _ptext(p), None, None))
                continue
        matched[id(q)] = 1
        pairs.append((p, q))
    # positions: a positional-or-keyword parameter whose place changed
    mp = [(p, q) for p, q in pairs if p[1] in ("po", "pk") and q[1] in ("po", "pk")]
    old_rank = {id(p): r for r, (p, _) in enumerate(sorted(mp, key=lambda pq: o_pos.index(pq[0])))}
    new_rank = {id(p): r for r, (p, _) in enumerate(sorted(mp, key=lambda pq: n_pos.index(pq[1])))}
    for p, q in mp:
        if p[1] == "po" and q[1] == "po":
            continue
        if old_rank[id(p)] != new_rank[id(p)] or o_pos.index(p) != n_pos.index(q):
            out.append(("parameter-moved", p[0], f"parameter `{p[0]}` moved from position {o_pos.index(p) + 1} to {n_pos.index(q) + 1}: positional calls now bind the wrong argument",
                        _ptext(p), _ptext(q), None))
    o_eff, n_eff = o_fn.get("eff") or {}, n_fn.get("eff") or {}
    for p, q in pairs:
        name = p[0]
        if p[3] is not None and q[3] is None:
            out.append(("parameter-now-required", name, f"parameter `{name}` lost its default: calls that omitted it now fail", _ptext(p), _ptext(q), None))
        elif p[3] is not None and q[3] is not None and not _same_default(
                _constant(ctx.old, old_mod, p[3]), _constant(ctx.new, new_mod, q[3])):
            # what a call that omits it gets: the default, or the value the body provably puts in its place
            oe, ne = o_eff.get(name, p[3]), n_eff.get(name, q[3])
            # a value the body computes on every call is the same as a default only when evaluating it once, at
            # definition time, cannot differ: `x = x or []` is not `x=[]` (shared), `ts or time.time()` not `ts=time.time()`
            per_call = (name in o_eff) != (name in n_eff)
            if (per_call and not (_static_expr(oe) and _static_expr(ne))) or not _same_default(
                    _constant(ctx.old, old_mod, oe), _constant(ctx.new, new_mod, ne)):
                out.append(_default_changed(ctx, name, p, q, oe, ne, o_eff, n_eff, old_mod, new_mod))
        if p[2] and q[2]:
            r = _subtype(ctx, p[2], old_mod, q[2], new_mod, ctx.ot, ctx.nt)
            if r == "same":
                pass
            elif r is True:
                note = _same_text_note(ctx, p[2], q[2], old_mod, new_mod)
                out.append(("parameter-type-widened", name, f"parameter `{name}` now accepts `{q[2]}` (was `{p[2]}`){note}", _ptext(p), _ptext(q), None))
            elif r is False:
                note = _same_text_note(ctx, p[2], q[2], old_mod, new_mod)
                out.append(("parameter-type-narrowed", name, f"parameter `{name}` no longer accepts every `{p[2]}`: it now takes `{q[2]}`{note}", _ptext(p), _ptext(q), None))
            elif r == "invariance":
                out.append(("parameter-type-narrowed", name, f"type of parameter `{name}` changed from `{p[2]}` to `{q[2]}`: compatible element by element, "
                            "but the container is invariant, so type checkers reject old calls (runtime calls are unaffected)", _ptext(p), _ptext(q), "risk"))
            elif r == "retargeted":
                out.append(("parameter-type-narrowed", name, f"type of parameter `{name}` may have changed: {_retarget_note(ctx, q[2], old_mod, new_mod)}, "
                            "and changeproof cannot prove it accepts every old value", _ptext(p), _ptext(q), "risk"))
            else:
                if _norm(p[2]) != _norm(q[2]):
                    out.append(("parameter-type-narrowed", name, f"type of parameter `{name}` changed from `{p[2]}` to `{q[2]}` and changeproof cannot prove the new type accepts every old value",
                                _ptext(p), _ptext(q), "risk"))
    # variadics
    # a variadic that only fed the same method of an external base, replaced by explicit parameters (`def
    # putrequest(self, method, url, *args, **kwargs)` spelling out http.client's): calls that passed those still
    # bind; whether anything else was ever valid cannot be read from here
    fresh_pos = [q[0] for q in n_pos if id(q) not in matched and q[3] is not None]
    fresh_kw = [q[0] for q in new if q[1] in ("pk", "ko") and id(q) not in matched]
    forwarded = o_fn.get("fwd_external") and o_fn.get("fwd") or ()
    if o_vp is not None and n_vp is None and not o_fn.get("vp_dead"):
        if fresh_pos and "args" in forwarded:
            out.append(("parameter-removed", o_vp[0], f"`*{o_vp[0]}` was removed; it only forwarded to the same method of a base "
                        f"outside the project: extra positional arguments now bind the new {', '.join(f'`{n}`' for n in fresh_pos)} "
                        "(fine if that is what they were for) and any beyond those fail",
                        "*" + o_vp[0], None, "risk"))
        else:
            out.append(("parameter-removed", o_vp[0], f"`*{o_vp[0]}` was removed: calls passing extra positional arguments now fail", "*" + o_vp[0], None, None))
    if o_vk is not None and n_vk is None:
        still = (f" (those naming the new {', '.join(f'`{n}`' for n in fresh_kw[:6])}{' ...' if len(fresh_kw) > 6 else ''} still bind)"
                 if fresh_kw else "")
        if fresh_kw and "kwargs" in forwarded:
            out.append(("parameter-removed", o_vk[0], f"`**{o_vk[0]}` was removed; it only forwarded to the same method of a base "
                        f"outside the project, whose signature changeproof cannot read: the new explicit parameters probably spell "
                        f"out what it took{still}", "**" + o_vk[0], None, "risk"))
        else:
            out.append(("parameter-removed", o_vk[0], f"`**{o_vk[0]}` was removed: calls passing other keyword arguments now fail{still}",
                        "**" + o_vk[0], None, None))
    # new parameters
    for q in new:
        if q[1] in ("vp", "vk") or id(q) in matched:
            continue
        if q[3] is None:
            if q[1] in ("pk", "ko") and o_vk is not None and q[0] in (o_fn.get("mentions") or ()):
                continue  # the old function already took it, by name, from its **kwargs: callers pass it as before
            if q[1] in ("po", "pk") and o_vp is not None:
                # the old *args may have carried it (`def __init__(self, *args, **kw)` forwarding a host)
                out.append(("parameter-added-required", q[0], f"new required parameter `{q[0]}`: the old signature took `*{o_vp[0]}`, "
                            "so calls that passed it positionally still work; calls that did not now fail", None, _ptext(q), "risk"))
                continue
            out.append(("parameter-added-required", q[0], f"new required parameter `{q[0]}`: existing calls do not pass it and now fail", None, _ptext(q), None))
        else:
            out.append(("parameter-added-optional", q[0], f"new optional parameter `{q[0]}`", None, _ptext(q), None))
    return out



def _static_expr(text: str) -> bool:
    """An expression whose value does not depend on when it is evaluated: literals (immutable), names and
    attributes (`DEFAULT_TIMEOUT`, `self.timeout`); not calls, displays of mutable containers or comprehensions."""
    import ast

    try:
        node = parse_expression(text).body
    except SyntaxError:
        return False
    for n in ast.walk(node):
        if isinstance(n, (ast.Call, ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp,
                          ast.GeneratorExp, ast.Lambda, ast.Await, ast.NamedExpr)):
            return False
    return True


def _default_changed(ctx: _Ctx, name: str, p: list, q: list, oe: str, ne: str, o_eff: dict, n_eff: dict,
                     old_mod: str | None, new_mod: str | None) -> tuple:
    ov, nv = _constant(ctx.old, old_mod, p[3]), _constant(ctx.new, new_mod, q[3])
    via = f" (`{p[3]}` is now `{nv}`, was `{ov}`)" if p[3] == q[3] else ""
    before = f"`{p[3]}`" + (f" (which the function replaced by `{oe}`)" if name in o_eff else "")
    after = f"`{q[3]}`" + (f" (which the function replaces by `{ne}`)" if name in n_eff else "")
    why = ""
    if name not in o_eff and _static_value(p[3]) is None:
        why = f" (changeproof found no statement in the old body giving `{name}` a value when it is None)"
    return ("parameter-default-changed", name, f"default of `{name}` changed from {before} to {after}{via}: calls that omit it "
            f"behave differently{why}", _ptext(p), _ptext(q), None)

def _renamed(ctx: _Ctx, p: list, o_pos: list, n_pos: list, old: list, new: list, old_mod: str | None,
             new_mod: str | None, n_fn: dict) -> str | None:
    """The new parameter a removed one was probably renamed to, only with evidence: it takes the same slot and
    either both are required (positional calls still bind), the new function still handles the old name (a
    shim: `kwargs.pop("old")`, a renaming decorator), the names are alike, or both carry the same informative
    type (a project class, not a bool or str that any two flags share)."""
    if p not in o_pos:
        return None
    idx = o_pos.index(p)
    if idx >= len(n_pos) or n_pos[idx][0] in {x[0] for x in old}:
        return None
    q = n_pos[idx]
    if p[3] is None and q[3] is None:
        return q[0]
    if p[0] in (n_fn.get("mentions") or ()):
        return q[0]
    if _alike(p[0], q[0]):
        return q[0]
    if p[2] and q[2] and _informative(ctx, q[2], new_mod) and _subtype(ctx, p[2], old_mod, q[2], new_mod, ctx.ot, ctx.nt) in ("same", True):
        return q[0]
    return None


def _alike(a: str, b: str) -> bool:
    """Names that read as one renamed into the other: they share a word, one contains the other, or they are
    spelled nearly alike (`fname` / `filename`, `line_terminator` / `lineterminator`)."""
    import difflib

    a, b = a.lower().strip("_"), b.lower().strip("_")
    words = lambda n: {w for w in n.split("_") if len(w) >= 3}  # noqa: E731
    if words(a) & words(b):
        return True
    a, b = a.replace("_", ""), b.replace("_", "")
    if len(a) >= 3 and len(b) >= 3 and (a in b or b in a):
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


_UNINFORMATIVE = {"builtins.bool", "builtins.int", "builtins.str", "builtins.float", "builtins.bytes", "builtins.dict",
                  "builtins.list", "builtins.tuple", "builtins.set"}


def _informative(ctx: _Ctx, text: str, module: str | None) -> bool:
    """A type specific enough that two parameters sharing it are likely one parameter renamed."""
    t = ctx.nt.parse(text, module)
    if t is None or t in (T.ANY, T.OBJECT, T.NONE):
        return False
    if isinstance(t, T.Union):
        members = [m for m in t.members if m != T.NONE]
        return len(members) == 1 and _informative_type(members[0])
    return _informative_type(t)


def _informative_type(t) -> bool:
    if isinstance(t, T.Named):
        return not t.unresolved and t.name not in _UNINFORMATIVE
    return isinstance(t, (T.CallableT, T.TypeOf))


def _constant(side: ApiModel, module: str | None, text: str) -> str:
    """A default naming a module-level constant (`DEFAULT_QUEUE`) compares by the constant's literal value."""
    if module is None or not text.replace(".", "").replace("_", "").isalnum() or text[0].isdigit():
        return text
    t = side.resolve_dotted(module, text)
    if not t or not t.startswith("d:") or "." in t.split(":", 2)[2]:
        return text  # only module-level constants; an enum member or class attribute is compared by name
    obj = side.obj(t)
    value = (obj or {}).get("value")
    if obj and obj.get("k") == "attribute" and value and _static_value(value) is not _UNKNOWN:
        return value
    return text


_EMPTY_CALLS = {"tuple": (), "list": [], "dict": {}, "set": set(), "frozenset": frozenset(), "str": "", "int": 0,
                "float": 0.0, "bool": False, "bytes": b""}


def _same_default(a: str, b: str) -> bool:
    """Equal defaults however written: `()` and `tuple()`, `0x10` and `16`, `1 << 20` and `1048576`,
    `os.environ.get("K", None) or ""` and `os.getenv("K", "")`."""
    if _norm(a) == _norm(b) or (_env_lookup(a) is not None and _env_lookup(a) == _env_lookup(b)):
        return True
    va, vb = _static_value(a), _static_value(b)
    return va is not _UNKNOWN and vb is not _UNKNOWN and type(va) is type(vb) and va == vb


_UNKNOWN = object()

_ENV_GETTERS = {"os.environ.get", "os.getenv", "environ.get", "getenv"}


def _env_lookup(text: str) -> tuple | None:
    """An environment lookup with a fallback as (key, fallback): `os.environ.get(K, D)`, `os.getenv(K, D)`, and
    `os.environ.get(K) or ""` (the same as a fallback of "": an empty variable gives "" either way)."""
    import ast

    try:
        node = parse_expression(text).body
    except SyntaxError:
        return None
    fallback: object = None
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or) and len(node.values) == 2:
        last = node.values[1]
        if not (isinstance(last, ast.Constant) and last.value == ""):
            return None
        node, fallback = node.values[0], ""
    if not (isinstance(node, ast.Call) and dotted(node.func) in _ENV_GETTERS and not node.keywords
            and 1 <= len(node.args) <= 2 and all(isinstance(a, ast.Constant) for a in node.args)):
        return None
    key = node.args[0].value
    given = node.args[1].value if len(node.args) == 2 else None
    if fallback == "" and given not in (None, ""):
        return None  # `get(K, "x") or ""` is "" for an empty variable, "x" for a missing one: not one fallback
    return (key, fallback if given is None else given)


def _static_value(text: str) -> object:
    import ast

    def ev(node: ast.AST) -> object:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            items = [ev(e) for e in node.elts]
            return tuple(items) if isinstance(node, ast.Tuple) else (items if isinstance(node, ast.List) else set(items))
        if isinstance(node, ast.Dict) and all(k is not None for k in node.keys):
            return {ev(k): ev(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _EMPTY_CALLS \
                and not node.args and not node.keywords:
            return _EMPTY_CALLS[node.func.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            v = ev(node.operand)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return -v
        if isinstance(node, ast.BinOp) and type(node.op).__name__ in _INT_OPS:
            x, y = ev(node.left), ev(node.right)
            if isinstance(x, int) and isinstance(y, int) and not isinstance(x, bool) and abs(y) < 4096:
                return _INT_OPS[type(node.op).__name__](x, y)
        raise ValueError

    try:
        return ev(parse_expression(text).body)
    except (ValueError, SyntaxError, TypeError, RecursionError):
        return _UNKNOWN


def _norm(text: str) -> str:
    import ast

    try:
        return ast.dump(parse_expression(text))
    except SyntaxError:
        return text


def _ann_norm(text: str) -> str:
    """An annotation's text up to spelling: whitespace and a quoted (forward-reference) form compare equal."""
    import ast

    try:
        node = parse_expression(text.strip()).body
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node = parse_expression(node.value.strip()).body
        return ast.dump(node)
    except (SyntaxError, ValueError, RecursionError):
        return text.strip()


def _subtype(ctx: _Ctx, a_text: str, a_mod: str | None, b_text: str, b_mod: str | None, a_st: TypeResolver, b_st: TypeResolver):
    """Is the type written `a_text` (in a_mod) a subtype of `b_text`? "same" when both are the same type however
    spelled (aliases expanded, unions normalised; not mere mutual compatibility, which `Any` gives for free).
    "base-subtype" (new <= old checks only) when the new type is not a subtype now but was one at base: its values
    still offer what the old type did, while code annotated with the old type no longer type-checks.
    "retargeted" when the text is the same on both sides, no name in it was redefined,
    yet it does not provably mean the same: a name now refers to another definition (see _retarget_note)."""
    try:
        a = a_st.parse(a_text, a_mod, ctx.tv_old if a_st is ctx.ot else ctx.tv_new)
        b = b_st.parse(b_text, b_mod, ctx.tv_old if b_st is ctx.ot else ctx.tv_new)
        redefined = bool(ctx.changed_names) and any(
            re.search(rf"\b{re.escape(n)}\b", a_text + " " + b_text) for n in ctx.changed_names if n in a_text + b_text)
        if a is not None and b is not None and redefined:
            a, b = expand_aliases(a, a_st), expand_aliases(b, b_st)  # an alias redefined under the same name
        if ctx.h.typevar_flexible and a is not None and b is not None:
            a, b = substitute(a, ctx.h.typevar_flexible), substitute(b, ctx.h.typevar_flexible)
        if a is None or b is None or a == b:
            return "same"
        if expand_aliases(a, a_st) == expand_aliases(b, b_st):
            return "same"  # the same type however written: an alias and its expansion, a reordered union
        r = T.is_subtype(a, b, ctx.h)
        if r is False and a_st is ctx.nt and b_st is ctx.ot:
            # values of the new type, read where the old type was promised: in the base hierarchy the new type may
            # have been a subclass of the old one (a base merged into its subclass, two classes swapping places)
            base_h = ProjectHierarchy(ctx.ot)
            at_base = T.is_subtype(a, b, base_h)
            if at_base is True:
                # if the old type's class is gone nobody can name it any more: simply narrower
                return True if _names_gone(ctx, b) else "base-subtype"
            if at_base is False and T.is_subtype(a, b, base_h, covariant_only=True) is True:
                return "invariance"
        if r is not True and not redefined and _ann_norm(a_text) == _ann_norm(b_text):
            return "retargeted"
        if r is False and T.is_subtype(a, b, ctx.h, covariant_only=True) is True:
            return "invariance"
        return r
    except RecursionError:
        return None


_BASE_SUBTYPE = ("at base the new type was a subclass of the old one, so its values still offer what was promised; "
                 "the hierarchy changed, so type checkers reject code annotated with the old type")


def _names_gone(ctx: _Ctx, t: T.Type) -> bool:
    """Whether a type names a project class that only the base side defines."""
    stack, seen = [t], 0
    while stack and seen < 200:
        x = stack.pop()
        seen += 1
        if isinstance(x, T.Named):
            found = ctx.h._find(x.name)
            if found is not None and found[0] is ctx.ot:
                return True
            stack.extend(x.args or ())
        elif isinstance(x, T.Union):
            stack.extend(x.members)
        elif isinstance(x, T.TupleT):
            stack.extend(x.items)
        elif isinstance(x, T.TypeOf):
            stack.append(x.item)
        elif isinstance(x, T.CallableT):
            stack.append(x.ret)
            stack.extend(x.params or ())
    return False


def _retarget_note(ctx: _Ctx, text: str, old_mod: str | None, new_mod: str | None) -> str:
    """Which names in an annotation whose text did not change now refer to other definitions."""
    changed = []
    for tok in dict.fromkeys(_NAME_TOKEN.findall(text)):
        o = ctx.ot.resolver(old_mod)(tok)
        n = ctx.nt.resolver(new_mod)(tok)
        if o and n and o != n:
            changed.append(f"`{tok}` now names `{n}` (was `{o}`)")
    if not changed:
        return "the annotation text is unchanged, but what it names changed"
    return "the annotation text is unchanged, but " + "; ".join(changed)


_NAME_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


def _same_text_note(ctx: _Ctx, old_text: str, new_text: str, old_mod: str | None, new_mod: str | None) -> str:
    """For an annotation whose text did not change, what did: " (`Params` was redefined)" or the retarget note."""
    if _ann_norm(old_text) != _ann_norm(new_text):
        return ""
    redefined = [n for n in dict.fromkeys(t.rsplit(".", 1)[-1] for t in _NAME_TOKEN.findall(new_text)) if n in ctx.changed_names]
    if redefined:
        return " (the text is unchanged; " + ", ".join(f"`{n}`" for n in redefined) + " was redefined)"
    return f" ({_retarget_note(ctx, new_text, old_mod, new_mod)})"


def _compare_return(ctx: _Ctx, path: str, oe: Entry, ne: Entry, o_ret: str | None, n_ret: str | None) -> None:
    if not o_ret or not n_ret:
        return
    r = _subtype(ctx, n_ret, ne.module, o_ret, oe.module, ctx.nt, ctx.ot)
    if r == "same":
        return
    if r is not True and ctx.ot.parse(o_ret, oe.module, ctx.tv_old) == T.NONE:
        # callers of a function that returned None cannot have used its value: nothing they do breaks
        _add(ctx, "return-type-widened", path, ne, f"`{path}` now returns `{n_ret}` where it returned None: existing callers "
             "cannot depend on the old value, so nothing breaks (new callers may use the result)", old=o_ret, new=n_ret, severity="info")
        return
    note = _same_text_note(ctx, o_ret, n_ret, oe.module, ne.module)
    if r is True:
        _add(ctx, "return-type-narrowed", path, ne, f"`{path}` now returns `{n_ret}` (was `{o_ret}`), a narrower type{note}", old=o_ret, new=n_ret)
    elif r is False:
        _add(ctx, "return-type-widened", path, ne, f"`{path}` may now return values outside `{o_ret}`: it returns `{n_ret}`{note}", old=o_ret, new=n_ret)
    elif r == "invariance":
        _add(ctx, "return-type-widened", path, ne, f"return type of `{path}` changed from `{o_ret}` to `{n_ret}`: compatible element by element, but the container is invariant, so type checkers reject old uses",
             old=o_ret, new=n_ret, severity="risk")
    elif r == "retargeted":
        _add(ctx, "return-type-widened", path, ne, f"return type of `{path}` may have changed: {_retarget_note(ctx, n_ret, oe.module, ne.module)}, "
             "and changeproof cannot prove every new value is an old one", old=o_ret, new=n_ret, severity="risk")
    elif r == "base-subtype":
        _add(ctx, "return-type-widened", path, ne, f"return type of `{path}` changed from `{o_ret}` to `{n_ret}`: {_BASE_SUBTYPE}",
             old=o_ret, new=n_ret, severity="risk")
    elif _norm(o_ret) != _norm(n_ret):
        _add(ctx, "return-type-widened", path, ne, f"return type of `{path}` changed from `{o_ret}` to `{n_ret}` and changeproof cannot prove every new value is an old one",
             old=o_ret, new=n_ret, severity="risk")


# -- classes and attributes ------------------------------------------------------------------------------

def _compare_classes(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> None:
    if oe.target == ne.target and ctx.settled is not None and ctx.settled.same(oe.target):
        # the same class information on both sides (so the same frozenness, kind and external bases): only the names
        # its ancestors have can differ, and with them nothing is lost
        chain = ctx.settled.chain(oe.target)[1:]
        if [ctx.ot.canonical(c) for c in chain] == [ctx.nt.canonical(c) for c in chain]:
            return
    oi, ni = ctx.old.class_info(oe.target), ctx.new.class_info(ne.target)
    if oi is None or ni is None:
        return
    if ni.frozen and not oi.frozen and oi.kind.removeprefix("inherited-") in ("dataclass", "attrs", "class", "pydantic"):
        for f in ctx.new.fields(ni):
            if f["name"].startswith("_"):
                continue
            fpath = f"{path}.{f['name']}"
            fe = ctx.new.entries.get(fpath)
            before = ctx.old.entries.get(fpath)
            if before is None or before.kind != "attribute" or _readonly(before, ctx.old):
                continue  # it was not assignable before either
            _add(ctx, "object-kind-changed", fpath, fe or ne, f"`{path}` is now frozen: assigning to `{f['name']}` raises FrozenInstanceError",
                 old=f"{f['name']} (writable)", new=f"{f['name']} (read-only)", line=f.get("line"))
    old_anc = _ancestors(ctx.old, ctx.ot, oi)
    new_anc = _ancestors(ctx.new, ctx.nt, ni)
    lost = [a for a in old_anc if a not in new_anc and not _private_name(a) and not _custom_isinstance(ctx, a)
            and not _still_ancestor(ctx, a, new_anc)]
    # a base the engine could not resolve at base (`six.moves.http_client.HTTPConnection`) is no provable loss when
    # a base of the same name is there now (`http.client.HTTPConnection`): most likely the same class reached another way
    unresolved = {b[2:] for b in oi.external_bases if b.startswith("u:")}
    lost = [a for a in lost if not (a in unresolved and any(n.rsplit(".", 1)[-1] == a.rsplit(":", 1)[-1].rsplit(".", 1)[-1] for n in new_anc))]
    if lost:
        # an ancestor lost by a base class that is still an ancestor is reported at that base, once
        inherited_loss: set[str] = set()
        for b in oi.chain[1:]:
            bname = ctx.ot.canonical(b)
            if bname in new_anc:
                bi = ctx.old.class_info(b)
                if bi is not None:
                    inherited_loss.update(_ancestors(ctx.old, ctx.ot, bi))
        lost = [a for a in lost if a not in inherited_loss]
    if lost:
        _add(ctx, "base-class-removed", path, ne,
             f"`{path}` no longer inherits from {', '.join(f'`{a}`' for a in lost)}: isinstance/issubclass checks and inherited members change",
             old=", ".join((oe.obj or {}).get("bases", [])), new=", ".join((ne.obj or {}).get("bases", [])))


def _private_name(name: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in name.split("."))


def _custom_isinstance(ctx: _Ctx, name: str) -> bool:
    """The class named `name` at head has a metaclass defining __instancecheck__/__subclasscheck__: isinstance
    against it is whatever that code says (e.g. a deprecated alias that still matches its replacement)."""
    found = ctx.h._find(name)
    if found is None:
        return False
    st, target, obj = found
    if obj.get("k") != "class":
        return False
    meta = obj.get("kw", {}).get("metaclass")
    if not meta:
        return False
    mt = st.side.resolve_dotted(st.side.module_of(target), meta)
    info = st.side.class_info(mt) if mt else None
    if info is None:
        return False
    return any(m in info.members for m in ("__instancecheck__", "__subclasscheck__"))


_STDLIB_ALIASES = {"builtins.IOError": "builtins.OSError", "builtins.EnvironmentError": "builtins.OSError",
                   "typing.TypedDict": None, "typing_extensions.TypedDict": None}


def _ancestors(side: ApiModel, st: TypeResolver, info) -> list[str]:
    out = ["builtins.tuple"] if info.kind.removeprefix("inherited-") == "namedtuple" else []
    for c in info.chain[1:]:
        name = st.canonical(c)
        if name:
            out.append(name)
    for b in info.external_bases:
        name = T._canon_name(b[2:])
        name = _STDLIB_ALIASES.get(name, name)
        if name is None or name in ("builtins.object", "typing.Generic", "typing.NamedTuple", "collections.namedtuple"):
            continue
        out.append(name)
    return out


def _still_ancestor(ctx: _Ctx, lost: str, new_anc: list[str]) -> bool:
    """A stdlib ancestor that a new stdlib base still implies (Exception via RuntimeError, str via StrEnum)."""
    if "." not in lost or lost.split(".")[0] not in _STDLIB_ROOTS:
        return False
    return any(T.is_subtype(T.Named(n), T.Named(lost), ctx.h) is True for n in new_anc)


_STDLIB_ROOTS = {"builtins", "enum", "collections", "typing", "abc", "numbers", "io", "os", "pathlib", "datetime",
                 "decimal", "json", "re", "asyncio", "concurrent", "contextlib", "functools", "socket", "ssl"}


def _readonly(entry: Entry, side: ApiModel) -> bool:
    obj = entry.obj or {}
    if entry.kind == "property":
        return not obj.get("setter")
    if obj.get("final"):
        return True
    if entry.owner is not None:
        info = side.class_info(entry.owner)
        if info is not None and info.frozen:
            return True
    return False


def _compare_attributes(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> None:
    o, n = oe.obj or {}, ne.obj or {}
    if o.get("newtype") and n.get("newtype"):
        r = _subtype(ctx, o["newtype"], oe.module, n["newtype"], ne.module, ctx.ot, ctx.nt)
        if r != "same":
            back = _subtype(ctx, n["newtype"], ne.module, o["newtype"], oe.module, ctx.nt, ctx.ot)
            if not (r is True and back is True):
                _add(ctx, "attribute-type-changed", path, ne, f"NewType `{path}` now wraps `{n['newtype']}` (was `{o['newtype']}`): "
                     "values built the old way no longer type-check, and its runtime values change type",
                     old=o.get("value"), new=n.get("value"), severity=None if False in (r, back) else "risk")
        return
    if oe.kind == "property" and ne.kind == "property" and o.get("setter") and not n.get("setter"):
        _add(ctx, "object-kind-changed", path, ne, f"property `{path}` lost its setter: assigning to it now raises AttributeError",
             old=_sig_text(oe), new=_sig_text(ne))
    ot = o.get("ret") if oe.kind == "property" else o.get("ann")
    nt = n.get("ret") if ne.kind == "property" else n.get("ann")
    if not ot or not nt:
        return
    ot, nt = _strip_qualifier(ot), _strip_qualifier(nt)
    if ot is None or nt is None:
        return
    readonly = _readonly(oe, ctx.old) and _readonly(ne, ctx.new)
    fwd = _subtype(ctx, nt, ne.module, ot, oe.module, ctx.nt, ctx.ot)  # new <= old: readers safe
    if fwd == "same":
        return
    back = None if readonly else _subtype(ctx, ot, oe.module, nt, ne.module, ctx.ot, ctx.nt)  # old <= new: writers safe
    if fwd == "base-subtype" and (readonly or back in (True, "same", "invariance")):
        _add(ctx, "attribute-type-changed", path, ne, f"type of attribute `{path}` changed from `{ot}` to `{nt}`: {_BASE_SUBTYPE}",
             old=ot, new=nt, severity="risk")
        return
    if "retargeted" in (fwd, back) and not (readonly and fwd is True):
        _add(ctx, "attribute-type-changed", path, ne, f"type of attribute `{path}` may have changed: {_retarget_note(ctx, nt, oe.module, ne.module)}, "
             "and changeproof cannot prove it is compatible", old=ot, new=nt, severity="risk")
        return
    if readonly:
        if fwd == "invariance":
            fwd = None
        if fwd is False:
            note = _same_text_note(ctx, ot, nt, oe.module, ne.module)
            _add(ctx, "attribute-type-changed", path, ne, f"read-only attribute `{path}` may now hold values outside `{ot}`: it is `{nt}`{note}", old=ot, new=nt)
        elif fwd is None and _norm(ot) != _norm(nt):
            _add(ctx, "attribute-type-changed", path, ne, f"type of read-only attribute `{path}` changed from `{ot}` to `{nt}` and changeproof cannot prove it is compatible",
                 old=ot, new=nt, severity="risk")
        return
    if fwd is True and back is True:
        return
    if "invariance" in (fwd, back) and False not in (fwd, back):
        _add(ctx, "attribute-type-changed", path, ne, f"type of attribute `{path}` changed from `{ot}` to `{nt}`: compatible element by element, but the container is invariant, so type checkers reject old uses",
             old=ot, new=nt, severity="risk")
        return
    if fwd is False or back is False:
        who = "readers" if fwd is False else "code that assigns to it"
        note = _same_text_note(ctx, ot, nt, oe.module, ne.module)
        _add(ctx, "attribute-type-changed", path, ne, f"type of mutable attribute `{path}` changed from `{ot}` to `{nt}`{note}: {who} can break (attributes are invariant)",
             old=ot, new=nt)
    elif _norm(ot) != _norm(nt):
        _add(ctx, "attribute-type-changed", path, ne, f"type of attribute `{path}` changed from `{ot}` to `{nt}` and changeproof cannot prove it is equivalent",
             old=ot, new=nt, severity="risk")


def _strip_qualifier(text: str) -> str | None:
    """`Final[int]` -> `int`, `ClassVar[int]` -> `int`; bare `Final` -> None (type inferred)."""
    t = text.strip().strip("'\"")
    for q in ("Final", "ClassVar", "typing.Final", "typing.ClassVar", "t.Final", "t.ClassVar"):
        if t == q:
            return None
        if t.startswith(q + "[") and t.endswith("]"):
            return t[len(q) + 1:-1]
    return text


# -- field findings: report once ---------------------------------------------------------------------------

def _dedupe_fields(ctx: _Ctx) -> list[Finding]:
    """For dataclass-like classes a field change shows twice (field and constructor): keep one."""
    by_obj = {(f.kind, f.object) for f in ctx.findings}
    synth_inits = {p for p, e in ctx.new.entries.items() if p.endswith(".__init__") and (e.obj or {}).get("synthesised")}
    out = []
    for f in ctx.findings:
        if f.object in synth_inits and f.parameter:
            cls = f.object[: -len(".__init__")]
            field_path = f"{cls}.{f.parameter}"
            if f.kind == "parameter-removed" and (("object-removed", field_path) in by_obj or ("export-removed", field_path) in by_obj):
                continue
            if f.kind == "parameter-added-optional" and ("object-added", field_path) in by_obj:
                continue
            if f.kind in ("parameter-type-narrowed", "parameter-type-widened") and ("attribute-type-changed", field_path) in by_obj:
                continue
        if f.kind == "object-added" and f.object and "." in f.object:
            cls, name = f.object.rsplit(".", 1)
            if f"{cls}.__init__" in synth_inits and any(
                    g.kind == "parameter-added-required" and g.object == f"{cls}.__init__" and g.parameter == name for g in ctx.findings):
                continue
        out.append(f)
    return out


# -- text ---------------------------------------------------------------------------------------------

def _ptext(p: list) -> str:
    name, kind, ann, default = p
    prefix = {"vp": "*", "vk": "**"}.get(kind, "")
    text = prefix + name
    if ann:
        text += f": {ann}"
    if default is not None:
        text += f" = {default}" if ann else f"={default}"
    return text


def _params_text(params: list[list], ret: str | None) -> str:
    parts: list[str] = []
    saw_kw = False
    for i, p in enumerate(params):
        if p[1] == "ko" and not saw_kw:
            parts.append("*")
        if p[1] in ("vp", "ko"):
            saw_kw = True
        parts.append(_ptext(p))
        if p[1] == "po" and (i + 1 == len(params) or params[i + 1][1] != "po") and not p[0].startswith("__"):
            parts.append("/")
    text = f"({', '.join(parts)})"
    if ret:
        text += f" -> {ret}"
    return text


def _sig_text(e: Entry) -> str | None:
    obj = e.obj or {}
    name = e.path.rsplit(".", 1)[-1]
    if e.kind == "function":
        prefix = "async def " if obj.get("async") else "def "
        return prefix + name + _params_text(obj.get("params", []), obj.get("ret"))
    if e.kind == "class":
        bases = obj.get("bases") or []
        return f"class {name}" + (f"({', '.join(bases)})" if bases else "")
    if e.kind == "property":
        return f"@property {name}" + (f" -> {obj['ret']}" if obj.get("ret") else "")
    if e.kind in ("attribute", "enum-member"):
        text = name
        if obj.get("ann"):
            text += f": {obj['ann']}"
        if obj.get("value"):
            text += f" = {obj['value']}"
        return text
    if e.kind == "module":
        return f"module {e.path}"
    return None
