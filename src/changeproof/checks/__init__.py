"""The checks of `changeproof check`: one folder per check.

``checks/<id>/__init__.py`` holds the check (a :class:`~changeproof.checks.base.Check` subclass exported as
``CHECK``) and ``checks/<id>/rules.py`` its finding kinds (data). ``MODULES`` lists the folders in the order the
report shows them: adding a check is adding a folder and a line here.
"""

from __future__ import annotations

import importlib

MODULES = ("changed_files", "syntax", "api", "call_sites", "imports", "contracts", "config_drift", "dependencies",
           "architecture", "async_hazards", "tests")


def all_checks() -> list:
    """Every check class, in report order."""
    return [importlib.import_module(f"{__name__}.{name}").CHECK for name in MODULES]
