"""The token store."""

from __future__ import annotations

import secrets
import time
from typing import Callable

from tokenstore.errors import InvalidTokenError

DEFAULT_TTL = 3600  # seconds


class TokenStore:
    def __init__(self, ttl: int = DEFAULT_TTL, clock: Callable[[], float] = time.time) -> None:
        self.ttl = ttl
        self._clock = clock
        self._tokens: dict[str, tuple[str, float]] = {}

    def issue(self, user: str) -> str:
        token = "tk_" + secrets.token_hex(8)
        self._tokens[token] = (user, self._clock() + self.ttl)
        return token

    def lookup(self, token: str) -> str | None:
        """The user a token belongs to; None if it is unknown or expired."""
        if not token.startswith("tk_"):
            raise InvalidTokenError(token)
        entry = self._tokens.get(token)
        if entry is None:
            return None
        user, expires = entry
        if self._clock() >= expires:
            del self._tokens[token]
            return None
        return user

    def revoke(self, token: str) -> bool:
        return self._tokens.pop(token, None) is not None
