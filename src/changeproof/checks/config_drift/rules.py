"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "config-drift"
TITLE = "Configuration drift"

ENV_VAR_ADDED = rule(
    "env-var-added",
    ID,
    "breaking",
    "The code now reads a new environment variable",
    """
    A variable that nothing read before is now read by the project's production code (an `os.environ[...]`
    subscript, `os.getenv`, `os.environ.get`, or a field of a pydantic settings class). When it is required
    (read without a default, or a settings field without a default) every deployment that does not set it
    fails at start-up: `KeyError` from `os.environ`, `ValidationError` from pydantic settings. Such findings
    are `breaking`. With a default the finding is `info`: deployments that do not set it silently get the
    default, which is worth a look when the default is only right for development. A variable that only
    appears in a `.env.example` or a compose file (not read by the Python code) is reported as `info`.
    Credential-like names (SECRET, TOKEN, KEY, PASSWORD, DSN, DATABASE_URL, ...) are called out and their
    defaults are never shown. Instead: give the variable a default that keeps the old behaviour, or
    announce it in the release notes and add it to `.env.example` and every deployment before rolling out.
    """,
    """
# app/config.py
TIMEOUT = float(os.getenv("APP_TIMEOUT", "30"))
""",
    """
# app/config.py
TIMEOUT = float(os.getenv("APP_TIMEOUT", "30"))
REGION = os.environ["APP_REGION"]  # KeyError at import where APP_REGION is not set
""",
)

ENV_VAR_RENAMED = rule(
    "env-var-renamed",
    ID,
    "breaking",
    "An environment variable was renamed",
    """
    The same read sites (same file and function, or the same settings class) now read a variable with a
    different, similar name, and the old name is no longer read anywhere. Deployments that set the old name
    are now either failing at start-up (the new name is required) or, worse, silently running with the new
    name's default while their setting is ignored. Reported only when the pairing is unambiguous (exactly
    one removed and one added variable share those read sites); otherwise the change is reported as
    `env-var-removed` plus `env-var-added` with a hint. Instead: read the new name and fall back to the old
    one (`os.getenv("NEW") or os.getenv("OLD")`, `AliasChoices("NEW", "OLD")`) with a deprecation warning
    for a release.
    """,
    """
DATABASE = os.environ["DB_URL"]
""",
    """
DATABASE = os.environ["DATABASE_URL"]  # deployments that set DB_URL now fail at start-up
""",
)

ENV_VAR_REMOVED = rule(
    "env-var-removed",
    ID,
    "risk",
    "An environment variable is no longer read",
    """
    A variable the code read before is read nowhere any more. Deployments still setting it are silently
    ignored: if the setting still matters to someone (a feature flag, a timeout, a credential that moved
    to another variable), its new home must be configured instead, and nothing will say so. The finding
    points at the old read site and says when a `.env.example` or compose file still declares the
    variable (now stale). Also reported when a compose service or `.env.example` stops declaring a variable
    the code still reads. Instead: keep reading the old name with a deprecation warning, or announce the
    removal so deployments can clean up.
    """,
    """
FEATURE_X = os.getenv("ENABLE_FEATURE_X", "0") == "1"
""",
    """
FEATURE_X = True  # ENABLE_FEATURE_X=0 in production is now silently ignored
""",
)

ENV_VAR_DEFAULT_CHANGED = rule(
    "env-var-default-changed",
    ID,
    "risk",
    "The default of an environment variable changed",
    """
    The variable is read on both sides, but the value a deployment gets when it does not set it changed:
    a different literal default (`os.getenv("X", "30")` became `os.getenv("X", "5")`), a settings field
    default, an example value in `.env.example`, or the value a compose service sets. Every deployment
    relying on the default changes behaviour without any configuration change. When the default was
    removed (the variable became required) the finding is `breaking`: deployments that did not set it now
    fail at start-up. When a default was added (required became optional) it is `info`. A read that only
    moved to another function or file with the same default is not reported; when the same variable is read
    in several places, one finding per distinct change. Credential-like defaults are shown as
    `<redacted default>`. Instead: keep the old default and make the new value opt-in, or announce it.
    """,
    """
POOL_SIZE = int(os.getenv("DB_POOL_SIZE", "20"))
""",
    """
POOL_SIZE = int(os.getenv("DB_POOL_SIZE", "5"))  # every deployment without DB_POOL_SIZE shrinks its pool
""",
)

PORT_CHANGED = rule(
    "port-changed",
    ID,
    "risk",
    "A docker-compose port mapping changed or was removed",
    """
    A compose service publishes a container port on a different host port (or host address), or no
    longer publishes it, or the service was removed. Clients, reverse proxies, health checks and firewall
    rules that use the old host port can no longer connect. Adding a new mapping is not reported.
    Instead: keep the old mapping alongside the new one for a transition, and update every consumer.
    """,
    """
services:
  web:
    ports:
      - "8000:8000"
""",
    """
services:
  web:
    ports:
      - "8080:8000"  # http://localhost:8000 no longer answers
""",
)

RULES = (ENV_VAR_ADDED, ENV_VAR_RENAMED, ENV_VAR_REMOVED, ENV_VAR_DEFAULT_CHANGED, PORT_CHANGED,)
