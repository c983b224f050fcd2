"""Call sites: every call to a project callable whose signature changed must still bind at head.

The API check says *what* changed in a signature; this check finds *who* it breaks. Every ``.py`` file of the
head snapshot (production code, tests, scripts; and every file under each ``--consumer`` directory) is
parsed, and each call whose callee resolves statically to a project function, method or class is checked
against the callee's signature at base and at head:

- positional count (``*args`` absorbs extras), keyword names (``**kwargs`` absorbs unknown ones), required
  parameters provided, positional-only parameters not passed by keyword; a call with ``*x`` / ``**y``
  unpacking is not held to the parts the unpacking could cover;
- a callee that no longer exists at head (a removed method still called elsewhere) is broken too.

Callees are resolved without running anything: names imported from project modules (``from pkg.mod import
f``, ``import pkg.mod as m; m.f()``), module-level functions and classes of the same file, ``Class(...)``
constructors (explicit ``__init__`` or the synthesised constructor of a dataclass / attrs class / NamedTuple),
``Class.method(...)``, ``self.method(...)`` and ``cls.method(...)`` inside the class's own methods, and
instances whose type is evident in the same function (``x = Manager(...); x.send(...)``, a parameter annotated
``mgr: Manager``). Anything else (a value returned by a function, a global reassigned elsewhere, ``super()``)
is not guessed at.

Only callables whose binding signature (parameter names, kinds, which have defaults) differs between base
and head are checked. A call that does not bind the base signature either is pre-existing.

Files the API engine does not treat as project modules (tests, scripts, consumer code) join the linked sides as
pseudo-modules (:mod:`changeproof.project.modules`), so their imports and definitions resolve through the same
linker.
"""

from __future__ import annotations

import ast
import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...api.compare import signature_text as sig_text
from ...api.external import external_provides
from ...api.linker import Side
from ...api.linker import target_path as natural_path
from ...astutil import dotted as _dotted
from ...astutil import parse as parse_source
from ...project.modules import ProjectFiles, consumer_files, pseudo_name
from ...model import Finding, Problem
from . import rules
from ..base import Check, CheckContext, Skip, finding

__all__ = ["CHECK", "CallSites"]


_MAX_FILE = 2_000_000  # bytes: larger "Python" files are generated data, not code worth scanning

# decorators that replace a function by something with another call signature
_SIG_CHANGING_DECOS = {"command", "group", "option", "argument", "pass_context", "pass_obj", "fixture", "given",
                       "parametrize", "patch", "patch.object", "patch.dict", "patch.multiple", "make_pass_decorator",
                       "singledispatch", "overload"}


# =============================================================================================== the check

@dataclass(frozen=True)
class _Shape:
    """What a call passes: explicit positional count, unpacking, keyword names."""

    npos: int  # explicit positional arguments
    before_star: int  # explicit positional arguments before the first *x
    star: bool
    kws: tuple[str, ...]
    dstar: bool

    @classmethod
    def of(cls, call: ast.Call) -> _Shape:
        npos, before, star = 0, 0, False
        for a in call.args:
            if isinstance(a, ast.Starred):
                star = True
            else:
                npos += 1
                if not star:
                    before += 1
        kws = tuple(k.arg for k in call.keywords if k.arg is not None)
        return cls(npos, before, star, kws, any(k.arg is None for k in call.keywords))


@dataclass
class _Callee:
    path: str  # dotted path of the callee
    display: str  # short name for messages: `Manager.send_to_user`, `Manager`
    sigs: list[list[list]]  # parameter lists a call must bind (several for overloads), bound params stripped
    text: str  # the signature as written
    key: tuple  # what binding depends on
    extra_kwargs: bool = False  # accepts unknown keywords anyway (pydantic models ignore extras)


def _bind(params: list[list], shape: _Shape, name: str, now: bool, extra_kwargs: bool = False) -> list[tuple[str, str | None]]:
    """Why a call of this shape does not bind these parameters ([] when it does)."""
    reasons: list[tuple[str, str | None]] = []
    pos = [p for p in params if p[1] in ("po", "pk")]
    has_vp = any(p[1] == "vp" for p in params)
    has_vk = extra_kwargs or any(p[1] == "vk" for p in params)
    takes = "now takes" if now else "takes"
    if not shape.star and shape.npos > len(pos) and not has_vp:
        n = len(pos)
        plural = "s" if shape.npos != 1 else ""
        reasons.append((f"passes {shape.npos} positional argument{plural}, `{name}` {takes} {n if n else 'none'}", None))
    explicit = shape.before_star if shape.star else shape.npos
    bound = {p[0] for p in pos[:explicit]}
    by_name = {p[0]: p for p in params if p[1] in ("pk", "ko")}
    po_names = {p[0] for p in params if p[1] == "po"}
    seen: set[str] = set()
    for kw in shape.kws:
        p = by_name.get(kw)
        if p is None:
            if has_vk:
                continue
            if kw in po_names:
                reasons.append((f"passes positional-only parameter `{kw}` by keyword", kw))
            else:
                reasons.append((f"keyword `{kw}` is not accepted" + (" any more" if now else ""), kw))
            continue
        if kw in bound or kw in seen:
            reasons.append((f"passes `{kw}` both positionally and by keyword", kw))
            continue
        seen.add(kw)
    given = bound | seen
    for p in params:
        if p[1] in ("vp", "vk") or p[3] is not None or p[0] in given:
            continue
        if p[1] == "po" and shape.star:
            continue
        if p[1] == "pk" and (shape.star or shape.dstar):
            continue
        if p[1] == "ko" and shape.dstar:
            continue
        reasons.append((f"required parameter `{p[0]}` not passed", p[0]))
    return reasons


