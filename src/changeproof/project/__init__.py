"""The project, read once per side: what every check may know about the two snapshots of a change.

A :class:`Project` is built by the runner for each run and handed to every check through the
:class:`~changeproof.checks.base.CheckContext`. Each of its two :class:`ProjectSide` objects (``base`` and
``head``) reads a file at most once, parses a Python file at most once (one policy: :meth:`ProjectSide.ast`
returns None and records why when it cannot), builds one import table per file, and reads the configuration
files once (:mod:`changeproof.configfiles`). Facts that need both sides live on the :class:`Project`: the
classified changes, the changed production files, the API engine's linked sides and the project's Python files
as the call and import checks see them.

Nothing here reports anything: checks decide what a fact means for them (a finding, a "could not analyse"
entry, nothing).
"""

from __future__ import annotations

import ast
import contextlib
import sqlite3
from fnmatch import fnmatchcase
from functools import cached_property
from typing import TYPE_CHECKING

from .. import configfiles
from ..astutil import ImportTable
from ..astutil import parse as parse_source
from ..model import Change
from .files import classify, package_dirs
from .modules import ProjectFiles, augmented_side, project_files

if TYPE_CHECKING:  # pragma: no cover
    from ..api import LoadedApi
    from ..api.cache import SummaryCache
    from ..api.linker import ApiModel
    from ..config import Config
    from ..git import FileChange, Snapshot

__all__ = ["Project", "ProjectSide"]

_BATCH = 256  # files per batch read


class ProjectSide:
    """One side of the change (``role`` "base" or "head"): its files, texts, syntax trees and configuration."""

    def __init__(self, project: Project, role: str, snapshot: Snapshot):
        self.project = project
        self.role = role
        self.snapshot = snapshot
        self._texts: dict[str, str | None] = {}

    # -- files ---------------------------------------------------------------------------------------------
    @property
    def files(self) -> dict[str, str]:
        """Every file: path -> content id (equal ids mean equal content)."""
        return self.snapshot.files()

    def text(self, path: str) -> str | None:
        """A file's text (UTF-8, undecodable bytes replaced), None when the side has no such file."""
        if path not in self._texts:
            if path not in self.files:
                self._texts[path] = None
            else:
                self._texts[path] = self.snapshot.read(path).decode("utf-8", "replace")
        return self._texts[path]

    def texts(self, paths: list[str]) -> dict[str, str]:
        """Many files' texts at once (batch reads); paths the side does not have are left out."""
        files = self.files
        missing = [p for p in paths if p not in self._texts and p in files]
        for start in range(0, len(missing), _BATCH):
            for path, data in self.snapshot.read_many(missing[start:start + _BATCH]).items():
                self._texts[path] = data.decode("utf-8", "replace")
        return {p: t for p in paths if p in files and (t := self._texts.get(p)) is not None}

    def read_many(self, paths: list[str]) -> dict[str, bytes]:
        return self.snapshot.read_many(paths)

    # -- Python --------------------------------------------------------------------------------------------
    def ast(self, path: str) -> ast.Module | None:
        """The module's syntax tree, parsed once (shared with the other side when the content is the same);
        None when the side has no such file or it does not parse (:meth:`parse_error` says why)."""
        key = (path, self.files.get(path))
        if key[1] is None:
            return None
        trees = self.project._trees
        if key not in trees:
            text = self.text(path)
            tree, why = parse_source(text if text is not None else "", path)
            trees[key] = tree if tree is not None else why
        tree = trees[key]
        return tree if isinstance(tree, ast.Module) else None

    def parse_error(self, path: str) -> str | None:
        """Why the file does not parse (``line N: message``), None when it does (or is not there)."""
        tree = self.project._trees.get((path, self.files.get(path)))
        return tree if isinstance(tree, str) else None

    def imports(self, path: str) -> ImportTable | None:
        """Every import statement of the module with its guards (see :class:`~changeproof.astutil.ImportTable`);
        None when it does not parse (or nests too deeply to walk)."""
        key = (path, self.files.get(path))
        tables = self.project._imports
        if key not in tables:
            tree = self.ast(path)
            try:
                tables[key] = ImportTable(tree) if tree is not None else None
            except RecursionError:
                tables[key] = None
        return tables[key]

    # -- configuration -------------------------------------------------------------------------------------
    def toml(self, path: str = "pyproject.toml") -> configfiles.TomlFile | None:
        return configfiles.toml(self.snapshot, path)

    def ini(self, path: str = "setup.cfg") -> configfiles.IniFile | None:
        return configfiles.ini(self.snapshot, path)

    def requires_python(self, path: str) -> tuple[str, str] | None:
        """(specifier, file) of the ``requires-python`` that governs ``path`` (nearest pyproject / setup.cfg)."""
        return configfiles.requires_python(self.snapshot, path)

    def classify(self, path: str) -> str:
        """The file's category by the project's rules (``[tool.changeproof] classify`` first)."""
        return classify(path, self.project.config)

    @cached_property
    def production_modules(self) -> dict[str, str]:
        """Production ``.py`` files -> dotted module name: the modules the API engine's discovery finds (packages,
        no tests/docs/examples/scripts), minus ``[tool.changeproof] exclude``."""
        from ..api.discover import discover

        config = self.project.config
        mods = discover(list(self.files), config.packages)
        return {m.path: m.name for m in mods.values() if m.path.endswith(".py")
                and not any(fnmatchcase(m.path, g) for g in config.exclude)}


