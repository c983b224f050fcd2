"""Telling that a class is the same on both sides without building its fingerprint.

``ApiModel.class_fingerprint`` is what decides whether a class's members are listed and compared: its own record,
its kind, frozenness and external bases, its public members (name and target, own and inherited) and the record
of every member. Building the records' list and comparing it is most of the time of a warm run on a large
project, where nearly every class is unchanged.

The record of a definition target (``d:module:qualname``) is read from that module's summary alone, so it is the
same on both sides when the module's file is the same blob at the same path (an *unchanged* module). For a class
defined in an unchanged module whose members' targets all lie in unchanged modules (or outside the project, whose
records are None on both sides), equal class information and equal member lists mean equal fingerprints; any
difference among them means different fingerprints. A synthesised ``__init__`` (``s:`` target) is built from the
kinds and records of its class's chain, so it is the same when that chain is, class by class, unchanged. Otherwise
(a member defined in a changed module) :func:`same_class` answers None and the fingerprints are compared as
before.

:class:`Settled` goes further, for the many classes of a small change: a class whose bases (and metaclass) lead,
through unchanged modules only, to the same targets on both sides has the same class information on both, so it
is told the same without building either side's record; the head side takes the base side's record of it when it
needs one, and the comparison of such a class only looks at the names its ancestors have on each side.
"""

from __future__ import annotations


def unchanged_modules(old, new) -> set[str]:
    """Modules whose file is the same blob at the same path on both sides (``ApiModel.blob_ids`` from ``load_side``)
    and that are summarised on both."""
    old_ids, new_ids = getattr(old, "blob_ids", None), getattr(new, "blob_ids", None)
    if not old_ids or not new_ids:
        return set()
    out = set()
    for name, blob in new_ids.items():
        mo, mn = old.modules.get(name), new.modules.get(name)
        if (old_ids.get(name) == blob and mo is not None and mn is not None and mo.path == mn.path
                and name in old.summaries and name in new.summaries):
            out.add(name)
    return out


def _same_frame(old, new) -> bool:
    """Whether the two sides have the same module list (names, paths, packages), the same summarised modules and
    the same modules that do not parse: all the linker reads of a side besides the modules' summaries."""
    if set(old.summaries) != set(new.summaries) or set(old.broken) != set(new.broken) or len(old.modules) != len(new.modules):
        return False
    for name, mn in new.modules.items():
        mo = old.modules.get(name)
        if mo is None or mo.path != mn.path or mo.is_package != mn.is_package:
            return False
    return True


