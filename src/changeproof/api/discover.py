"""Finding a project's Python packages and modules from its file list alone (no imports, no install).

Handles src layout, flat layout, several top-level packages, implicit namespace packages and single-module
projects; leaves out tests, docs, examples, scripts and build output. ``packages = [...]`` in
``[tool.changeproof]`` overrides the search.
"""

from __future__ import annotations

from dataclasses import dataclass

# top-level folders that hold no importable API, even with an __init__.py
EXCLUDED_DIRS = {
    "tests", "test", "testing", "docs", "doc", "examples", "example", "benchmarks", "benchmark", "build", "dist",
    "site-packages", "venv", "env", "node_modules",
}
# top-level folders that usually hold tooling: left out unless they are packages (have an __init__.py)
TOOLING_DIRS = {"samples", "sample", "scripts", "script", "bench", "tools", "tool", "migrations", "ci", "contrib",
                "demo", "demos", "fixtures", "data", "notebooks"}
# folders inside a package that are not API
EXCLUDED_SUBDIRS = {"tests", "__pycache__"}
# top-level modules that are tooling, not API
EXCLUDED_MODULES = {"setup", "conftest", "noxfile", "tasks", "fabfile", "manage", "dodo", "pavement", "versioneer", "__main__"}
# folders that are never source: VCS, caches, virtual environments, installed packages
SKIP_PARTS = {".git", "__pycache__", ".venv", ".tox", ".nox", "node_modules", ".mypy_cache", ".pytest_cache", "site-packages"}


@dataclass(frozen=True)
class ModuleFile:
    name: str  # dotted module name
    path: str  # file path relative to the snapshot root
    is_package: bool  # an __init__ file


def _is_test_file(name: str) -> bool:
    return name.startswith("test_") or name.endswith("_test") or name == "conftest"


_found: dict[tuple, dict[str, ModuleFile]] = {}  # the last few discoveries: both sides of a change, and every
# reader of one side (the API engine, the checks), mostly ask about the same list of files


def discover(paths: list[str], packages: list[str] | None = None, source_dirs: list[str] | None = None) -> dict[str, ModuleFile]:
    """Map every module of the project's packages to its file. ``paths`` are all files of the snapshot;
    ``source_dirs`` are import roots the build configuration declares (``lib``, ``python``), if any."""
    key = (tuple(paths), tuple(packages) if packages is not None else None,
           tuple(source_dirs) if source_dirs is not None else None)
    found = _found.get(key)
    if found is None:
        found = _discover(paths, packages, source_dirs)
        if len(_found) >= 4:
            _found.pop(next(iter(_found)))
        _found[key] = found
    return dict(found)


def _discover(paths: list[str], packages: list[str] | None, source_dirs: list[str] | None) -> dict[str, ModuleFile]:
    py = [p for p in paths if p.endswith((".py", ".pyi")) and not (set(p.split("/")[:-1]) & SKIP_PARTS)]
    present = set(py)
    roots = _declared_roots(py, source_dirs, packages) if source_dirs else _roots(py, packages)
    modules: dict[str, ModuleFile] = {}
    for path in sorted(py):
        for prefix, tops in roots:
            if not path.startswith(prefix):
                continue
            rel = path[len(prefix):]
            parts = rel.split("/")
            if parts[0].removesuffix(".pyi").removesuffix(".py") not in tops:
                continue
            if packages is None and len(parts) > 1 and any(p in EXCLUDED_SUBDIRS for p in parts[1:-1]):
                continue
            stem = parts[-1].rsplit(".", 1)[0]
            if packages is None and len(parts) > 1 and _is_test_file(stem):
                continue
            if not all(p.isidentifier() for p in parts[:-1]) or not stem.isidentifier():
                continue
            if path.endswith(".pyi") and path[:-1] in present:
                continue  # the .py next to a stub wins: it is what runs
            is_pkg = stem == "__init__"
            mod_parts = parts[:-1] if is_pkg else parts[:-1] + [stem]
            if not mod_parts:
                continue
            name = ".".join(mod_parts)
            modules.setdefault(name, ModuleFile(name, path, is_pkg))
            break
    if packages and any("." in p for p in packages):
        keep = set(packages)
        modules = {n: m for n, m in modules.items()
                   if any(n == k or n.startswith(k + ".") or k.startswith(n + ".") and m.is_package for k in keep)}
    return modules


def _declared_roots(py: list[str], source_dirs: list[str], packages: list[str] | None) -> list[tuple[str, set[str]]]:
    out: list[tuple[str, set[str]]] = []
    for d in source_dirs:
        prefix = d.strip("/") + "/" if d.strip("/") not in ("", ".") else ""
        tops = set()
        for p in py:
            if not p.startswith(prefix):
                continue
            first = p[len(prefix):].split("/")[0]
            stem = first.rsplit(".", 1)[0] if first.endswith((".py", ".pyi")) else first
            if stem.isidentifier() and stem not in EXCLUDED_MODULES and not _is_test_file(stem) and stem.lower() not in EXCLUDED_DIRS:
                tops.add(stem)
        if packages:
            tops &= {p.split(".")[0] for p in packages}
        if tops:
            out.append((prefix, tops))
    return out or _roots(py, packages)


def _roots(py: list[str], packages: list[str] | None) -> list[tuple[str, set[str]]]:
    """(path prefix, top-level names) pairs: where the importable code is."""
    if packages:
        out: dict[str, set[str]] = {}
        for name in packages:
            first = name.replace(".", "/").split("/")[0]
            for prefix in ("src/", "", "lib/", "python/"):
                if any(p.startswith(prefix + first + "/") or p in (prefix + first + ".py", prefix + first + ".pyi") for p in py):
                    out.setdefault(prefix, set()).add(first)
                    break
        return list(out.items())
    src = [p for p in py if p.startswith("src/")]
    if src:
        tops = {p.split("/")[1].removesuffix(".pyi").removesuffix(".py") for p in src if len(p.split("/")) > 1}
        tops = {t for t in tops if t.isidentifier() and t not in EXCLUDED_MODULES and not _is_test_file(t)}
        if tops:
            return [("src/", tops)]
    tops: set[str] = set()
    packages_with_init = {p.split("/")[0] for p in py if p.count("/") == 1 and p.endswith(("/__init__.py", "/__init__.pyi"))}
    for p in py:
        parts = p.split("/")
        first = parts[0]
        if len(parts) == 1:
            stem = first.rsplit(".", 1)[0]
            if stem.isidentifier() and stem not in EXCLUDED_MODULES and not _is_test_file(stem):
                tops.add(stem)
        elif first.isidentifier() and first.lower() not in EXCLUDED_DIRS and not first.startswith("."):
            if first.lower() in TOOLING_DIRS and first not in packages_with_init:
                continue
            tops.add(first)
    return [("", tops)]