class Project:
    """Both sides of a change and what is known about them, each fact computed once, on first use."""

    def __init__(self, base: Snapshot, head: Snapshot, config: Config, changes: list[FileChange],
                 summary_cache: SummaryCache | None = None):
        self.config = config
        self.file_changes = changes
        self._summary_cache = summary_cache
        self._trees: dict[tuple[str, str | None], ast.Module | str] = {}
        self._imports: dict[tuple[str, str | None], ImportTable | None] = {}
        self.base = ProjectSide(self, "base", base)
        self.head = ProjectSide(self, "head", head)

    def side(self, role: str) -> ProjectSide:
        return self.base if role == "base" else self.head

    # -- the change ----------------------------------------------------------------------------------------
    @cached_property
    def changes(self) -> list[Change]:
        """Every changed file as a report :class:`~changeproof.model.Change`, classified."""
        packages = package_dirs(self.head.files) | package_dirs(self.base.files)
        return [Change(path=c.path, status=c.status, category=classify(c.path, self.config, packages=packages),
                       old_path=c.old_path, added=c.added, removed=c.removed) for c in self.file_changes]

    @cached_property
    def renamed(self) -> dict[str, str]:
        """Head path -> base path of every renamed file."""
        return {c.path: c.old_path for c in self.file_changes if c.status == "renamed" and c.old_path}

    @cached_property
    def has_test_suite(self) -> bool:
        """True when the head tree has Python test files (by the same rules as the `test` category)."""
        return any(path.endswith(".py") and classify(path, self.config) == "test" for path in self.head.files)

    @cached_property
    def changed_production(self) -> list[tuple[str, str | None]]:
        """(head path, base path or None) of every added, modified or renamed production ``.py`` file."""
        prod = self.head.production_modules
        base_files = self.base.files
        out = []
        for c in self.file_changes:
            if c.status == "deleted" or c.path not in prod:
                continue
            old = c.old_path if c.status == "renamed" else (c.path if c.status != "added" else None)
            out.append((c.path, old if old in base_files else None))
        return out

    # -- the API engine ------------------------------------------------------------------------------------
    @property
    def summary_cache(self) -> SummaryCache:
        """The content-addressed cache of file summaries (opened on first use, closed by :meth:`close`)."""
        if self._summary_cache is None:
            from ..api.cache import SummaryCache

            self._summary_cache = SummaryCache()
        return self._summary_cache

    @cached_property
    def api(self) -> tuple[LoadedApi, LoadedApi]:
        """Both sides loaded by the API engine (summaries cached by content id), linked, class members pending."""
        from ..api import load_side

        pkgs, cache, exclude = self.config.packages, self.summary_cache, self.config.exclude
        return (load_side(self.base.snapshot, pkgs, cache, role="base", exclude=exclude),
                load_side(self.head.snapshot, pkgs, cache, role="head", exclude=exclude))

    @cached_property
    def python_files(self) -> ProjectFiles:
        """The Python files of both sides, project modules or not (see :mod:`changeproof.project.modules`)."""
        base, head = self.api
        return project_files(base.model, head.model, self.base.files, self.head.files, self.renamed, self.config.exclude)

    def summaries(self, items: dict[str, bytes]) -> dict[str, dict]:
        """Summaries of files the API engine did not load (key -> source), through the summary cache."""
        from ..api.summary import summarise
        from ..git import blob_id

        ids = {key: blob_id(data) for key, data in items.items()}
        cache = self.summary_cache
        try:
            got = cache.get_many(sorted(set(ids.values())))
        except (sqlite3.Error, OSError, ValueError):  # pragma: no cover - a broken cache is not worth a failure
            got = {}
        fresh: dict[str, dict] = {}
        out: dict[str, dict] = {}
        for key, data in items.items():
            summ = got.get(ids[key]) or fresh.get(ids[key])
            if summ is None:
                summ = summarise(data, key)
                fresh[ids[key]] = summ
            out[key] = summ
        if fresh:
            with contextlib.suppress(sqlite3.Error, OSError, ValueError):
                cache.put_many(fresh)
        return out

    def augmented(self, linked: ApiModel, extra: dict[str, tuple[str, bytes]]) -> tuple[ApiModel, set[str]]:
        """A linker side over ``linked``'s modules plus extra files (pseudo-module name -> (path, source)), and
        the extra modules that do not parse."""
        return augmented_side(linked, extra, self.summaries({name: data for name, (_p, data) in extra.items()}))

    def close(self) -> None:
        if self._summary_cache is not None:
            self._summary_cache.close()
