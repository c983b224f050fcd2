"""The API check: the engine of `changeproof api`, over the whole project, libraries and applications alike."""

from __future__ import annotations

from ...model import Finding
from ..base import Check, CheckContext


class ApiCheck(Check):
    id = "api"
    title = "API compatibility"
    reads = "every module of the project's packages at base and head (parsed, not imported)"
    runs_code = False

    def run(self, ctx: CheckContext) -> list[Finding]:
        from ...api import compare_loaded

        base, head = ctx.project.api
        findings, problems = compare_loaded(base, head)
        ctx.problems.extend(problems)
        self._modules = (len(base.model.modules), len(head.model.modules))
        self.fact("modules", {"base": sorted(base.model.modules), "head": sorted(head.model.modules)},
                  detail="the public modules compared at base and head (parsed, not imported)")
        changed: dict[str, list[str]] = {}
        for f in findings:
            if f.object:
                changed.setdefault(f.object, []).append(f.kind)
        self.fact("objects-with-findings", {k: sorted(set(v)) for k, v in sorted(changed.items())},
                  detail="every dotted object a finding is about, with the finding kinds; an object of a compared "
                         "module that is not listed was compared and found unchanged")
        from .definitions import definitions_changed

        self.fact("definitions", definitions_changed(ctx),
                  detail="per modified Python file: the functions, classes and methods whose code changed (docstrings "
                         "and positions aside), were added, removed, or are unchanged")
        return findings

    @classmethod
    def prefetch(cls, ctx: CheckContext) -> list[tuple]:
        from .definitions import prefetch

        return prefetch(ctx)

    def outcome(self, findings: list[Finding]) -> str:
        modules = getattr(self, "_modules", (0, 0))
        counts = {s: sum(1 for f in findings if f.severity == s) for s in ("breaking", "risk", "info")}
        return (f"{modules[1]} modules compared with {modules[0]} at base: {counts['breaking']} breaking, "
                f"{counts['risk']} risk, {counts['info']} info")


CHECK = ApiCheck
