"""Errors a user can act on: one line, a hint, an exit code. Never a traceback."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


class UserError(Exception):
    """Bad input: printed as ``error: <message>`` and ``hint: <hint>``, exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class Skip(Exception):
    """Raised by a check (or an engine it calls) when there is nothing to look at; the message says why."""
