"""The public API of one side: every public path (modules, their public names, class members), what it reaches,
and one report path per target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .classes import Classes
from .known import IGNORED_DUNDERS, MODULE_PLUMBING
from .model import Entry

if TYPE_CHECKING:  # pragma: no cover
    from ..discover import ModuleFile


class PublicApi(Classes):
    """Public paths of one side (a part of :class:`~changeproof.api.linker.ApiModel`)."""

    def _init_public(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.report_path: dict[str, str] = {}
        self._described: dict[str, tuple] = {}
        self._expand_all = True
        self.class_paths: dict[str, tuple[str, int]] = {}  # class path -> (target, depth), members not listed yet
        self._members_cache: dict[str, list[tuple[str, str]]] = {}
        self._public: dict[str, list[str]] = {}  # module -> its public names (read by the head side's lender)

    # -- public API ----------------------------------------------------------------------------
    def is_public_module(self, module: str) -> bool:
        return not any(p.startswith("_") and not (p.startswith("__") and p.endswith("__")) for p in module.split("."))

    def public_names(self, module: str) -> list[str]:
        names = self._public.get(module)
        if names is None and self.lender is not None:
            names = self.lender.lent_public_names(module)
        if names is None:
            names = self._public[module] = self._public_names(module)
        return names

    def _public_names(self, module: str) -> list[str]:
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
            for name in list(self.public_names(module)) + [n for n in shimmed if n not in MODULE_PLUMBING]:
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
            if self.lender is not None:
                described = self.lender.lent_description(target)
            if described is None:
                described = self.describe(target)
            self._described[target] = described
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
                if name in IGNORED_DUNDERS:
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


def target_path(target: str | None) -> str | None:
    """The dotted path a linker target names: ``d:pkg.mod:Cls.f`` -> ``pkg.mod.Cls.f``, ``m:pkg.mod`` ->
    ``pkg.mod``, a synthesised constructor -> its class, ``x:os.path`` -> ``os.path``."""
    if not target:
        return None
    if target.startswith("s:"):
        return target_path(target[2:].rsplit(".", 1)[0])
    if target.startswith(("d:", "u:", "g:")):
        _, module, qual = target.split(":", 2)
        return f"{module}.{qual}"
    if target.startswith(("m:", "x:")):
        return target[2:]
    return target


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
