"""The checks of `changeproof check`: one module per check, each defining ``CHECK`` (a Check subclass).

Modules are found by name (every module of this package except ``base`` and ``runner``), so adding a check is
adding a file; ``ORDER`` fixes the order the report shows them in.
"""

from __future__ import annotations

import importlib
import pkgutil

ORDER = ["changed-files", "syntax", "api", "call-sites", "imports", "contracts", "config-drift", "dependencies",
         "architecture", "async-hazards", "tests"]
_NOT_CHECKS = {"base", "runner"}


def all_checks() -> list:
    """Every check class, in report order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_CHECKS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        check = getattr(module, "CHECK", None)
        if check is not None:
            found.append(check)
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(found, key=lambda c: (rank.get(c.id, len(rank)), c.id))
