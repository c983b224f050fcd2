"""One side: which files are looked at, and every read and declaration site they hold."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from fnmatch import fnmatchcase
from typing import Any

from ... import configfiles
from ...project.factcache import engine_id
from ...project.files import classify
from ..base import CheckContext
from .declared import compose_services, dotenv_sites
from .model import EnvInventory, PyFacts, SettingsClass, SettingsField, Site, facts_from_json, facts_to_json, valid_row
from .python import python_facts

# -------------------------------------------------------------------------------------- which files

_VENDOR_DIRS = frozenset({".venv", "venv", ".tox", ".nox", "node_modules", "site-packages", "__pypackages__",
                          ".git", ".mypy_cache", ".eggs"})
_DOTENV_NAME = re.compile(r"^(\.?env(\.[\w-]+)*\.(example|sample|template|dist|defaults)|(example|sample)\.env)$",
                          re.IGNORECASE)
_COMPOSE_NAME = re.compile(r"^(docker-)?compose([._-][\w.-]*)?\.ya?ml$", re.IGNORECASE)


def _category(path: str, config: Any) -> str:
    try:
        return classify(path, config)
    except Exception:  # noqa: BLE001  # pragma: no cover - a classifier bug must not hide the check
        return "production"


def _kind_of(path: str, config: Any) -> str | None:
    """"python", "dotenv", "compose" or None (not looked at)."""
    parts = path.split("/")
    name = parts[-1]
    if any(d in _VENDOR_DIRS for d in parts[:-1]):
        return None
    if any(fnmatchcase(path, g) for g in (getattr(config, "exclude", None) or ())):
        return None
    if name.endswith(".py"):
        if name == "setup.py":
            return None  # build time, not deployment configuration
        kind = "python"
    elif _DOTENV_NAME.match(name):
        kind = "dotenv"
    elif _COMPOSE_NAME.match(name):
        kind = "compose"
    else:
        return None
    category = _category(path, config)
    if category in ("test", "docs", "ci") or (kind == "python" and category == "other"):
        return None  # only what the project runs: not tests, docs, CI, benchmarks or examples
    return kind

# ---------------------------------------------------------------------------------------------- one side

_WANTED = re.compile(r"environ|getenv|BaseSettings")  # a Python file that mentions none of these reads nothing
_FACT_KIND = "config-drift"


def facts_json_of(side: Any, path: str) -> dict:
    """A Python file's facts (:func:`python_facts`) as the fact cache keeps them, from the project's tree (a
    :meth:`~changeproof.project.ProjectSide.derived` function: the runner's prefetch computes it for the changed
    files while their trees are at hand)."""
    return facts_to_json(python_facts(path, side.ast(path), side.imports(path), side.parse_error(path)))


def prefetch_items(ctx: CheckContext) -> list[tuple]:
    """The changed Python files whose facts this run will compute: those that mention an environment read and
    whose content the fact cache does not know yet."""
    wanted: list[tuple[str, str]] = []
    for c in ctx.project.file_changes:
        if c.status != "deleted":
            wanted.append(("head", c.path))
        if c.status != "added":
            wanted.append(("base", c.old_path or c.path))
    wanted = [(role, path) for role, path in wanted if path.endswith(".py") and _kind_of(path, ctx.config) == "python"
              and path in ctx.project.side(role).files]
    if not wanted:
        return []
    blobs = {ctx.project.side(role).files[path] for role, path in wanted}
    known = ctx.project.fact_cache.get_many(_FACT_KIND, _engine(), sorted(blobs), valid_row)
    items = []
    for role, path in wanted:
        row = known.get(ctx.project.side(role).files[path])
        if row is not None and (not row["m"] or "f" in row):
            continue
        text = ctx.project.side(role).text(path)
        if text is not None and _WANTED.search(text):
            items.append(("side", facts_json_of, role, path))
    return items


def _engine() -> str:
    """The code that shapes a file's row: this module (which files are searched, for what), the reader of
    Python code and the parser."""
    from ... import astutil
    from . import model, python

    return engine_id(sys.modules[__name__], python, model, astutil)


def _module_files(importer: str, module: str, level: int, paths: Iterable[str]) -> list[str]:
    parts = [p for p in module.split(".") if p]
    if level:
        base = importer.split("/")[:-1]
        base = base[: len(base) - (level - 1)] if level > 1 else base
        stem = "/".join(base + parts)
        wanted = {f"{stem}.py", f"{stem}/__init__.py"}
        return [p for p in paths if p in wanted]
    stem = "/".join(parts)
    return [p for p in paths if p in (f"{stem}.py", f"{stem}/__init__.py")
            or p.endswith((f"/{stem}.py", f"/{stem}/__init__.py"))]


class Scanner:
    """Collects one side's sites. Per-file facts are cached by (path, content id) across the two sides."""

    def __init__(self, ctx: CheckContext, cache: dict):
        self.ctx = ctx
        self.cache = cache
        self._classes: dict[tuple[str, str], SettingsClass] = {}
        self._parent_fn: Any = lambda key: []
        self._project_names: set[str] = set()  # directory names and module stems of the side's Python files

    # -- per-content rows: {"m": mentions environ/getenv/BaseSettings, "f": its facts once computed}
    def _rows(self, ids: set[str]) -> dict[str, dict]:
        """The rows of ``ids`` known to this run or to the fact cache (content id -> row)."""
        rows: dict[str, dict] = self.cache.setdefault("rows", {})
        todo = [i for i in ids if i not in rows]
        if todo:
            for i, value in self.ctx.project.fact_cache.get_many(_FACT_KIND, _engine(), sorted(todo),
                                                                 valid_row).items():
                rows[i] = value
        return {i: rows[i] for i in ids if i in rows}

    def _new_row(self, blob: str, row: dict) -> dict:
        self.cache.setdefault("rows", {})[blob] = row
        self.cache.setdefault("dirty", set()).add(blob)
        return row

    def _facts(self, side: str, path: str, blob: str, row: dict) -> PyFacts:
        key = ("py", path, blob)
        if key not in self.cache:
            if "f" not in row:
                row["f"] = self.ctx.project.side(side).derived(facts_json_of, path)
                self._new_row(blob, row)
            self.cache[key] = facts_from_json(row["f"], path)
        return self.cache[key]

    def _store(self) -> None:
        dirty = self.cache.pop("dirty", set())
        rows = self.cache.get("rows", {})
        if dirty:
            self.ctx.project.fact_cache.put_many(_FACT_KIND, _engine(), {i: rows[i] for i in sorted(dirty)})

    def read(self, side: str, paths: list[str]) -> dict[str, str]:
        snap = self.ctx.base if side == "base" else self.ctx.head
        files = self.ctx.files(side)
        todo = [p for p in paths if ("text", p, files[p]) not in self.cache]
        if todo:
            try:
                data = snap.read_many(todo)
            except Exception:  # noqa: BLE001 - fall back to one at a time so one unreadable file does not hide the rest
                data = {}
                for p in todo:
                    try:
                        data[p] = snap.read(p)
                    except Exception as exc:  # noqa: BLE001 - reported as a problem
                        self.cache[("text", p, files[p])] = exc
            for p, raw in data.items():
                self.cache[("text", p, files[p])] = raw.decode("utf-8", "replace")
        out = {}
        for p in paths:
            value = self.cache[("text", p, files[p])]
            out[p] = value
        return out

    def scan(self, side: str) -> EnvInventory:
        result = EnvInventory()
        files = self.ctx.files(side)
        known: dict[str, str | None] = self.cache.setdefault("kinds", {})  # the two sides share most paths
        kinds = {}
        for p in files:
            k = known.get(p, known)
            if k is known:
                k = known[p] = _kind_of(p, self.ctx.config)
            if k:
                kinds[p] = k
        py = sorted(p for p, k in kinds.items() if k == "python")
        self._project_names = {part for p in py for part in p[:-3].split("/")}
        # a Python file's facts by content (the fact cache): only files not seen before are read and searched
        rows = self._rows({files[p] for p in py})
        texts = self.read(side, sorted(p for p, k in kinds.items() if k != "python" or files[p] not in rows))
        for p, t in texts.items():
            if isinstance(t, Exception):
                result.failed.add(p)
                result.problems.append((p, f"cannot read it ({t}); its environment variables are not compared"))
        texts = {p: t for p, t in texts.items() if isinstance(t, str)}
        for p in py:
            if files[p] not in rows and p in texts:
                rows[files[p]] = self._new_row(files[p], {"m": bool(_WANTED.search(texts[p]))})

        # Python: files that mention environ/getenv/BaseSettings, then files naming a known settings class
        facts: dict[str, PyFacts] = {}
        pending = [p for p in py if files[p] in rows and rows[files[p]]["m"]]
        settings: dict[tuple[str, str], bool] = {}
        while pending:
            for p in pending:
                facts[p] = self._facts(side, p, files[p], rows[files[p]])
            settings = self._settings(facts)
            names = sorted({q.split(".")[-1] for (_, q), ok in settings.items() if ok})
            if not names:
                break
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
            more = [p for p in py if files[p] in rows and p not in facts]
            texts.update((p, t) for p, t in self.read(side, more).items() if isinstance(t, str))
            pending = [p for p in more if p in texts and pattern.search(texts[p])]
        self._store()

        for p, f in sorted(facts.items()):
            if f.error:
                result.failed.add(p)
                result.problems.append((p, f"{f.error}; its environment variable reads are not compared"))
                continue
            result.sites.extend(f.sites)
            for scope, line, expr in f.dynamic:
                result.dynamic.setdefault((p, scope, expr), line)
        result.sites.extend(self._settings_sites(facts, settings, result))

        for p in sorted(k for k, v in kinds.items() if v == "dotenv" and k in texts):
            sites, bad = dotenv_sites(p, texts[p])
            result.sites.extend(sites)
            if bad:
                shown = ", ".join(map(str, bad[:5])) + (" ..." if len(bad) > 5 else "")
                result.problems.append((p, f"lines {shown} are not NAME=value; they are not compared"))
        snapshot = self.ctx.project.side(side).snapshot
        for p in sorted(k for k, v in kinds.items() if v == "compose" and k in texts):
            try:
                compose = configfiles.yaml(snapshot, p)
                if compose is None or compose.error is not None:
                    result.failed.add(p)
                    why = compose.error if compose is not None else "it is not in the snapshot"
                    result.problems.append((p, (f"cannot read its services: invalid YAML ({why}); its environment "
                                               f"and ports are not compared")))
                    continue
                services = compose_services(compose.root)
            except Exception as exc:  # noqa: BLE001 - a reader bug must not become a traceback
                result.failed.add(p)
                result.problems.append((p, (f"cannot read its services ({type(exc).__name__}); its environment "
                                           f"and ports are not compared")))
                continue
            result.services[p] = {s.name: s.line for s in services}
            for svc in services:
                for var, state, line in svc.env:
                    result.sites.append(Site(var, "compose", p, line, svc.name,
                                             f"environment of compose service '{svc.name}'", False, state))
                ports: dict[str, tuple[set[str], int]] = {}
                for key, mapping, line in svc.ports:
                    entry = ports.setdefault(key, (set(), line))
                    entry[0].add(mapping)
                result.ports[(p, svc.name)] = {k: (frozenset(v), line) for k, (v, line) in ports.items()}
        return result

    # -- settings classes
    def _settings(self, facts: dict[str, PyFacts]) -> dict[tuple[str, str], bool]:
        classes = {(p, c.qualname): c for p, f in facts.items() for c in f.classes}
        by_name: dict[str, list[tuple[str, str]]] = {}
        for (p, q), c in classes.items():
            by_name.setdefault(c.name, []).append((p, q))
        memo: dict[tuple[str, str], bool] = {}

        def parents(key: tuple[str, str]) -> list[tuple[str, str] | str]:
            path, _ = key
            c = classes[key]
            out: list[tuple[str, str] | str] = []
            for ref in c.bases:
                if ref[0] == "settings":
                    out.append("settings")
                elif ref[0] == "local":
                    cands = [k for k in by_name.get(ref[1], []) if k[0] == path and k != key]
                    out.extend(cands[:1])
                elif ref[0] == "import":
                    _, module, level, name = ref
                    files = _module_files(path, module, level, facts)
                    cands = [k for k in by_name.get(name, []) if k[0] in files]
                    if (not cands and len(by_name.get(name, [])) == 1
                            and (level or module.split(".")[0] in self._project_names)):
                        cands = by_name[name]  # a project module re-exporting it (a package __init__)
                    out.extend(cands[:1])
            return out

        def is_settings(key: tuple[str, str], seen: frozenset) -> bool:
            if key in memo:
                return memo[key]
            if key in seen:
                return False
            ok = False
            for parent in parents(key):
                if parent == "settings" or (isinstance(parent, tuple) and is_settings(parent, seen | {key})):
                    ok = True
            memo[key] = ok
            return ok

        for key in classes:
            is_settings(key, frozenset())
        self._classes = classes
        self._parent_fn = parents
        return memo

    def _settings_sites(self, facts: dict[str, PyFacts], settings: dict[tuple[str, str], bool],
                        side: EnvInventory) -> list[Site]:
        if not any(settings.values()):
            return []
        classes = self._classes
        sites: list[Site] = []

        def effective(key: tuple[str, str], seen: frozenset) -> tuple[str | None, bool | None, bool,
                                                                        dict[str, tuple[str, SettingsField]]]:
            c = classes[key]
            prefix, case, dynamic = c.prefix, c.case_sensitive, c.prefix_dynamic
            fields: dict[str, tuple[str, SettingsField]] = {}
            for parent in self._parent_fn(key):
                if isinstance(parent, tuple) and parent not in seen and settings.get(parent):
                    p_prefix, p_case, p_dyn, p_fields = effective(parent, seen | {key})
                    for name, value in p_fields.items():
                        fields.setdefault(name, value)
                    if prefix is None and not dynamic:
                        prefix, dynamic = p_prefix, p_dyn
                    if case is None:
                        case = p_case
            for f in c.fields:
                fields[f.name] = (key[0], f)
            return prefix, case, dynamic, fields

        for key, ok in sorted(settings.items()):
            if not ok:
                continue
            c = classes[key]
            prefix, case, dynamic, fields = effective(key, frozenset())
            if dynamic:
                side.problems.append((key[0], (f"settings class {c.qualname} (line {c.line}) has an env_prefix that "
                                              f"is not a string literal; its variables are compared without it")))
            for fname, (fpath, f) in fields.items():
                names = f.aliases or [(prefix or "") + fname]
                for n in names:
                    n = n if case else n.upper()
                    sites.append(Site(n, "settings", fpath, f.line, f"{c.qualname}.{fname}",
                                      f"field {c.name}.{fname} of a pydantic settings class",
                                      f.required and len(names) == 1, f.state))
        return sites
