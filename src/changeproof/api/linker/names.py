"""Namespaces and name resolution: what a name in a module's namespace reaches (a definition, a module,
something external, a name a module ``__getattr__`` serves, or nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .known import BUILTIN_NAMES, SIMPLE_NAME

if TYPE_CHECKING:  # pragma: no cover
    from ..discover import ModuleFile
    from .model import ClassInfo


class Names:
    """Namespaces and resolution of one side (a part of :class:`~changeproof.api.linker.ApiModel`)."""

    modules: dict[str, ModuleFile]
    summaries: dict[str, dict]
    broken: set[str]

    def _init_names(self) -> None:
        self._ns: dict[str, dict[str, tuple]] = {}
        self._resolving: set[tuple[str, str]] = set()
        self._resolved: dict[tuple[str, str], str | None] = {}
        self._all: dict[str, list[str] | None] = {}
        self._packages: set[str] | None = None
        self.unresolved: list[tuple[str, str, str]] = []  # (module, name, what it points to)
        # the head side of a change: what the base side already worked out and is the same here (api.stable.Settled)
        self.lender = None

    # class_info and synthesised_init: see .classes
    def class_info(self, target: str, _stack: tuple = ()) -> ClassInfo | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def synthesised_init(self, info: ClassInfo) -> dict:  # pragma: no cover - overridden
        raise NotImplementedError

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
        if self.lender is not None:
            ns = self.lender.lent_namespace(module)
            if ns is not None:
                self._ns[module] = ns
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
            if obj.get("k") == "attribute" and not obj.get("ann") and obj.get("value") and SIMPLE_NAME.match(obj["value"]) \
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
        if self.lender is not None and self.lender.lends_resolution(module, name):
            result = self._resolved[key] = self.lender.old._resolved[key]
            return result
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
        if name in BUILTIN_NAMES:
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
