"""Base against head: added, removed and renamed variables, changed defaults and declarations, changed ports."""

from __future__ import annotations

import difflib
import re

from ...model import Finding, Rule
from ..base import Check, CheckContext, finding
from . import rules
from .model import (
    CODE_SOURCES,
    DECLARATION_SOURCES,
    NOT_SET,
    REDACTED,
    REQUIRED,
    EnvInventory,
    Site,
    credential_like,
    display,
)

# --------------------------------------------------------------------------------------------- compare

def _where(s: Site) -> str:
    return f"{s.path}:{s.line}"


def _similar(a: str, b: str) -> bool:
    if difflib.SequenceMatcher(None, a.upper(), b.upper()).ratio() >= 0.5:
        return True
    ta = {t for t in re.split(r"[^A-Z0-9]+", a.upper()) if len(t) > 2}
    tb = {t for t in re.split(r"[^A-Z0-9]+", b.upper()) if len(t) > 2}
    return bool(ta & tb)


class Comparison:
    def __init__(self, check: Check, ctx: CheckContext, base: EnvInventory, head: EnvInventory):
        self.check = check
        self.base = base
        self.head = head
        self.rename = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        self.findings: list[Finding] = []
        self.added = self.removed = 0

    def tr(self, path: str) -> str:
        return self.rename.get(path, path)

    def emit(self, rule: Rule, site: Site, message: str, *, name: str, old: str | None = None,
             new: str | None = None, severity: str | None = None, parameter: str | None = None) -> None:
        if credential_like(name):
            message += f" (credential-like: {name} looks like a secret; its values are never shown.)"
        self.findings.append(finding(rule, path=site.path, line=site.line, message=message,
                                     object=name, parameter=parameter, old=old, new=new, severity=severity))

    def run(self) -> list[Finding]:
        bc, hc = self.base.by_name(CODE_SOURCES), self.head.by_name(CODE_SOURCES)
        bd, hd = self.base.by_name(DECLARATION_SOURCES), self.head.by_name(DECLARATION_SOURCES)
        added = sorted(set(hc) - set(bc))
        removed = sorted(set(bc) - set(hc))
        renamed = self.renames(added, removed, bc, hc)
        for old, new in renamed:
            self.renamed(old, new, bc[old], hc[new])
        done = {n for pair in renamed for n in pair}
        for name in added:
            if name not in done:
                self.added_code(name, hc[name], hd.get(name, []), removed)
        for name in removed:
            if name not in done:
                self.removed_code(name, bc[name], hd.get(name, []), added)
        everything_base, everything_head = set(bc) | set(bd), set(hc) | set(hd)
        # declarations of a variable the code started or stopped reading are part of that finding
        for name in sorted(set(hd) - everything_base - set(hc)):
            self.added_decl(name, hd[name])
        for name in sorted(set(bd) - everything_head - set(bc)):
            self.removed_decl(name, bd[name])
        for name in sorted(set(bc) & set(hc)):
            self.code_defaults(name, bc[name], hc[name])
        code_changed = set(added) | set(removed)
        for name in sorted((set(bd) | set(hd)) & everything_base & everything_head):
            self.decl_defaults(name, bd.get(name, []), hd.get(name, []), hc.get(name, []),
                               values_only=name in code_changed)
        self.ports()
        return self.findings

    # -- renames
    def renames(self, added: list[str], removed: list[str], bc: dict, hc: dict) -> list[tuple[str, str]]:
        def sites(sitelist: list[Site], translate: bool) -> frozenset:
            return frozenset((self.tr(s.path) if translate else s.path, s.scope) for s in sitelist)

        # a rename only when exactly one removed and one added variable have exactly these read sites
        gone: dict[frozenset, list[str]] = {}
        for r in removed:
            gone.setdefault(sites(bc[r], True), []).append(r)
        new: dict[frozenset, list[str]] = {}
        for a in added:
            new.setdefault(sites(hc[a], False), []).append(a)
        out = []
        for key, rs in gone.items():
            adds = new.get(key, [])
            if len(rs) == 1 and len(adds) == 1 and _similar(rs[0], adds[0]):
                out.append((rs[0], adds[0]))
        return out

    def renamed(self, old: str, new: str, old_sites: list[Site], new_sites: list[Site]) -> None:
        self.added += 1
        self.removed += 1
        site = next((s for s in new_sites if s.required), new_sites[0])
        if any(s.required for s in new_sites):
            effect = f"deployments that set only {old} now fail at start-up because {new} is required"
        else:
            default = display(site.state, new)
            effect = (f"deployments that set {old} are silently ignored and run with {new}'s default"
                      + (f" ({default})" if default and default != REDACTED else ""))
        self.emit(rules.ENV_VAR_RENAMED, site,
                  f"{old} was renamed to {new}: the read at {_where(site)} ({site.form}) replaces the one at "
                  f"{_where(old_sites[0])}, and {old} is read nowhere else. {effect[0].upper()}{effect[1:]}.",
                  name=new, old=old, new=new)

    # -- variables read by the code
    def added_code(self, name: str, sites: list[Site], decls: list[Site], removed: list[str]) -> None:
        self.added += 1
        required = [s for s in sites if s.required]
        site = required[0] if required else sites[0]
        where = f"{_where(site)} ({site.form})"
        more = f" and {len(sites) - 1} other place{'s' if len(sites) > 2 else ''}" if len(sites) > 1 else ""
        if required:
            how = ("ValidationError when the settings are created" if site.source == "settings"
                   else "KeyError" + ("" if site.scope == "<module>" else f" when {site.scope} runs"))
            msg = (f"{name} is newly read at {where}{more} without a default: deployments that do not set "
                   f"{name} now fail at start-up ({how}).")
            severity = "breaking"
        else:
            default = display(site.state, name)
            if site.state == "None":
                msg = (f"{name} is newly read at {where}{more} as optional (None when unset): deployments that "
                       f"do not set it get the behaviour for a missing value.")
            else:
                shown = "" if default in (None, REDACTED) else f" ({default})"
                msg = (f"{name} is newly read at {where}{more} with a default{shown}: deployments that do not set "
                       f"it silently get the default.")
            severity = "info"
        if decls:
            msg += f" It is declared in {', '.join(sorted({d.path for d in decls}))}."
        close = difflib.get_close_matches(name, removed, n=1, cutoff=0.6)
        if close:
            msg += f" {close[0]} is no longer read: if this is a rename, deployments must set {name} instead."
        self.emit(rules.ENV_VAR_ADDED, site, msg, name=name, new=display(site.state, name), severity=severity)

    def removed_code(self, name: str, sites: list[Site], decls: list[Site], added: list[str]) -> None:
        self.removed += 1
        site = sites[0]
        msg = (f"{name} is no longer read (it was read at {_where(site)}, {site.form}): deployments still "
               f"setting it are silently ignored.")
        if decls:
            msg += (f" It is still set in {', '.join(sorted({d.path for d in decls}))}: stale, unless something "
                    f"other than the Python code reads it there.")
        close = difflib.get_close_matches(name, added, n=1, cutoff=0.6)
        if close:
            msg += f" {close[0]} is newly read: if this is a rename, deployments must set {close[0]} instead."
        self.emit(rules.ENV_VAR_REMOVED, site, msg, name=name, old=display(site.state, name))

    # -- variables only declared (.env examples, compose)
    def added_decl(self, name: str, sites: list[Site]) -> None:
        self.added += 1
        site = sites[0]
        self.emit(rules.ENV_VAR_ADDED, site,
                  f"{name} is newly declared at {_where(site)} ({site.form}); the project's Python code does not "
                  f"read it, so it configures something else (a container image, a tool).",
                  name=name, new=display(site.state, name), severity="info")

    def removed_decl(self, name: str, sites: list[Site]) -> None:
        self.removed += 1
        site = sites[0]
        self.emit(rules.ENV_VAR_REMOVED, site,
                  f"{name} is no longer declared (it was at {_where(site)}, {site.form}): whatever read it from "
                  f"there (a container image, a tool) now runs without it.",
                  name=name, old=display(site.state, name))

    # -- defaults
    def code_defaults(self, name: str, base: list[Site], head: list[Site]) -> None:
        b_sites = [s for s in base if s.state is not None]
        h_sites = [s for s in head if s.state is not None]
        if not b_sites or not h_sites:
            return
        groups_b: dict[tuple[str, str], list[Site]] = {}
        for s in b_sites:
            groups_b.setdefault((self.tr(s.path), s.scope), []).append(s)
        groups_h: dict[tuple[str, str], list[Site]] = {}
        for s in h_sites:
            groups_h.setdefault((s.path, s.scope), []).append(s)
        base_states = {s.state for s in b_sites}
        required_now = any(s.required for s in head)
        changes: list[tuple[Site, str]] = []
        for key, hs in groups_h.items():
            bs = list(groups_b.get(key, []))
            left = []
            for h in hs:  # reads with the same default pair first, the rest in order
                same = next((b for b in bs if b.state == h.state), None)
                if same is not None:
                    bs.remove(same)
                else:
                    left.append(h)
            for i, h in enumerate(left):
                if i < len(bs):
                    changes.append((h, bs[i].state))
                elif h.state not in base_states:
                    if h.state != REQUIRED and required_now:
                        continue  # still required elsewhere: a new optional read changes nothing
                    olds = sorted(base_states)
                    changes.append((h, olds[0] if len(olds) == 1 else " | ".join(olds)))
        seen: dict[tuple[str, str], list[Site]] = {}
        for h, old in sorted(changes, key=lambda c: (c[0].path, c[0].line)):
            seen.setdefault((old, h.state), []).append(h)
        for (old, new), hs in seen.items():
            self.default_changed(name, hs, old, new)

    def default_changed(self, name: str, sites: list[Site], old: str, new: str) -> None:
        site = sites[0]
        d_old, d_new = display(old, name), display(new, name)
        more = f" (and {len(sites) - 1} other read site{'s' if len(sites) > 2 else ''})" if len(sites) > 1 else ""
        where = f"{_where(site)} ({site.form}){more}"
        secret = credential_like(name)
        if new == REQUIRED:
            severity = "breaking"
            msg = (f"{name} lost its default at {where}" + ("" if secret else f" (was {d_old})")
                   + f": deployments that do not set {name} now fail at start-up.")
        elif old == REQUIRED:
            severity = "info"
            msg = (f"{name} now has a default at {where}" + ("" if secret else f" ({d_new})")
                   + f": deployments that forget to set {name} no longer fail but silently use the default.")
        else:
            severity = "risk"
            msg = (f"The default of {name} changed at {where}" + ("" if secret else f" from {d_old} to {d_new}")
                   + f": deployments that do not set {name} silently get the new value.")
        self.emit(rules.ENV_VAR_DEFAULT_CHANGED, site, msg, name=name, old=d_old, new=d_new, severity=severity)

    def decl_defaults(self, name: str, base: list[Site], head: list[Site], head_code: list[Site], *,
                      values_only: bool) -> None:
        """Per file and compose service: a value changed, a declaration removed or added. ``values_only``:
        the code started or stopped reading the variable, which that finding reports with its declarations.
        Services sharing one declaration (a YAML anchor) give one finding."""
        b = {(self.tr(s.path), s.scope): s for s in base}
        h = {(s.path, s.scope): s for s in head}
        events: dict[tuple, list[str]] = {}  # (branch, base site, head site) with scopes dropped -> services
        anchor: dict[tuple, tuple[Site | None, Site | None]] = {}
        for key in sorted(set(b) | set(h)):
            bs, hs = b.get(key), h.get(key)
            if bs and hs and bs.state == hs.state:
                continue
            if not (bs and hs) and values_only:
                continue
            branch = "changed" if bs and hs else "removed" if bs else "added"
            ident = (branch, bs and (bs.path, bs.line, bs.state), hs and (hs.path, hs.line, hs.state))
            events.setdefault(ident, []).append(key[1])
            anchor.setdefault(ident, (bs, hs))
        read_at = f" The code reads it at {_where(head_code[0])}." if head_code else ""
        for ident, scopes in events.items():
            branch = ident[0]
            bs, hs = anchor[ident]
            site = hs or bs
            assert site is not None
            if site.source == "compose":
                names = ", ".join(f"'{x}'" for x in scopes)
                place = f"compose service{'s' if len(scopes) > 1 else ''} {names} in {site.path}"
            else:
                place = site.path
            if branch == "changed":
                assert bs is not None and hs is not None
                old, new = display(bs.state, name), display(hs.state, name)
                shown = "" if credential_like(name) else f" from {old} to {new}"
                what = ("containers started from this file get the new value" if site.source == "compose"
                        else "deployments set up from the example get the new value")
                if site.source == "compose" and "${" in f"{bs.state}{hs.state}":
                    what += " (compose substitutes `${...}` from the environment it runs in)"
                self.emit(rules.ENV_VAR_DEFAULT_CHANGED, hs, f"The value of {name} in {place} changed{shown}: {what}."
                          + read_at, name=name, old=old, new=new)
            elif branch == "removed":
                assert bs is not None
                if head_code:
                    msg = (f"{name} is no longer set in {place} (it was at {_where(bs)}), but the code still reads "
                           f"it at {_where(head_code[0])} ({head_code[0].form}): deployments using this file now "
                           + ("fail at start-up." if any(s.required for s in head_code) else "get the code's default."))
                else:
                    msg = (f"{name} is no longer set in {place} (it was at {_where(bs)}): whatever read it from there "
                           "now runs without it.")
                self.emit(rules.ENV_VAR_REMOVED, bs, msg, name=name, old=display(bs.state, name), new=NOT_SET)
            else:
                assert hs is not None
                severity = "info" if hs.source == "dotenv" else "risk"
                what = ("containers started from this file now get this value" if hs.source == "compose"
                        else "the example now documents it")
                shown = "" if credential_like(name) else f" ({display(hs.state, name)})"
                self.emit(rules.ENV_VAR_DEFAULT_CHANGED, hs, f"{name} is now set in {place}{shown}: {what}." + read_at,
                          name=name, old=NOT_SET, new=display(hs.state, name), severity=severity)

    # -- compose ports
    def ports(self) -> None:
        head_ports = self.head.ports
        published = {(key, m) for mappings in head_ports.values() for key, (ms, _) in mappings.items() for m in ms}
        for (path, service), mappings in sorted(self.base.ports.items()):
            hpath = self.tr(path)
            now = head_ports.get((hpath, service))
            for key, (olds, line) in sorted(mappings.items()):
                old = ", ".join(sorted(olds))
                if (now is None or key not in now) and all((key, m) in published for m in olds):
                    continue  # another service (or compose file) publishes the same mapping at head
                if now is None:
                    gone = ("the compose file was removed" if hpath not in self.head.services
                            else f"service '{service}' was removed")
                    site = Site(service, "compose", path, line, service, "", False, None)
                    self.emit_port(site, service, key, old, None,
                                   f"Container port {key} of compose service '{service}' is no longer published "
                                   f"({gone}; it was {old} at {path}:{line})")
                elif key not in now:
                    svc_line = self.head.services.get(hpath, {}).get(service, 1)
                    site = Site(service, "compose", hpath, svc_line, service, "", False, None)
                    self.emit_port(site, service, key, old, None,
                                   f"Compose service '{service}' in {hpath} no longer publishes container port {key} "
                                   f"(it was {old} at {path}:{line})")
                elif now[key][0] != olds:
                    new = ", ".join(sorted(now[key][0]))
                    site = Site(service, "compose", hpath, now[key][1], service, "", False, None)
                    self.emit_port(site, service, key, old, new,
                                   f"Compose service '{service}' in {hpath} now publishes container port {key} as "
                                   f"{new} (was {old})")

    def emit_port(self, site: Site, service: str, key: str, old: str, new: str | None, message: str) -> None:
        message += ": clients, proxies and health checks using the old host port can no longer connect."
        self.findings.append(finding(rules.PORT_CHANGED, path=site.path, line=site.line, message=message,
                                     object=service, parameter=key, old=old, new=new))