def _strip_bound(params: list[list]) -> list[list]:
    return params[1:] if params and params[0][1] in ("po", "pk") else params


def _sig_key(sigs: list[list[list]], extra: bool) -> tuple:
    return (tuple(tuple((p[0], p[1], p[3] is None) for p in s) for s in sigs), extra)


@dataclass
class _Res:
    """What a reference resolves to on one side."""

    kind: str  # obj | inst | missing | unknown
    target: str | None = None
    via: str = "plain"  # plain | class | instance: how the last attribute was reached
    path: str | None = None


_UNKNOWN = _Res("unknown")


class _Resolver:
    """Resolves side-independent references on one side, with a cache."""

    def __init__(self, side: Side, tops: set[str], exists: set[str]):
        self.side = side
        self.tops = tops
        self.exists = exists  # modules that exist as files (summarised by the engine or not)
        self._cache: dict[tuple, _Res] = {}
        self._below: dict[str, set[str]] | None = None

    def defined_below(self, class_target: str, name: str) -> bool:
        """Whether some subclass has the member: `self.hook()` in a base class whose subclasses define `hook`
        (or a mixin whose partner class does) is not a call to something missing."""
        if self._below is None:
            below: dict[str, set[str]] = {}
            side = self.side
            for module, summ in side.summaries.items():
                for cname, obj in summ.get("members", {}).items():
                    if obj.get("k") != "class":
                        continue
                    info = side.class_info(f"d:{module}:{cname}")
                    if info is None or len(info.chain) < 2:
                        continue
                    for anc in info.chain[1:]:
                        below.setdefault(anc, set()).update(info.members)
            self._below = below
        return name in self._below.get(class_target, ())

    def resolve(self, ref: tuple) -> _Res:
        hit = self._cache.get(ref)
        if hit is None:
            hit = self._cache[ref] = self._resolve(ref)
        return hit

    def _gone(self, module: str) -> bool:
        """A project module that does not exist on this side at all (not merely left out of the analysis)."""
        return module.split(".")[0] in self.tops and module not in self.exists

    def _open_module(self, module: str | None) -> bool:
        """A module that serves names through a module-level `__getattr__` (a def or `__getattr__ = ...`)."""
        summ = self.side.summaries.get(module) if module else None
        if summ is None:
            return False
        return summ.get("getattr") is not None or "__getattr__" in summ.get("members", {}) or \
            "__getattr__" in self.side.namespace(module)

    def _target(self, t: str | None, missing_path: str, module: str | None = None) -> _Res:
        side = self.side
        if t is None:
            if self._open_module(module):
                return _UNKNOWN
            return _Res("missing", path=missing_path)
        if t.startswith("u:"):
            mod = t.split(":", 2)[1]
            if mod in side.summaries or self._gone(mod):
                return _Res("missing", path=missing_path)  # re-exported from a module that lacks it, or is gone
            return _UNKNOWN
        if t.startswith(("g:", "x:")):
            return _UNKNOWN
        mod = side.module_of(t)
        if mod is not None and mod in side.broken:
            return _UNKNOWN
        return _Res("obj", t, "plain", natural_path(t))

    def _resolve(self, ref: tuple) -> _Res:
        side = self.side
        tag = ref[0]
        if tag == "glob":
            _, module, name = ref
            if module not in side.summaries:
                return _UNKNOWN if module in side.broken or module not in side.modules else _Res("missing", path=f"{module}.{name}")
            if name not in side.namespace(module):
                if self._open_module(module):
                    return _UNKNOWN
                return _Res("missing", path=f"{module}.{name}")
            return self._target(side.resolve(module, name), f"{module}.{name}", module)
        if tag == "imp":
            _, absmod, name = ref
            if absmod in side.broken:
                return _UNKNOWN
            if not side.is_internal(absmod):
                return _Res("missing", path=f"{absmod}.{name}") if self._gone(absmod) else _UNKNOWN
            return self._target(side.resolve(absmod, name), f"{absmod}.{name}", absmod)
        if tag == "mod":
            absmod = ref[1]
            if side.is_internal(absmod):
                return _Res("obj", f"m:{absmod}", "plain", absmod)
            return _Res("missing", path=absmod) if self._gone(absmod) else _UNKNOWN
        if tag == "inst":
            r = self.resolve(ref[1])
            if r.kind == "obj" and r.target and r.target.startswith("d:"):
                obj = side.obj(r.target)
                if obj is not None and obj.get("k") == "class":
                    return _Res("inst", r.target, "plain", r.path)
                if obj is not None and obj.get("k") == "function" and not obj.get("async") and obj.get("ret"):
                    return self._annotated(r.target, obj["ret"])  # `get_manager().send(...)`: what it returns
            return _UNKNOWN
        if tag == "attr":
            r = self.resolve(ref[1])
            if r.kind == "obj" and r.target and r.target.startswith("d:"):
                obj = side.obj(r.target) or {}
                if obj.get("k") in ("attribute", "property"):
                    # `self.manager.send(...)` where `manager: Manager` is declared: an instance of Manager
                    r = self._annotated(r.target, obj.get("ann") if obj.get("k") == "attribute" else obj.get("ret"))
            name = ref[2]
            if r.kind == "missing":
                return _Res("missing", path=f"{r.path}.{name}")
            if r.kind == "unknown" or not r.target:
                return _UNKNOWN
            t = r.target
            if r.kind == "obj" and t.startswith("m:"):
                mod = t[2:]
                if mod in side.broken:
                    return _UNKNOWN
                if mod not in side.summaries:
                    sub = f"{mod}.{name}"
                    return _Res("obj", f"m:{sub}", "plain", sub) if side.is_internal(sub) else _UNKNOWN
                return self._target(side.resolve(mod, name), f"{mod}.{name}", mod)
            if t.startswith("d:"):
                info = side.class_info(t)
                if info is None:
                    return _UNKNOWN
                via = "class" if r.kind == "obj" else "instance"
                mt = info.members.get(name)
                member_path = f"{r.path}.{name}"
                if mt is None:
                    if name == "__init__":
                        return _UNKNOWN
                    if _open_class(side, info, name) or self.defined_below(t, name):
                        return _UNKNOWN
                    return _Res("missing", path=member_path)
                res = self._target(mt, member_path)
                if res.kind == "obj":
                    return _Res("obj", res.target, via, member_path)
                return res
            return _UNKNOWN
        return _UNKNOWN  # pragma: no cover

    def _annotated(self, target: str, ann: str | None) -> _Res:
        """An instance of the project class an annotation names (``X``, ``"X"``, ``X | None``,
        ``Optional[X]``), as written in the module that defines ``target``."""
        side = self.side
        module = side.module_of(target)
        if not ann or module is None or module not in side.summaries:
            return _UNKNOWN
        try:
            node = ast.parse(ann, mode="eval").body
        except SyntaxError:
            return _UNKNOWN
        for _ in range(4):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                try:
                    node = ast.parse(node.value, mode="eval").body
                except SyntaxError:
                    return _UNKNOWN
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
                sides = [n for n in (node.left, node.right) if not (isinstance(n, ast.Constant) and n.value is None)]
                if len(sides) != 1:
                    return _UNKNOWN
                node = sides[0]
            elif isinstance(node, ast.Subscript) and (_dotted(node.value) or "").rsplit(".", 1)[-1] == "Optional":
                node = node.slice
            else:
                break
        name = _dotted(node)
        if not name:
            return _UNKNOWN
        t = side.resolve_annotation_name(module, name)
        if not t or not t.startswith("d:") or (side.obj(t) or {}).get("k") != "class":
            return _UNKNOWN
        return _Res("inst", t, "plain", natural_path(t))

    def callee(self, res: _Res) -> _Callee | None:
        """The signature a call of what ``res`` names must bind, None when it is not a known callable."""
        side = self.side
        if res.kind != "obj" or not res.target or not res.target.startswith(("d:", "s:")):
            return None
        obj = side.obj(res.target)
        if obj is None:
            return None
        path = res.path or natural_path(res.target) or ""
        parts = path.split(".")
        if obj.get("k") == "class":
            info = side.class_info(res.target)
            if info is None or info.protocol or info.enum or info.kind == "typeddict":
                return None
            init = info.members.get("__init__")
            rec = side.obj(init) if init else None
            if rec is None or rec.get("k") != "function" or _sig_changing(rec):
                return None
            if rec.get("synthesised") == "class" and any(
                    (side.obj(c) or {}).get("decos") or (side.obj(c) or {}).get("kw", {}).get("metaclass")
                    for c in info.chain):
                return None  # object's constructor, unless a decorator or metaclass we do not model makes one
            sigs = [_strip_bound(o["params"]) for o in rec.get("overloads") or []] or [_strip_bound(rec.get("params", []))]
            extra = info.kind.removeprefix("inherited-") == "pydantic"
            return _Callee(path, parts[-1], sigs, sig_text(parts[-1], sigs[0], cls=True), _sig_key(sigs, extra), extra)
        if obj.get("k") != "function" or _sig_changing(obj):
            return None
        method = obj.get("method")
        bound = (method == "instance" and res.via == "instance") or (method == "class" and res.via in ("class", "instance"))
        raw = [o["params"] for o in obj.get("overloads") or []] or [obj.get("params", [])]
        sigs = [_strip_bound(p) if bound else p for p in raw]
        display = ".".join(parts[-2:]) if method and len(parts) > 1 else parts[-1]
        text = sig_text(parts[-1], obj.get("params", []), obj.get("ret"), is_async=bool(obj.get("async")))
        return _Callee(path, display, sigs, text, _sig_key(sigs, False))


