"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "dependencies"
TITLE = "Dependencies"

DEPENDENCY_REMOVED = rule(
    "dependency-removed",
    ID,
    "risk",
    "A declared dependency was removed",
    """
    A requirement is gone from a dependency group (runtime `[project] dependencies`, an extra, a dependency
    group, a requirements file). Environments built from head no longer install it, so any import of it that
    nothing else satisfies fails with ModuleNotFoundError. The finding is **breaking** when production code
    at head still imports the distribution's import name (its name lowercased with `-` as `_`, or the known
    name for packages such as `pyyaml`/`yaml`, `pillow`/`PIL`) outside a `try/except ImportError` or
    `if TYPE_CHECKING:` block and no other runtime or optional group still declares it; it says where the
    import is. A removed constraint (constraints file) and a removal from a development group or an
    environment file are info. Moving a requirement between files of the same group, or from setup.py to
    pyproject.toml, is not a removal. Instead: remove the imports first, or keep the dependency declared.
    """,
    """
[project]
dependencies = ["httpx>=0.27", "pyyaml>=6"]

# app/config.py
import yaml
""",
    """
[project]
dependencies = ["httpx>=0.27"]

# app/config.py
import yaml  # ModuleNotFoundError on a fresh install
""",
)

DEPENDENCY_ADDED = rule(
    "dependency-added",
    ID,
    "info",
    "A dependency was added",
    """
    A requirement appeared in a dependency group. In an optional extra, a dependency group, a development
    requirements file (named or placed for development, or only including such files) or an environment file
    (a requirements file of a project whose package metadata declares its runtime dependencies) it is info:
    nothing installed with the package changes. A new **runtime** dependency (`[project] dependencies`,
    poetry's main dependencies, `install_requires` in setup.cfg or setup.py, read statically, or the
    requirements file of a project without package metadata) is a risk: every installation pulls it in with
    its own dependencies, it must resolve alongside the existing pins, and it becomes part of the supply
    chain. A new entry in a constraints file limits which versions may be installed and is a risk too.
    """,
    """
[project]
dependencies = ["httpx>=0.27"]
""",
    """
[project]
dependencies = ["httpx>=0.27", "tenacity>=8.2"]
""",
)

DEPENDENCY_CONSTRAINT_CHANGED = rule(
    "dependency-constraint-changed",
    ID,
    "info",
    "A dependency's version range, extras, environment marker or source changed",
    """
    The same dependency is declared on both sides with a different meaning (reordering, spacing and comments
    are not changes). Both version ranges are evaluated over probe versions (every version either mentions,
    with each release component one lower and one higher): a version allowed before and rejected now means
    the range **narrowed**, a risk (environments that have it installed must change, resolution may fail
    against other pins), with the first such version in the message; a raised lower bound that crosses a
    major version (`>=1.0` to `>=2.0`, `==1.4` to `==2.0`) says so, since the dependency's API may have
    changed. Only widening (an upper bound lifted, a pin relaxed) is info. A new or changed environment marker,
    a dropped extra or a changed URL source is a risk; a removed marker or an added extra is info. In a
    development group or an environment file every change is info (pin bumps of linters and docs tools install
    nothing with the package). Poetry caret and tilde constraints are compared as the ranges they stand for.
    """,
    """
[project]
dependencies = ["pydantic>=1.10,<2"]
""",
    """
[project]
dependencies = ["pydantic>=2.5"]  # narrowed: 1.10 is now rejected, and 2.x changed the API
""",
)

PYTHON_REQUIREMENT_CHANGED = rule(
    "python-requirement-changed",
    ID,
    "breaking",
    "The Python versions the project may be installed on changed (requires-python)",
    """
    A project's `requires-python` (`[project] requires-python` in pyproject.toml, `[options] python_requires`
    in setup.cfg; the root project and nested ones) allows other Python releases at head. Both specifiers are
    evaluated over Python releases (2.7 and 3.0 to 3.20, any minor a specifier names, with the patch levels the
    specifiers mention), so a respelt or reordered specifier (`>=3.9` and `>= 3.9`, `>=3.9,<4` and `<4,>=3.9`)
    and a `<4` cap (there is no Python 4) are no change, and moving the key from setup.cfg to pyproject.toml is
    no change either. It is **breaking** when head rejects a release base allowed (a raised floor, a new or
    lowered cap, an excluded version, a specifier added where there was none): pip on those Pythons no longer
    installs the release, it falls back to an older one or fails to resolve, so users must upgrade Python to
    get it. The message names the Pythons dropped. Dropping a supported Python is an incompatible change for
    the users on it, so its semver effect is **major**, like every breaking kind (projects that drop end-of-life
    Pythons in a minor release can acknowledge the finding with `[tool.changeproof] ignore`). A specifier that
    only widens (a lowered floor, a lifted cap) or is removed is info: nothing that installed before is refused,
    but the code must work on the Pythons it now admits. A project the change adds (no pyproject.toml or
    setup.cfg in its directory at base) or removes is not compared: nobody installed it before, or it is gone.
    A specifier that does not parse is a "could not analyse" entry.
    """,
    """
[project]
name = "shop"
requires-python = ">=3.9"
""",
    """
[project]
name = "shop"
requires-python = ">=3.10"  # drops Python 3.9: pip there installs an older release
""",
)

RULES = (DEPENDENCY_REMOVED, DEPENDENCY_ADDED, DEPENDENCY_CONSTRAINT_CHANGED, PYTHON_REQUIREMENT_CHANGED,)
