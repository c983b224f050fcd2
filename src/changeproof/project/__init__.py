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
from collections import OrderedDict
from collections.abc import Callable, Iterable
from fnmatch import fnmatchcase
from functools import cached_property
from typing import TYPE_CHECKING, Any

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
    from .factcache import FactCache
    from ..config import Config
    from ..git import FileChange, Snapshot

__all__ = ["Project", "ProjectSide"]

_BATCH = 256  # files per batch read
# Syntax trees take about 30 times the memory of their source: a release range of a large project (hundreds of
# changed files, both sides) would hold hundreds of MiB of trees. Trees are kept (least recently used let go
# first) up to this many characters of source, and at least the last _KEEP_AT_LEAST of them.
_TREE_BUDGET = 400_000
_KEEP_AT_LEAST = 4


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
        """The module's syntax tree (shared with the other side when the content is the same); None when the side
        has no such file or it does not parse (:meth:`parse_error` says why). A file is parsed once per run
        unless its tree was let go (see :class:`Project`: trees are kept within a memory budget; what the checks
        derive from them is kept, :meth:`derived`)."""
        key = (path, self.files.get(path))
        if key[1] is None:
            return None
        project = self.project
        status = project._parsed.get(key)
        if isinstance(status, str):
            return None
        tree = project._trees.get(key)
        if tree is not None:
            project._trees.move_to_end(key)
            return tree
        text = self.text(path)
        tree, why = parse_source(text if text is not None else "", path)
        if tree is None:
            project._parsed[key] = why or "it does not parse"
            return None
        project._parsed[key] = True
        project._keep(key, tree, len(text or ""))
        return tree

    def parses(self, path: str) -> bool:
        """Whether the side has the file and it parses (parsing it only when that is not known yet)."""
        key = (path, self.files.get(path))
        if key[1] is None:
            return False
        status = self.project._parsed.get(key)
        return status is True if status is not None else self.ast(path) is not None

    def parse_error(self, path: str) -> str | None:
        """Why the file does not parse (``line N: message``), None when it does (or is not there, or has not been
        parsed yet)."""
        status = self.project._parsed.get((path, self.files.get(path)))
        return status if isinstance(status, str) else None

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

    def derived(self, fn: Callable[[ProjectSide, str], Any], path: str) -> Any:
        """``fn(self, path)``, computed once per run and file content: what a check derives from a file's tree
        (``fn`` reads :meth:`ast`, :meth:`text`, :meth:`imports`; it must be a function of the file alone and
        keep no syntax tree in its result). :meth:`Project.prefetch` computes every check's in one parse."""
        key = (fn, self.role, path, self.files.get(path))
        memo = self.project._derived
        if key not in memo:
            memo[key] = fn(self, path)
        return memo[key]

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
        self._fact_cache: FactCache | None = None
        self._trees: OrderedDict[tuple[str, str], ast.Module] = OrderedDict()  # within _TREE_BUDGET
        self._tree_sizes: dict[tuple[str, str], int] = {}
        self._tree_chars = 0
        self._parsed: dict[tuple[str, str | None], bool | str] = {}  # True, or why it does not parse
        self._imports: dict[tuple[str, str | None], ImportTable | None] = {}
        self._derived: dict[tuple, Any] = {}
        self.base = ProjectSide(self, "base", base)
        self.head = ProjectSide(self, "head", head)

    def side(self, role: str) -> ProjectSide:
        return self.base if role == "base" else self.head

    # -- syntax trees, and what the checks derive from them ---------------------------------------------------
    def _keep(self, key: tuple[str, str], tree: ast.Module, size: int) -> None:
        self._trees[key] = tree
        self._tree_sizes[key] = size
        self._tree_chars += size
        while self._tree_chars > _TREE_BUDGET and len(self._trees) > _KEEP_AT_LEAST:
            old, _ = self._trees.popitem(last=False)
            self._tree_chars -= self._tree_sizes.pop(old)

    def derived_pair(self, fn: Callable[[Project, str | None, str | None], Any], head: str | None,
                     base: str | None) -> Any:
        """``fn(self, head path, base path)`` for one changed file's two sides, computed once per run (like
        :meth:`ProjectSide.derived`, for what compares the two sides' trees)."""
        key = (fn, head, self.head.files.get(head) if head else None, base, self.base.files.get(base) if base else None)
        if key not in self._derived:
            self._derived[key] = fn(self, head, base)
        return self._derived[key]

    def prefetch(self, items: Iterable[tuple[Callable, str, str | None, str | None]]) -> None:
        """Compute what the checks will derive from files, file by file, so each file is parsed once for all of
        them (and its tree can be let go afterwards). ``items``: ("side", fn, role, path) for
        :meth:`ProjectSide.derived`, ("pair", fn, head path, base path) for :meth:`derived_pair`. The results are
        the same as computing each when asked; only the order of the work changes."""
        groups: dict[tuple[str | None, str | None], list[tuple]] = {}
        order: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        for c in self.file_changes:
            pair = (c.path if c.status != "deleted" else None, (c.old_path or c.path) if c.status != "added" else None)
            for role, path in (("head", pair[0]), ("base", pair[1])):
                if path is not None:
                    order.setdefault((role, path), pair)
        for item in items:
            kind, fn, a, b = item
            if kind == "pair":
                groups.setdefault((a, b), []).append(item)
            else:
                groups.setdefault(order.get((a, b), (b, None) if a == "head" else (None, b)), []).append(item)
        for (head, base), todo in groups.items():
            if head is not None and head in self.head.files:
                self.head.ast(head)  # the trees of the pair, kept while every item reads them
            if base is not None and base in self.base.files:
                self.base.ast(base)
            for kind, fn, a, b in todo:
                try:
                    if kind == "pair":
                        self.derived_pair(fn, a, b)
                    else:
                        self.side(a).derived(fn, b)
                except Exception:  # noqa: BLE001, S110 - left to the check, which computes it again and reports the failure
                    pass

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

    @property
    def fact_cache(self) -> FactCache:
        """The content-addressed cache of what checks derive from one file (:mod:`changeproof.project.factcache`;
        opened on first use, closed by :meth:`close`)."""
        if self._fact_cache is None:
            from .factcache import FactCache

            self._fact_cache = FactCache()
        return self._fact_cache

    @cached_property
    def api(self) -> tuple[LoadedApi, LoadedApi]:
        """Both sides loaded by the API engine (summaries cached by content id), linked, class members pending."""
        from ..api import load_sides

        # As a pair: the files neither side has in the cache are summarised in one batch, and the head side takes
        # over the linking work the base side did on the files both share (api.load_sides).
        base, head = load_sides([(self.base.snapshot, "base"), (self.head.snapshot, "head")],
                                self.config.packages, self.summary_cache, exclude=self.config.exclude)
        return base, head

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
        if self._fact_cache is not None:
            self._fact_cache.close()