class Settled:
    """Classes that are the same on both sides, told from where their names lead rather than from their records.

    A top-level class of an unchanged module is one when each of its bases (and its metaclass) leads, through
    bindings that all sit in unchanged modules whose namespaces are the same on both sides, to the same target, a
    base of the project being such a class in turn, and the two sides have the same module list and the same
    modules that do not parse (:func:`_same_frame`): its class information (chain, kinds, external bases, members, constructor) is then built from the same records on both
    sides. Each step of a name is checked before it is resolved, and resolved on both sides, so what the linker
    notes as unresolved stays the same on both sides."""

    def __init__(self, old, new, unchanged: set[str]):
        self.old, self.new = old, new
        self.unchanged = unchanged
        self.frame = bool(unchanged) and _same_frame(old, new)
        self._classes: dict[str, bool] = {}
        self._bases: dict[str, list[str]] = {}  # class -> its bases that are project classes, in order
        self._chains: dict[str, list[str]] = {}
        self._namespaces: dict[str, bool | None] = {}  # None while being decided (a wildcard cycle)

    def same(self, target: str) -> bool:
        if not self.frame or not target.startswith("d:"):
            return False
        known = self._classes.get(target)
        if known is None:
            # a cycle of bases (or of names): class_info's record then depends on where it started, so not known
            self._classes[target] = False
            known = self._classes[target] = self._traced(target)
        return known

    def borrow(self, target: str):
        """The base side's class information for a class that is the same on both sides, for the head side to
        use as its own (None for any other class): one record built instead of two."""
        return self.old.class_info(target) if self.same(target) else None

    # -- what the head side takes from the base side while it is linked (``Names.lender``) -------------------
    def lent_namespace(self, module: str) -> dict | None:
        """The base side's namespace of a module whose namespace is the same on both sides (None: build it)."""
        ns = self.old._ns.get(module)
        return ns if ns is not None and self._namespace_same(module) else None

    def lent_public_names(self, module: str) -> list[str] | None:
        """The base side's public names of a module whose namespace is the same on both sides, with no ``__all__``
        built from other modules' and no name brought by a wildcard import (whose target decides whether it is
        API), so they are read from that namespace, its summary and the module list alone (None: list them)."""
        names = self.old._public.get(module)
        if names is None or not self._namespace_same(module):
            return None
        summ = self.new.summaries.get(module)
        if summ is None or summ.get("all_refs") or any(b[0] == "star" for b in self.new.namespace(module).values()):
            return None
        return names

    def lends_resolution(self, module: str, name: str) -> bool:
        """Whether the base side has resolved ``name`` in ``module`` already, through bindings that are the same on
        both sides: the same target. What that resolution noted as unresolved is on the base side's list, so
        leaving it off the head side's changes no report (only what the head side alone notes is reported)."""
        return (module, name) in self.old._resolved and self._binding_same(module, name)

    def lent_description(self, target: str) -> tuple | None:
        """The base side's description (kind, record, module, file, line) of a target that reads the same on both
        sides (None: describe it): a module, something outside the project, a name of a module (file and module list
        only), or a definition in an unchanged module (an attribute of a class, and a synthesised constructor, when
        the class is the same on both sides, as the enum-member test reads its class information)."""
        described = self.old._described.get(target)
        if described is None:
            return None
        if target.startswith(("m:", "x:", "g:", "u:")):
            return described
        if target.startswith("s:"):
            return described if self.same(target[2:].rsplit(".", 1)[0]) else None
        _, module, qual = target.split(":", 2)
        if module not in self.unchanged:
            return None
        if "." in qual and not self.same(target.rsplit(".", 1)[0]):
            return None
        return described

    def _traced(self, target: str) -> bool:
        from .linker.known import SIMPLE_NAME

        _, module, qual = target.split(":", 2)
        if "." in qual or not self._namespace_same(module):
            return False
        obj = self.new.obj(target)
        if obj is None or obj.get("k") != "class":
            return False
        names = [text.split("[", 1)[0] for text in obj.get("bases", []) if text]
        names = [n for n in names if SIMPLE_NAME.match(n) and n != "object"]
        n_bases = len(names)
        metaclass = obj.get("kw", {}).get("metaclass")
        if metaclass and SIMPLE_NAME.match(metaclass):
            names.append(metaclass)  # resolved by class_info for the properties a project metaclass gives
        bases: list[str] = []
        for i, head in enumerate(names):
            t = self._resolve_same(module, head)
            if t is False:
                return False
            if isinstance(t, str) and t.startswith("d:") and i < n_bases:
                if not self.same(t):
                    return False
                bases.append(t)
        self._bases[target] = bases
        return True

    def chain(self, target: str) -> list[str]:
        """The chain of a class :meth:`same` holds the same on both sides (itself, then its ancestors of the project,
        in the order ``class_info`` gives them), from its bases alone."""
        chain = self._chains.get(target)
        if chain is None:
            chain = [target]
            for b in self._bases.get(target, ()):
                chain += [c for c in self.chain(b) if c not in chain]
            self._chains[target] = chain
        return chain

    def _namespace_same(self, module: str) -> bool:
        """An unchanged module whose namespace is the same on both sides: read from its own summary, and from the
        names each module it imports ``*`` from exports, when those are the same on both sides in turn."""
        if module in self._namespaces:
            return bool(self._namespaces[module])  # None: a wildcard cycle, whose partial namespaces may differ
        self._namespaces[module] = None
        summ = self.new.summaries.get(module)
        ok = module in self.unchanged and summ is not None
        if ok:
            for _local, ref, _name, _line, type_checking, star, *_rest in summ["imports"]:
                if star and not type_checking:
                    absmod = self.new.absolute(module, ref)
                    if not self.new.is_internal(absmod) or absmod in self.new.broken:
                        continue
                    other = self.new.summaries.get(absmod)
                    if other is not None and (other.get("all_refs") or not self._namespace_same(absmod)):
                        ok = False
                        break
        self._namespaces[module] = ok
        return ok

    def _resolve_same(self, module: str, dotted: str) -> str | None | bool:
        """The target ``dotted`` reaches in ``module``, resolved on both sides once each step is known to read only
        what is the same on both (None: nothing); False when a step may read something else."""
        first, *rest = dotted.split(".")
        if first in self.new.namespace(module):
            if not self._binding_same(module, first):
                return False
        elif rest:
            return False
        t = self._both(self.old.resolve_local(module, first), self.new.resolve_local(module, first))
        for part in rest:
            if t is False or t is None or t.startswith("x:"):
                break
            if not t.startswith("m:") or not self._binding_same(t[2:], part):
                return False
            t = self._both(self.old.resolve(t[2:], part), self.new.resolve(t[2:], part))
        if isinstance(t, str) and t.startswith("x:") and rest:
            t = self._both(self.old.resolve_dotted(module, dotted), self.new.resolve_dotted(module, dotted))
        return t

    @staticmethod
    def _both(old: str | None, new: str | None) -> str | None | bool:
        return new if old == new else False

    def _binding_same(self, module: str, name: str, _depth: int = 0) -> bool:
        """Whether the chain of bindings ``name`` follows from ``module`` reads only what is the same on both sides."""
        if _depth > 50 or not self._namespace_same(module):
            return False
        binding = self.new.namespace(module).get(name)
        if binding is None:
            # a submodule (read from the module list), else a module __getattr__: left to the records
            return self.new.is_internal(f"{module}.{name}")
        kind = binding[0]
        if kind in ("def", "mod"):
            return True
        if kind not in ("from", "star"):
            return False  # an alias: left to the records
        target_mod, target_name = binding[1], binding[2]
        if not self.new.is_internal(target_mod) or target_mod in self.new.broken:
            return True
        if target_mod == module and f"{target_mod}.{target_name}" in self.new.modules:
            return True  # `from . import sub` in a package's __init__
        if target_mod not in self.new.summaries:
            return True  # a namespace package: its names are read from the module list
        return self._binding_same(target_mod, target_name, _depth + 1)


