"""Where head code imports a distribution (by its import names), and whether each import is guarded."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from fnmatch import fnmatchcase

from ...astutil import ImportTable
from ...project.files import classify
from ..base import CheckContext
from .model import _KNOWN_IMPORTS, canonical

# ---------------------------------------------------------------------------------------------- imports


def import_names(distribution: str) -> tuple[str, ...]:
    """The import names a distribution most likely provides: its normalised name (lowercased, ``-`` and ``.``
    as ``_``), or the known name for well-known mismatches (``pyyaml`` is ``yaml``, ``pillow`` is ``PIL``)."""
    canon = canonical(distribution)
    if canon in _KNOWN_IMPORTS:
        return _KNOWN_IMPORTS[canon]
    if canon.startswith("google-cloud-"):
        return ("google.cloud." + canon[len("google-cloud-"):].replace("-", "_"),)
    if canon.startswith("types-") or canon.endswith("-stubs"):
        return ()  # type stubs: nothing is imported at run time
    return (canon.replace("-", "_"),)


@dataclass
class Use:
    path: str
    line: int
    text: str
    guarded: bool  # inside try/except ImportError or `if TYPE_CHECKING:`
    category: str


def _imports_in(table: ImportTable, wanted: dict[str, str]) -> list[tuple[str, ast.stmt, bool]]:
    """(distribution, import statement, guarded) for imports of any wanted import name (name -> distribution);
    guarded: optional (inside a try that catches ImportError, or `with suppress(ImportError)`) or under
    ``if TYPE_CHECKING:``. One entry per ``import`` name, one per ``from ... import`` statement."""
    out: list[tuple[str, ast.stmt, bool]] = []

    def match(module: str) -> str | None:
        for name, dist in wanted.items():
            if module == name or module.startswith(name + "."):
                return dist
        return None

    seen_from: set[int] = set()
    for b in table.bindings:
        guarded = b.optional or b.type_checking
        if b.name is None:
            dist = match(b.module)
            if dist:
                out.append((dist, b.node, guarded))
        elif b.level == 0 and b.module and id(b.node) not in seen_from:
            seen_from.add(id(b.node))
            node = b.node
            dist = match(b.module) or next((d for a in node.names if (d := match(f"{b.module}.{a.name}"))), None)
            if dist:
                out.append((dist, node, guarded))
    return out


def uses_of(ctx: CheckContext, dists: set[str]) -> dict[str, list[Use]]:
    """Where head production and test code imports each distribution (by its import names)."""
    wanted: dict[str, str] = {}
    local = _local_modules(ctx.files("head"))
    for d in dists:
        for name in import_names(d):
            if name.split(".")[0] not in local:  # a module of the repository itself, not the distribution
                wanted[name] = d
    if not wanted:
        return {}
    candidates = []
    for path in ctx.files("head"):
        if not path.endswith(".py") or any(fnmatchcase(path, g) for g in ctx.config.exclude or []):
            continue
        category = classify(path, ctx.config)
        if category in ("production", "test"):
            candidates.append((path, category))
    firsts = {n.split(".")[0] for n in wanted}
    alternatives = "|".join(re.escape(f) for f in sorted(firsts))
    word = re.compile(rf"\b(?:{alternatives})\b")
    head = ctx.project.head
    texts = head.texts([p for p, _ in candidates])
    out: dict[str, list[Use]] = {}
    for path, category in candidates:
        text = texts[path]
        if not word.search(text):
            continue
        table = head.imports(path)
        if table is None:
            continue  # does not parse: the syntax check reports it
        lines = text.splitlines()
        for dist, node, guarded in _imports_in(table, wanted):
            snippet = lines[node.lineno - 1].strip() if node.lineno <= len(lines) else ""
            out.setdefault(dist, []).append(Use(path, node.lineno, snippet, guarded, category))
    return out


def _local_modules(files: dict[str, str]) -> set[str]:
    """Top-level module names the repository itself provides (packages and modules at the root or under src/)."""
    out = set()
    for p in files:
        parts = p.split("/")
        if parts[0] == "src" and len(parts) > 1:
            parts = parts[1:]
        if len(parts) == 1 and parts[0].endswith(".py"):
            out.add(parts[0][:-3])
        elif len(parts) == 2 and parts[1] in ("__init__.py", "__init__.pyi"):
            out.add(parts[0])
    return out
