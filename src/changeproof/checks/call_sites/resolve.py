"""What a callee reference reaches on one side: a project function, method or class and the signature a call must bind, something missing, or something not known."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ...api.compare import signature_text as sig_text
from ...api.external import external_provides
from ...api.linker import ApiModel
from ...api.linker import target_path as natural_path
from ...astutil import dotted as _dotted
from ...astutil import parse_expression
from .binding import Callee, signature_key, strip_bound

# decorators that replace a function by something with another call signature
_SIG_CHANGING_DECOS = {"command", "group", "option", "argument", "pass_context", "pass_obj", "fixture", "given",
                       "parametrize", "patch", "patch.object", "patch.dict", "patch.multiple", "make_pass_decorator",
                       "singledispatch", "overload"}

@dataclass
class _Res:
    """What a reference resolves to on one side."""

    kind: str  # obj | inst | missing | unknown
    target: str | None = None
    via: str = "plain"  # plain | class | instance: how the last attribute was reached
    path: str | None = None


_UNKNOWN = _Res("unknown")


class Resolver:
    """Resolves side-independent references on one side, with a cache."""

    def __init__(self, side: ApiModel, tops: set[str], exists: set[str]):
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
            node = parse_expression(ann).body
        except SyntaxError:
            return _UNKNOWN
        for _ in range(4):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                try:
                    node = parse_expression(node.value).body
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

    def callee(self, res: _Res) -> Callee | None:
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
            sigs = [strip_bound(o["params"]) for o in rec.get("overloads") or []] or [strip_bound(rec.get("params", []))]
            extra = info.kind.removeprefix("inherited-") == "pydantic"
            return Callee(path, parts[-1], sigs, sig_text(parts[-1], sigs[0], cls=True), signature_key(sigs, extra), extra)
        if obj.get("k") != "function" or _sig_changing(obj):
            return None
        method = obj.get("method")
        bound = (method == "instance" and res.via == "instance") or (method == "class" and res.via in ("class", "instance"))
        raw = [o["params"] for o in obj.get("overloads") or []] or [obj.get("params", [])]
        sigs = [strip_bound(p) if bound else p for p in raw]
        display = ".".join(parts[-2:]) if method and len(parts) > 1 else parts[-1]
        text = sig_text(parts[-1], obj.get("params", []), obj.get("ret"), is_async=bool(obj.get("async")))
        return Callee(path, display, sigs, text, signature_key(sigs, False))


def _open_class(side: ApiModel, info, name: str) -> bool:
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

def is_declaration(side: ApiModel, target: str | None) -> bool:
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


def described(r: Resolver, res: _Res) -> tuple[str | None, str | None]:
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
