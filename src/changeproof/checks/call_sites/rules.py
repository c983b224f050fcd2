"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "call-sites"
TITLE = "Call sites"

CALL_SITE_BROKEN = rule(
    "call-site-broken",
    ID,
    "breaking",
    "A call in the repository no longer binds the changed signature of what it calls",
    """
    A call to a project function, method or class constructor (in production code, tests, scripts or a
    `--consumer` checkout) passes arguments the callee's head signature does not accept: too many
    positional arguments, a keyword the callee no longer has, no value for a parameter that is now
    required, a positional-only parameter passed by keyword; or it calls a function or method that no longer
    exists. The call raises TypeError (or AttributeError) when it runs. The finding points at the caller's
    line and names the callee with its old and new signatures. Calls with `*args` / `**kwargs` unpacking are
    not held to what the unpacking could supply, and a call that did not bind at base either is listed as
    pre-existing. Instead: update the callers in the same change, or keep the callee accepting the old call
    (a default for the new parameter, the old keyword as a deprecated alias, the removed method delegating to
    its replacement).
    """,
    """
# ws/manager.py
class UnifiedWebSocketManager:
    async def send_to_user(self, user_id: str, message: dict, *, timeout: float = 5.0) -> None: ...

# ws/routes.py
await manager.send_to_user(user.id, payload, timeout=2.0)
""",
    """
# ws/manager.py
class UnifiedWebSocketManager:
    async def send_to_user(self, user_id: str, message: dict) -> None: ...

# ws/routes.py
await manager.send_to_user(user.id, payload, timeout=2.0)  # TypeError: unexpected keyword argument 'timeout'
""",
)

RULES = (CALL_SITE_BROKEN,)
