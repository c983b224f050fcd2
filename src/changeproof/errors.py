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
    """Raised by a check (or an engine it calls) when there is nothing of its kind to look at (no dependency
    declaration changed, no Python package): the check is "not-applicable", which is evidence. The message says
    what was looked for."""


class CannotRun(Exception):
    """Raised by a check that should have run but cannot (no pytest for the interpreter, a tool missing): the
    check is "failed", which is not evidence. The message says why and how to fix it."""
