"""What kind of file each path is: production, test, docs, config, ci, dependencies or other.

The classification fills the report's table of changes (``Report.changes``), decides which checks a change
needs (:func:`changeproof.runner.required_checks`) and tells the checks what is production code.

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

from ..config import CATEGORIES

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config

__all__ = ["CATEGORIES", "PYTHON_SUFFIXES", "classify", "package_dirs"]


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
