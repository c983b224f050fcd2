"""Linking: from per-file summaries to the public API of one side of a change.

The linker builds each module's namespace (definitions, imports, wildcard imports, ``__all__``), resolves
re-exports and aliases to the object they name, computes class hierarchies (MRO over project classes,
inherited members, synthesised constructors of dataclasses, attrs classes, NamedTuples, TypedDicts and pydantic
models), and lists every public path with the object it reaches.

Targets are strings:
``m:pkg.mod`` a module; ``d:pkg.mod:Qual.name`` a definition; ``s:<class target>.__init__`` a synthesised
constructor; ``x:os.path.join`` something outside the project; ``g:pkg.mod:name`` a name served by a module
``__getattr__``; ``u:pkg.mod:name`` an internal reference that does not resolve.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from .discover import ModuleFile

_SIMPLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")

# dunder attributes that are plumbing, not API
_IGNORED_DUNDERS = {
    "__doc__", "__module__", "__slots__", "__annotations__", "__dict__", "__weakref__", "__all__", "__match_args__",
    "__dataclass_fields__", "__dataclass_params__", "__qualname__", "__orig_bases__", "__parameters__",
    "__abstractmethods__", "__firstlineno__", "__static_attributes__", "__hash__", "__version__", "__author__",
    "__signature__", "__text_signature__", "__classcell__",
    "__required_keys__", "__optional_keys__", "__total__", "__protocol_attrs__", "__dir__",
}
# hooks such as __init_subclass__, __class_getitem__ and a class's __getattr__ are API: every subclass, every
# `Cls[int]`, every delegated attribute access goes through them
# module attributes the import system owns: never API, whatever a module __getattr__ says about them
_MODULE_PLUMBING = {"__path__", "__file__", "__spec__", "__loader__", "__all__", "__name__", "__dict__", "__builtins__",
                    "__getattr__", "__dir__", "__doc__", "__package__", "__cached__", "__annotations__", "__warningregistry__"}
_PROTOCOL_BASES = {"x:typing.Protocol", "x:typing_extensions.Protocol"}
_ABC_BASES = {"x:abc.ABC"}
_ABC_META = {"ABCMeta", "abc.ABCMeta"}
_ENUM_BASES = {f"x:enum.{n}" for n in ("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum")}
_NAMEDTUPLE_BASES = {"x:typing.NamedTuple", "x:typing_extensions.NamedTuple", "x:collections.namedtuple"}
_TYPEDDICT_BASES = {"x:typing.TypedDict", "x:typing_extensions.TypedDict"}
_PYDANTIC_BASES = {"x:pydantic.BaseModel", "x:pydantic.main.BaseModel", "x:pydantic_settings.BaseSettings", "x:pydantic.BaseSettings"}
_DATACLASS_DECOS = {"dataclass", "dataclasses.dataclass", "pydantic.dataclasses.dataclass"}
_ATTRS_DECOS = {"attr.s", "attr.attrs", "attrs.define", "attrs.frozen", "attrs.mutable", "attr.define", "attr.frozen",
                "attr.mutable", "define", "frozen", "mutable", "attrs", "attr.dataclass"}
# external bases that add no members callers rely on and do not hide a constructor
_INERT_BASES = {"x:builtins.object", "x:typing.Generic", "x:typing_extensions.Generic", "x:abc.ABC"} | _PROTOCOL_BASES


@dataclass
class ClassInfo:
    target: str
    chain: list[str]  # project class targets, self first, then ancestors in C3-ish order
    bases: list[str]  # resolved direct bases (targets)
    external_bases: list[str]  # every external ancestor base
    protocol: bool = False
    abc: bool = False
    enum: bool = False
    kind: str = "class"  # class | dataclass | attrs | namedtuple | typeddict | pydantic
    frozen: bool = False
    members: dict[str, str] = field(default_factory=dict)  # name -> target (own and inherited)


@dataclass(**({"slots": True} if sys.version_info >= (3, 10) else {}))
class Entry:
    """One public path and what it reaches."""

    path: str
    target: str
    kind: str  # module | class | function | property | attribute | enum-member | external | dynamic | unresolved
    obj: dict | None
    module: str | None  # module where the object is defined (for resolving its annotations)
    file: str | None
    line: int | None
    owner: str | None = None  # the class target for members
    member_of: str | None = None  # the parent public path
    shim: bool = False  # served only through a module __getattr__ (a deprecation shim)


class Side:
    """The linked API of one side (base or head)."""

    def __init__(self, modules: dict[str, ModuleFile], summaries: dict[str, dict], broken: set[str] | None = None):
        self.modules = modules
        self.broken = broken or set()  # modules whose file does not parse
        self.summaries = summaries  # module name -> summary (parse errors excluded)
        self._ns: dict[str, dict[str, tuple]] = {}
        self._resolving: set[tuple[str, str]] = set()
        self._resolved: dict[tuple[str, str], str | None] = {}
        self._classes: dict[str, ClassInfo] = {}
        self._all: dict[str, list[str] | None] = {}
        self.unresolved: list[tuple[str, str, str]] = []  # (module, name, what it points to)
        self.entries: dict[str, Entry] = {}
        self.report_path: dict[str, str] = {}
        self._packages: set[str] | None = None
        self._described: dict[str, tuple] = {}
        self._expand_all = True
        self.class_paths: dict[str, tuple[str, int]] = {}  # class path -> (target, depth), members not listed yet
        self._members_cache: dict[str, list[tuple[str, str]]] = {}

    # -- modules and namespaces --------------------------------------------------------------
    def absolute(self, module: str, ref: str) -> str:
        """Absolute module name of an import reference (``..x`` from ``pkg.sub.mod``)."""
        if not ref.startswith("."):
            return ref
        level = len(ref) - len(ref.lstrip("."))
        rest = ref[level:]
        mf = self.modules.get(module)
        parts = module.split(".")
        if not (mf and mf.is_package):
            parts = parts[:-1]
        if level > 1:
            parts = parts[: len(parts) - (level - 1)] if level - 1 <= len(parts) else []
        base = ".".join(parts)
        return f"{base}.{rest}" if base and rest else (base or rest)

    def is_internal(self, module: str) -> bool:
        """A module or (namespace) package of the project."""
        if self._packages is None:
            self._packages = set()
            for m in self.modules:
                parts = m.split(".")
                for i in range(1, len(parts)):
                    self._packages.add(".".join(parts[:i]))
        return module in self.modules or module in self._packages

    def namespace(self, module: str) -> dict[str, tuple]:
        """name -> binding: ("def", obj) | ("mod", module) | ("from", module, name) | ("alias", text) | ("star", module, name)."""
        ns = self._ns.get(module)
        if ns is not None:
            return ns
        ns = {}
        self._ns[module] = ns  # early: wildcard cycles see a partial namespace instead of recursing forever
        summ = self.summaries.get(module)
        if summ is None:
            return ns
        entries: list[tuple[int, str, tuple]] = []
        for local, ref, name, line, type_checking, star, *rest in summ["imports"]:
            explicit = bool(rest and rest[0])
            if type_checking:
                continue
            absmod = self.absolute(module, ref)
            if star:
                if self.is_internal(absmod):
                    for n in self.exported_names(absmod):
                        entries.append((line, n, ("star", absmod, n)))
                continue
            if not local:
                continue
            if name is None:
                entries.append((line, local, ("mod", absmod, False, explicit)))
            else:
                entries.append((line, local, ("from", absmod, name, ref.startswith("."), explicit)))
        for name, obj in summ["members"].items():
            binding: tuple = ("def", obj)
            if obj.get("k") == "attribute" and not obj.get("ann") and obj.get("value") and _SIMPLE_NAME.match(obj["value"]) \
                    and obj["value"] not in ("None", "True", "False") and obj["value"] != name:
                binding = ("alias", obj["value"], obj)
            entries.append((obj.get("line") or 0, name, binding))
        entries.sort(key=lambda e: e[0])
        for _, name, binding in entries:
            ns[name] = binding
        return ns

    def exported_names(self, module: str) -> list[str]:
        """Names `from module import *` brings: __all__ if declared, else public names."""
        declared = self.all_names(module)
        if declared is not None:
            return declared
        return [n for n in self.namespace(module) if not n.startswith("_")]

    def all_names(self, module: str, _seen: frozenset = frozenset()) -> list[str] | None:
        if module in self._all:
            return self._all[module]
        summ = self.summaries.get(module)
        if summ is None or summ.get("all") is None:
            self._all[module] = None
            return None
        names = list(summ["all"])
        if module in _seen:
            return names
        for ref in summ.get("all_refs", []):
            # `sub.__all__` or a name imported as `from .sub import __all__ as sub_all`
            target_mod = None
            if ref.endswith(".__all__"):
                t = self.resolve_dotted(module, ref[: -len(".__all__")])
                if t and t.startswith("m:"):
                    target_mod = t[2:]
            else:
                b = self.namespace(module).get(ref)
                if b and b[0] == "from" and b[2] == "__all__":
                    target_mod = b[1]
            if target_mod and target_mod in self.summaries:
                sub = self.all_names(target_mod, _seen | {module})
                names.extend(sub if sub is not None else self.exported_names(target_mod))
        seen: set[str] = set()
        out = [n for n in names if not (n in seen or seen.add(n))]
        self._all[module] = out
        return out

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, module: str, name: str) -> str | None:
        """The target a name in a module's namespace reaches, or None if the module has no such name."""
        key = (module, name)
        if key in self._resolved:
            return self._resolved[key]
        if key in self._resolving:
            return f"u:{module}:{name}"
        self._resolving.add(key)
        try:
            result = self._resolve(module, name)
        finally:
            self._resolving.discard(key)
        self._resolved[key] = result
        return result

    def resolve_local(self, module: str, name: str) -> str | None:
        """A name looked up inside a module's own code: its globals, then builtins (no module __getattr__)."""
        if module in self.summaries and name in self.namespace(module):
            return self.resolve(module, name)
        if name in _BUILTIN_NAMES:
            return f"x:builtins.{name}"
        return None

    def resolve_annotation_name(self, module: str, dotted: str) -> str | None:
        """Like resolve_dotted, but also through imports made only for type checkers (`if TYPE_CHECKING:`)."""
        t = self.resolve_dotted(module, dotted)
        if t is not None:
            return t
        summ = self.summaries.get(module)
        if summ is None:
            return None
        first, _, rest = dotted.partition(".")
        if first in summ.get("tc_members", {}):
            t = f"d:{module}:{first}"
            for part in rest.split(".") if rest else []:
                t = self.member(t, part) if t else None
            return t
        for local, ref, name, _line, type_checking, star, *_rest in summ["imports"]:
            if not type_checking or star or local != first:
                continue
            absmod = self.absolute(module, ref)
            if name is None:
                t = f"m:{absmod}" if self.is_internal(absmod) else f"x:{absmod}"
            elif self.is_internal(absmod):
                t = self.resolve(absmod, name)
            else:
                t = f"x:{absmod}.{name}"
            for part in rest.split(".") if rest else []:
                if t is None:
                    return None
                t = self.member(t, part)
            return t
        return None

    def _resolve(self, module: str, name: str) -> str | None:
        if module not in self.summaries:
            sub = f"{module}.{name}"
            if sub in self.modules:
                return f"m:{sub}"
            if not self.is_internal(module):
                return f"x:{module}.{name}"
            if self.is_internal(sub):
                return f"m:{sub}"  # implicit namespace package
            return None
        binding = self.namespace(module).get(name)
        if binding is None:
            sub = f"{module}.{name}"
            if sub in self.modules or self.is_internal(sub):
                return f"m:{sub}"
            summ = self.summaries[module]
            served = (summ.get("getattr_map") or {}).get(name)
            if served and served != name:
                if ":" in served:  # imported inside __getattr__: "<module ref>:<name>[.attr]"
                    ref, _, rest = served.partition(":")
                    absmod = self.absolute(module, ref)
                    first, _, attrs = rest.partition(".")
                    t = self.resolve(absmod, first) if self.is_internal(absmod) else f"x:{absmod}.{first}"
                    for part in attrs.split(".") if attrs else []:
                        t = self.member(t, part) if t else None
                else:
                    t = self.resolve_dotted(module, served)
                if t is not None:
                    return t
            if summ.get("getattr") is not None:
                return f"g:{module}:{name}"
            return None
        kind = binding[0]
        if kind == "def":
            return f"d:{module}:{name}"
        if kind == "mod":
            target = binding[1]
            return f"m:{target}" if self.is_internal(target) else f"x:{target}"
        if kind in ("from", "star"):
            target_mod, target_name = binding[1], binding[2]
            if not self.is_internal(target_mod):
                if len(binding) > 3 and binding[3]:  # a relative import must land inside the project
                    self.unresolved.append((module, name, f"is imported from `{target_mod}`, a module that does not exist in this tree"))
                    return f"u:{target_mod}:{target_name}"
                return f"x:{target_mod}.{target_name}"
            if target_mod in self.broken:
                return f"u:{target_mod}:{target_name}"  # that module does not parse: said as a problem already
            sub = f"{target_mod}.{target_name}"
            if target_mod == module and sub in self.modules:
                return f"m:{sub}"  # `from . import sub` in a package's __init__
            t = self.resolve(target_mod, target_name)
            if t is not None and t.startswith("u:") and sub in self.modules:
                return f"m:{sub}"
            if t is None:
                self.unresolved.append((module, name, f"is imported from `{target_mod}.{target_name}`, which does not exist in this tree"))
                return f"u:{target_mod}:{target_name}"
            return t
        if kind == "alias":
            t = self.resolve_dotted(module, binding[1])
            if t and (t.startswith("d:") and self.obj(t) is not None and self.obj(t).get("k") in ("class", "function")
                      or t.startswith("m:")):
                return t
            return f"d:{module}:{name}"
        return None  # pragma: no cover

    def resolve_dotted(self, module: str, dotted: str) -> str | None:
        """Resolve ``a.b.C`` as written in ``module``."""
        parts = dotted.split(".")
        t = self.resolve_local(module, parts[0])
        if t is None:
            return None
        for part in parts[1:]:
            t = self.member(t, part)
            if t is None:
                return None
        return t

    def member(self, target: str, name: str) -> str | None:
        if target.startswith("m:"):
            return self.resolve(target[2:], name)
        if target.startswith("x:"):
            return f"{target}.{name}"
        if target.startswith("d:"):
            info = self.class_info(target)
            if info is not None:
                return info.members.get(name)
        return None

    def obj(self, target: str) -> dict | None:
        """The summary record of a definition target."""
        if target.startswith("s:"):
            info = self.class_info(target[2:].rsplit(".", 1)[0])
            return self.synthesised_init(info) if info else None
        if not target.startswith("d:"):
            return None
        _, module, qual = target.split(":", 2)
        summ = self.summaries.get(module)
        if summ is None:
            return None
        parts = qual.split(".")
        obj = summ["members"].get(parts[0])
        if obj is None:
            obj = summ.get("tc_members", {}).get(parts[0])
        for p in parts[1:]:
            if obj is None or obj.get("k") != "class":
                return None
            obj = obj["members"].get(p)
        return obj

    @staticmethod
    def module_of(target: str) -> str | None:
        if target.startswith(("d:", "g:", "u:")):
            return target.split(":", 2)[1]
        if target.startswith("m:"):
            return target[2:]
        if target.startswith("s:"):
            return target[2:].split(":", 2)[1]
        return None

    # -- classes -------------------------------------------------------------------------------
    def class_info(self, target: str, _stack: tuple = ()) -> ClassInfo | None:
        if target in self._classes:
            return self._classes[target]
        obj = self.obj(target)
        if obj is None or obj.get("k") != "class" or target in _stack:
            return None
        module = self.module_of(target)
        qual = target.split(":", 2)[2]
        bases: list[str] = []
        for text in obj.get("bases", []):
            if not text:
                continue
            head = text.split("[", 1)[0]
            if not _SIMPLE_NAME.match(head):
                continue
            if head == "object":
                continue
            t = self.resolve_dotted(module, head) if "." not in qual else self._resolve_in_class_scope(module, qual, head)
            if t is None:
                t = f"x:builtins.{head}" if head in _BUILTIN_CLASSES else f"x:{head}"
            if t.startswith("x:") and head in _BUILTIN_CLASSES and "." not in head:
                t = f"x:builtins.{head}"
            bases.append(t)
        info = ClassInfo(target=target, chain=[target], bases=bases, external_bases=[])
        self._classes[target] = info  # early, so cycles terminate
        # linearise: self, then each base's MRO, keeping the last occurrence order (a simple C3 approximation)
        seqs: list[list[str]] = []
        for b in bases:
            if b.startswith("d:"):
                bi = self.class_info(b, _stack + (target,))
                if bi is not None:
                    seqs.append(bi.chain)
                    info.external_bases.extend(x for x in bi.external_bases if x not in info.external_bases)
                    continue
            if b not in info.external_bases:
                info.external_bases.append(b)
        mro = [target]
        for seq in seqs:
            for c in seq:
                if c in mro:
                    continue
                mro.append(c)
        info.chain = mro
        ext = set(info.external_bases)
        metaclass = obj.get("kw", {}).get("metaclass")
        # a class is a Protocol only when Protocol is among its direct bases; an implementer is not one
        info.protocol = any(b in _PROTOCOL_BASES for b in bases)
        info.enum = bool(ext & _ENUM_BASES)
        info.abc = bool(ext & _ABC_BASES) or metaclass in _ABC_META or any(
            ci.abc for ci in (self.class_info(c) for c in mro[1:]) if ci is not None)
        decos = obj.get("decos", [])
        deco_kw = obj.get("deco_kw", {})
        if any(d in _DATACLASS_DECOS for d in decos):
            info.kind = "dataclass"
            info.frozen = deco_kw.get("frozen") == "True"
        elif any(d in _ATTRS_DECOS for d in decos):
            info.kind = "attrs"
            info.frozen = any(d.endswith("frozen") for d in decos) or deco_kw.get("frozen") == "True"
        elif ext & _NAMEDTUPLE_BASES:
            info.kind = "namedtuple"
            info.frozen = True
        elif ext & _TYPEDDICT_BASES:
            info.kind = "typeddict"
        elif ext & _PYDANTIC_BASES:
            info.kind = "pydantic"
            info.frozen = "frozen" in str(obj.get("members", {}).get("model_config", {}).get("value", ""))
        else:
            # a subclass of a dataclass without its own decorator keeps the parent's constructor
            for c in mro[1:]:
                ci = self.class_info(c)
                if ci is not None and ci.kind != "class":
                    info.kind = "inherited-" + ci.kind if not ci.kind.startswith("inherited-") else ci.kind
                    info.frozen = ci.frozen
                    break
        # members: own first, then inherited along the MRO
        members: dict[str, str] = {}
        for c in mro:
            cobj = self.obj(c)
            if cobj is None:
                continue
            for name, m in cobj["members"].items():
                if name in members:
                    continue
                t = f"{c}.{name}"
                if m.get("k") == "attribute" and m.get("value") and not m.get("ann") and _SIMPLE_NAME.match(m["value"]) \
                        and m["value"] in cobj["members"] and cobj["members"][m["value"]].get("k") in ("function", "property"):
                    t = f"{c}.{m['value']}"  # `alias = method` inside a class body
                members[name] = t
        # properties a project metaclass defines are class attributes too (`Retry.BACKOFF_MAX` served by _RetryMeta)
        if metaclass and _SIMPLE_NAME.match(metaclass) and not info.enum:
            mt = self.resolve_dotted(module, metaclass) if "." not in qual else self._resolve_in_class_scope(module, qual, metaclass)
            mobj = self.obj(mt) if mt and mt.startswith("d:") and mt != target else None
            if mobj is not None and mobj.get("k") == "class":
                for name, m in mobj["members"].items():
                    if m.get("k") == "property" and not name.startswith("_") and name not in members:
                        members[name] = f"{mt}.{name}"
        init = self._constructor_target(info, members)
        if init is not None:
            members["__init__"] = init
        elif "__init__" in members:
            del members["__init__"]
        info.members = members
        return info

    def _resolve_in_class_scope(self, module: str, qual: str, head: str) -> str | None:
        # nested classes may name siblings in the enclosing class; fall back to module scope
        outer = qual.rsplit(".", 1)[0]
        first = head.split(".")[0]
        outer_obj = self.obj(f"d:{module}:{outer}")
        if outer_obj and first in outer_obj.get("members", {}):
            t = f"d:{module}:{outer}.{first}"
            for p in head.split(".")[1:]:
                t = self.member(t, p)
                if t is None:
                    return None
            return t
        return self.resolve_dotted(module, head)

    def _constructor_target(self, info: ClassInfo, members: dict[str, str]) -> str | None:
        """Where the class's constructor signature comes from, or None when unknown."""
        if info.enum or info.protocol:
            return None
        for c in info.chain:
            ci = self.class_info(c) if c != info.target else info
            cobj = self.obj(c)
            if cobj is None or ci is None:
                return None
            if "__init__" in cobj["members"] and cobj["members"]["__init__"].get("k") == "function":
                return f"{c}.__init__"
            if ci.kind in ("dataclass", "attrs", "namedtuple", "typeddict", "pydantic"):
                if ci.kind == "dataclass" and self.obj(c).get("deco_kw", {}).get("init") == "False":
                    continue
                return f"s:{c}.__init__"
            if "__new__" in cobj["members"] and cobj["members"]["__new__"].get("k") == "function":
                return None  # constructed through __new__: not modelled
        # no constructor in the project: object's, unless an external base brings its own
        if any(b not in _INERT_BASES for b in info.external_bases):
            return None
        return f"s:{info.target}.__init__"

    def fields(self, info: ClassInfo) -> list[dict]:
        """Constructor fields of a dataclass-like class, base classes first."""
        out: dict[str, dict] = {}
        for c in reversed(info.chain):
            ci = self.class_info(c)
            cobj = self.obj(c)
            if ci is None or cobj is None or ci.kind == "class":
                continue
            for f in cobj.get("fields", []):
                out.pop(f["name"], None)
                out[f["name"]] = f
        return list(out.values())

    def synthesised_init(self, info: ClassInfo) -> dict:
        """A function record for the constructor of a dataclass-like class (or object's empty one)."""
        kind = info.kind.removeprefix("inherited-")
        params: list[list] = [["self", "pk", None, None]]
        if kind in ("dataclass", "attrs", "namedtuple", "typeddict", "pydantic"):
            obj = self.obj(info.target) or {}
            deco_kw = obj.get("deco_kw", {})
            all_kw = deco_kw.get("kw_only") == "True" or kind in ("typeddict", "pydantic")
            total = obj.get("kw", {}).get("total") != "False"
            positional: list[list] = []
            keyword: list[list] = []
            for f in self.fields(info):
                if not f.get("init", True):
                    continue
                ann = f.get("ann") or ""
                head = ann.split("[", 1)[0].rsplit(".", 1)[-1]
                if head == "ClassVar":
                    continue
                name = f["name"]
                if kind == "attrs":
                    name = name.lstrip("_")
                if kind == "typeddict":
                    required = (total and head != "NotRequired") or head == "Required"
                    default = None if required else "..."
                else:
                    default = (f.get("dtext") or "...") if f.get("default") else None
                kw_only = all_kw or bool(f.get("kw_only"))
                (keyword if kw_only else positional).append([name, "ko" if kw_only else "pk", f.get("ann"), default])
            params += positional + keyword
        return {"k": "function", "line": (self.obj(info.target) or {}).get("line"), "async": False, "params": params,
                "ret": None, "decos": [], "method": "instance", "synthesised": kind}

    # -- public API ----------------------------------------------------------------------------
    def is_public_module(self, module: str) -> bool:
        return not any(p.startswith("_") and not (p.startswith("__") and p.endswith("__")) for p in module.split("."))

    def public_names(self, module: str) -> list[str]:
        declared = self.all_names(module)
        if declared is not None:
            return declared
        summ = self.summaries.get(module)
        if summ is None:
            return []
        mf = self.modules.get(module)
        out = []
        for name, binding in self.namespace(module).items():
            if name.startswith("_"):
                if _documented_private(name, binding, mf) and self.is_internal(binding[1]):
                    out.append(name)  # `from .m import _x as _x` in a package: an explicit, documented re-export
                continue
            kind = binding[0]
            if kind == "star":
                t = self.resolve(module, name)
                if t is not None and t.startswith("x:"):
                    continue  # `from .m import *` also drags in m's own imports (`List`, `os`): not API
                out.append(name)
            elif kind in ("def", "alias"):
                out.append(name)
            elif kind in ("from", "mod"):
                target = binding[1]
                relative = kind == "from" and len(binding) > 3 and binding[3]
                explicit = binding[-1] is True and len(binding) > 3
                # re-exports: internal names imported into a package's __init__, or `X as X` in any module
                if (relative or self.is_internal(target)) and ((mf is not None and mf.is_package) or explicit):
                    out.append(name)
        return out

    def build(self, members: bool = True) -> None:
        """List every public path with its target, and pick a report path per target.

        With ``members=False`` class members are not listed yet: each class path waits in ``class_paths``
        until ``expand(path)``; the comparison expands only classes that differ between the two sides, so
        an unchanged class hierarchy costs nothing. Call ``finish()`` after expanding."""
        self._expand_all = members
        for module in sorted(self.modules):
            if module not in self.summaries or not self.is_public_module(module):
                continue
            mf = self.modules[module]
            parent_pkg = module.rsplit(".", 1)[0] if "." in module else None
            self.entries[module] = Entry(module, f"m:{module}", "module", None, module, mf.path, 1,
                                         member_of=parent_pkg if parent_pkg in self.modules else None)
            shimmed = [n for n in (self.summaries[module].get("getattr_map") or {}) if n not in self.namespace(module)]
            # a name a deprecation shim serves is documented API, even with a leading underscore or as a dunder
            # (`__version__`), module plumbing aside
            for name in self.public_names(module) + [n for n in shimmed if n not in _MODULE_PLUMBING]:
                target = self.resolve(module, name)
                if target is None:
                    summ = self.summaries[module]
                    target = f"g:{module}:{name}" if summ.get("getattr") is not None else f"u:{module}:{name}"
                    if target.startswith("u:"):
                        self.unresolved.append((module, name, "is listed in `__all__` but not defined"))
                self._add(f"{module}.{name}", target, parent=module, depth=0)
                entry = self.entries[f"{module}.{name}"]
                if entry.file is None or entry.line is None:
                    # an external or unresolved name: the evidence is the module line that binds it
                    entry.file = entry.file or mf.path
                    entry.line = entry.line or self._binding_line(module, name)
                if name in shimmed:
                    self.entries[f"{module}.{name}"].shim = True
        if members:
            self.finish()

    def _binding_line(self, module: str, name: str) -> int:
        summ = self.summaries.get(module) or {}
        for local, _ref, imported, line, *_ in summ.get("imports", []):
            if local == name or (local == "*" and imported == "*"):
                return line
        return 1  # served by __getattr__ or listed in __all__ only: the module as a whole

    def expand(self, path: str) -> None:
        """List the members of a class path held back by ``build(members=False)``."""
        pending = self.class_paths.pop(path, None)
        if pending is None:
            return
        target, depth = pending
        for name, mt in self.public_members(target):
            self._add(f"{path}.{name}", mt, parent=path, depth=depth + 1, owner=target)

    def finish(self) -> None:
        """Pick a report path per target: the definition path when public, else the shortest public path."""
        self.report_path = {}
        candidates: dict[str, list[str]] = {}
        for path, e in self.entries.items():
            candidates.setdefault(e.target, []).append(path)
        for target, paths in candidates.items():
            natural = _natural_path(target)
            if natural in paths:
                self.report_path[target] = natural
            else:
                # an inherited or re-exported member: prefer the path under its class's definition path
                def rank(p: str) -> tuple:
                    e = self.entries[p]
                    parent = self.entries.get(e.member_of) if e.member_of else None
                    at_home = parent is not None and _natural_path(parent.target) == parent.path
                    return (not at_home, p.count("."), len(p), p)

                self.report_path[target] = min(paths, key=rank)

    def _add(self, path: str, target: str, parent: str, depth: int, owner: str | None = None) -> None:
        if path in self.entries or depth > 6:
            return
        described = self._described.get(target)
        if described is None:
            described = self._described[target] = self.describe(target)
        kind, obj, module, file, line = described
        self.entries[path] = Entry(path, target, kind, obj, module, file, line, owner=owner, member_of=parent)
        if kind == "module" and depth == 0 and target.startswith("m:") and not self.is_public_module(target[2:]):
            mod = target[2:]  # `from . import _impl as impl`: the private module's names are API through the alias
            for name in self.public_names(mod):
                t = self.resolve(mod, name)
                if t is not None:
                    self._add(f"{path}.{name}", t, parent=path, depth=depth + 1)
        if kind == "class" and target.startswith("d:"):
            if self._expand_all:
                for name, mt in self.public_members(target):
                    self._add(f"{path}.{name}", mt, parent=path, depth=depth + 1, owner=target)
            else:
                self.class_paths[path] = (target, depth)

    def class_fingerprint(self, target: str) -> tuple:
        """What a class's members depend on: its own record, its member targets and their records."""
        info = self.class_info(target)
        members = self.public_members(target)
        return (self.obj(target), info.kind if info else None, info.frozen if info else None,
                tuple(info.external_bases) if info else (), members, [self.obj(t) for _, t in members])

    def public_members(self, target: str) -> list[tuple[str, str]]:
        """(name, target) of a class's public members, own and inherited, dunder methods included."""
        cached = self._members_cache.get(target)
        if cached is not None:
            return cached
        out: list[tuple[str, str]] = []
        info = self.class_info(target)
        if info is not None:
            for name, mt in info.members.items():
                if name.startswith("_") and not (name.startswith("__") and name.endswith("__")):
                    continue
                if name in _IGNORED_DUNDERS:
                    continue
                if name.startswith("__"):
                    mobj = self.obj(mt)
                    if mobj is None or mobj.get("k") not in ("function", "property"):
                        continue
                out.append((name, mt))
        self._members_cache[target] = out
        return out

    def describe(self, target: str, owner: str | None = None) -> tuple[str, dict | None, str | None, str | None, int | None]:
        module = self.module_of(target)
        file = self.modules[module].path if module in self.modules else None
        if target.startswith("m:"):
            mod = target[2:]
            return "module", None, mod, self.modules[mod].path if mod in self.modules else None, 1
        if target.startswith("x:"):
            return "external", None, None, None, None
        if target.startswith("g:"):
            return "dynamic", None, module, file, None
        if target.startswith("u:"):
            return "unresolved", None, module, file, None
        obj = self.obj(target)
        if obj is None:
            return "unresolved", None, module, file, None
        kind = obj["k"]
        if kind == "attribute":
            cls_target = target.rsplit(".", 1)[0] if target.startswith("d:") and "." in target.split(":", 2)[2] else None
            if cls_target:
                ci = self.class_info(cls_target)
                if ci is not None and ci.enum and not obj.get("ann") and obj.get("value") is not None and not obj.get("instance"):
                    kind = "enum-member"
        return kind, obj, module, file, obj.get("line")


