"""Judging claims against a Report: confirmed, contradicted or not verifiable, always with the evidence.

The rules every evaluation follows:

* **contradicted** when the report holds evidence against the claim: findings the change introduced (kind,
  object, file:line; acknowledged findings count, since acknowledging a breaking change does not make it
  compatible; findings already there at base do not), or counts that differ from the claimed ones.
* **confirmed** only when the check that would have found a contradiction ran and found none; the evidence
  is that check's summary. A skipped or failed check, tests that were not run, or a claim about runtime
  behaviour make the claim **not verifiable**, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .patterns import Match
from .result import Evidence

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Change, Finding, Report
    from .segments import Segment

__all__ = ["Context", "evaluate"]

MAX_LISTED = 8

_STATUS_SETS = {"modified": {"modified", "renamed"}, "added": {"added"}, "deleted": {"deleted"},
                "changed": {"added", "modified", "deleted", "renamed"}}
_STATUS_VERB = {"modified": "modifies", "added": "adds", "deleted": "deletes", "changed": "touches"}

# api kinds that are a change to a signature (whatever their severity)
_SIGNATURE_KINDS = re.compile(r"^(parameter-|return-type-|sync-async-changed$|overload-removed$)")
# kinds that take something away or change it: not "purely additive"
_NON_ADDITIVE = re.compile(r"-(removed|changed|renamed|moved|now-required|narrowed)$|^return-type-widened$|^protocol-member-added$|^abstract-member-added$")
_DB_NAME = re.compile(r"DATABASE|(^|_)DB(_|$)|POSTGRES|PG(HOST|USER|PASSWORD|DATABASE|PORT)|MYSQL|SQLITE|REDIS|MONGO|DSN|SQLALCHEMY", re.IGNORECASE)
_CRED_NAME = re.compile(r"SECRET|TOKEN|(^|_)KEY($|_)|API_?KEY|PASSWORD|PASSWD|CREDENTIAL|JWT|OAUTH|(^|_)AUTH|CLIENT_ID|PRIVATE|CERT", re.IGNORECASE)
# checks whose findings can be breaking (the caveats of a confirmed "no breaking changes")
_BREAKING_CHECKS = ("syntax", "api", "call-sites", "imports", "contracts", "config-drift", "architecture", "tests")


class Context:
    """What the evaluations read from a Report."""

    def __init__(self, report: Report):
        self.report = report
        self.runs = {r.name: r for r in report.checks or []}
        # findings the change is answerable for; acknowledged ones stay (acknowledging is not undoing)
        self.findings = [f for f in report.findings if not f.preexisting]

    # -- checks
    def ran(self, name: str) -> bool:
        run = self.runs.get(name)
        if run is None:
            # a report of `changeproof api` has no check runs: its API comparison is the api check
            return name == "api" and self.report.checks is None and self.report.changes is None
        return run.status in ("ran", "not-applicable")  # it looked (and, not applicable, found nothing of its kind)

    def why_not(self, name: str) -> Evidence:
        run = self.runs.get(name)
        if run is None:
            if self.report.checks is None:
                return Evidence(f"the report has no `{name}` check: it was not produced by `changeproof check`",
                                source="reason", check=name)
            return Evidence(f"the `{name}` check is not in this report", source="reason", check=name)
        if run.status == "skipped":
            return Evidence(f"the `{name}` check did not run: {run.summary}", source="reason", check=name)
        return Evidence(f"the `{name}` check failed: {run.summary}", source="reason", check=name)

    def ran_evidence(self, name: str) -> Evidence:
        run = self.runs.get(name)
        if run is None:
            return Evidence(f"`{name}` ran: {len(self.findings)} finding(s) in the report", source="check", check=name)
        if run.status == "not-applicable":
            return Evidence(f"`{name}` had nothing to check: {run.summary}", source="check", check=name)
        return Evidence(f"`{name}` ran: {run.summary}", source="check", check=name)

    def missing(self, *names: str) -> list[Evidence]:
        return [self.why_not(n) for n in names if not self.ran(n)]

    def caveats(self) -> list[Evidence]:
        out = []
        if self.report.problems:
            listed = ", ".join(f"{p.path} ({p.message})" for p in self.report.problems[:3])
            more = f" and {len(self.report.problems) - 3} more" if len(self.report.problems) > 3 else ""
            out.append(Evidence(f"caveat: {len(self.report.problems)} input(s) could not be analysed: {listed}{more}",
                                source="caveat"))
        return out

    # -- changes
    def changes(self) -> list[Change] | None:
        if self.report.changes is None:
            return None
        run = self.runs.get("changed-files")
        if run is not None and run.status != "ran":
            return None
        return self.report.changes


# ------------------------------------------------------------------------------------------- helpers

def finding_evidence(f: Finding) -> Evidence:
    where = f"{f.path}:{f.line}" if f.path and f.line else (f.path or "")
    what = f.object or "-"
    if f.parameter:
        what += f" ({f.parameter})"
    text = f"{f.kind} [{f.severity}] {what}" + (f" at {where}" if where else "") + f": {f.message}"
    if f.acknowledged is not None:
        text += f" (acknowledged: {f.acknowledged})"
    return Evidence(text, source="finding", finding=f)


def _scope(seg: Segment) -> list[str]:
    def code_path(p: str) -> bool:
        return p.endswith(("/", ".py", ".pyi"))

    own = [p for p in seg.paths if code_path(p)]
    return own or [p for p in seg.context_paths if code_path(p)]


def _in_scope(path: str | None, scope: list[str]) -> bool:
    if not scope:
        return True
    if not path:
        return False
    for s in scope:
        if s.endswith("/"):
            if path.startswith(s) or f"/{s}" in f"/{path}":
                return True
        elif path == s or path.endswith("/" + s):
            return True
    return False


def _scope_note(ctx: Context, scope: list[str]) -> list[Evidence]:
    if not scope:
        return []
    changes = ctx.report.changes or []
    touched = [s for s in scope if any(_in_scope(c.path, [s]) for c in changes)]
    untouched = [s for s in scope if s not in touched]
    text = f"scope: only findings in {', '.join(scope)} (named by the claim)"
    if untouched and ctx.report.changes is not None:
        text += f"; the change does not touch {', '.join(untouched)}"
    return [Evidence(text, source="reason")]


def by_findings(ctx: Context, seg: Segment, select: Callable[[Finding], bool], checks: tuple[str, ...], what: str,
                *, extra_checks: tuple[str, ...] = (), note: list[Evidence] | None = None) -> tuple[str, list[Evidence]]:
    """Contradicted by the selected findings; confirmed when `checks` ran and found none of them."""
    scope = _scope(seg)
    hits = [f for f in ctx.findings if select(f) and _in_scope(f.path, scope)]
    if hits:
        return "contradicted", [finding_evidence(f) for f in sorted(hits, key=lambda f: f.sort_key())] + _scope_note(ctx, scope)
    missing = ctx.missing(*checks)
    if missing:
        return "not_verifiable", missing + _scope_note(ctx, scope)
    ev = [ctx.ran_evidence(c) for c in checks] + [Evidence(f"no {what} among the {len(ctx.findings)} finding(s) of the change", source="reason")]
    for c in extra_checks:
        if not ctx.ran(c) and (c in ctx.runs or c == "tests"):
            reason = ctx.why_not(c)
            if c == "tests" and c not in ctx.runs and ctx.report.tests is None:
                reason = Evidence("caveat: tests were not run (changeproof check --tests)", source="caveat", check="tests")
            else:
                reason = Evidence("caveat: " + reason.text, source="caveat", check=c)
            ev.append(reason)
    return "confirmed", ev + _scope_note(ctx, scope) + (note or []) + ctx.caveats()


def _paths_list(changes: list[Change]) -> str:
    listed = ", ".join(c.path for c in changes[:MAX_LISTED])
    return listed + (f" and {len(changes) - MAX_LISTED} more" if len(changes) > MAX_LISTED else "")


def _cats_words(cats: set[str] | None) -> str:
    if not cats:
        return ""
    return "/".join(sorted(cats)) + " "


def _no_changes(ctx: Context) -> tuple[str, list[Evidence]]:
    if ctx.report.changes is None:
        return "not_verifiable", [Evidence("the report lists no changed files: it was not produced by `changeproof check`", source="reason")]
    return "not_verifiable", [ctx.why_not("changed-files")]


# ------------------------------------------------------------------------------------------- files

def _changed_file_count(m: Match, seg: Segment, ctx: Context):
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    p = m.params
    statuses = _STATUS_SETS[p["status"]]
    cats, prefix = p.get("categories"), p.get("prefix")
    sel = [c for c in changes if c.status in statuses and (not cats or c.category in cats)
           and (prefix is None or _in_scope(c.path, [prefix]))]
    actual, n, cmp = len(sel), p["n"], p["cmp"]
    ok = actual == n if cmp == "eq" else actual >= n if cmp == "ge" else actual > n
    claimed = {"eq": f"{n}", "ge": f"{n}+", "gt": f"more than {n}"}[cmp]
    where = f" under {prefix}" if prefix else ""
    text = f"the change {_STATUS_VERB[p['status']]} {actual} {_cats_words(cats)}file(s){where}" + (f": {_paths_list(sel)}" if sel else "")
    ev = [Evidence(text, source="changes")]
    if not ok:
        ev.append(Evidence(f"claimed: {claimed} (\"{p['phrase']}\")", source="reason"))
        if cats and p["status"] != "changed":
            others = [c for c in changes if c.status in statuses and c.category not in cats]
            if others:
                ev.append(Evidence(f"other {p['status']} files: {_paths_list(others)}", source="changes"))
    ev.insert(0, ctx.ran_evidence("changed-files"))
    return ("confirmed" if ok else "contradicted"), ev


def _find_change(changes: list[Change], path: str) -> Change | None:
    for c in changes:
        if c.path == path or c.old_path == path:
            return c
    for c in changes:
        if c.path.endswith("/" + path) or (c.old_path or "").endswith("/" + path):
            return c
    return None


def _listed_file(m: Match, seg: Segment, ctx: Context):
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    path, status, cats = m.params["path"], m.params["status"], m.params.get("categories")
    c = _find_change(changes, path)
    if c is None:
        return "contradicted", [Evidence(f"{path} is not among the {len(changes)} file(s) the change touches", source="changes"),
                                Evidence(f"changed files: {_paths_list(changes)}", source="changes")]
    lines = f", +{c.added} -{c.removed}" if c.added is not None else ""
    desc = f"{c.path}: {c.status}, {c.category}{lines}"
    if c.status not in _STATUS_SETS[status]:
        return "contradicted", [Evidence(f"{desc} (listed as {status})", source="changes")]
    ev = [Evidence(desc, source="changes")]
    if cats and c.category not in cats:
        ev.append(Evidence(f"note: changeproof classifies it as {c.category}, not {'/'.join(sorted(cats))}", source="reason"))
    return "confirmed", ev


def _only_categories(m: Match, seg: Segment, ctx: Context):
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    cats, scope = m.params["categories"], m.params["scope"]
    pool = [c for c in changes if c.status == "added"] if scope == "added" else list(changes)
    bad = [c for c in pool if c.category not in cats]
    what = "new file(s)" if scope == "added" else "changed file(s)"
    if bad:
        return "contradicted", [Evidence(f"{len(bad)} of {len(pool)} {what} are not {'/'.join(sorted(cats))}: "
                                         + ", ".join(f"{c.path} ({c.category})" for c in bad[:MAX_LISTED]), source="changes")]
    if not pool:
        return "confirmed", [ctx.ran_evidence("changed-files"), Evidence(f"the change has no {what}", source="changes")]
    by_cat: dict[str, int] = {}
    for c in pool:
        by_cat[c.category] = by_cat.get(c.category, 0) + 1
    return "confirmed", [ctx.ran_evidence("changed-files"),
                         Evidence(f"{len(pool)} {what}: " + ", ".join(f"{k} {v}" for k, v in sorted(by_cat.items())), source="changes")]


def _no_production(m: Match, seg: Segment, ctx: Context):
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    prod = [c for c in changes if c.category == "production"]
    if prod:
        return "contradicted", [Evidence(f"the change touches {len(prod)} production file(s): "
                                         + ", ".join(f"{c.path} ({c.status})" for c in prod[:MAX_LISTED]), source="changes")]
    return "confirmed", [ctx.ran_evidence("changed-files"), Evidence("no changed file is classified production", source="changes")]


# ------------------------------------------------------------------------------------------- compatibility

def _no_breaking(m: Match, seg: Segment, ctx: Context):
    return by_findings(ctx, seg, lambda f: f.severity == "breaking", ("api",), "breaking finding",
                       extra_checks=tuple(c for c in _BREAKING_CHECKS if c != "api"))


def _compatible(m: Match, seg: Segment, ctx: Context):
    # an architecture rule broken is not a break for callers or deployments
    return by_findings(ctx, seg, lambda f: f.severity == "breaking" and f.category != "architecture", ("api",),
                       "breaking finding (architecture aside)",
                       extra_checks=tuple(c for c in _BREAKING_CHECKS if c not in ("api", "architecture")))


def _signatures(m: Match, seg: Segment, ctx: Context):
    return by_findings(ctx, seg, lambda f: f.category == "api" and bool(_SIGNATURE_KINDS.match(f.kind)), ("api",),
                       "signature change (parameter-*, return-type-*, sync-async-changed, overload-removed)")


def _interfaces(m: Match, seg: Segment, ctx: Context):
    return by_findings(ctx, seg, lambda f: f.category in ("api", "contracts") and f.kind not in ("object-added", "deprecated"),
                       ("api",), "API finding other than an addition")


def _additive(m: Match, seg: Segment, ctx: Context):
    return by_findings(ctx, seg, lambda f: f.severity == "breaking" or bool(_NON_ADDITIVE.search(f.kind)), ("api",),
                       "finding that removes or changes something (breaking, *-removed, *-changed, *-moved, *-narrowed)")


def _nothing_removed(m: Match, seg: Segment, ctx: Context):
    return by_findings(ctx, seg, lambda f: f.category == "api" and (f.kind.endswith("-removed") or f.kind == "object-kind-changed"),
                       ("api",), "removal finding (object-removed, parameter-removed, export-removed, ...)")


def _no_risk(m: Match, seg: Segment, ctx: Context):
    hits = [f for f in ctx.findings if f.severity in ("breaking", "risk") and _in_scope(f.path, _scope(seg))]
    if hits:
        return "contradicted", [finding_evidence(f) for f in sorted(hits, key=lambda f: f.sort_key())]
    ran = [n for n, r in ctx.runs.items() if r.status == "ran"]
    return "not_verifiable", [Evidence("\"zero risk\" is a judgement about how the code behaves in production, which changeproof "
                                       "does not measure", source="reason"),
                              Evidence(f"no breaking or risk finding from the {len(ran)} check(s) that ran"
                                       + (f" ({', '.join(ran)})" if ran else ""), source="reason")]


# ------------------------------------------------------------------------------------------- configuration

def _env(m: Match, seg: Segment, ctx: Context):
    if m.params.get("mode") == "added":
        return by_findings(ctx, seg, lambda f: f.kind in ("env-var-added", "env-var-renamed"), ("config-drift",),
                           "env-var-added / env-var-renamed finding")
    return by_findings(ctx, seg, lambda f: f.kind.startswith("env-var-"), ("config-drift",), "env-var-* finding")


def _ports(m: Match, seg: Segment, ctx: Context):
    return by_findings(ctx, seg, lambda f: f.kind == "port-changed", ("config-drift",), "port-changed finding",
                       note=[Evidence("ports are read from docker-compose files", source="reason")])


def _config(m: Match, seg: Segment, ctx: Context):
    verdict, ev = by_findings(ctx, seg, lambda f: f.kind.startswith("env-var-") or f.kind == "port-changed",
                              ("config-drift",), "env-var-* or port-changed finding")
    changes = ctx.changes()
    cfg = [c for c in changes or [] if c.category == "config"]
    if cfg:
        return "contradicted", ([e for e in ev if e.source == "finding"]
                                + [Evidence(f"configuration files changed: {_paths_list(cfg)}", source="changes")])
    if verdict == "confirmed" and changes is None:
        return _no_changes(ctx)
    if verdict == "confirmed":
        ev.insert(1, Evidence("no changed file is classified config", source="changes"))
    return verdict, ev


def _named_settings(pattern: re.Pattern, label: str, unmeasured: str):
    def run(m: Match, seg: Segment, ctx: Context):
        hits = [f for f in ctx.findings if f.kind.startswith("env-var-") and pattern.search(f.object or "")]
        if hits:
            return "contradicted", [finding_evidence(f) for f in hits]
        if not ctx.ran("config-drift"):
            return "not_verifiable", [ctx.why_not("config-drift")]
        return "not_verifiable", [ctx.ran_evidence("config-drift"),
                                  Evidence(f"no {label} environment variable changed, but changeproof sees {label} settings only as "
                                           f"environment variables: {unmeasured} is not measured", source="reason")]
    return run


# ------------------------------------------------------------------------------------------- tests

def _tests_missing(ctx: Context) -> tuple[str, list[Evidence]]:
    run = ctx.runs.get("tests")
    if run is not None and run.status != "ran":
        return "not_verifiable", [Evidence(f"tests were not run: {run.summary}", source="reason", check="tests")]
    return "not_verifiable", [Evidence("tests were not run: `changeproof check --tests` runs them and classifies every failure",
                                       source="reason", check="tests")]


def _counts(t: dict[str, Any]) -> tuple[int, int, int, int, int]:
    h = t.get("head") or {}
    passed, failed, errors = int(h.get("passed") or 0), int(h.get("failed") or 0), int(h.get("errors") or 0)
    skipped, collected = int(h.get("skipped") or 0), int(h.get("collected") or 0)
    return passed, failed, errors, skipped, collected


def _tests_summary(t: dict[str, Any]) -> Evidence:
    passed, failed, errors, skipped, collected = _counts(t)
    return Evidence(f"tests at head: {passed} passed, {failed} failed, {errors} errors, {skipped} skipped"
                    + (f" ({collected} collected)" if collected else ""), source="tests", check="tests")


def _failing(t: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in ("regressions", "new", "preexisting_failures", "base_unknown"):
        for node in t.get(key) or []:
            if node not in out:
                out.append(node)
    return out


def _subset_note(m: Match, seg: Segment) -> list[Evidence]:
    subset = m.params.get("subset")
    if subset:
        return [Evidence(f"note: the claim is about \"{subset}\" tests; changeproof counts the whole suite it ran", source="reason")]
    return []


def _tests_passed_count(m: Match, seg: Segment, ctx: Context):
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    passed, failed, errors, _, collected = _counts(t)
    ran = passed + failed + errors
    want_p, want_t = m.params["passed"], m.params.get("total")
    ok = passed == want_p and (want_t is None or want_t in (ran, collected))
    claimed = f"claimed: {want_p}" + (f"/{want_t}" if want_t is not None else "") + " passed"
    ev = [_tests_summary(t)]
    if not ok:
        ev.append(Evidence(claimed, source="reason"))
        ev += _subset_note(m, seg)
    return ("confirmed" if ok else "contradicted"), ev


def _pass_rate(m: Match, seg: Segment, ctx: Context):
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    passed, failed, errors, _, _ = _counts(t)
    ran = passed + failed + errors
    rate = t.get("pass_rate")
    if rate is None and ran:
        rate = passed / ran
    if rate is None:
        return "not_verifiable", [_tests_summary(t), Evidence("no test ran, so there is no pass rate", source="reason")]
    claimed, decimals = m.params["rate"], m.params["decimals"]
    tolerance = 0.5 * 10 ** -decimals
    actual = rate * 100
    ok = abs(actual - claimed) <= tolerance + 1e-9
    ev = [Evidence(f"pass rate at head: {actual:.{max(decimals, 1)}f}% ({passed} of {ran} passed)"
                   + (f": {t['pass_rate_meaning']}" if t.get("pass_rate_meaning") else ""), source="tests", check="tests")]
    if not ok:
        ev.append(Evidence(f"claimed: {claimed:g}%", source="reason"))
        ev += _subset_note(m, seg)
    return ("confirmed" if ok else "contradicted"), ev


def _all_pass(m: Match, seg: Segment, ctx: Context):
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    passed, failed, errors, _, _ = _counts(t)
    if m.params.get("mode") == "existing":
        regressions, removed = list(t.get("regressions") or []), list(t.get("removed") or [])
        ev = [_tests_summary(t)]
        if regressions or removed:
            ev += [Evidence(f"regression: {n} passed at base and fails at head", source="tests", check="tests") for n in regressions]
            ev += [Evidence(f"removed: {n} was collected at base and is gone at head", source="tests", check="tests") for n in removed]
            return "contradicted", ev
        pre = t.get("preexisting_failures") or []
        ev.append(Evidence("no regressions (no test that passed at base fails at head) and no test removed", source="tests", check="tests"))
        if pre:
            ev.append(Evidence(f"note: {len(pre)} test(s) failed at base too: {', '.join(pre[:MAX_LISTED])}", source="tests", check="tests"))
        return "confirmed", ev
    if passed + failed + errors == 0:
        return "not_verifiable", [_tests_summary(t), Evidence("no test ran", source="reason")]
    if failed + errors == 0:
        return "confirmed", [_tests_summary(t)]
    failing = _failing(t)
    ev = [_tests_summary(t)] + [Evidence(f"failing: {n}", source="tests", check="tests") for n in failing[:MAX_LISTED]]
    if m.params.get("subset"):
        return "not_verifiable", ev + [Evidence(f"the claim is about \"{m.params['subset']}\" tests, which changeproof cannot "
                                                "tell apart from the rest of the suite", source="reason")]
    return "contradicted", ev


def _failed_count(m: Match, seg: Segment, ctx: Context):
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    _, failed, errors, _, _ = _counts(t)
    ok = failed + errors == m.params["n"]
    ev = [_tests_summary(t)]
    if not ok:
        ev.append(Evidence(f"claimed: {m.params['n']} failing", source="reason"))
        ev += [Evidence(f"failing: {n}", source="tests", check="tests") for n in _failing(t)[:MAX_LISTED]]
    return ("confirmed" if ok else "contradicted"), ev


def _classified(t: dict[str, Any]) -> list[Evidence]:
    out = []
    for key, label in (("regressions", "regression (passed at base)"), ("new", "new failing test (not at base)"),
                       ("preexisting_failures", "pre-existing (failed at base too)"), ("flaky", "flaky (passed on a rerun)"),
                       ("base_unknown", "failing, base outcome unknown")):
        out += [Evidence(f"{label}: {n}", source="tests", check="tests") for n in (t.get(key) or [])[:MAX_LISTED]]
    return out


def _preexisting(m: Match, seg: Segment, ctx: Context):
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    caused = list(t.get("regressions") or []) + [n for n in t.get("new") or [] if n not in (t.get("regressions") or [])]
    pre = list(t.get("preexisting_failures") or [])
    named = re.findall(r"\btest_\w+", seg.text)
    if named:  # "test_cleanup was already failing": judge the tests the claim names
        def hit(node: str) -> bool:
            return any(re.search(rf"(?:^|[:./\[]){re.escape(n)}(?:$|[\[:])", node) for n in named)
        caused, pre = [n for n in caused if hit(n)], [n for n in pre if hit(n)]
        if not caused and not pre:
            return "not_verifiable", [_tests_summary(t), Evidence(f"{', '.join(named)} is not among the failing tests at head",
                                                                  source="reason")] + _classified(t)
    if caused:
        return "contradicted", [_tests_summary(t)] + _classified(t)
    if not pre:
        _, failed, errors, _, _ = _counts(t)
        why = "no test fails at head" if failed + errors == 0 else "no failing test could be traced to base"
        if t.get("base_isolated") is False:
            why = "base runs were not isolated, so no failure is called pre-existing"
        return "not_verifiable", [_tests_summary(t), Evidence(why, source="reason")]
    return "confirmed", [_tests_summary(t)] + _classified(t)


def _non_critical(m: Match, seg: Segment, ctx: Context):
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    regressions = list(t.get("regressions") or [])
    if regressions:
        return "contradicted", [_tests_summary(t)] + [Evidence(f"regression: {n} passed at base and fails at head: the change broke it",
                                                               source="tests", check="tests") for n in regressions]
    return "not_verifiable", [_tests_summary(t)] + _classified(t) + [
        Evidence("how critical a failure is is a judgement; changeproof says only whether the change caused it", source="reason")]


# ------------------------------------------------------------------------------------------- the rest

def _deps(m: Match, seg: Segment, ctx: Context):
    if m.params.get("mode") == "added":
        return by_findings(ctx, seg, lambda f: f.kind == "dependency-added", ("dependencies",), "dependency-added finding")
    return by_findings(ctx, seg, lambda f: f.kind.startswith("dependency-"), ("dependencies",), "dependency-* finding")


def _blocking(m: Match, seg: Segment, ctx: Context):
    note = []
    if "logging" in (seg.text + " " + seg.context).lower():
        in_async = [f for f in ctx.findings if f.kind == "logging-added" and "inside async def" in f.message]
        if in_async:
            note = [Evidence("note: logging calls were added inside async def (logging handlers write synchronously): "
                             + ", ".join(f"{f.path}:{f.line}" for f in in_async[:MAX_LISTED]), source="reason")]
    return by_findings(ctx, seg, lambda f: f.kind == "blocking-call-in-async", ("async-hazards",),
                       "blocking-call-in-async finding", note=note)


def _import_statement(m: Match, seg: Segment, ctx: Context):
    module, names = m.params["module"], m.params.get("names") or []
    targets = {module} | {f"{module}.{n}" for n in names}
    hits = [f for f in ctx.findings
            if (f.kind in ("object-removed", "export-removed", "object-kind-changed") and f.object in targets)
            or (f.kind in ("import-broken", "circular-import") and (f.object in targets or module in f.message))]
    if hits:
        return "contradicted", [finding_evidence(f) for f in hits]
    ev = [Evidence(f"no finding removes or breaks {', '.join(sorted(targets))}", source="reason"),
          Evidence("changeproof checks the imports the project's code makes, not statements quoted in a document; "
                   "whether this one worked before is not known", source="reason")]
    return "not_verifiable", ev


def _runtime(m: Match, seg: Segment, ctx: Context):
    ev = [Evidence("a statement about runtime behaviour (how the code behaves, performs or stays stable when it runs), "
                   "which changeproof does not measure", source="reason")]
    if ctx.report.tests is not None:
        ev.append(_tests_summary(ctx.report.tests))
    return "not_verifiable", ev


EVALUATORS: dict[str, Callable[[Match, Segment, Context], tuple[str, list[Evidence]]]] = {
    "changed-file-count": _changed_file_count,
    "listed-file": _listed_file,
    "only-categories": _only_categories,
    "no-production-changes": _no_production,
    "no-breaking-changes": _no_breaking,
    "backward-compatible": _compatible,
    "signatures-unchanged": _signatures,
    "interfaces-unchanged": _interfaces,
    "purely-additive": _additive,
    "nothing-removed": _nothing_removed,
    "no-risk": _no_risk,
    "no-env-var-changes": _env,
    "no-port-changes": _ports,
    "no-config-changes": _config,
    "no-database-changes": _named_settings(_DB_NAME, "database", "database connection code"),
    "no-credential-changes": _named_settings(_CRED_NAME, "credential", "authentication and credential handling in code"),
    "tests-passed-count": _tests_passed_count,
    "pass-rate": _pass_rate,
    "all-tests-pass": _all_pass,
    "tests-failed-count": _failed_count,
    "failure-preexisting": _preexisting,
    "failure-non-critical": _non_critical,
    "no-new-dependencies": _deps,
    "no-blocking-io": _blocking,
    "no-architecture-violations": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "boundary-violation", ("architecture",),
                                                              "boundary-violation finding"),
    "absolute-imports": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "relative-import-added", ("architecture",),
                                                    "relative-import-added finding"),
    "no-duplicate-definitions": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "duplicate-definition", ("architecture",),
                                                            "duplicate-definition finding"),
    "syntax-valid": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "syntax-error", ("syntax",), "syntax-error finding"),
    "imports-valid": lambda m, s, c: by_findings(c, s, lambda f: f.kind in ("import-broken", "circular-import"), ("imports",),
                                                 "import-broken or circular-import finding"),
    "import-statement": _import_statement,
    "contracts-valid": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "protocol-nonconformance", ("contracts",),
                                                   "protocol-nonconformance finding"),
    "runtime-behaviour": _runtime,
}


def evaluate(match: Match, seg: Segment, ctx: Context) -> tuple[str, list[Evidence]]:
    return EVALUATORS[match.kind](match, seg, ctx)
