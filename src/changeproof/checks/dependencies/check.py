"""The dependencies check: read both sides, compare group by group, say what a removal breaks."""

from __future__ import annotations

import posixpath
from dataclasses import replace

from ...model import Finding, Problem
from ..base import Check, CheckContext, Skip, finding
from . import rules
from .compare import describe_change
from .model import FILE_GROUP, Declarations, Dep, Group
from .python import FILES as PYTHON_FILES
from .python import Declared, describe_python_change, read_declared, specifier
from .reader import Reader, not_read
from .uses import import_names, uses_of

# ---------------------------------------------------------------------------------------------- check


class Dependencies(Check):
    id = "dependencies"
    title = "Dependencies"
    reads = ("pyproject.toml ([project] with requires-python, optional-dependencies, dependency-groups, poetry, "
             "pdm, uv), setup.cfg (with python_requires), setup.py (statically), requirements and constraints files "
             "with their includes; head code's imports of removed ones")

    def __init__(self) -> None:
        super().__init__()
        self.files = 0
        self.counts = {"added": 0, "removed": 0, "changed": 0, "python": 0}

    def run(self, ctx: CheckContext) -> list[Finding]:
        def relevant(p: str | None) -> bool:
            if not p:
                return False
            name = posixpath.basename(p)
            return name in ("pyproject.toml", "setup.cfg", "setup.py") or name.endswith((".txt", ".in"))

        touched = {p for c in ctx.changes for p in (c.path, c.old_path) if p}
        declared = self.fact("declaration-files-changed", [], detail="dependency declaration files the change touches")
        renames = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        python = self._python(ctx, renames)  # its fact is published whether or not the check goes on
        if not any(relevant(p) for p in touched) and not python:
            raise Skip("no dependency declarations changed")
        base_reader, head_reader = Reader(ctx, "base", renames), Reader(ctx, "head", {})
        base_reader.read()
        head_reader.read()
        roots = base_reader.roots() | head_reader.roots()
        metadata = base_reader.metadata_scopes() | head_reader.metadata_scopes()
        base, head = base_reader.finish(roots, metadata), head_reader.finish(roots, metadata)
        # a requirements file a pyproject / setup.cfg reads (dynamic, file:) on one side only: its entries are
        # compared as that project's group, not as a file group of their own that appears or disappears
        for side, other in ((base, head_reader.claimed), (head, {renames.get(p, p) for p in base_reader.claimed})):
            for key in [k for k in side.groups if k[0] == FILE_GROUP and k[1] in other]:
                del side.groups[key]
        changed_files = touched & (base.read | head.read)
        declared.value = sorted(changed_files)
        if not changed_files and not python:
            raise Skip("no dependency declarations changed")
        self.files = len({renames.get(p, p) for p in changed_files | {f.path for f in python if f.path}})
        self._problems(ctx, base, "base", touched)
        self._problems(ctx, head, "head", touched)

        findings: list[Finding] = list(python)
        removed: list[tuple[Group, Dep]] = []
        changed_names = {key: _changed_names(base.groups.get(key), head.groups.get(key))
                         for key in set(base.groups) | set(head.groups) if key[0] == FILE_GROUP}
        for key in sorted(set(base.groups) | set(head.groups)):
            old_g, new_g = base.groups.get(key), head.groups.get(key)
            g = new_g or old_g
            assert g is not None
            if not ((old_g and old_g.files & touched) or (new_g and new_g.files & touched)):
                continue
            if key[0] != FILE_GROUP and key[0] in (base.unreadable_scopes | head.unreadable_scopes):
                continue  # one side could not be read: reported as a problem, not as every requirement changing
            old_by, new_by = _by_name(old_g), _by_name(new_g)
            # a requirements file that includes another root (requirements-dev.txt: -r requirements.txt) sees
            # that file's changes too: they are reported once, for the included file
            # (and a dependency group that includes another, PEP 735, sees that group's changes)
            covered: set[str] = set()
            if key[0] == FILE_GROUP:
                closure = (old_g.files if old_g else set()) | (new_g.files if new_g else set())
                closure = {renames.get(p, p) for p in closure}
                for other, names in changed_names.items():
                    if other != key and other[0] == FILE_GROUP and other[1] in closure:
                        covered |= names
            for other in (old_g.includes if old_g else set()) | (new_g.includes if new_g else set()):
                covered |= changed_names.get(other) or _changed_names(base.groups.get(other), head.groups.get(other))
            for name in sorted(set(old_by) | set(new_by)):
                if name in covered:
                    continue
                olds, news = old_by.get(name, []), new_by.get(name, [])
                if not olds and name in base.unreadable_names or not news and name in head.unreadable_names:
                    continue  # the other side's declaration did not parse: reported as a problem
                if not olds:
                    new_project = _new_project(key, base)
                    for dep in news:
                        findings.append(self._added(new_g or g, dep, new_project))
                elif not news:
                    for dep in olds:
                        removed.append((old_g or g, dep))
                else:
                    findings.extend(self._compared(new_g or g, name, olds, news))
        if removed:
            findings.extend(self._removed(ctx, removed, head))
        by_kind = {"dependency-added": "added", "dependency-removed": "removed", "dependency-constraint-changed": "changed"}
        deps: dict[str, list[str]] = {v: [] for v in by_kind.values()}
        for f in findings:
            if f.kind in by_kind and f.object:
                deps[by_kind[f.kind]].append(f.object)
        self.fact("dependencies-changed", {k: sorted(set(v)) for k, v in deps.items()},
                  detail="dependencies added, removed or with a changed constraint, in any group (runtime, optional, "
                         "development, constraints): the findings' severities say which matter")
        return findings

    # -- requires-python -------------------------------------------------------------------------------
    def _python(self, ctx: CheckContext, renames: dict[str, str]) -> list[Finding]:
        """Publish every pyproject.toml / setup.cfg's requires-python at both sides (the ``requires-python`` fact);
        a finding for each project directory whose Python requirement allows other Python releases at head."""
        head_files, base_files = ctx.files("head"), ctx.files("base")
        back = {new: old for old, new in renames.items()}

        def wanted(p: str) -> bool:
            return posixpath.basename(p) in PYTHON_FILES and not not_read(ctx, p)

        head: dict[str, Declared] = {p: read_declared(ctx.project.head, p)
                                     for p in sorted(p for p in head_files if p.endswith(PYTHON_FILES)) if wanted(p)}
        base: dict[str, Declared] = {}  # by head path (a renamed file), or base path (a deleted one)
        for p, at_head in head.items():
            bp = back.get(p, p)
            if bp not in base_files or not wanted(bp):
                continue
            if base_files[bp] == head_files[p]:
                base[p] = replace(at_head, path=bp)  # same content: not read again
            else:
                base[p] = read_declared(ctx.project.base, bp)
        for bp in sorted(p for p in base_files if p.endswith(PYTHON_FILES)):
            key = renames.get(bp, bp)
            if key not in head and key not in base and wanted(bp):
                base[key] = read_declared(ctx.project.base, bp)
        value: dict[str, dict[str, str | None]] = {}
        for key in sorted(set(head) | set(base)):
            h, b = head.get(key), base.get(key)
            if (h is not None and h.error) or (b is not None and b.error):
                continue  # a side that does not parse says nothing about its requirement (reported as a problem)
            hs, bs = (h.spec if h else None), (b.spec if b else None)
            if hs is not None or bs is not None:
                value[key] = {"base": bs, "head": hs}
        self.fact("requires-python", value,
                  detail="the Python versions each pyproject.toml ([project] requires-python) and setup.cfg "
                         "([options] python_requires) declares at base and head (null: not declared); files that "
                         "declare none on either side, or do not parse, are left out")

        def effective(side: dict[str, Declared], scope: str) -> Declared | None | bool:
            """The requirement of a project directory (pyproject.toml's first, then setup.cfg's); False unknown."""
            found = [side.get(posixpath.join(scope, name) if scope else name) for name in PYTHON_FILES]
            if any(d is not None and d.error for d in found):
                return False
            return next((d for d in found if d is not None and d.spec is not None), None)

        def present(side: dict[str, Declared], scope: str) -> bool:
            return any(side.get(posixpath.join(scope, name) if scope else name) is not None for name in PYTHON_FILES)

        out: list[Finding] = []
        for scope in sorted({posixpath.dirname(k) for k in set(head) | set(base)}):
            if not (present(base, scope) and present(head, scope)):
                continue  # a project the change adds (nobody installed it before) or removes: no Python was dropped
            old, new = effective(base, scope), effective(head, scope)
            if old is False or new is False:
                continue
            assert not isinstance(old, bool) and not isinstance(new, bool)
            old_spec, new_spec = (old.spec if old else None), (new.spec if new else None)
            if old_spec == new_spec:
                continue
            from packaging.specifiers import InvalidSpecifier

            try:
                described = describe_python_change(old_spec, new_spec)
            except InvalidSpecifier as exc:
                for role, d in (("base", old), ("head", new)):
                    if d is None or d.spec is None:
                        continue
                    try:
                        specifier(d.spec)
                    except InvalidSpecifier:
                        where = f"{d.path}:{d.line}" if d.line else d.path
                        ctx.problems.append(Problem(
                            path=where, side=role,
                            message=f"cannot read requires-python {d.spec!r} ({exc}): the Python versions it allows "
                                    f"are not compared"))
                continue
            if described is None:
                continue
            severity, message = described
            at = new if new is not None else old
            assert at is not None
            self.counts["python"] += 1
            out.append(finding(rules.PYTHON_REQUIREMENT_CHANGED, path=at.path, line=at.line, object="requires-python",
                               old=old_spec, new=new_spec, severity=severity,
                               message=message + (f" ({scope}/)" if scope else "")))
        return out

    # -- findings ---------------------------------------------------------------------------------------
    def _added(self, g: Group, dep: Dep, new_project: bool = False) -> Finding:
        self.counts["added"] += 1
        shown = f"`{dep.text}`"
        if new_project:
            severity = "info"
            where = posixpath.dirname(dep.path) or "the repository root"
            why = (f"{shown} is declared in {g.label} by a project that is new in this change ({where}): nothing "
                   f"that existed before installs it")
        elif g.kind == "runtime":
            severity = "risk"
            why = (f"{shown} is a new runtime dependency ({g.label}): every installation now pulls it in, with its "
                   f"own dependencies; check that it resolves with the existing pins, and its licence and maintenance")
        elif g.kind == "constraints":
            severity = "risk"
            why = f"{shown} is a new constraint ({g.label}): it limits which versions of `{dep.name}` may be installed"
        elif g.kind == "optional":
            severity = "info"
            why = f"{shown} was added to {g.label}: only installations that ask for the extra get it; nothing existing breaks"
        elif g.kind == "environment":
            severity = "info"
            why = (f"{shown} was added to {g.label}, an environment file: the package's runtime dependencies are "
                   f"declared in its metadata, so installing the package does not pull it in")
        else:
            severity = "info"
            why = f"{shown} was added to {g.label} (development tooling): it is not installed with the package"
        return finding(rules.DEPENDENCY_ADDED, path=dep.path, line=dep.line, message=why, object=dep.name,
                       new=dep.text, severity=severity)

    def _compared(self, g: Group, name: str, olds: list[Dep], news: list[Dep]) -> list[Finding]:
        pairs: list[tuple[Dep, Dep]] = []
        if len(olds) == 1 and len(news) == 1:
            pairs = [(olds[0], news[0])]
        else:
            if sorted(map(repr, (d.norm for d in olds))) == sorted(map(repr, (d.norm for d in news))):
                return []
            rest_o, rest_n = list(olds), list(news)
            for o in olds:
                match = next((n for n in rest_n if n.norm == o.norm), None) or next(
                    (n for n in rest_n if n.req is not None and o.req is not None and str(n.req.marker) == str(o.req.marker)), None)
                if match is not None:
                    pairs.append((o, match))
                    rest_o.remove(o)
                    rest_n.remove(match)
            if len(rest_o) == 1 and len(rest_n) == 1:
                pairs.append((rest_o[0], rest_n[0]))
            elif rest_o or rest_n:
                self.counts["changed"] += 1
                anchor = (rest_n or news)[0]
                return [finding(rules.DEPENDENCY_CONSTRAINT_CHANGED, path=anchor.path, line=anchor.line,
                                object=name, severity="risk",
                                message=(f"`{name}` is declared {len(news)} times in {g.label} (it was {len(olds)}), "
                                         f"with different markers or versions: which version each environment gets "
                                         f"changed; check every combination"),
                                old="\n".join(d.text for d in olds), new="\n".join(d.text for d in news))]
        out = []
        for o, n in pairs:
            described = describe_change(o, n)
            if described is None:
                continue
            severity, what = described
            if g.kind in ("dev", "environment"):
                severity = "info"  # development tooling and environment pins: nothing installed with the package changes
                what += (" (development tooling: not installed with the package)" if g.kind == "dev" else
                         " (an environment file: the package's runtime dependencies are declared in its metadata)")
            self.counts["changed"] += 1
            extra = ""
            if n.spec_text and n.spec_text != n.text:
                extra = f" (read as `{n.spec_text}`)"
            out.append(finding(rules.DEPENDENCY_CONSTRAINT_CHANGED, path=n.path, line=n.line, object=name,
                               severity=severity, old=o.text, new=n.text,
                               message=f"`{name}` in {g.label}{extra}: {what}"))
        return out

    def _removed(self, ctx: CheckContext, removed: list[tuple[Group, Dep]], head: Declarations) -> list[Finding]:
        providers: dict[str, list[Group]] = {}
        for g in head.groups.values():
            for d in g.deps:
                providers.setdefault(d.name, []).append(g)
        check = {dep.name for g, dep in removed if g.kind != "constraints"}
        uses = uses_of(ctx, check) if check else {}
        out = []
        for g, dep in removed:
            self.counts["removed"] += 1
            severity = "risk"
            if g.kind == "constraints":
                out.append(finding(rules.DEPENDENCY_REMOVED, path=dep.path, line=dep.line, object=dep.name,
                                   old=dep.text, severity="info",
                                   message=(f"the constraint `{dep.text}` was removed from {g.label}: `{dep.name}` may "
                                            f"now resolve to versions it used to exclude")))
                continue
            elsewhere = [p for p in providers.get(dep.name, []) if p.kind != "constraints" and p.key != g.key]
            still = [p for p in elsewhere if p.kind == "runtime" or (g.kind == "optional" and p.kind == "optional")]
            used = uses.get(dep.name, [])
            prod = [u for u in used if u.category == "production" and not u.guarded]
            tests = [u for u in used if u.category == "test" and not u.guarded]
            message = f"`{dep.text}` was removed from {g.label}: environments built from head no longer install it"
            if elsewhere:
                message += f"; it is still declared in {', '.join(sorted({p.label for p in elsewhere}))}"
            if prod and not still and g.kind in ("runtime", "optional"):
                severity = "breaking"
                shown = "; ".join(f"{u.path}:{u.line} `{u.text}`" for u in prod[:3])
                more = f" and {len(prod) - 3} more" if len(prod) > 3 else ""
                message += (f", but production code still imports it ({shown}{more}): that import fails with "
                            f"ModuleNotFoundError")
            elif prod:
                message += f"; production code still imports it ({prod[0].path}:{prod[0].line})"
            elif tests:
                message += (f"; tests still import it ({tests[0].path}:{tests[0].line}"
                            f"{f' and {len(tests) - 1} more' if len(tests) > 1 else ''}), so the test run needs it "
                            f"from somewhere else")
            elif used:
                message += "; the remaining imports of it are guarded (try/except ImportError or TYPE_CHECKING)"
            elif import_names(dep.name):
                message += (f"; no production or test module imports "
                            f"{' or '.join(f'`{n}`' for n in import_names(dep.name))}")
            if g.kind in ("dev", "environment") and severity != "breaking":
                severity = "info"
                message += ("; a development group: nothing installed with the package changes" if g.kind == "dev" else
                            "; an environment file: the package's runtime dependencies are declared in its metadata")
            out.append(finding(rules.DEPENDENCY_REMOVED, path=dep.path, line=dep.line, object=dep.name,
                               old=dep.text, severity=severity, message=message))
        return out

    def _problems(self, ctx: CheckContext, side: Declarations, role: str, touched: set[str]) -> None:
        seen = {(p.path, p.message) for p in ctx.problems}
        for path, line, message in side.problems:
            if path not in touched:
                continue
            where = f"{path}:{line}" if line else path
            if (where, message) in seen:
                continue
            seen.add((where, message))
            ctx.problems.append(Problem(path=where, message=message, side=role))

    def outcome(self, findings: list[Finding]) -> str:
        if not self.files:
            return "no dependency declarations changed"
        c = self.counts
        return (f"{self.files} dependency file{'s' if self.files != 1 else ''} changed: {c['added']} added, "
                f"{c['removed']} removed, {c['changed']} changed"
                + (f"; requires-python changed in {c['python']} project{'s' if c['python'] != 1 else ''}"
                   if c["python"] else ""))


def _new_project(key: tuple[str, str], base: Declarations) -> bool:
    """Whether a group belongs to a directory that declared no dependencies at base (a project new in the change)."""
    if key[0] != FILE_GROUP:
        return key[0] not in base.scopes
    if key in base.groups:
        return False
    folder = posixpath.dirname(key[1])
    return folder not in base.scopes and not any(k[0] == FILE_GROUP and posixpath.dirname(k[1]) == folder
                                                 for k in base.groups)


def _changed_names(old: Group | None, new: Group | None) -> set[str]:
    """Names whose declarations differ between the two sides of a group."""
    a, b = _by_name(old), _by_name(new)
    return {n for n in set(a) | set(b)
            if sorted(repr(d.norm) for d in a.get(n, [])) != sorted(repr(d.norm) for d in b.get(n, []))}


def _by_name(g: Group | None) -> dict[str, list[Dep]]:
    out: dict[str, list[Dep]] = {}
    if g is not None:
        for d in g.deps:
            out.setdefault(d.name, []).append(d)
    return out


CHECK = Dependencies
