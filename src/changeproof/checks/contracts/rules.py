"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "contracts"
TITLE = "Contracts"

PROTOCOL_NONCONFORMANCE = rule(
    "protocol-nonconformance",
    ID,
    "breaking",
    "A class no longer satisfies the project Protocol or ABC it implements",
    """
    A class that subclasses (or registers with) a project `typing.Protocol` or an abstract base class does
    not provide a member the contract declares, or provides it with a signature that does not accept every
    call the contract allows (a parameter missing or renamed, a new required parameter, a narrower type,
    keyword-only where the contract is positional). For an ABC, instantiating the class now raises TypeError
    ("Can't instantiate abstract class ... with abstract method ..."); for a Protocol, type checkers reject
    every place the class is used as the protocol, and callers going through the protocol call a stub that
    returns None or fail with TypeError. Also reported: a member added to the Protocol or ABC in this change,
    once for every implementer that does not define it. Instead: implement the new or changed member in
    every implementer in the same change, give the contract's new member a default implementation, or keep
    the implementer's signature at least as permissive as the declaration (extra parameters need defaults).
    """,
    """
class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...

class UnifiedWebSocketManager(WebSocketManagerProtocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...
""",
    """
class WebSocketManagerProtocol(Protocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...
    async def broadcast(self, message: dict) -> None: ...  # gained

class UnifiedWebSocketManager(WebSocketManagerProtocol):
    async def send_to_user(self, user_id: str, message: dict) -> None: ...
    # no broadcast(): UnifiedWebSocketManager no longer satisfies the protocol
""",
)

RULES = (PROTOCOL_NONCONFORMANCE,)
