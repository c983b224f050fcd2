"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "architecture"
TITLE = "Architecture"

BOUNDARY_VIOLATION = rule(
    "boundary-violation",
    ID,
    "breaking",
    "The change adds an import that breaks an architecture contract",
    """
    A contract from the project's import-linter configuration or from `[tool.changeproof.architecture]`
    (independent modules, layers, forbidden imports) is broken at head by an import statement the change
    added; import-linter finds the broken chain on the head tree and the same chain is not broken at base.
    The finding sits at the new import statement and names the contract and the full import chain. Services
    declared independent that import each other can no longer be deployed, tested or scaled separately; a
    lower layer importing a higher one creates cycles and hidden coupling. Violations already present at base
    are listed as pre-existing. An import inside `if TYPE_CHECKING:` is reported as `risk` (static coupling
    only). Instead: move the shared code to a module both sides may import, pass the dependency in, or
    communicate through an API or message instead of an import.
    """,
    """
# pyproject.toml: [tool.changeproof.architecture] independent = ["auth_service", "netra_backend"]
# netra_backend/routes/login.py
from netra_backend.clients.auth import AuthClient
""",
    """
# netra_backend/routes/login.py
from auth_service.core.tokens import validate_token  # netra_backend -> auth_service
""",
)

RELATIVE_IMPORT_ADDED = rule(
    "relative-import-added",
    ID,
    "risk",
    "A relative import was added to a project that uses absolute imports",
    """
    The change adds a `from . import x` or `from .mod import y` to production code, while at base at least 90%
    of the project's in-project imports were absolute (the message gives the counts). Relative imports fail
    when a module is run as a script (`attempted relative import with no known parent package`), and mixing
    styles in a project that puts different roots on `sys.path` leads to the same file being imported twice
    under two names (two copies of every global, registry and singleton). Reported as `risk` when base had no
    relative import at all, `info` when it had a few. Imports are matched by file and statement text, so a
    moved import is not new. Instead: write the absolute import (`from pkg.sub.mod import y`).
    """,
    """
# netra_backend/app/routes/users.py
from netra_backend.app.services.users import UserService
""",
    """
# netra_backend/app/routes/users.py
from ..services.users import UserService
""",
)

DUPLICATE_DEFINITION = rule(
    "duplicate-definition",
    ID,
    "risk",
    "A class or function was added whose name is already defined in another module",
    """
    The change adds a public top-level class or function to a production module while a top-level definition
    with the same name already exists in another production module at head (the message lists where). Two
    `WebSocketManager` classes drift apart, callers import the wrong one, and fixes land in only one of them.
    Names that are expected to repeat are not reported: private names, dunder names, `main`, `setup`,
    `teardown`, `run`, `cli`, `app`, `create_app`, `Config`, `Settings`, `Meta`, `Migration`, `Command`, test
    helpers (`test_*`, `Test*`), and one-word lowercase function names (`parse`, `load`, `render`), which are
    too generic to signal a duplicated concept. Only definitions directly in a module body count (not fallbacks inside
    `try`/`if`), and stubs (`.pyi`) are ignored. Instead: import and extend the existing definition, or give the
    new one a name that says how it differs.
    """,
    """
# netra_backend/websocket/manager.py
class WebSocketManager: ...
""",
    """
# netra_backend/services/realtime.py
class WebSocketManager: ...  # a second, diverging implementation
""",
)

RULES = (BOUNDARY_VIOLATION, RELATIVE_IMPORT_ADDED, DUPLICATE_DEFINITION,)
