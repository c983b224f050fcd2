"""Tests: the project's pytest suite run at head, and every failure classified against base.

"53/54 tests pass, the one failure is non-critical" is a claim; this check turns it into evidence: each test
failing at head is attempted again until it passes (flaky) or has failed often enough to rule out chance, then
looked up and, if needed, run at base: a regression (passed at base), pre-existing (failed at base too: listed, not held against the change), or new (not at base). Tests
collected at base and gone at head are removed evidence. Runs only with ``--tests`` (on by default when
CI=true). The engine is :mod:`changeproof.testing.engine`; the result is the report's ``tests`` section.
"""

from __future__ import annotations

from typing import Any

from ...model import Finding
from ..base import Check, CheckContext

__all__ = ["CHECK", "Tests"]


class Tests(Check):
    __test__ = False  # not a pytest test class, whatever imports it

    id = "tests"
    title = "Tests"
    reads = ("the project's pytest suite: run at head (with reruns of failures), collected at base, and run at base "
             "for the tests failing at head (or all of it with --base-tests all)")
    runs_code = True

    def __init__(self) -> None:
        super().__init__()
        self.result: dict[str, Any] | None = None  # the report's `tests` section (Report.tests), once it ran

    def run(self, ctx: CheckContext) -> list[Finding]:
        from ...testing.engine import TestsEngine

        self._outcome = None
        engine = TestsEngine(ctx, self)
        findings = engine.run()
        self._outcome = engine.outcome
        self.result = engine.result
        return findings

    def outcome(self, findings: list[Finding]) -> str:
        return getattr(self, "_outcome", None) or super().outcome(findings)


CHECK = Tests
