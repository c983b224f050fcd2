"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "imports"
TITLE = "Imports"

IMPORT_BROKEN = rule(
    "import-broken",
    ID,
    "breaking",
    "An import of a project module fails at head",
    """
    An `import` or `from ... import` that worked at base no longer resolves at head: the module was removed
    or renamed, or the name is no longer defined or re-exported by the module it is imported from. The
    importing module (or test file) raises ImportError / ModuleNotFoundError when it is loaded, and so does
    everything that imports it. Found statically in every file of the repository; with `--exec`, also by
    importing every project module at base and at head in a fresh interpreter, which catches failures the
    static view cannot see (an exception raised while the module runs, a dependency missing). Imports under
    `try/except ImportError` are optional and not reported; imports under `if TYPE_CHECKING:` are reported
    as risk, since only type checkers fail. Instead: keep the old import path working (a re-export, or a
    module-level `__getattr__` with a DeprecationWarning), or update every importer in the same change.
    """,
    """
# ws/manager.py
class UnifiedWebSocketManager: ...
def get_manager() -> UnifiedWebSocketManager: ...

# ws/routes.py
from ws.manager import get_manager
""",
    """
# ws/manager.py
class UnifiedWebSocketManager: ...
# get_manager() moved to ws/factory.py, no re-export left behind

# ws/routes.py
from ws.manager import get_manager  # ImportError: cannot import name 'get_manager'
""",
)

CIRCULAR_IMPORT = rule(
    "circular-import",
    ID,
    "breaking",
    "The change introduced a circular import that fails when the modules load",
    """
    Importing a module at head fails with "cannot import name ... from partially initialized module ...
    (most likely due to a circular import)": two or more project modules import each other at module level,
    and one needs a name from another before that module has finished executing. The module imported fine
    at base. The finding names the cycle (each module and the line that imports the next), computed from the
    head's module-level imports. Only found with `--exec`, since whether a cycle fails depends on the order
    names are defined. Instead: move the shared names into a module both can import, import inside the
    function that needs it, or import the module (`from . import registry`) rather than a name from it.
    """,
    """
# ws/manager.py
from ws.registry import Registry

# ws/registry.py
class Registry: ...
""",
    """
# ws/manager.py
from ws.registry import Registry

# ws/registry.py
from ws.manager import UnifiedWebSocketManager  # ImportError: partially initialized module 'ws.manager'
class Registry: ...
""",
)

RULES = (IMPORT_BROKEN, CIRCULAR_IMPORT,)