def _open_class(side: Side, info, name: str) -> bool:
    """Whether a class may have ``name`` without a project definition: an external base that has it (or
    that changeproof cannot list), a ``__getattr__`` hook, a metaclass."""
    if external_provides(info.external_bases, name) is not False:
        return True
    for c in info.chain:
        obj = side.obj(c) or {}
        if "__getattr__" in obj.get("members", {}) or "__getattribute__" in obj.get("members", {}):
            return True
        meta = obj.get("kw", {}).get("metaclass")
        if meta and meta.rsplit(".", 1)[-1] not in ("ABCMeta", "EnumMeta", "EnumType"):
            return True
    return False


def _sig_changing(obj: dict) -> bool:
    for d in obj.get("decos", []) or []:
        last = d.rsplit(".", 1)[-1]
        tail2 = ".".join(d.split(".")[-2:])
        if last in _SIG_CHANGING_DECOS or tail2 in _SIG_CHANGING_DECOS:
            if last == "overload":
                continue
            return True
    return False


# ------------------------------------------------------------------------------------------------ scopes

_FUNC = (ast.FunctionDef, ast.AsyncFunctionDef)


class _Scope:
    def __init__(self, kind: str, parent: _Scope | None, scan: _FileScan, class_ref: tuple | None = None):
        self.kind = kind  # module | function | class
        self.parent = parent
        self.scan = scan
        self.locals: set[str] = set()
        self.typed: dict[str, Any] = {}  # name -> ("ref", ref) | ("expr", node) | ("ann", node) | None (ambiguous)
        self.class_ref = class_ref  # for class scopes: a reference to the class itself
        self._busy: set[str] = set()

    def lookup(self, name: str, origin: _Scope | None = None) -> tuple | None:
        origin = origin or self
        if self.kind == "class" and origin is not self:
            return self.parent.lookup(name, origin) if self.parent else None
        if self.kind == "module":
            # `manager = Manager()` at module level, assigned once and never rebound through `global`: the
            # module's singleton, an instance of Manager wherever the module uses it
            if name in self.typed and (origin is self or name not in self.scan.rebound):
                return self._typed(name)
            return self.scan.root_ref(name)
        if name in self.locals:
            return self._typed(name) if name in self.typed else None
        return self.parent.lookup(name, origin) if self.parent else None

    def _typed(self, name: str) -> tuple | None:
        entry = self.typed.get(name)
        if entry is None or name in self._busy:
            return None
        self._busy.add(name)
        try:
            what, value = entry
            if what == "ref":
                return value
            if what == "expr":
                r = self.expr_ref(value)
                return ("inst", r) if r is not None else None
            if what == "ann":
                return self.ann_ref(value)
            return None
        finally:
            self._busy.discard(name)

    def expr_ref(self, node: ast.expr) -> tuple | None:
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute):
            inner = self.expr_ref(node.value)
            return ("attr", inner, node.attr) if inner is not None else None
        if isinstance(node, ast.Call) and not node.args and not node.keywords and isinstance(node.func, ast.Name) \
                and node.func.id == "super":
            return None
        if isinstance(node, ast.Call):
            inner = self.expr_ref(node.func)
            return ("inst", inner) if inner is not None else None
        return None

    def ann_ref(self, node: ast.expr | None, _depth: int = 0) -> tuple | None:
        """An annotation naming a project class: an instance of it (``type[X]``: the class itself)."""
        if node is None or _depth > 4:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            left, right = node.left, node.right
            if isinstance(right, ast.Constant) and right.value is None:
                return self.ann_ref(left, _depth + 1)
            if isinstance(left, ast.Constant) and left.value is None:
                return self.ann_ref(right, _depth + 1)
            return None
        if isinstance(node, ast.Subscript):
            head = _dotted(node.value) or ""
            last = head.rsplit(".", 1)[-1]
            inner = node.slice
            if last == "Optional":
                return self.ann_ref(inner, _depth + 1)
            if last == "Annotated" and isinstance(inner, ast.Tuple) and inner.elts:
                return self.ann_ref(inner.elts[0], _depth + 1)
            if last in ("type", "Type") and isinstance(inner, (ast.Name, ast.Attribute)):
                return self.expr_ref(inner)
            return None
        if isinstance(node, (ast.Name, ast.Attribute)):
            r = self.expr_ref(node)
            return ("inst", r) if r is not None else None
        return None