def same_class(old, new, target: str, unchanged: set[str], settled: Settled | None = None) -> bool | None:
    """Whether ``old.class_fingerprint(target) == new.class_fingerprint(target)``, when that can be told from the
    class information and member lists alone (or, for a class :class:`Settled` tells the same, without them); None
    when the records themselves would have to be compared."""
    if not target.startswith("d:"):
        return None
    if settled is not None and settled.same(target):
        return True
    if target.split(":", 2)[1] not in unchanged:
        return None
    oi, ni = old.class_info(target), new.class_info(target)
    if (oi is None) != (ni is None):
        return False
    if oi is not None and (oi.kind, oi.frozen, tuple(oi.external_bases)) != (ni.kind, ni.frozen, tuple(ni.external_bases)):
        return False
    if oi is not None and oi.members == ni.members and _members_unchanged(old, new, oi.members, unchanged):
        return True
    members = old.public_members(target)
    if members != new.public_members(target):
        return False
    for _, mt in members:
        if mt.startswith("d:"):
            if mt.split(":", 2)[1] not in unchanged:
                return None
        elif mt.startswith("s:") and not _same_synthesised(old, new, mt[2:].rsplit(".", 1)[0], unchanged):
            return None
    return True


def _members_unchanged(old, new, members: dict[str, str], unchanged: set[str]) -> bool:
    """Whether every member target of a class (public or not: its public members are chosen from these by name
    and record) is read from an unchanged module, or is a synthesised constructor that is the same on both sides.
    Then equal member maps mean equal public members and equal records, without listing them."""
    for mt in members.values():
        if mt.startswith("d:"):
            if mt.split(":", 2)[1] not in unchanged:
                return False
        elif mt.startswith("s:") and not _same_synthesised(old, new, mt[2:].rsplit(".", 1)[0], unchanged):
            return False
    return True


def _same_synthesised(old, new, cls: str, unchanged: set[str]) -> bool:
    """A synthesised ``__init__`` is built from the class's kind and the records and kinds of the classes of its
    chain (itself first): the same on both sides when those are, and every class of the chain is unchanged."""
    oc, nc = old.class_info(cls), new.class_info(cls)
    if oc is None or nc is None or oc.kind != nc.kind or oc.chain != nc.chain:
        return False
    for c in oc.chain:
        if not c.startswith("d:") or c.split(":", 2)[1] not in unchanged:
            return False
        co, cn = old.class_info(c), new.class_info(c)
        if (co.kind if co else None) != (cn.kind if cn else None):
            return False
    return True
