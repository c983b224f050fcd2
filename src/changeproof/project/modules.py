"""The project's Python files on each side, as the checks that follow calls and imports see them.

The API engine links the project's modules (its packages); the call-sites, imports and contracts checks also
look at files it leaves out (tests, scripts, examples, ``--consumer`` checkouts). Each such file gets a
*pseudo-module* name (``tests/test_ws.py`` -> ``tests.test_ws``) and joins a copy of the linked side
(:func:`augmented_side`), so its imports and definitions resolve through the same linker.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..api.discover import SKIP_PARTS, ModuleFile
from ..api.linker import ApiModel

__all__ = ["ProjectFiles", "augmented_side", "consumer_files", "file_modules", "pseudo_name", "scan_paths"]


@dataclass
class ProjectFiles:
    """The Python files of both sides: which are project modules (and their names) and which are not."""

    base_model: ApiModel  # the API engine's linked models (project modules only)
    head_model: ApiModel
    base_modules: dict[str, str]  # path -> module name (project modules)
    head_modules: dict[str, str]
    base_py: list[str]  # every .py path scanned
    head_py: list[str]
    tops: set[str]  # top-level names of the project's packages and modules, either side
    roots: dict[str, set[str]]  # side -> import roots ("" or "src/") of the project
    renamed: dict[str, str]  # head path -> base path, for renamed files
    exists: dict[str, set[str]]  # side -> dotted names every file under the import roots makes importable


# files that make a module importable, besides Python source: stubs and compiled extensions
_MODULE_SUFFIXES = (".py", ".pyi", ".pyx", ".so", ".pyd")


def file_modules(paths, roots: set[str]) -> set[str]:
    """Dotted names of every module and package a side's files make importable from its import roots
    (including modules the API engine leaves out: tests inside packages, extensions, excluded paths)."""
    out: set[str] = set()
    for p in paths:
        if not p.endswith(_MODULE_SUFFIXES):
            continue
        for root in roots or {""}:
            if not p.startswith(root):
                continue
            stem = p[len(root):].rsplit(".", 1)[0]
            if p.endswith((".so", ".pyd")):
                stem = stem.split(".", 1)[0]  # _speedups.cpython-311-x86_64-linux-gnu.so
            parts = stem.split("/")
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if not parts or not all(x.isidentifier() for x in parts):
                continue
            for i in range(1, len(parts) + 1):
                out.add(".".join(parts[:i]))
    return out


def scan_paths(paths, exclude: list[str]) -> list[str]:
    """The ``.py`` files worth scanning: not under a VCS, cache or virtualenv folder, not excluded."""
    out = []
    for p in paths:
        if not p.endswith(".py"):
            continue
        parts = p.split("/")
        if set(parts[:-1]) & SKIP_PARTS:
            continue
        if exclude and any(fnmatch.fnmatchcase(p, g) for g in exclude):
            continue
        out.append(p)
    return sorted(out)


def project_files(base: ApiModel, head: ApiModel, base_files: dict[str, str], head_files: dict[str, str],
                  renamed: dict[str, str], exclude: list[str]) -> ProjectFiles:
    """Both sides' files, from the API engine's linked sides and the snapshots' file lists."""
    base_modules = {m.path: m.name for m in base.modules.values()}
    head_modules = {m.path: m.name for m in head.modules.values()}
    tops = {n.split(".")[0] for n in list(base_modules.values()) + list(head_modules.values())}
    roots: dict[str, set[str]] = {"base": set(), "head": set()}
    for side, mods in (("base", base_modules), ("head", head_modules)):
        for path, name in mods.items():
            rel = name.replace(".", "/")
            stem = path.rsplit(".", 1)[0]
            stem = stem.removesuffix("/__init__")
            if stem.endswith(rel):
                roots[side].add(stem[: len(stem) - len(rel)])
    base_exists, base_py = file_modules(base_files, roots["base"] | {""}), scan_paths(base_files, exclude)
    if base_files.keys() == head_files.keys():  # the same paths (a change of contents only): the same answers
        head_exists = set(base_exists) if roots["head"] == roots["base"] else file_modules(head_files, roots["head"] | {""})
        head_py = list(base_py)
    else:
        head_exists, head_py = file_modules(head_files, roots["head"] | {""}), scan_paths(head_files, exclude)
    return ProjectFiles(base, head, base_modules, head_modules, base_py, head_py, tops, roots, renamed,
                        {"base": base_exists, "head": head_exists})


def pseudo_name(path: str, tops: set[str], taken: set[str] | dict, prefix: str = "") -> tuple[str, bool]:
    """A module name for a file the engine does not treat as a project module (``tests/test_ws.py`` ->
    ``tests.test_ws``), so relative imports between such files still resolve."""
    stem = path.removesuffix(".py")
    parts = stem.split("/")
    if len(parts) > 1 and parts[0] in ("src", "lib", "python") and parts[1] in tops:
        parts = parts[1:]
    is_pkg = parts[-1] == "__init__"
    if is_pkg:
        parts = parts[:-1]
    if not parts:
        parts = ["__root__"]
    if not all(p.isidentifier() for p in parts):
        parts = ["__cpfile__"] + [re.sub(r"\W", "_", p) or "_" for p in parts]
        parts = [("_" + p) if p[0].isdigit() else p for p in parts]
    name = prefix + ".".join(parts)
    if name in taken:
        base = "__cpfile__." + name
        name, i = base, 1
        while name in taken:
            name, i = f"{base}_{i}", i + 1
    return name, is_pkg


def augmented_side(base: ApiModel, extra: dict[str, tuple[str, bytes]], summaries: dict[str, dict]) -> tuple[ApiModel, set[str]]:
    """A linker ApiModel over the project's modules plus extra files (module name -> (path, source)), whose
    summaries (module name -> summary) are given.

    Returns the side and the extra modules that did not parse. Linking is lazy: only what is looked up
    costs anything."""
    all_summaries = dict(base.summaries)
    modules = dict(base.modules)
    broken = set(base.broken)
    bad: set[str] = set()
    for name, (path, _data) in extra.items():
        modules[name] = ModuleFile(name, path, path.endswith("__init__.py"))
        summ = summaries[name]
        if "error" in summ:
            broken.add(name)
            bad.add(name)
        else:
            all_summaries[name] = summ
    return ApiModel(modules, all_summaries, broken=broken), bad


def consumer_files(consumer: Path) -> list[tuple[str, Path]]:
    """(path relative to the consumer, absolute path) of every .py file under a consumer checkout."""
    out: list[tuple[str, Path]] = []
    root = Path(consumer)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_PARTS and not d.startswith(".")
                             and not d.endswith(".egg-info") and not (Path(dirpath) / d / "pyvenv.cfg").exists())
        for name in sorted(filenames):
            if name.endswith(".py"):
                full = Path(dirpath) / name
                out.append((full.relative_to(root).as_posix(), full))
    return out
