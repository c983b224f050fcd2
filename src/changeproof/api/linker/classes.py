"""Class hierarchies: the MRO over project classes, inherited members, what kind of class it is (Protocol, ABC,
enum, dataclass, attrs, NamedTuple, TypedDict, pydantic) and the constructor a call binds (written or
synthesised)."""

from __future__ import annotations

from .known import BUILTIN_CLASSES, ABC_BASES, ABC_META, ATTRS_DECOS, DATACLASS_DECOS, ENUM_BASES, INERT_BASES, NAMEDTUPLE_BASES, PROTOCOL_BASES, PYDANTIC_BASES, SIMPLE_NAME, TYPEDDICT_BASES
from .model import ClassInfo
from .names import Names


class Classes(Names):
    """Class records of one side (a part of :class:`~changeproof.api.linker.ApiModel`)."""

    def _init_classes(self) -> None:
        self._classes: dict[str, ClassInfo] = {}
        self._own: dict[str, dict[str, str]] = {}  # class target -> its own members (see _own_members)
        # target -> the record another side built of the same class, or None (see api.stable.Settled.borrow)
        self.borrow_class = None

    # -- classes -------------------------------------------------------------------------------
    def class_info(self, target: str, _stack: tuple = ()) -> ClassInfo | None:
        if target in self._classes:
            return self._classes[target]
        if self.borrow_class is not None:
            borrowed = self.borrow_class(target)
            if borrowed is not None:
                self._classes[target] = borrowed
                return borrowed
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
            if not SIMPLE_NAME.match(head):
                continue
            if head == "object":
                continue
            t = self.resolve_dotted(module, head) if "." not in qual else self._resolve_in_class_scope(module, qual, head)
            if t is None:
                t = f"x:builtins.{head}" if head in BUILTIN_CLASSES else f"x:{head}"
            if t.startswith("x:") and head in BUILTIN_CLASSES and "." not in head:
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
        info.protocol = any(b in PROTOCOL_BASES for b in bases)
        info.enum = bool(ext & ENUM_BASES)
        info.abc = bool(ext & ABC_BASES) or metaclass in ABC_META or any(
            ci.abc for ci in (self.class_info(c) for c in mro[1:]) if ci is not None)
        decos = obj.get("decos", [])
        deco_kw = obj.get("deco_kw", {})
        if any(d in DATACLASS_DECOS for d in decos):
            info.kind = "dataclass"
            info.frozen = deco_kw.get("frozen") == "True"
        elif any(d in ATTRS_DECOS for d in decos):
            info.kind = "attrs"
            info.frozen = any(d.endswith("frozen") for d in decos) or deco_kw.get("frozen") == "True"
        elif ext & NAMEDTUPLE_BASES:
            info.kind = "namedtuple"
            info.frozen = True
        elif ext & TYPEDDICT_BASES:
            info.kind = "typeddict"
        elif ext & PYDANTIC_BASES:
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
            for name, t in self._own_members(c).items():
                if name not in members:
                    members[name] = t
        # properties a project metaclass defines are class attributes too (`Retry.BACKOFF_MAX` served by _RetryMeta)
        if metaclass and SIMPLE_NAME.match(metaclass) and not info.enum:
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

    def _own_members(self, c: str) -> dict[str, str]:
        """name -> target of the members a class defines itself (empty for a target that is not a class record),
        made once per class and side: every subclass reads them again."""
        own = self._own.get(c)
        if own is not None:
            return own
        own = {}
        cobj = self.obj(c)
        if cobj is not None:
            defined = cobj["members"]
            for name, m in defined.items():
                t = f"{c}.{name}"
                if m.get("k") == "attribute" and m.get("value") and not m.get("ann") and SIMPLE_NAME.match(m["value"]) \
                        and m["value"] in defined and defined[m["value"]].get("k") in ("function", "property"):
                    t = f"{c}.{m['value']}"  # `alias = method` inside a class body
                own[name] = t
        self._own[c] = own
        return own

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
        if any(b not in INERT_BASES for b in info.external_bases):
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
