"""The finding kinds of the API check: defined with the engine that emits them (changeproof.api.rules)."""

from __future__ import annotations

from ...api.rules import *  # noqa: F401,F403
from ...api.rules import ID, RULES, TITLE  # noqa: F401
