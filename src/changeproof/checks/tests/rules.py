"""The finding kinds of the tests check: defined with the engine that emits them (changeproof.testing.rules)."""

from __future__ import annotations

from ...testing.rules import *  # noqa: F401,F403
from ...testing.rules import ID, RULES, TITLE  # noqa: F401
