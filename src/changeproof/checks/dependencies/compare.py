"""Comparing one dependency's two declarations: which versions a change of range lets in or shuts out, and what else changed."""

from __future__ import annotations

from typing import Any

from .model import Dep, canonical

# ----------------------------------------------------------------------------------------- comparison


def _probes(*specsets: Any) -> list:
    """Versions that tell two specifier sets apart: every version either mentions, and each of its release
    components one lower and one higher (with and without the later components zeroed)."""
    from packaging.version import InvalidVersion, Version

    found: set = {Version("0"), Version("0.0.1"), Version("99999")}
    for ss in specsets:
        for s in ss:
            if s.operator == "===":
                continue
            text = s.version.removesuffix(".*")
            try:
                v = Version(text)
            except InvalidVersion:
                continue
            found.add(v)
            rel = list(v.release) + [0] * max(0, 3 - len(v.release))
            found.add(Version(".".join(map(str, rel))))
            for i in range(len(rel)):
                for d in (-1, 1):
                    r = rel.copy()
                    r[i] += d
                    if r[i] < 0:
                        continue
                    found.add(Version(".".join(map(str, r))))
                    found.add(Version(".".join(map(str, r[: i + 1] + [0] * (len(r) - i - 1)))))
    return sorted(found)


def narrowing(old: Any, new: Any) -> tuple[list, list]:
    """(versions allowed by ``old`` and rejected by ``new``, versions rejected by ``old`` and allowed by
    ``new``) among the probe versions of both specifier sets (``SpecifierSet`` or text)."""
    from packaging.specifiers import SpecifierSet

    old = SpecifierSet(old) if isinstance(old, str) else old
    new = SpecifierSet(new) if isinstance(new, str) else new
    return split_versions(old, new, _probes(old, new))


def split_versions(old: Any, new: Any, versions: Any) -> tuple[list, list]:
    """(the *versions* ``old`` allows and ``new`` rejects, those ``new`` allows and ``old`` rejects), in order."""
    lost, gained = [], []
    for v in versions:
        a, b = old.contains(v, prereleases=True), new.contains(v, prereleases=True)
        if a and not b:
            lost.append(v)
        elif b and not a:
            gained.append(v)
    return lost, gained


def _show(version: Any, *specsets: Any) -> str:
    """A probe version as one of the specifiers spells it (``2`` rather than ``2.0.0``) when one does."""
    from packaging.version import InvalidVersion, Version

    for ss in specsets:
        for s in ss:
            text = s.version.removesuffix(".*")
            try:
                if Version(text) == version:
                    return text
            except InvalidVersion:
                continue
    return str(version)


def describe_change(old: Dep, new: Dep) -> tuple[str, str] | None:
    """(severity, what changed and why it matters) for the same dependency on both sides, None if equivalent."""
    if old.norm == new.norm:
        return None
    if old.req is None or new.req is None:
        return ("risk", (f"its source changed from `{old.text}` to `{new.text}`: a different build of the package "
                         f"is installed"))
    risky, parts = False, []
    o, n = old.req, new.req
    if (o.url or "") != (n.url or ""):
        risky = True
        parts.append(f"its source changed from {o.url or 'the package index'} to {n.url or 'the package index'}")
    lost_x = sorted(set(map(canonical, o.extras)) - set(map(canonical, n.extras)))
    new_x = sorted(set(map(canonical, n.extras)) - set(map(canonical, o.extras)))
    if lost_x:
        risky = True
        parts.append(f"the extra{'s' if len(lost_x) > 1 else ''} [{', '.join(lost_x)}] no longer requested: code "
                     f"that needs what {'they' if len(lost_x) > 1 else 'it'} installed fails with ImportError")
    if new_x:
        parts.append(f"now also requests the extra{'s' if len(new_x) > 1 else ''} [{', '.join(new_x)}]")
    om, nm = (str(o.marker) if o.marker else ""), (str(n.marker) if n.marker else "")
    if om != nm:
        if not om:
            risky = True
            parts.append(f"it is now installed only where `{nm}` holds: elsewhere, importing it fails")
        elif not nm:
            parts.append(f"it is now installed everywhere (before: only where `{om}` holds)")
        else:
            risky = True
            parts.append(f"its environment marker changed from `{om}` to `{nm}`: environments that matched before "
                         f"may no longer get it")
    if frozenset(o.specifier) != frozenset(n.specifier):
        lost, gained = narrowing(o.specifier, n.specifier)
        ot, nt = str(o.specifier) or "any version", str(n.specifier) or "any version"
        if lost:
            risky = True
            text = (f"the allowed versions narrowed from `{ot}` to `{nt}`: {_show(lost[0], o.specifier, n.specifier)} was allowed and is now rejected, "
                    f"so environments that have it installed must change it, and resolution can fail against "
                    f"other pins")
            low_o = next((v for v in _probes(o.specifier, n.specifier) if o.specifier.contains(v, prereleases=True)), None)
            low_n = next((v for v in _probes(o.specifier, n.specifier) if n.specifier.contains(v, prereleases=True)), None)
            if low_o is not None and low_n is not None and low_n.major > low_o.major and low_o.release != (0,):
                text += (f"; the oldest allowed version moves from {_show(low_o, o.specifier)} to "
                         f"{_show(low_n, n.specifier)}, a new major version: expect "
                         f"incompatible changes in the dependency's API")
            parts.append(text)
        elif gained:
            parts.append(f"the allowed versions widened from `{ot}` to `{nt}` ({_show(gained[0], o.specifier, n.specifier)} "
                         f"is now allowed): nothing installed before is rejected, but untested versions may now be "
                         f"installed")
    if not parts:
        return None
    return ("risk" if risky else "info", "; ".join(parts))
