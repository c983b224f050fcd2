"""Changed files: every file the change touched, what the change did to it, and what kind of file it is.

The classification fills the report's table of changes (``Report.changes``) and lets other checks ask "is
this production code?". It never produces findings: a file being touched is not evidence of anything.

Categories, first match wins:

1. ``[tool.changeproof] classify`` globs, in the order they are written (fnmatch; ``*`` crosses ``/``, a
   ``**/`` may also match no directory at all, a pattern ending in ``/`` matches everything under it).
2. ``ci``: ``.github/``, ``.gitlab/``, ``.circleci/``, ``.buildkite/``, ``.gitlab-ci.yml``,
   ``azure-pipelines.yml``, ``.travis.yml``, ``bitbucket-pipelines.yml``, ``Jenkinsfile``,
   ``.pre-commit-config.yaml``, ``tox.ini``, ``noxfile.py`` (at the top of the repository).
3. ``dependencies``: files whose whole purpose is to pin or list dependencies: ``requirements*.txt`` /
   ``requirements*.in`` and every ``.txt``/``.in`` under a ``requirements/`` directory, ``constraints*.txt``,
   ``Pipfile``, ``Pipfile.lock``, ``*.lock`` (``poetry.lock``, ``uv.lock``, ``pdm.lock``), conda's
   ``environment.yml``. ``pyproject.toml``, ``setup.cfg`` and ``setup.py`` are **config**: they declare
   dependencies among much else (the dependencies check reads them whatever their category).
4. ``test``: anything under a ``tests/``, ``test/`` or ``testing/`` directory at any depth, ``test_*.py``,
   ``*_test.py``, ``tests.py``, ``conftest.py``.
5. ``docs``: anything under ``docs/`` or ``doc/`` at any depth, ``*.md``, ``*.rst``, ``*.adoc`` anywhere,
   ``*.txt`` at the top of the repository, ``LICENSE*``, ``COPYING*``, ``NOTICE*``, ``AUTHORS*``,
   ``CHANGELOG*``, ``CHANGES*``, ``HISTORY*``, ``NEWS*``, ``CONTRIBUTING*``, ``mkdocs.yml``.
6. ``production``: Python source (``.py``, ``.pyi``, ``.pyx``, ``.pxd``), and package data: a file inside
   a Python package (a directory with an ``__init__.py`` at it or above) that is not a named config file.
7. ``config``: ``*.toml``, ``*.ini``, ``*.cfg``, ``*.yaml``/``*.yml``, ``*.json``, ``.env*``,
   ``Dockerfile*``, ``docker-compose*``, ``Makefile``, ``MANIFEST.in``, ``setup.py``, dotfiles such as
   ``.gitignore``, ``.dockerignore``, ``.editorconfig``, ``.coveragerc``, ``.flake8``.
8. ``other``: benchmarks/, bench/, examples/ and samples/ at the top of the repository (not what the project ships),
   and everything else (images, data files outside packages, scripts in other languages).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING

from ... import model
from ..base import Check, CheckContext

if TYPE_CHECKING:  # pragma: no cover
    from ...config import Config

__all__ = ["CHECK", "ChangedFiles", "changes", "classify", "package_dirs"]

ORDER = ("production", "test", "docs", "config", "ci", "dependencies", "other")

PYTHON_SUFFIXES = (".py", ".pyi", ".pyx", ".pxd")

_CI_TOP_DIRS = (".github/", ".gitlab/", ".circleci/", ".buildkite/", ".azure-pipelines/", ".woodpecker/")
_CI_TOP_FILES = frozenset({".gitlab-ci.yml", "azure-pipelines.yml", "azure-pipelines.yaml", ".travis.yml",
                           "bitbucket-pipelines.yml", "Jenkinsfile", ".pre-commit-config.yaml",
                           ".pre-commit-hooks.yaml", "tox.ini", "noxfile.py", "appveyor.yml", ".woodpecker.yml"})
_TEST_DIRS = frozenset({"tests", "test", "testing"})
_DOC_DIRS = frozenset({"docs", "doc"})
_DOC_SUFFIXES = (".md", ".rst", ".adoc")
_DOC_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|CHANGELOG|CHANGES|HISTORY|NEWS|CONTRIBUTING|"
                       r"CODE_OF_CONDUCT|SECURITY)([._-].*)?$", re.IGNORECASE)
_DOC_FILES = frozenset({"mkdocs.yml", "mkdocs.yaml", ".readthedocs.yml", ".readthedocs.yaml"})
_DEP_NAME = re.compile(r"^(requirements|constraints)([._-].*)?\.(txt|in)$", re.IGNORECASE)
_DEP_FILES = frozenset({"Pipfile", "Pipfile.lock", "environment.yml", "environment.yaml"})
_CONFIG_SUFFIXES = (".toml", ".ini", ".cfg", ".yaml", ".yml", ".json", ".conf")
# config files by name: never package data, even inside a package directory
_CONFIG_NAME = re.compile(r"^(\.env.*|Dockerfile.*|.*\.dockerfile|docker-compose.*|compose\.ya?ml|Makefile|"
                          r"GNUmakefile|MANIFEST\.in|setup\.py|setup\.cfg|pyproject\.toml|\.gitignore|"
                          r"\.gitattributes|\.dockerignore|\.editorconfig|\.coveragerc|\.flake8|\.pylintrc|"
                          r"\.python-version|\.bumpversion\.cfg|\.gitmodules|.*\.ini)$")


def _match(path: str, pattern: str) -> bool:
    """fnmatch with ``**/`` also matching no directory and a trailing ``/`` meaning "everything under"."""
    if pattern.endswith("/"):
        pattern += "**"
    if fnmatchcase(path, pattern):
        return True
    return "**/" in pattern and fnmatchcase(path, pattern.replace("**/", ""))


def package_dirs(paths: Iterable[str]) -> set[str]:
    """Directories holding an ``__init__.py`` (Python packages) among ``paths``."""
    return {posixpath.dirname(p) for p in paths if posixpath.basename(p) in ("__init__.py", "__init__.pyi")}


def _in_package(path: str, packages: set[str]) -> bool:
    d = posixpath.dirname(path)
    while d:
        if d in packages:
            return True
        d = posixpath.dirname(d)
    return False


_OTHER_TOP_DIRS = frozenset({"benchmarks", "benchmark", "bench", "examples", "example", "samples"})


def classify(path: str, config: Config, *, packages: set[str] | None = None) -> str:
    """The category of one file (see the module docstring for the rules).

    ``packages``: directories that are Python packages (see :func:`package_dirs`); with it, non-Python files
    inside a package count as production (package data). Without it they fall back to config / other.
    """
    path = path.replace("\\", "/").lstrip("/")
    for category, globs in (config.classify or {}).items():
        if any(_match(path, g) for g in globs):
            return category
    parts = path.split("/")
    name = parts[-1]
    dirs = parts[:-1]
    lower = name.lower()
    # ci
    if path.startswith(_CI_TOP_DIRS) or (not dirs and name in _CI_TOP_FILES):
        return "ci"
    # dependencies
    if (_DEP_NAME.match(name) or name in _DEP_FILES or lower.endswith(".lock")
            or ("requirements" in dirs and lower.endswith((".txt", ".in")))):
        return "dependencies"
    # test
    if (any(d in _TEST_DIRS for d in dirs) or name in ("conftest.py", "tests.py")
            or (lower.endswith(".py") and (lower.startswith("test_") or lower.endswith("_test.py")))):
        return "test"
    # benchmarks and examples at the top of the repository: not what the project ships
    if dirs and dirs[0] in _OTHER_TOP_DIRS:
        return "other"
    # docs
    if (any(d in _DOC_DIRS for d in dirs) or lower.endswith(_DOC_SUFFIXES) or _DOC_NAME.match(name)
            or name in _DOC_FILES or (not dirs and lower.endswith(".txt"))):
        return "docs"
    # production
    if lower.endswith(PYTHON_SUFFIXES) and name != "setup.py":
        return "production"
    named_config = bool(_CONFIG_NAME.match(name))
    if packages and not named_config and _in_package(path, packages):
        return "production"  # package data next to the Python code
    # config
    if named_config or lower.endswith(_CONFIG_SUFFIXES):
        return "config"
    return "other"


def changes(ctx: CheckContext) -> list[model.Change]:
    """Every changed file of the context as a report :class:`~changeproof.model.Change`, classified."""
    cached = ctx._cache.get("changed-files")
    if cached is not None:
        return list(cached)
    packages = package_dirs(ctx.files("head")) | package_dirs(ctx.files("base"))
    out = [model.Change(path=c.path, status=c.status, category=classify(c.path, ctx.config, packages=packages),
                        old_path=c.old_path, added=c.added, removed=c.removed) for c in ctx.changes]
    ctx._cache["changed-files"] = out
    return list(out)


def has_test_suite(ctx: CheckContext) -> bool:
    """True when the head tree has Python test files (by the same rules as the `test` category)."""
    return any(path.endswith(".py") and classify(path, ctx.config) == "test" for path in ctx.files("head"))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class ChangedFiles(Check):
    id = "changed-files"
    title = "Changed files"
    reads = "the list of changed files (renames detected) and their line counts; [tool.changeproof] classify"

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}
        self.total = 0
        self.added = 0
        self.removed = 0
        self.binary = 0

    def run(self, ctx: CheckContext) -> list[model.Finding]:
        found = changes(ctx)
        self.total = len(found)
        self.counts = {}
        for c in found:
            self.counts[c.category] = self.counts.get(c.category, 0) + 1
        self.added = sum(c.added or 0 for c in found)
        self.removed = sum(c.removed or 0 for c in found)
        self.binary = sum(1 for c in found if c.added is None and c.removed is None)
        by: dict[str, dict[str, int]] = {}
        paths: dict[str, list[str]] = {}
        for c in found:
            by.setdefault(c.category, {}).setdefault(c.status, 0)
            by[c.category][c.status] += 1
            paths.setdefault(c.category, []).append(c.path)
        self.fact("files", len(found), detail="files the change touches (renames detected)")
        self.fact("files-by-category", {cat: by.get(cat, {}) for cat in ORDER},
                  detail="changed files per category and status (added, modified, deleted, renamed); "
                         "an empty category was counted and has none")
        for cat in ORDER:
            self.fact("paths", sorted(paths.get(cat, [])), subject=cat, detail=f"the changed {cat} files")
        self.fact("lines", {"added": self.added, "removed": self.removed, "binary_files": self.binary})
        return []

    def summary(self, findings: list[model.Finding]) -> str:
        if not self.total:
            return "no files changed"
        parts = ", ".join(f"{self.counts[c]} {c}" for c in ORDER if self.counts.get(c))
        text = f"{_plural(self.total, 'file')}: {parts}; +{self.added} -{self.removed} lines"
        if self.binary:
            text += f" ({self.binary} binary)"
        return text


CHECK = ChangedFiles