def _statements(tree: ast.AST):
    """Every statement of a tree (not expressions: cheaper than ast.walk)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            for child in getattr(node, name, None) or ():
                if isinstance(child, (ast.stmt, ast.excepthandler)) or type(child).__name__ == "match_case":
                    yield child
                    stack.append(child)


def _leaf(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _is_importerror_guard(node: ast.Try) -> bool:
    for h in node.handlers:
        if h.type is None:
            return True
        names = [h.type] if not isinstance(h.type, ast.Tuple) else list(h.type.elts)
        for n in names:
            d = (_dotted(n) or "").rsplit(".", 1)[-1]
            if d in ("ImportError", "ModuleNotFoundError", "Exception", "BaseException"):
                return True
    return False


class _FileScan:
    """The calls of one file, with a side-independent reference for each callee."""

    def __init__(self, module: str, tree: ast.Module, head: Side, names: set[str]):
        self.module = module
        self.tree = tree
        self.head = head
        self.names = names  # leaf names worth resolving
        self.calls: list[tuple[ast.Call, tuple]] = []
        self._roots: dict[str, tuple | None] = {}
        self.rebound: set[str] = set()  # module names some function rebinds with `global`

    def root_ref(self, name: str) -> tuple | None:
        if name in self._roots:
            return self._roots[name]
        ref: tuple | None = None
        binding = self.head.namespace(self.module).get(name) if self.module in self.head.summaries else None
        if binding is not None:
            kind = binding[0]
            if kind in ("from", "star"):
                ref = ("imp", binding[1], binding[2])
            elif kind == "mod":
                ref = ("mod", binding[1])
            else:
                ref = ("glob", self.module, name)
        self._roots[name] = ref
        return ref

    def run(self, lines: list[int]) -> list[tuple[ast.Call, tuple]]:
        """``lines``: where the text has `name(` for a name worth resolving (sorted)."""
        if not lines:
            return []
        self._cand_lines = lines
        self.rebound = {n for node in ast.walk(self.tree) if isinstance(node, ast.Global) for n in node.names} \
            if any(isinstance(n, ast.Global) for n in _statements(self.tree)) else set()
        scope = _Scope("module", None, self)
        self._collect(scope, self.tree.body, params=None)
        self._walk_body(scope, self.tree.body)
        return self.calls

    def _has_candidate(self, node: ast.AST) -> bool:
        """Whether a call worth resolving starts within the node's lines (subtrees without one are skipped)."""
        lines = self._cand_lines
        i = bisect.bisect_left(lines, node.lineno)
        return i < len(lines) and lines[i] <= (node.end_lineno or node.lineno)

    # -- what each scope binds ------------------------------------------------------------------------
    def _collect(self, scope: _Scope, body: list[ast.stmt], params: ast.arguments | None) -> None:
        assigned: dict[str, list] = {}
        plain: set[str] = set()
        declared_global: set[str] = set()
        if params is not None:
            for a in params.posonlyargs + params.args + params.kwonlyargs:
                if a.annotation is not None:
                    assigned.setdefault(a.arg, []).append(("ann", a.annotation))
                else:
                    plain.add(a.arg)
            for a in (params.vararg, params.kwarg):
                if a is not None:
                    plain.add(a.arg)
        stack: list[ast.AST] = list(body)
        while stack:
            node = stack.pop()
            if isinstance(node, _FUNC + (ast.ClassDef,)):
                plain.add(node.name)
                stack.extend(node.decorator_list)
                if isinstance(node, ast.ClassDef):
                    stack.extend(node.bases)
                    stack.extend(k.value for k in node.keywords)
                else:
                    stack.extend(d for d in node.args.defaults + node.args.kw_defaults if d is not None)
                continue
            if isinstance(node, ast.Lambda):
                stack.extend(node.args.defaults)
                continue
            if isinstance(node, (ast.Global, ast.Nonlocal)):
                declared_global.update(node.names)
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)) and scope.kind != "module":
                for a in node.names:
                    if a.name == "*":
                        continue
                    if isinstance(node, ast.Import):
                        local = a.asname or a.name.split(".")[0]
                        target = a.name if a.asname else a.name.split(".")[0]
                        assigned.setdefault(local, []).append(("ref", ("mod", target)))
                    else:
                        ref = "." * node.level + (node.module or "")
                        absmod = self.head.absolute(self.module, ref) if self.module in self.head.modules else ref
                        assigned.setdefault(a.asname or a.name, []).append(("ref", ("imp", absmod, a.name)))
                continue
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Call):
                assigned.setdefault(node.targets[0].id, []).append(("expr", node.value.func))
                stack.append(node.value)
                continue
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                assigned.setdefault(node.target.id, []).append(("ann", node.annotation))
                if node.value is not None:
                    stack.append(node.value)
                continue
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                plain.add(node.id)
            elif isinstance(node, ast.ExceptHandler) and node.name or isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
                plain.add(node.name)
            elif isinstance(node, ast.MatchMapping) and node.rest:
                plain.add(node.rest)
            stack.extend(ast.iter_child_nodes(node))
        if scope.kind == "module":
            # module level: names resolve through the linker's namespace; only `x = Cls(...)` adds a type
            for name, entries in assigned.items():
                if name in plain or len({ast.dump(v) if isinstance(v, ast.AST) else repr(v) for _, v in entries}) != 1:
                    continue
                if entries[0][0] == "expr":
                    scope.typed[name] = entries[0]
            return
        names = (set(assigned) | plain) - declared_global
        scope.locals = names
        for name, entries in assigned.items():
            if name in plain or name in declared_global:
                continue
            kinds = {(w, ast.dump(v) if isinstance(v, ast.AST) else repr(v)) for w, v in entries}
            scope.typed[name] = entries[0] if len(kinds) == 1 else None

    # -- walking ---------------------------------------------------------------------------------------
    def _walk_body(self, scope: _Scope, body: list[ast.stmt]) -> None:
        for stmt in body:
            self._walk(scope, stmt)

    def _walk(self, scope: _Scope, node: ast.AST) -> None:
        if isinstance(node, ast.stmt) and not self._has_candidate(node):
            return
        if isinstance(node, _FUNC):
            for d in node.decorator_list:
                self._walk(scope, d)
            for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self._walk(scope, d)
            self._function(scope, node)
            return
        if isinstance(node, ast.ClassDef):
            for d in node.decorator_list + node.bases + [k.value for k in node.keywords]:
                self._walk(scope, d)
            class_ref = None
            if scope.kind == "module":
                class_ref = ("glob", self.module, node.name)
            elif scope.kind == "class" and scope.class_ref is not None:
                class_ref = ("attr", scope.class_ref, node.name)
            inner = _Scope("class", scope, self, class_ref)
            inner.locals = set()
            self._walk_body(inner, node.body)
            return
        if isinstance(node, ast.Lambda):
            for d in node.args.defaults:
                self._walk(scope, d)
            inner = _Scope("function", scope, self)
            self._collect(inner, [ast.Expr(node.body)], node.args)
            self._walk(inner, node.body)
            return
        if isinstance(node, ast.Call):
            self._call(scope, node)
        for child in ast.iter_child_nodes(node):
            self._walk(scope, child)

    def _function(self, scope: _Scope, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        inner = _Scope("function", scope, self)
        self._collect(inner, node.body, node.args)
        if scope.kind == "class" and scope.class_ref is not None:
            decos = {(_dotted(d) or "").rsplit(".", 1)[-1] for d in node.decorator_list}
            args = node.args.posonlyargs + node.args.args
            if args and "staticmethod" not in decos and args[0].annotation is None:
                first = args[0].arg
                if "classmethod" in decos or node.name in ("__new__", "__init_subclass__", "__class_getitem__"):
                    inner.typed[first] = ("ref", scope.class_ref)
                else:
                    inner.typed[first] = ("ref", ("inst", scope.class_ref))
                if first not in inner.locals:
                    inner.locals.add(first)
        self._walk_body(inner, node.body)

    def _call(self, scope: _Scope, call: ast.Call) -> None:
        func = call.func
        if _leaf(func) not in self.names:
            return
        ref = scope.expr_ref(func)
        if ref is not None:
            self.calls.append((call, ref))


# ------------------------------------------------------------------------------------------------ changes

def _changed_names(old: Side, new: Side, same: set[str], extra: list[tuple[dict, dict]] = ()) -> set[str]:
    """Leaf names of definitions that differ between the sides (or exist on one only), and of classes
    inheriting from one: a call whose callee's name is not in here cannot reach a changed callable.
    ``extra``: (base, head) summaries of changed files that are not project modules (tests, scripts)."""
    names: set[str] = set()
    changed_classes: set[str] = set()

    def diff(module: str, qual: str, a: dict, b: dict) -> None:
        for name in set(a) | set(b):
            x, y = a.get(name), b.get(name)
            if x == y or (x is not None and y is not None and _no_lines(x) == _no_lines(y)):
                continue  # unchanged, or only moved up or down the file
            names.add(name)
            q = f"{qual}.{name}" if qual else name
            if (x or {}).get("k") == "class" or (y or {}).get("k") == "class":
                changed_classes.add(f"d:{module}:{q}")
                diff(module, q, (x or {}).get("members", {}) if (x or {}).get("k") == "class" else {},
                     (y or {}).get("members", {}) if (y or {}).get("k") == "class" else {})

    for module in set(old.summaries) | set(new.summaries):
        if module in same:
            continue
        a, b = old.summaries.get(module), new.summaries.get(module)
        if a is b:
            continue
        diff(module, "", (a or {}).get("members", {}), (b or {}).get("members", {}))
    for i, (a, b) in enumerate(extra):
        diff(f"<file{i}>", "", (a or {}).get("members", {}), (b or {}).get("members", {}))
    if changed_classes:
        for side in (old, new):
            for module, summ in side.summaries.items():
                for name, obj in summ.get("members", {}).items():
                    if obj.get("k") != "class" or name in names:
                        continue
                    info = side.class_info(f"d:{module}:{name}")
                    if info is not None and any(c in changed_classes for c in info.chain):
                        names.add(name)
    return names


def _no_lines(obj):
    """A summary record without its line numbers: a definition that only moved compares equal."""
    if isinstance(obj, dict):
        return {k: _no_lines(v) for k, v in obj.items() if k != "line"}
    if isinstance(obj, list):
        return [_no_lines(v) for v in obj]
    return obj


# ------------------------------------------------------------------------------------------------ the check

@dataclass
class _Caller:
    path: str  # report path
    module: str  # (pseudo) module name
    data: bytes
    base_path: str | None  # the same file at base (for pseudo-modules' own definitions), None when new
    lines: list[int]  # lines with a call-like mention of a changed name
    consumer: bool = False  # a --consumer file: the same on both sides


@dataclass
class _Stats:
    calls: int = 0
    callees: set[str] = field(default_factory=set)
    broken: int = 0


class CallSites(Check):
    id = "call-sites"
    title = "Call sites"
    reads = "every call in the head tree (production code, tests, --consumer checkouts) to a project callable whose signature changed"
    runs_code = False

    def run(self, ctx: CheckContext) -> list[Finding]:
        self._stats = _Stats()
        pf = ctx.project.python_files
        if not pf.tops:
            raise Skip("no Python package or module found at base or head")
        old, new = pf.base_side, pf.head_side
        files_b, files_h = ctx.files("base"), ctx.files("head")
        same_modules = {name for path, name in pf.head_modules.items()
                        if pf.base_modules.get(path) == name and files_b.get(path) == files_h.get(path)}
        # changed files that are not project modules: their own functions are callees of their own calls
        others = [p for p in pf.head_py if p not in pf.head_modules
                  and files_b.get(pf.renamed.get(p, p)) != files_h.get(p)]
        extra: list[tuple[dict, dict]] = []
        if others:
            got_h = ctx.project.summaries(ctx.head.read_many(others))
            olds = [pf.renamed.get(p, p) for p in others if pf.renamed.get(p, p) in files_b]
            got_b = ctx.project.summaries(ctx.base.read_many(olds)) if olds else {}
            extra = [(got_b.get(pf.renamed.get(p, p)) or {}, got_h[p]) for p in others]
        names = _changed_names(old, new, same_modules, extra)
        if not names:
            return []
        callers = self._callers(ctx, pf, names)
        if not callers:
            return []
        # pseudo-modules: files the engine does not treat as project modules, on both sides
        extra_h: dict[str, tuple[str, bytes]] = {}
        extra_b: dict[str, tuple[str, bytes]] = {}
        base_paths = set(files_b)
        for c in callers:
            if c.module in new.modules:
                continue
            extra_h[c.module] = (c.path, c.data)
            if c.consumer:
                extra_b[c.module] = (c.path, c.data)
            elif c.base_path is not None and c.base_path in base_paths:
                extra_b[c.module] = (c.base_path, ctx.base.read(c.base_path))
        head_side, bad_h = ctx.project.augmented(new, extra_h) if extra_h else (new, set())
        base_side, _ = ctx.project.augmented(old, extra_b) if extra_b else (old, set())
        rb, rh = _Resolver(base_side, pf.tops, pf.exists["base"]), _Resolver(head_side, pf.tops, pf.exists["head"])
        findings: list[Finding] = []
        for caller in callers:
            if caller.module in bad_h or caller.module in new.broken:
                continue
            tree, _ = parse_source(caller.data, caller.path)
            if tree is None:
                continue
            try:
                calls = _FileScan(caller.module, tree, head_side, names).run(caller.lines)
            except RecursionError:
                ctx.problems.append(Problem(caller.path, "call sites not checked: the file is too deeply nested", "head"))
                continue
            seen: set[tuple] = set()
            for call, ref in calls:
                f = self._check_call(caller, call, ref, rb, rh)
                if f is not None and (f.line, f.object, f.message) not in seen:
                    seen.add((f.line, f.object, f.message))
                    findings.append(f)
        return findings

    def _callers(self, ctx: CheckContext, pf: ProjectFiles, names: set[str]) -> list[_Caller]:
        """The files worth parsing: those that mention a changed name."""
        out: list[_Caller] = []
        taken: set[str] = set(pf.head_side.modules)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\s*\(")
        head_paths = [p for p in pf.head_py]
        contents = ctx.head.read_many(head_paths) if head_paths else {}
        base_files = set(ctx.files("base"))
        for path in head_paths:
            data = contents[path]
            lines = _call_lines(data, pattern) if len(data) <= _MAX_FILE else []
            if not lines:
                continue
            module = pf.head_modules.get(path)
            if module is None:
                module, _ = pseudo_name(path, pf.tops, taken)
                taken.add(module)
            base_path = pf.renamed.get(path, path)
            out.append(_Caller(path, module, data, base_path if base_path in base_files else None, lines))
        for i, consumer in enumerate(ctx.consumers):
            consumer = Path(consumer)
            if not consumer.is_dir():
                ctx.problems.append(Problem(str(consumer), "consumer not checked: not a directory", None))
                continue
            label = consumer.resolve().name or f"consumer{i + 1}"
            for rel, full in consumer_files(consumer):
                try:
                    data = full.read_bytes()
                except OSError as exc:
                    ctx.problems.append(Problem(f"{label}/{rel}", f"could not read: {exc.strerror or exc}", None))
                    continue
                lines = _call_lines(data, pattern) if len(data) <= _MAX_FILE else []
                if not lines:
                    continue
                if parse_source(data, rel)[0] is None:
                    ctx.problems.append(Problem(f"{label}/{rel}", "call sites not checked: the file does not parse", None))
                    continue
                module, _ = pseudo_name(rel, pf.tops, taken, prefix=f"__consumer{i}__.")
                taken.add(module)
                out.append(_Caller(f"{label}/{rel}", module, data, None, lines, consumer=True))
        return out

    def _check_call(self, caller: _Caller, call: ast.Call, ref: tuple, rb: _Resolver, rh: _Resolver) -> Finding | None:
        res_h = rh.resolve(ref)
        if res_h.kind == "unknown":
            return None
        res_b = rb.resolve(ref)
        cb = rb.callee(res_b) if res_b.kind == "obj" else None
        if res_h.kind == "missing":
            path, text = (cb.path, cb.text) if cb is not None else _described(rb, res_b)
            if path is None:
                return None  # not a project function or class at base either
            return self._gone(caller, call, path, text, "this call fails")
        if cb is not None and res_h.kind == "obj" and res_h.target != res_b.target and _declaration(rh.side, res_h.target) \
                and not _declaration(rb.side, res_b.target):
            # the implementation is gone: the call now reaches a Protocol's stub or an abstract declaration
            owner = (natural_path(res_h.target.rsplit(".", 1)[0]) or "").rsplit(".", 1)[-1]
            return self._gone(caller, call, cb.path, cb.text, f"this call now reaches the declaration in `{owner}` "
                              "(a stub that does nothing, or an abstract method), not an implementation")
        ch = rh.callee(res_h)
        if ch is None:
            if cb is not None and res_h.kind == "obj" and res_h.target:
                obj = rh.side.obj(res_h.target) or {}
                if obj.get("k") == "property":
                    self._stats.calls += 1
                    self._stats.callees.add(cb.path)
                    self._stats.broken += 1
                    return finding(rules.CALL_SITE_BROKEN, path=caller.path, line=call.lineno, object=cb.path,
                                   old=cb.text, new=f"@property {cb.path.rsplit('.', 1)[-1]}",
                                   message=f"`{cb.display}` is a property at head: this call calls the value it returns")
            return None
        if cb is None or cb.key == ch.key:
            return None  # new at head, not a known callable at base, or its binding signature is unchanged
        self._stats.calls += 1
        self._stats.callees.add(ch.path)
        shape = _Shape.of(call)
        name = ch.display.rsplit(".", 1)[-1]
        reasons_h = _first_fit(ch, shape, name, now=True)
        if not reasons_h:
            return None
        reasons_b = _first_fit(cb, shape, name, now=False)
        pre = bool(reasons_b)
        if not pre:
            self._stats.broken += 1
        params = {p for _, p in reasons_h if p}
        message = f"`{ch.display}` changed and this call no longer binds: " + "; ".join(r for r, _ in reasons_h)
        if pre:
            message = f"this call to `{ch.display}` does not bind: " + "; ".join(r for r, _ in reasons_h) + \
                      " (it did not bind the base signature either)"
        return finding(rules.CALL_SITE_BROKEN, path=caller.path, line=call.lineno, object=ch.path,
                       parameter=params.pop() if len(params) == 1 else None, old=cb.text, new=ch.text,
                       message=message, preexisting=pre)

    def _gone(self, caller: _Caller, call: ast.Call, path: str, text: str | None, what: str) -> Finding:
        """A call to a callable that no longer exists (as an implementation) at head."""
        self._stats.calls += 1
        self._stats.callees.add(path)
        self._stats.broken += 1
        parts = path.split(".")
        short = ".".join(parts[-2:]) if len(parts) > 1 else path
        return finding(rules.CALL_SITE_BROKEN, path=caller.path, line=call.lineno, object=path, old=text, new=None,
                       message=f"`{short}` no longer exists at head: {what} (it was `{text}` at base)")

    def summary(self, findings: list[Finding]) -> str:
        s = getattr(self, "_stats", None) or _Stats()
        pre = sum(1 for f in findings if f.preexisting)
        text = (f"{s.calls} call site{'s' if s.calls != 1 else ''} to {len(s.callees)} changed "
                f"callable{'s' if len(s.callees) != 1 else ''} checked, {s.broken} broken")
        if pre:
            text += f", {pre} pre-existing"
        return text


def _declaration(side: Side, target: str | None) -> bool:
    """A Protocol's stub method or an abstract method: a declaration, not an implementation."""
    if not target or not target.startswith("d:") or "." not in target.split(":", 2)[2]:
        return False
    rec = side.obj(target) or {}
    if rec.get("k") not in ("function", "property"):
        return False
    if rec.get("abstract"):
        return True
    info = side.class_info(target.rsplit(".", 1)[0])
    return bool(info is not None and info.protocol and rec.get("stub"))


def _described(r: _Resolver, res: _Res) -> tuple[str | None, str | None]:
    """(path, text) of a base function or class whose call signature is not modelled."""
    if res.kind != "obj" or not res.target or not res.target.startswith("d:"):
        return None, None
    obj = r.side.obj(res.target) or {}
    path = res.path or natural_path(res.target) or ""
    name = path.rsplit(".", 1)[-1]
    if obj.get("k") == "class":
        return path, f"class {name}"
    if obj.get("k") == "function":
        return path, sig_text(name, obj.get("params", []), obj.get("ret"), is_async=bool(obj.get("async")))
    return None, None


def _first_fit(callee: _Callee, shape: _Shape, name: str, now: bool) -> list[tuple[str, str | None]]:
    """[] when some signature (overload) of the callee binds the call, else the reasons of the first."""
    first: list[tuple[str, str | None]] | None = None
    for sig in callee.sigs:
        reasons = _bind(sig, shape, name, now, callee.extra_kwargs)
        if not reasons:
            return []
        if first is None:
            first = reasons
    return first or []


def _call_lines(data: bytes, pattern: re.Pattern) -> list[int]:
    """Line numbers (1-based, sorted) where the text calls one of the names: `name(`, `obj.name (`."""
    text = data.decode("utf-8", "replace")
    out: list[int] = []
    line, pos = 1, 0
    for m in pattern.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if not out or out[-1] != line:
            out.append(line)
    return out


CHECK = CallSites
