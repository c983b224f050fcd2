"""The comparison: two linked sides in, findings out.

Every public path of the base is matched with the same path at head. Paths only at base are removals
(reported once, at the top-most removed object, at its report path), paths only at head are additions, and
paths on both sides compare the objects they reach: kind, signature, types (through the lattice), bases,
abstractness. Each pair of objects is compared once, however many public paths reach it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Finding
from .rules import RULES as _RULE_LIST
from . import types as T
from .linker import Entry, ApiModel
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
    changed_names: set[str] = field(default_factory=set)
    tv_old: tuple = ()  # the TypeVars of the signature being compared, per side
    tv_new: tuple = ()


def compare_sides(old: ApiModel, new: ApiModel, old_broken: set[str] = frozenset(), new_broken: set[str] = frozenset()) -> list[Finding]:
    _expand_changed_classes(old, new)
    ot = TypeResolver(old)
    nt = TypeResolver(new, prefer=set(old.report_path.values()))
    ctx = _Ctx(old, new, ot, nt, ProjectHierarchy(nt, ot), [], set(old_broken), set(new_broken))
    _removals(ctx)
    _additions(ctx)
    _common(ctx)
    return _dedupe_fields(ctx)


def _expand_changed_classes(old: ApiModel, new: ApiModel) -> None:
    """List members only of classes that differ: an unchanged class has nothing to report, however many
    members it inherits. Classes on one side only are reported once, as a whole, so they stay folded."""
    if old.class_paths or new.class_paths:
        queue = [p for p in old.class_paths if p in new.class_paths]
        while queue:
            path = queue.pop()
            if path not in old.class_paths or path not in new.class_paths:
                continue
            ot, nt = old.class_paths[path][0], new.class_paths[path][0]
            if ot == nt and old.class_fingerprint(ot) == new.class_fingerprint(nt):
                continue
            before = set(old.class_paths)
            old.expand(path)
            new.expand(path)
            queue.extend(p for p in old.class_paths if p not in before and p in new.class_paths)
    old.finish()
    new.finish()


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
        if primary != path and primary not in new.entries and old.entries[primary].member_of is not None:
            continue  # the object is gone from its report path too: reported once, there (or at its parent)
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
        what = "module" if e.kind == "module" else _describe_kind(e)
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
    """The member came from a public base class that still defines it but is no longer an ancestor."""
    if not e.target.startswith("d:") or e.target.startswith(e.owner + "."):
        return False
    definer = e.target.rsplit(".", 1)[0]
    name = ctx.ot.canonical(definer)
    if not name or _private_name(name) or ctx.new.obj(e.target) is None:
        return False
    info = ctx.new.class_info(where.target)
    return info is not None and definer not in info.chain


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
    # private module-level names (`_DEFAULT`) are not entries: compare summaries of modules present on both sides
    for module, nsumm in ctx.new.summaries.items():
        osumm = ctx.old.summaries.get(module)
        if osumm is None or osumm is nsumm:
            continue
        for name, nobj in nsumm["members"].items():
            if nobj.get("k") == "attribute" and name.startswith("_"):
                oobj = osumm["members"].get(name)
                if oobj is not None and oobj != nobj:
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
        return ev(ast.parse(text, mode="eval").body)
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
    try:
        deltas = compare_signatures(ctx, ob, nb, oe.module, ne.module)
        for kind, param, message, old, new, severity in deltas:
            _add(ctx, kind, path, ne, message, parameter=param, old=old, new=new, severity=severity)
        if not n_ovl and o.get("async", False) == n.get("async", False):
            _compare_return(ctx, path, oe, ne, o.get("ret"), n.get("ret"))
    finally:
        ctx.tv_old = ctx.tv_new = ()
        ctx.h.typevar_bases = {}
        ctx.h.typevar_flexible = {}


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


def compare_signatures(ctx: _Ctx, old: list[list], new: list[list], old_mod: str | None, new_mod: str | None):
    """Deltas between two parameter lists (bound parameters already stripped)."""
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
                if n_vk is not None and (n_vp is not None or True):
                    continue  # absorbed by **kwargs (and *args for positional callers)
                renamed = _renamed(p, o_pos, n_pos, old, new)
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
                out.append(("parameter-kind-changed", name, f"parameter `{name}` is now keyword-only: a positional argument for it now lands in the new `*{n_vp[0]}` "
                            "(no error, but a different meaning unless the function maps it back)", _ptext(p), _ptext(q), "risk"))
        else:  # keyword-only
            q = n_by_name.get(name)
            if q is None:
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
    for p, q in pairs:
        name = p[0]
        if p[3] is not None and q[3] is None:
            out.append(("parameter-now-required", name, f"parameter `{name}` lost its default: calls that omitted it now fail", _ptext(p), _ptext(q), None))
        elif p[3] is not None and q[3] is not None and not _same_default(
                _constant(ctx.old, old_mod, p[3]), _constant(ctx.new, new_mod, q[3])):
            ov, nv = _constant(ctx.old, old_mod, p[3]), _constant(ctx.new, new_mod, q[3])
            via = f" (`{p[3]}` is now `{nv}`, was `{ov}`)" if p[3] == q[3] else ""
            out.append(("parameter-default-changed", name, f"default of `{name}` changed from `{p[3]}` to `{q[3]}`{via}: calls that omit it behave differently", _ptext(p), _ptext(q), None))
        if p[2] and q[2]:
            r = _subtype(ctx, p[2], old_mod, q[2], new_mod, ctx.ot, ctx.nt)
            if r == "same":
                pass
            elif r is True:
                out.append(("parameter-type-widened", name, f"parameter `{name}` now accepts `{q[2]}` (was `{p[2]}`)", _ptext(p), _ptext(q), None))
            elif r is False:
                out.append(("parameter-type-narrowed", name, f"parameter `{name}` no longer accepts every `{p[2]}`: it now takes `{q[2]}`", _ptext(p), _ptext(q), None))
            elif r == "invariance":
                out.append(("parameter-type-narrowed", name, f"type of parameter `{name}` changed from `{p[2]}` to `{q[2]}`: compatible element by element, "
                            "but the container is invariant, so type checkers reject old calls (runtime calls are unaffected)", _ptext(p), _ptext(q), "risk"))
            else:
                if _norm(p[2]) != _norm(q[2]):
                    out.append(("parameter-type-narrowed", name, f"type of parameter `{name}` changed from `{p[2]}` to `{q[2]}` and changeproof cannot prove the new type accepts every old value",
                                _ptext(p), _ptext(q), "risk"))
    # variadics
    if o_vp is not None and n_vp is None:
        out.append(("parameter-removed", o_vp[0], f"`*{o_vp[0]}` was removed: calls passing extra positional arguments now fail", "*" + o_vp[0], None, None))
    if o_vk is not None and n_vk is None:
        out.append(("parameter-removed", o_vk[0], f"`**{o_vk[0]}` was removed: calls passing extra keyword arguments now fail", "**" + o_vk[0], None, None))
    # new parameters
    for q in new:
        if q[1] in ("vp", "vk") or id(q) in matched:
            continue
        if q[3] is None:
            if q[1] == "po" and o_vp is not None:
                pass
            out.append(("parameter-added-required", q[0], f"new required parameter `{q[0]}`: existing calls do not pass it and now fail", None, _ptext(q), None))
        else:
            out.append(("parameter-added-optional", q[0], f"new optional parameter `{q[0]}`", None, _ptext(q), None))
    return out


def _renamed(p: list, o_pos: list, n_pos: list, old: list, new: list) -> str | None:
    if p in o_pos:
        idx = o_pos.index(p)
        if idx < len(n_pos) and n_pos[idx][0] not in {x[0] for x in old}:
            return n_pos[idx][0]
    return None


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
    """Equal defaults however written: `()` and `tuple()`, `0x10` and `16`, `1 << 20` and `1048576`."""
    if _norm(a) == _norm(b):
        return True
    va, vb = _static_value(a), _static_value(b)
    return va is not _UNKNOWN and vb is not _UNKNOWN and type(va) is type(vb) and va == vb


_UNKNOWN = object()


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
        return ev(ast.parse(text, mode="eval").body)
    except (ValueError, SyntaxError, TypeError, RecursionError):
        return _UNKNOWN


def _norm(text: str) -> str:
    import ast

    try:
        return ast.dump(ast.parse(text, mode="eval"))
    except SyntaxError:
        return text


def _subtype(ctx: _Ctx, a_text: str, a_mod: str | None, b_text: str, b_mod: str | None, a_st: TypeResolver, b_st: TypeResolver):
    """Is the type written `a_text` (in a_mod) a subtype of `b_text`? "same" when both mean the same type."""
    try:
        a = a_st.parse(a_text, a_mod, ctx.tv_old if a_st is ctx.ot else ctx.tv_new)
        b = b_st.parse(b_text, b_mod, ctx.tv_old if b_st is ctx.ot else ctx.tv_new)
        if a is not None and b is not None and ctx.changed_names and any(
                re.search(rf"\b{re.escape(n)}\b", a_text + " " + b_text) for n in ctx.changed_names if n in a_text + b_text):
            a, b = expand_aliases(a, a_st), expand_aliases(b, b_st)  # an alias redefined under the same name
        if ctx.h.typevar_flexible and a is not None and b is not None:
            a, b = substitute(a, ctx.h.typevar_flexible), substitute(b, ctx.h.typevar_flexible)
        if a is None or b is None or a == b:
            return "same"
        r = T.is_subtype(a, b, ctx.h)
        if r is False and T.is_subtype(a, b, ctx.h, covariant_only=True) is True:
            return "invariance"
        return r
    except RecursionError:
        return None


def _compare_return(ctx: _Ctx, path: str, oe: Entry, ne: Entry, o_ret: str | None, n_ret: str | None) -> None:
    if not o_ret or not n_ret:
        return
    r = _subtype(ctx, n_ret, ne.module, o_ret, oe.module, ctx.nt, ctx.ot)
    if r == "same":
        return
    if r is True:
        _add(ctx, "return-type-narrowed", path, ne, f"`{path}` now returns `{n_ret}` (was `{o_ret}`), a narrower type", old=o_ret, new=n_ret)
    elif r is False:
        _add(ctx, "return-type-widened", path, ne, f"`{path}` may now return values outside `{o_ret}`: it returns `{n_ret}`", old=o_ret, new=n_ret)
    elif r == "invariance":
        _add(ctx, "return-type-widened", path, ne, f"return type of `{path}` changed from `{o_ret}` to `{n_ret}`: compatible element by element, but the container is invariant, so type checkers reject old uses",
             old=o_ret, new=n_ret, severity="risk")
    elif _norm(o_ret) != _norm(n_ret):
        _add(ctx, "return-type-widened", path, ne, f"return type of `{path}` changed from `{o_ret}` to `{n_ret}` and changeproof cannot prove every new value is an old one",
             old=o_ret, new=n_ret, severity="risk")


# -- classes and attributes ------------------------------------------------------------------------------

def _compare_classes(ctx: _Ctx, path: str, oe: Entry, ne: Entry) -> None:
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
    if readonly:
        if fwd == "invariance":
            fwd = None
        if fwd is False:
            _add(ctx, "attribute-type-changed", path, ne, f"read-only attribute `{path}` may now hold values outside `{ot}`: it is `{nt}`", old=ot, new=nt)
        elif fwd is None and _norm(ot) != _norm(nt):
            _add(ctx, "attribute-type-changed", path, ne, f"type of read-only attribute `{path}` changed from `{ot}` to `{nt}` and changeproof cannot prove it is compatible",
                 old=ot, new=nt, severity="risk")
        return
    back = _subtype(ctx, ot, oe.module, nt, ne.module, ctx.ot, ctx.nt)  # old <= new: writers safe
    if fwd is True and back is True:
        return
    if "invariance" in (fwd, back) and False not in (fwd, back):
        _add(ctx, "attribute-type-changed", path, ne, f"type of attribute `{path}` changed from `{ot}` to `{nt}`: compatible element by element, but the container is invariant, so type checkers reject old uses",
             old=ot, new=nt, severity="risk")
        return
    if fwd is False or back is False:
        who = "readers" if fwd is False else "code that assigns to it"
        _add(ctx, "attribute-type-changed", path, ne, f"type of mutable attribute `{path}` changed from `{ot}` to `{nt}`: {who} can break (attributes are invariant)",
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
