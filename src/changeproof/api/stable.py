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


def same_class(old, new, target: str, unchanged: set[str]) -> bool | None:
    """Whether ``old.class_fingerprint(target) == new.class_fingerprint(target)``, when that can be told from the
    class information and member lists alone; None when the records themselves would have to be compared."""
    if not target.startswith("d:") or target.split(":", 2)[1] not in unchanged:
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
