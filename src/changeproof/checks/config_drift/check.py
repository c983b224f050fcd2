"""The config-drift check: scan both sides, compare, and say what could not be analysed."""

from __future__ import annotations

from ...model import Finding, Problem
from ..base import Check, CheckContext, Skip
from .compare import Comparison
from .model import ID, EnvInventory
from .scan import Scanner, prefetch_items

# ------------------------------------------------------------------------------------------------ check

class ConfigDrift(Check):
    id = ID
    title = "Configuration drift"
    reads = ("os.environ / os.getenv reads and pydantic settings in production code, .env.example files, "
             "docker-compose environment and ports")

    def run(self, ctx: CheckContext) -> list[Finding]:
        scanner = Scanner(ctx, {})  # per-file facts, shared by the two sides when a file is the same on both
        base, head = scanner.scan("base"), scanner.scan("head")
        self._problems(ctx, base, head)
        # compare only files analysed on both sides: a file that cannot be parsed on one side must not look
        # as if every variable in it was added or removed
        rename = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        head_failed = head.failed
        base_failed = {rename.get(p, p) for p in base.failed}
        base.sites = [s for s in base.sites if rename.get(s.path, s.path) not in head_failed]
        head.sites = [s for s in head.sites if s.path not in base_failed]
        base.ports = {k: v for k, v in base.ports.items() if rename.get(k[0], k[0]) not in head_failed}
        head.ports = {k: v for k, v in head.ports.items() if k[0] not in base_failed}
        for p in head_failed:
            head.services.setdefault(p, {})
        self._publish(base, head)
        if not base.sites and not head.sites and not base.ports and not head.ports:
            self._counts = None
            raise Skip("no environment variable reads, settings classes, .env examples or compose files")
        compare = Comparison(self, ctx, base, head)
        findings = compare.run()
        findings.sort(key=lambda f: (f.object or "", f.kind, f.path or "", f.line or 0))
        self._counts = (len({s.name for s in head.sites}), compare.added, compare.removed)
        return findings

    @classmethod
    def prefetch(cls, ctx: CheckContext) -> list[tuple]:
        """The facts of the changed files that read the environment, computed while their trees are at hand."""
        return prefetch_items(ctx)

    def _publish(self, base: EnvInventory, head: EnvInventory) -> None:
        """Facts: every variable read or declared at base and head (whether required, where), and the ports."""
        def variables(side: EnvInventory) -> dict[str, dict]:
            out: dict[str, dict] = {}
            for name, sites in side.by_name(("python", "settings", "dotenv", "compose")).items():
                code = [x for x in sites if x.source in ("python", "settings")]
                out[name] = {"required": any(x.required for x in code),
                             "has_default": any(x.state not in (None, "REQUIRED") for x in code),
                             "sources": sorted({x.source for x in sites}),
                             "at": sorted({f"{x.path}:{x.line}" for x in sites})}
            return out

        def ports(side: EnvInventory) -> dict[str, list[str]]:
            return {f"{path}:{svc}": sorted(p for p in mapping) for (path, svc), mapping in sorted(side.ports.items())}

        self.fact("env-vars", {"base": variables(base), "head": variables(head)},
                  detail="environment variables read in production code (os.environ, getenv, settings classes) or "
                         "declared (.env examples, compose), per side: required when some read has no default; "
                         "values are never shown")
        self.fact("ports", {"base": ports(base), "head": ports(head)}, detail="compose services' published ports")

    def _problems(self, ctx: CheckContext, base: EnvInventory, head: EnvInventory) -> None:
        """Inputs that could not be analysed, limited to what the change touched (an unchanged file that
        cannot be read hides nothing: it is the same on both sides)."""
        bfiles, hfiles = ctx.files("base"), ctx.files("head")
        rename = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        back = {new: old for old, new in rename.items()}
        reported: set[str] = set()  # head paths
        for path, message in head.problems:
            if hfiles.get(path) != bfiles.get(back.get(path, path)):
                reported.add(path)
                ctx.problems.append(Problem(path=path, message=f"config-drift: {message}", side="head"))
        for path, message in base.problems:
            if bfiles.get(path) != hfiles.get(rename.get(path, path)) and rename.get(path, path) not in reported:
                ctx.problems.append(Problem(path=path, message=f"config-drift: {message}", side="base"))
        before = {(rename.get(p, p), scope, expr) for (p, scope, expr) in base.dynamic}
        for (path, scope, expr), line in sorted(head.dynamic.items()):
            if (path, scope, expr) in before:
                continue
            where = "module level" if scope == "<module>" else scope
            ctx.problems.append(Problem(
                path=path, side="head",
                message=f"config-drift: line {line} ({where}) reads an environment variable whose name is computed "
                        f"at run time ({expr}); changeproof cannot tell which variable it is or whether it is "
                        f"required"))

    def outcome(self, findings: list[Finding]) -> str:
        counts = getattr(self, "_counts", None)
        if not counts:
            return super().outcome(findings)
        n, added, removed = counts
        return f"{n} variable{'s' if n != 1 else ''} read at head ({added} new, {removed} removed)"


CHECK = ConfigDrift
