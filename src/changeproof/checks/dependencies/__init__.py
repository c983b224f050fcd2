"""Dependencies: what the change does to the project's declared dependencies.

Sources, each requirement parsed with ``packaging`` (a requirement that does not parse is reported as a
problem with its file and line, never dropped silently):

* ``pyproject.toml``: ``[project] dependencies`` (group "runtime"), ``[project.optional-dependencies]``
  ("optional[x]"), ``[dependency-groups]`` (PEP 735, "group[x]", ``include-group`` followed),
  ``[tool.poetry.dependencies]`` ("runtime"; ``optional = true`` ones "optional[extra]"), poetry's
  ``dev-dependencies`` and ``group.<x>.dependencies`` ("group[x]", caret and tilde turned into PEP 440
  ranges: ``^1.2`` is ``>=1.2,<2.0``, ``~1.2`` is ``>=1.2,<1.3``), ``[tool.pdm.dev-dependencies]`` and
  ``[tool.uv] dev-dependencies``, and requirement files named by ``[tool.setuptools.dynamic]``.
* ``setup.cfg``: ``[options] install_requires`` ("runtime", ``file:`` followed) and
  ``[options.extras_require]`` ("optional[x]").
* ``setup.py``, read statically (never run): the ``setup(...)`` call's ``install_requires`` ("runtime"),
  ``extras_require`` ("optional[x]") and ``tests_require`` ("group[tests]"), as literal lists, dicts and
  module-level names bound to them; a requirements file the call reads (``open("requirements.txt")``) is that
  project's runtime group; anything else is a problem and the project's declarations are not compared.
* requirement files: ``requirements*.txt``/``.in``, every ``.txt``/``.in`` under a ``requirements/``
  directory, ``constraints*.txt`` and anything they include. ``-r`` includes are followed within the
  snapshot and merged into the including file's group, so only files no other file includes form a group
  (named by its path, e.g. "requirements-dev.txt"); ``-c`` files are groups of their own; ``-e`` and URL or
  path entries are compared as written.

Groups have a role. Runtime dependencies come from the package metadata (pyproject, setup.cfg, setup.py): a
requirements file in a project that declares them there is an environment file (pins for a deployment, a CI
job), and a requirements file is development tooling when its name or folder says so (``requirements-dev.txt``,
``requirements/docs.txt``, ``docs/requirements.txt``) or when all it does is include such files. Only a
requirements file of a project without package metadata is read as runtime. Changes to development and
environment groups are info: they install nothing with the package.

A project's runtime, optional and group declarations are the same group wherever they are written in that
project directory, so moving a requirement from setup.cfg to pyproject.toml, between a requirements file and
a file it includes, reordering, reformatting or re-commenting is not a change. Files under test directories
and ``[tool.changeproof] exclude`` globs are not read.

Each project's ``requires-python`` (pyproject ``[project] requires-python``, setup.cfg ``[options]
python_requires``) is compared over Python releases: a Python that base allowed and head rejects is breaking, a
widening or a removal is info, a respelt or reordered specifier is no change; every file's value at both sides
is published as the ``requires-python`` fact, also when no declaration changed.

The folder: :mod:`.reader` (one side's declarations, with :mod:`.requirements` and :mod:`.poetry`), :mod:`.compare`
(one dependency's two declarations), :mod:`.python` (``requires-python``), :mod:`.uses` (where head code imports a
distribution), :mod:`.check` (the check), :mod:`.model` (dependencies and groups), :mod:`.rules` (the kinds).
"""

from __future__ import annotations

from .check import CHECK, Dependencies
from .compare import narrowing
from .poetry import poetry_specifier
from .uses import import_names

__all__ = ["CHECK", "Dependencies", "import_names", "narrowing", "poetry_specifier"]