def _documented_private(name: str, binding: tuple, mf: ModuleFile | None) -> bool:
    """A name with a leading underscore that a package's ``__init__`` re-exports explicitly (``from .m import _x as
    _x``, the PEP 484 spelling of a re-export): the package documents it, so it is API despite the underscore."""
    if name.startswith("__") or mf is None or not mf.is_package:
        return False
    return binding[0] == "from" and len(binding) > 4 and binding[4] is True


def _natural_path(target: str) -> str | None:
    if target.startswith("s:"):
        inner = _natural_path(target[2:].rsplit(".", 1)[0])
        return f"{inner}.__init__" if inner else None
    if target.startswith("d:"):
        _, module, qual = target.split(":", 2)
        return f"{module}.{qual}"
    if target.startswith("m:"):
        return target[2:]
    return None


import builtins as _builtins

_BUILTIN_NAMES = frozenset(dir(_builtins))

_BUILTIN_CLASSES = {
    "object", "int", "float", "complex", "str", "bytes", "bytearray", "bool", "list", "dict", "set", "frozenset",
    "tuple", "type", "Exception", "BaseException", "ValueError", "TypeError", "KeyError", "RuntimeError",
    "LookupError", "AttributeError", "OSError", "IOError", "IndexError", "NotImplementedError", "ImportError",
    "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning", "FutureWarning", "RuntimeWarning",
    "ArithmeticError", "ZeroDivisionError", "StopIteration", "AssertionError", "PermissionError",
    "FileNotFoundError", "FileExistsError", "ConnectionError", "TimeoutError", "EnvironmentError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "OverflowError", "SyntaxError", "SystemExit", "KeyboardInterrupt",
    "GeneratorExit", "MemoryError", "NameError", "ReferenceError", "BufferError", "EOFError", "property",
    "staticmethod", "classmethod", "memoryview", "range", "slice", "BlockingIOError", "ChildProcessError",
    "BrokenPipeError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "ProcessLookupError",
    "RecursionError", "StopAsyncIteration", "UnboundLocalError", "ModuleNotFoundError", "ResourceWarning",
    "SyntaxWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "EncodingWarning",
}
