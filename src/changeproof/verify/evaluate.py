"""Judging claims against a Report: confirmed, contradicted or not verifiable, always with the evidence.

The rules every evaluation follows:

* **contradicted** when the report holds evidence against the claim: findings the change introduced (kind,
  object, file:line; acknowledged findings count, since acknowledging a breaking change does not make it
  compatible; findings already there at base do not), facts that differ from what is claimed (counts, a
  default, a version), or the change itself (a file said untouched was modified).
* **confirmed** only when a check that would have found a contradiction looked and found none, with the
  **fact** it measured (``check:name[:subject]``; reports written before checks published facts fall back to
  the check having run). The absence of a finding alone never confirms anything.
* **not verifiable** otherwise, with the reason: the check did not run, tests were not run, the claim is
  about runtime behaviour, or the report does not cover the thing the claim names.

Vacuous truth is not confirmation: "only tests were added" on a change that adds nothing but modifies
production code is contradicted, and a claim about a kind of file the change does not touch says so.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .patterns import Match
from .segments import Segment, _paths
from .result import Evidence

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Change, Fact, Finding, Report
    from .segments import Segment

__all__ = ["Context", "evaluate"]

MAX_LISTED = 8
Verdict = tuple[str, list[Evidence]]

_STATUS_SETS = {"modified": {"modified", "renamed"}, "added": {"added"}, "deleted": {"deleted"},
                "renamed": {"renamed"}, "changed": {"added", "modified", "deleted", "renamed"},
                "source": {"modified", "deleted", "renamed"}}
_STATUS_VERB = {"modified": "modifies", "added": "adds", "deleted": "deletes", "changed": "touches", "renamed": "renames",
                "source": "touches"}

# api kinds that are a change to a signature (whatever their severity)
_SIGNATURE_KINDS = re.compile(r"^(parameter-|return-type-|sync-async-changed$|overload-removed$)")
# kinds that take something away or change it: not "purely additive"
_NON_ADDITIVE = re.compile(r"-(removed|changed|renamed|moved|now-required|narrowed)$|^return-type-widened$|^protocol-member-added$|"
                           r"^abstract-member-added$|^parameter-added-required$")
_REMOVAL_KINDS = ("object-removed", "export-removed", "parameter-removed", "env-var-removed", "dependency-removed",
                  "enum-member-removed", "overload-removed", "base-class-removed", "test-removed")
_ADDITION_KINDS = ("object-added", "parameter-added-optional", "parameter-added-required", "env-var-added",
                   "protocol-member-added", "abstract-member-added",
                   "dependency-added")
_DB_NAME = re.compile(r"DATABASE|(^|_)DB(_|$)|POSTGRES|PG(HOST|USER|PASSWORD|DATABASE|PORT)|MYSQL|SQLITE|REDIS|MONGO|DSN|SQLALCHEMY", re.IGNORECASE)
_CRED_NAME = re.compile(r"SECRET|TOKEN|(^|_)KEY($|_)|API_?KEY|PASSWORD|PASSWD|CREDENTIAL|JWT|OAUTH|(^|_)AUTH|CLIENT_ID|PRIVATE|CERT", re.IGNORECASE)
# checks whose findings can be breaking
_BREAKING_CHECKS = ("syntax", "api", "call-sites", "imports", "contracts", "config-drift", "architecture", "tests")


def _canon(name: str) -> str:
    return re.sub(r"[-_.]{1,20}", "-", name).lower()


class Context:
    """What the evaluations read from a Report."""

    def __init__(self, report: Report):
        self.report = report
        self.runs = {r.name: r for r in report.checks or []}
        # findings the change is answerable for; acknowledged ones stay (acknowledging is not undoing)
        self.findings = [f for f in report.findings if not f.preexisting]
        self.facts: list[Fact] = list(report.facts or [])
        self.has_facts = report.facts is not None

    def vocabulary(self) -> dict[str, tuple[str, str]]:
        """Names the report knows, lower-cased -> (name, role): dependencies, parameters, environment variables;
        so that "raised the minimum click version" or "the default of days" is grounded in the report."""
        out: dict[str, tuple[str, str]] = {}
        for f in self.findings:
            if f.category == "dependencies" and f.object:
                out.setdefault(f.object.lower(), (f.object, "dependency"))
            elif f.category == "config-drift" and f.object and f.kind.startswith("env-var-"):
                out.setdefault(f.object.lower(), (f.object, "env"))
                if "_" in f.object:
                    out.setdefault(f.object.lower().replace("_", " "), (f.object, "env"))  # "the cache ttl"
                    tokens = f.object.lower().split("_")
                    if len(tokens) >= 3:  # LEDGER_REQUEST_TIMEOUT: "the request timeout"
                        out.setdefault(" ".join(tokens[-2:]), (f.object, "env"))
            if f.parameter and len(f.parameter) > 2:
                out.setdefault(f.parameter.lower(), (f.parameter, "parameter"))
            if f.category in ("api", "contracts", "architecture", "async-hazards") and f.object:
                for part in f.object.split(".")[1:]:
                    if len(part) > 3 and not part.startswith("__"):
                        out.setdefault(part.lower(), (part, "object"))
        for fact in self.facts:
            if fact.subject and fact.check == "dependencies":
                out.setdefault(fact.subject.lower(), (fact.subject, "dependency"))
            elif fact.subject and fact.check == "config-drift" and re.fullmatch(r"[A-Z][A-Z0-9_]{1,80}", fact.subject):
                out.setdefault(fact.subject.lower(), (fact.subject, "env"))
        return out

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

    # -- facts
    def fact(self, check: str, name: str, subject: str | None = None) -> Fact | None:
        for f in self.facts:
            if f.check == check and f.name == name and (subject is None or f.subject == subject):
                return f
        return None

    def facts_of(self, check: str, *names: str) -> list[Fact]:
        return [f for f in self.facts if f.check == check and (not names or f.name in names)]

    def cover(self, check: str, *names: str) -> list[Evidence]:
        """The evidence that *check* looked: its facts (those named first), or, in a report written before checks
        published facts, its run; [] when there is none (then nothing can be confirmed)."""
        if not self.ran(check):
            return []
        chosen = self.facts_of(check, *names) if names else []
        if not chosen:
            chosen = self.facts_of(check)[:3]
        if chosen:
            return [fact_evidence(f) for f in chosen[:4]]
        run = self.runs.get(check)
        if not self.has_facts or (run is not None and run.status == "not-applicable"):
            # a report written before checks published facts; or the check looked and found nothing of its kind
            return [self.ran_evidence(check)]
        return []

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
        if run is not None and run.status not in ("ran", "not-applicable"):
            return None
        return self.report.changes

    def changes_evidence(self) -> Evidence:
        f = self.fact("changed-files", "files-by-category") or self.fact("changed-files", "files")
        if f is not None:
            return fact_evidence(f)
        return self.ran_evidence("changed-files")


# ------------------------------------------------------------------------------------------- helpers

def fact_evidence(f: Fact, focus: str | None = None) -> Evidence:
    value = f.value
    if focus is not None and isinstance(value, dict) and ("base" in value or "head" in value):
        sides = {side: value.get(side) for side in ("base", "head")}
        if all(isinstance(v, dict) for v in sides.values()):
            value = {side: v.get(focus, "absent") for side, v in sides.items()}
        elif all(isinstance(v, (list, tuple)) for v in sides.values()):
            value = {side: ("present" if focus in v else "absent") for side, v in sides.items()}
        return Evidence(f"{f.check} measured {f.name} for {focus}: " + ", ".join(f"{k}: {v}" for k, v in value.items()),
                        source="fact", check=f.check, fact=f.id)
    if isinstance(value, (list, tuple)):
        shown = ", ".join(str(v) for v in list(value)[:MAX_LISTED]) + (f" and {len(value) - MAX_LISTED} more" if len(value) > MAX_LISTED else "")
        text = f"{len(value)}" + (f": {shown}" if shown else "")
    elif isinstance(value, dict):
        text = ", ".join(f"{k}: {v}" for k, v in list(value.items())[:MAX_LISTED])
    else:
        text = str(value)
    label = f.name + (f" ({f.subject})" if f.subject else "")
    return Evidence(f"{f.check} measured {label}: {text}" + (f" ({f.detail})" if f.detail else ""), source="fact",
                    check=f.check, fact=f.id)


def finding_evidence(f: Finding) -> Evidence:
    where = f"{f.path}:{f.line}" if f.path and f.line else (f.path or "")
    what = f.object or "-"
    if f.parameter:
        what += f" ({f.parameter})"
    text = f"{f.kind} [{f.severity}] {what}" + (f" at {where}" if where else "") + f": {f.message}"
    if f.acknowledged is not None:
        text += f" (acknowledged: {f.acknowledged})"
    return Evidence(text, source="finding", check=f.category, finding=f)


def _findings_ev(hits: list[Finding]) -> list[Evidence]:
    return [finding_evidence(f) for f in sorted(hits, key=lambda f: f.sort_key())]


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


def _mentions_scope(f: Finding, scope: list[str]) -> bool:
    """A finding elsewhere that names a file of the scope ("class Message added here, while notify/channels.py:18
    already defines Message"): it is about that file too."""
    return bool(scope) and any(s in f.message for s in scope if not s.endswith("/"))


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


def _except(seg: Segment, low: str | None = None) -> list[str]:
    """Names the claim sets aside: "no breaking changes except the removal of `foo`"."""
    text = seg.raw
    m = re.search(r"(?i)\b(?:except|other\s+than|apart\s+from|aside\s+from|besides|save\s+for|excluding|beyond)\b(.{0,300})", text)
    if not m:
        return []
    return [n.strip("`()") for n in re.findall(r"`([^`]{1,120})`", m.group(1))] + \
        re.findall(r"\b[A-Z][A-Z0-9]{1,40}(?:_[A-Z0-9]{1,40}){1,6}\b", m.group(1))


def _excepted(f: Finding, names: list[str]) -> bool:
    return any(on_name(f, n) for n in names)


def _presence(f: Fact, scope: list[str]) -> bool | None:
    """Whether a counting fact found something (in the scope's files); None when it says "not measured"."""
    v = f.value
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        items = [x for x in v if not scope or _in_scope(str(x.get("at", "")) if isinstance(x, dict) else str(x).rsplit(":", 1)[0], scope)
                 or (isinstance(x, dict) and any(_in_scope(str(a).rsplit(":", 1)[0], scope) for a in x.get("also") or []))]
        return bool(items)
    if isinstance(v, dict):
        if "by_level" in v:
            return bool(v.get("by_level"))
        return any(bool(x) for x in v.values())
    if isinstance(v, (int, float)):
        return v > 0
    return bool(v)


def by_findings(ctx: Context, seg: Segment, select: Callable[[Finding], bool], checks: tuple[str, ...], what: str, *,
                facts: tuple[str, ...] = (), note: list[Evidence] | None = None, need_complete: bool = False,
                names: list[str] | None = None, counted: tuple[str, ...] = (), vacuous: tuple[str, ...] = ()) -> Verdict:
    """Contradicted by the selected findings, or by a *counted* fact that found some (a relative import the check
    counted but did not report); confirmed when `checks` looked (their facts) and found none of them.
    *names* narrows the claim to findings on those things (and what they contain)."""
    scope = _scope(seg)
    spared = _except(seg)
    hits = [f for f in ctx.findings if select(f) and (_in_scope(f.path, scope) or _mentions_scope(f, scope))
            and not _excepted(f, spared)
            and (not names or any(on_name(f, n, members=True) for n in names))]
    if names:
        note = [Evidence(f"scope: findings on {', '.join(names)} (named by the claim)", source="reason")] + (note or [])
    if hits:
        ev = _findings_ev(hits) + _scope_note(ctx, scope)
        if spared:
            ev.append(Evidence(f"set aside by the claim: {', '.join(spared)}", source="reason"))
        return "contradicted", ev
    missing = ctx.missing(*checks)
    if missing:
        return "not_verifiable", missing + _scope_note(ctx, scope)
    if scope and set(checks) <= {"api", "call-sites", "contracts"} and all(_TEST_SCOPE.search(p) for p in scope):
        # the public API is the packages' own code: tests are not part of what it compared, so it found nothing there
        return "not_verifiable", _scope_note(ctx, scope) + [Evidence(
            f"{' / '.join(checks)} does not analyse tests, so finding nothing in {', '.join(scope)} says nothing", source="reason")]
    if not names:
        for c in checks:
            for f in ctx.facts_of(c, *counted) if counted else []:
                present = _presence(f, scope)
                if present:
                    return "contradicted", [fact_evidence(f)] + _scope_note(ctx, scope)
                if present is None:
                    return "not_verifiable", [fact_evidence(f), Evidence(f"{c} did not measure it", source="reason")]
    for c in checks:  # nothing of the kind was there to check: the claim holds vacuously, which confirms nothing
        empty = [f for f in ctx.facts_of(c, *vacuous) if vacuous and f.value in (0, [], {}, None)]
        if vacuous and empty and len(empty) == len(ctx.facts_of(c, *vacuous)):
            return "not_verifiable", [fact_evidence(f) for f in empty] + [Evidence(
                f"{c} had nothing of the kind to check ({', '.join(f.name for f in empty)}): the claim holds vacuously",
                source="reason")]
    cover = [e for c in checks for e in ctx.cover(c, *(facts + counted))]
    if not cover:
        return "not_verifiable", [Evidence(f"no {what} among the {len(ctx.findings)} finding(s) of the change, but "
                                           f"{' / '.join(checks)} published no fact to confirm it with", source="reason")]
    ev = cover + [Evidence(f"no {what} among the {len(ctx.findings)} finding(s) of the change", source="reason")]
    if need_complete:
        gaps = _coverage_gaps(ctx)
        if gaps:
            return "not_verifiable", ev + gaps
    return "confirmed", ev + _scope_note(ctx, scope) + (note or []) + ctx.caveats()


def _coverage_gaps(ctx: Context) -> list[Evidence]:
    """What the report's verdict does not rest on: checks the change needed that did not run, inputs not read."""
    out = []
    if ctx.report.required is not None:
        for m in ctx.report.coverage["missing"]:
            out.append(Evidence(f"not checked: {m['check']} ({m['reason']}), which this change needs: {m['why']}",
                                source="reason", check=m["check"]))
    else:
        for c in _BREAKING_CHECKS:
            if c in ctx.runs and not ctx.ran(c):
                out.append(Evidence("not checked: " + ctx.why_not(c).text, source="reason", check=c))
    if ctx.report.problems:
        out += ctx.caveats()
    return out


def _paths_list(changes: list[Change]) -> str:
    listed = ", ".join(c.path for c in changes[:MAX_LISTED])
    return listed + (f" and {len(changes) - MAX_LISTED} more" if len(changes) > MAX_LISTED else "")


def _cats_words(cats: set[str] | None) -> str:
    if not cats:
        return ""
    return "/".join(sorted(cats)) + " "


def _no_changes(ctx: Context) -> Verdict:
    if ctx.report.changes is None:
        return "not_verifiable", [Evidence("the report lists no changed files: it was not produced by `changeproof check`", source="reason")]
    return "not_verifiable", [ctx.why_not("changed-files")]


# ------------------------------------------------------------------------------------------- names

def on_name(f: Finding, name: str, *, members: bool = False) -> bool:
    """Whether finding *f* is about the thing called *name* (an object by its dotted tail, a parameter, an
    environment variable, a dependency, a path, a test); with *members*, also about what it contains."""
    name = name.strip().removesuffix("()")
    if not name:
        return False
    if f.parameter and f.parameter == name:
        return True
    obj = f.object or ""
    if obj:
        if obj == name:
            return True
        if f.category == "dependencies" and _canon(obj) == _canon(name):
            return True
        if f.category == "tests" and (name in obj.split("::") or obj.endswith("::" + name) or f"::{name}[" in obj):
            return True
        parts, want = obj.split("."), name.split(".")
        n = len(want)
        for i in range(len(parts) - n + 1):
            if parts[i:i + n] == want and (i + n == len(parts) or members):
                return True
        # a re-export: `pkg.name` for `pkg.sub.name` (same package, same name)
        if len(want) == 2 and len(parts) >= 3 and parts[0] == want[0] and parts[-1] == want[-1] and f.category == "api":
            return True
    if "/" in name or name.endswith(".py"):
        return bool(f.path) and (f.path == name or f.path.endswith("/" + name))
    return False


def _kind_of_name(ctx: Context, name: str, role: str | None) -> str:
    """What a name is in this report: env | dependency | parameter | path | test | object."""
    if "/" in name or re.search(r"\.(?:py|md|toml|txt|cfg|ini|ya?ml|json|lock)$", name):
        return "path"
    if any(f.category == "config-drift" and f.object == name for f in ctx.findings) or \
            any(f.check == "config-drift" and f.subject == name for f in ctx.facts):
        return "env"
    if any(f.category == "dependencies" and _canon(f.object or "") == _canon(name) for f in ctx.findings) or \
            any(f.check == "dependencies" and f.subject and _canon(f.subject) == _canon(name) for f in ctx.facts):
        return "dependency"
    if any(f.parameter == name for f in ctx.findings):
        return "parameter"
    if name.startswith("test_") or "::" in name:
        return "test"
    if re.fullmatch(r"[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}", name) or role == "env":
        return "env"
    if role == "dependency":
        return "dependency"
    if role == "parameter":
        return "parameter"
    return "object"


def _env_fact(ctx: Context, name: str) -> Fact | None:
    """The config-drift fact that says what *name* is at base and head (``env-vars``: side -> variable -> ...)."""
    for f in ctx.facts:
        if f.check == "config-drift" and (f.subject == name or f.name == "env-vars" and isinstance(f.value, dict)):
            return f
    return None


def _env_side(fact: Fact, side: str, name: str | None = None) -> dict[str, Any] | None:
    """One side of an environment variable: {"read": bool, "required": bool, "has_default": bool, ...}; None when
    the fact does not say."""
    v = fact.value
    if not isinstance(v, dict) or side not in v:
        return None
    s = v.get(side)
    if fact.subject is None and name is not None:  # env-vars: side -> variable -> attributes
        if not isinstance(s, dict):
            return None
        attrs = s.get(name)
        return {"read": False} if attrs is None else {"read": True, **attrs}
    if isinstance(s, dict):
        return {"read": True, **s}
    return {"read": False} if s is None else None


def _dep_lists(ctx: Context) -> tuple[Fact, dict[str, set[str]]] | None:
    """dependencies-changed: added / removed / changed -> names (canonical)."""
    for f in ctx.facts:
        if f.check == "dependencies" and f.name == "dependencies-changed" and isinstance(f.value, dict):
            return f, {k: {_canon(n) for n in (v or [])} for k, v in f.value.items() if isinstance(v, (list, tuple))}
    return None


def _dep_fact(ctx: Context, name: str) -> Fact | None:
    for f in ctx.facts:
        if f.check == "dependencies" and f.subject and _canon(f.subject) == _canon(name):
            return f
    got = _dep_lists(ctx)
    return got[0] if got else None


def _dep_status(ctx: Context, name: str) -> str | None:
    """added / removed / changed / unchanged for a dependency by the dependencies-changed fact; None unknown."""
    got = _dep_lists(ctx)
    if got is None:
        return None
    for status in ("added", "removed", "changed"):
        if _canon(name) in got[1].get(status, set()):
            return status
    return "unchanged"


def _api_modules(ctx: Context) -> set[str] | None:
    for name in ("modules", "modules-compared"):
        f = ctx.fact("api", name)
        if f is None:
            continue
        v = f.value
        if isinstance(v, dict) and ("base" in v or "head" in v):
            return set(v.get("base") or []) | set(v.get("head") or [])
        if isinstance(v, (list, dict)):
            return set(v if isinstance(v, list) else v.keys())
    return None


def _objects_with_findings(ctx: Context) -> dict[str, Any]:
    f = ctx.fact("api", "objects-with-findings")
    return f.value if f is not None and isinstance(f.value, dict) else {}


def _module_of(name: str, modules: set[str]) -> str | None:
    """The compared module a dotted name lives in (the longest module prefix), or the name itself if a module."""
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        cand = ".".join(parts[:i])
        if cand in modules:
            return cand
    for m in modules:  # a tail written without the package: "client.Client" for "weatherkit.client.Client"
        if m.endswith("." + parts[0]) or m == parts[0]:
            return m
    return None


# ------------------------------------------------------------------------------------------- files

def _changed_file_count(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    p = m.params
    statuses = _STATUS_SETS[p["status"]]
    cats, prefix, sub = p.get("categories"), p.get("prefix"), p.get("subset")
    sel = [c for c in changes if c.status in statuses and (not cats or c.category in cats)
           and (prefix is None or _in_scope(c.path, [prefix]))]
    n, cmp = p["n"], p["cmp"]
    if sub:
        parts = [c for c in sel if re.search(rf"(?:^|[/_.-]){re.escape(sub)}(?:[/_.-]|s?/|$)", c.path.lower())]
        if not parts:
            return "not_verifiable", [ctx.changes_evidence(), Evidence(
                f"the change {_STATUS_VERB[p['status']]} {len(sel)} {_cats_words(cats)}file(s); none has \"{sub}\" in its "
                f"path, so changeproof cannot tell the {sub} ones apart", source="changes")]
        sel = parts
    actual = len(sel)
    ok = {"eq": actual == n, "ge": actual >= n, "gt": actual > n, "lt": actual < n}[cmp]
    claimed = {"eq": f"{n}", "ge": f"{n}+", "gt": f"more than {n}", "lt": f"fewer than {n}"}[cmp]
    where = f" under {prefix}" if prefix else ""
    kind = f"{sub} " if sub else ""
    text = f"the change {_STATUS_VERB[p['status']]} {actual} {kind}{_cats_words(cats)}file(s){where}" + (f": {_paths_list(sel)}" if sel else "")
    ev = [ctx.changes_evidence(), Evidence(text, source="changes")]
    if not ok:
        ev.append(Evidence(f"claimed: {claimed} (\"{p['phrase']}\")", source="reason"))
        if cats and p["status"] != "changed":
            others = [c for c in changes if c.status in statuses and c.category not in cats]
            if others:
                ev.append(Evidence(f"other {p['status']} files: {_paths_list(others)}", source="changes"))
    return ("confirmed" if ok else "contradicted"), ev


def _find_change(changes: list[Change], path: str) -> Change | None:
    path = path.removeprefix("./")
    if "*" in path:  # a file named without its path ("the compose file")
        from fnmatch import fnmatchcase

        return next((c for c in changes if fnmatchcase(c.path.rsplit("/", 1)[-1], path)
                     or fnmatchcase(c.path.rsplit("/", 1)[-1].lower(), path.lower())), None)
    for c in changes:
        if c.path == path or c.old_path == path:
            return c
    for c in changes:
        if c.path.endswith("/" + path) or (c.old_path or "").endswith("/" + path):
            return c
    return None


def _listed_file(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    path, status, cats = m.params["path"], m.params["status"], m.params.get("categories")
    c = _find_change(changes, path)
    if c is None:
        return "contradicted", [ctx.changes_evidence(),
                                Evidence(f"{path} is not among the {len(changes)} file(s) the change touches", source="changes"),
                                Evidence(f"changed files: {_paths_list(changes)}", source="changes")]
    lines = f", +{c.added} -{c.removed}" if c.added is not None else ""
    desc = f"{c.path}: {c.status}, {c.category}{lines}"
    if status == "renamed":
        return _renamed_path(ctx, changes, path, m.params.get("to"))
    if c.status not in _STATUS_SETS[status] and not (status == "deleted" and c.status == "renamed" and c.old_path == path):
        return "contradicted", [Evidence(f"{desc} (listed as {status})", source="changes")]
    ev = [Evidence(desc, source="changes"), ctx.changes_evidence()]
    if cats and c.category not in cats:
        ev.append(Evidence(f"note: changeproof classifies it as {c.category}, not {'/'.join(sorted(cats))}", source="reason"))
    return "confirmed", ev


def _renamed_path(ctx: Context, changes: list[Change], old: str, new: str | None) -> Verdict:
    c = _find_change(changes, old)
    if c is not None and c.status == "renamed" and (c.old_path == old or (c.old_path or "").endswith("/" + old)):
        if new and not (c.path == new or c.path.endswith("/" + new)):
            return "contradicted", [Evidence(f"{c.old_path} was renamed to {c.path}, not {new}", source="changes")]
        return "confirmed", [ctx.changes_evidence(), Evidence(f"{c.old_path} renamed to {c.path}", source="changes")]
    target = _find_change(changes, new) if new else None
    if c is not None and c.status == "deleted" and target is not None and target.status == "added":
        return "not_verifiable", [Evidence(f"{c.path} was deleted and {target.path} added; git does not pair them as a rename "
                                           "(their contents differ too much)", source="changes")]
    if c is None:
        return "contradicted", [Evidence(f"{old} is not among the {len(changes)} file(s) the change touches", source="changes")]
    return "contradicted", [Evidence(f"{c.path}: {c.status} (not renamed)", source="changes")]


def _path_status(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    status, paths = m.params["status"], m.params["paths"]
    if m.params.get("words"):  # "the currency module was left alone": a file or module named in words
        slug = "_".join(m.params["words"])
        hits = [c for c in changes if slug in c.path.rsplit("/", 1)[-1].lower()]
        if hits:
            return "contradicted", [Evidence(f"{c.path}: {c.status}", source="changes") for c in hits] + [ctx.changes_evidence()]
        modules = _api_modules(ctx) or set()
        known = sorted(x for x in modules if slug in x.rsplit(".", 1)[-1])
        if known:
            return "confirmed", [ctx.changes_evidence(), Evidence(f"{', '.join(known[:3])} (\"{' '.join(m.params['words'])}\"): none of "
                                                                  "its files is among the changed files", source="changes")]
        return "not_verifiable", [Evidence(f"no module or changed file is named like \"{' '.join(m.params['words'])}\"", source="reason")]
    if status == "only":
        from fnmatch import fnmatchcase

        def covered(c: Change) -> bool:
            for p in paths:
                if "*" in p:  # "the top-level Markdown files"
                    if "/" not in c.path and fnmatchcase(c.path.lower(), p.lower()):
                        return True
                elif c.path == p or c.path.endswith("/" + p) or (p.endswith("/") and (c.path.startswith(p) or f"/{p}" in f"/{c.path}")):
                    return True
            return False
        pool = [c for c in changes if c.category == m.params["category"]] if m.params.get("category") else changes
        outside = [c for c in pool if not covered(c)]
        if m.params.get("tests_too"):  # "only `dispatcher.py`, its tests and the version"
            outside = [c for c in outside if c.category != "test"]
        if m.params.get("except"):  # "... except the version in pyproject.toml"
            outside = [c for c in outside if not c.path.endswith("pyproject.toml")]
        missing = [p for p in paths if "*" not in p and _find_change(changes, p) is None and not p.endswith("/")]
        if outside or missing:
            ev = []
            if outside:
                ev.append(Evidence(f"the change also touches {_paths_list(outside)}", source="changes"))
            if missing:
                ev.append(Evidence(f"not changed: {', '.join(missing)}", source="changes"))
            return "contradicted", ev
        return "confirmed", [ctx.changes_evidence(), Evidence(f"the change touches exactly {_paths_list(changes)}", source="changes")]
    if status == "renamed":
        return _renamed_path(ctx, changes, paths[0], m.params.get("to"))
    if status != "untouched" and len(paths) > 1:
        # "Production code touched: `a.py`, `b.py` and `c.py`": each file listed is judged, and the claim holds
        # only when it holds of each
        got = [_one_path_status(m, seg, ctx, changes, status, p, [p]) for p in paths]
        bad = [g for g in got if g[0] == "contradicted"]
        if bad:
            return "contradicted", [e for _, ev in bad for e in ev]
        if all(v == "confirmed" for v, _ in got):
            return "confirmed", [e for _, ev in got for e in ev]
        return "not_verifiable", [e for _, ev in got for e in ev]
    return _one_path_status(m, seg, ctx, changes, status, paths[0], paths)


def _one_path_status(m: Match, seg: Segment, ctx: Context, changes: list[Change], status: str, path: str,
                     paths: list[str]) -> Verdict:
    if status == "works":
        broken = [f for f in ctx.findings if f.severity == "breaking" and not f.preexisting and f.path
                  and (f.path == path or f.path.endswith("/" + path))]
        if broken:
            return "contradicted", _findings_ev(broken)[:MAX_LISTED] + [Evidence(
                f"code in {path} breaks with the change, so it does need a change", source="reason")]
        return "not_verifiable", [Evidence(f"that {path} needs no change is about what its code does with the change: no "
                                           "breaking finding is in it, which does not show that it works", source="reason")]
    if m.params.get("content"):
        # "pyproject.toml: the script moved from `logtail` to `ltail`": that the file changed is measured, what the
        # claim says was done in it is not
        verdict, ev = _one_path_status(Match(m.kind, {**m.params, "content": False}), seg, ctx, changes, status, path, paths)
        if verdict == "confirmed":
            return "not_verifiable", ev + [Evidence("the file changed; what the claim says was done in it is not something "
                                                    "changeproof lists", source="reason")]
        return verdict, ev
    c = _find_change(changes, path)
    if status == "untouched":
        if path.endswith("/"):
            inside = [x for x in changes if _in_scope(x.path, [path])]
            if inside:
                return "contradicted", [Evidence(f"the change touches {len(inside)} file(s) under {path}: {_paths_list(inside)}", source="changes")]
            return "confirmed", [ctx.changes_evidence(), Evidence(f"no changed file under {path}", source="changes")]
        touched = [x for x in (_find_change(changes, p) for p in paths if not p.endswith("/")) if x is not None]
        if touched:  # "untouched: `a.py`, `b.py`": each file listed
            return "contradicted", [Evidence(f"{x.path}: {x.status}, +{x.added} -{x.removed}", source="changes") for x in touched]
        if any(p.endswith("/") for p in paths[1:]):
            return "not_verifiable", [Evidence("a folder among several files said untouched is not compared", source="reason")]
        return "confirmed", [ctx.changes_evidence(), Evidence(f"{', '.join(paths)}: not among the {len(changes)} changed file(s)",
                                                              source="changes")]
    if path.endswith("/"):
        inside = [x for x in changes if _in_scope(x.path, [path]) and x.status in _STATUS_SETS[status]]
        if inside:
            return "confirmed", [ctx.changes_evidence(), Evidence(f"{len(inside)} file(s) under {path}: {_paths_list(inside)}", source="changes")]
        if status in ("added", "deleted") and not _file_itself(seg.raw, path, status):
            return "not_verifiable", [Evidence(f"the change {_STATUS_VERB[status]} no file under {path}", source="changes"), Evidence(
                f"the claim's \"{'new/added' if status == 'added' else 'removed'}\" is not said of the folder itself", source="reason")]
        return "contradicted", [Evidence(f"the change {_STATUS_VERB[status]} no file under {path}", source="changes")]
    if c is None:
        return "contradicted", [ctx.changes_evidence(),
                                Evidence(f"{path} is not among the {len(changes)} file(s) the change touches", source="changes")]
    if c.status not in _STATUS_SETS[status]:
        if status in ("added", "deleted") and c.status in ("modified", "renamed") and not _file_itself(seg.raw, path, status):
            # "`a.py` gains a 1.2 entry", "updated `b.py` to the new call forms": the word of addition or removal is
            # about something inside the file, which was edited; that is not saying the file is new or gone
            return "not_verifiable", [Evidence(f"{c.path}: {c.status}", source="changes"), Evidence(
                f"the claim's \"{'new/added' if status == 'added' else 'removed'}\" is not said of the file itself: what it "
                "says was added or removed inside it is not something changeproof lists", source="reason")]
        if status == "modified" and c.status == "added":
            # "changelog updated: yes" when the change creates it: loosely said, not false
            return "not_verifiable", [Evidence(f"{c.path}: added (said modified or updated): the file is new, so it was not "
                                               "modified, but it did change; not confirmed, not refuted", source="changes")]
        return "contradicted", [Evidence(f"{c.path}: {c.status} (said {status})", source="changes")]
    lines = f", +{c.added} -{c.removed}" if c.added is not None else ""
    return "confirmed", [ctx.changes_evidence(), Evidence(f"{c.path}: {c.status}, {c.category}{lines}", source="changes")]


_SAID_OF_FILE = {
    "added": (re.compile(r"\b(?:add(?:ed|s|ing)?|creat(?:ed|es|ing)|introduc(?:ed|es|ing)|new|brand[- ]new)\s+(?:(?:a|an|the|one)\s+)?"
                         r"(?:new\s+)?(?:[a-z]{2,12}\s+)?(?:files?|modules?|scripts?|packages?)?\s*[:(]?\s*[`*_\[\"']{0,3}$", re.IGNORECASE),
              re.compile(r"^[`*_\]\"']{0,3}\s*(?:\((?:new|added|created)\b|[:\u2014\u2013-]\s*(?:new|added|created)\b|"
                         r"(?:is|was|were|are|has\s+been|have\s+been|got|gets)\s+(?:newly\s+|also\s+|now\s+)?(?:added|created|introduced|new)\b|"
                         r"(?:added|created|introduced|new)\b(?!\s+(?:to|in|into)\b))", re.IGNORECASE)),
    "deleted": (re.compile(r"\b(?:delet|remov|dropp)\w{0,3}\s+(?:the\s+)?(?:[a-z]{2,12}\s+)?(?:files?|modules?)?\s*[:(]?\s*[`*_\[\"']{0,3}$", re.IGNORECASE),
                re.compile(r"^[`*_\]\"']{0,3}\s*(?:\((?:deleted|removed)\b|[:\u2014\u2013-]\s*(?:deleted|removed|gone)\b|"
                           r"(?:is|was|were|are|has\s+been|have\s+been)\s+(?:also\s+)?(?:deleted|removed|dropped|gone)\b|"
                           r"(?:deleted|removed|gone)\b(?!\s+(?:from|in)\b))", re.IGNORECASE)),
}


def _file_itself(raw: str, path: str, status: str) -> bool:
    """Whether the sentence says of the file itself that it was added (deleted): the word is right before or right
    after the path ("new file `a.py`", "`a.py` (new)", "`a.py` was created"), not about what the file now holds."""
    before_rx, after_rx = _SAID_OF_FILE[status]
    low = raw
    for at in [m.start() for m in re.finditer(re.escape(path), low)]:
        if before_rx.search(low[max(0, at - 40):at]) or after_rx.search(low[at + len(path):at + len(path) + 40]):
            return True
    return False


def _only_categories(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    cats, scope = set(m.params["categories"]), m.params["scope"]
    label = "/".join(sorted(cats))
    if scope in ("added", "add-only"):
        pool = [c for c in changes if c.status == "added"]
        what = "new file(s)"
    else:
        pool = list(changes)
        what = "changed file(s)"
    bad = [c for c in pool if c.category not in cats]
    if bad:
        return "contradicted", [ctx.changes_evidence(), Evidence(f"{len(bad)} of {len(pool)} {what} are not {label}: "
                                + ", ".join(f"{c.path} ({c.category}, {c.status})" for c in bad[:MAX_LISTED]), source="changes")]
    if scope == "add-only":
        # "only tests were added": the change is additions of those; nothing else changed (docs aside)
        others = [c for c in changes if c.status != "added" and c.category not in cats and c.category not in ("docs", "other")]
        if others:
            return "contradicted", [ctx.changes_evidence(), Evidence(
                f"besides adding {len(pool)} {label} file(s), the change modifies or deletes {len(others)} other file(s): "
                + ", ".join(f"{c.path} ({c.category}, {c.status})" for c in others[:MAX_LISTED]), source="changes")]
    if not pool:
        # vacuous: nothing of the kind the claim is about
        if changes and scope in ("added", "add-only"):
            return "contradicted", [ctx.changes_evidence(), Evidence(
                f"the change adds no file at all; it {', '.join(sorted({_STATUS_VERB.get(c.status, c.status) for c in changes}))} "
                f"{_paths_list(changes)}", source="changes")]
        return "not_verifiable", [Evidence("the change touches no file", source="changes")]
    by_cat: dict[str, int] = {}
    for c in pool:
        by_cat[c.category] = by_cat.get(c.category, 0) + 1
    return "confirmed", [ctx.changes_evidence(),
                         Evidence(f"{len(pool)} {what}: " + ", ".join(f"{k} {v}" for k, v in sorted(by_cat.items())), source="changes")]


def _outside(seg: Segment) -> list[str]:
    """The paths a claim sets aside: "outside `core/`", "apart from `a.py`", "except in tests/"."""
    m = re.search(r"(?i)\b(?:outside(?:\s+of)?|beyond|apart\s+from|aside\s+from|except(?:\s+(?:in|for|under))?|other\s+than|besides)\s+",
                  seg.raw)
    if not m:
        return []
    rest = seg.raw[m.end():]
    return [p for p in seg.paths if p.lower() in rest.lower() or p.rstrip("/").lower() in rest.lower()]


def _no_production(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    mode = m.params.get("mode", "any")
    prod = [c for c in changes if c.category == "production"]
    if m.params.get("python"):
        prod = [c for c in changes if c.category == "production" or c.path.endswith((".py", ".pyi", ".pyx"))]
    if mode == "added":
        prod = [c for c in prod if c.status == "added"]
    elif mode == "removed":
        prod = [c for c in prod if c.status == "deleted"]
    what = "Python or production" if m.params.get("python") else "production"
    outside = _outside(seg)
    if outside:  # "no production code touched outside `core/`": what is inside is set aside
        prod = [c for c in prod if not _in_scope(c.path, outside)]
        what += f" (outside {', '.join(outside)}, which the claim sets aside)"
    if prod:
        return "contradicted", [ctx.changes_evidence(), Evidence(f"the change touches {len(prod)} {what} file(s): "
                                + ", ".join(f"{c.path} ({c.status})" for c in prod[:MAX_LISTED]), source="changes")]
    return "confirmed", [ctx.changes_evidence(), Evidence(f"no changed file is {what}", source="changes")]


def _no_category(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    cats = m.params.get("categories")
    statuses = m.params.get("statuses") or [m.params.get("status", "changed")]
    allowed = set().union(*(_STATUS_SETS[s] for s in statuses))
    status = " or ".join(statuses)
    hits = [c for c in changes if (not cats or c.category in cats) and c.status in allowed]
    label = "/".join(sorted(cats)) if cats else "any"
    if hits:
        return "contradicted", [Evidence(f"{label} files {status}: {_paths_list(hits)}", source="changes"), ctx.changes_evidence()]
    return "confirmed", [ctx.changes_evidence(), Evidence(f"no {label} file {status}", source="changes")]


def _no_ci(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    ci = [c for c in changes if c.category == "ci"]
    if ci:
        return "contradicted", [Evidence(f"CI files changed: {_paths_list(ci)}", source="changes"), ctx.changes_evidence()]
    return "confirmed", [ctx.changes_evidence(), Evidence("no changed file is classified ci", source="changes")]


def _logging_added(m: Match, seg: Segment, ctx: Context) -> Verdict:
    added = [f for f in ctx.findings if f.kind == "logging-added"]
    if added:
        levels = m.params.get("levels") or []
        text = " ".join(f.message for f in added).lower()
        missing = [lv for lv in levels if not re.search(rf"\d{{1,9}}\s+{lv}\b", text)]
        if missing:
            return "contradicted", _findings_ev(added) + [Evidence(f"no logging at {', '.join(missing)} among the calls added", source="reason")]
        return "confirmed", _findings_ev(added)
    if not ctx.ran("async-hazards"):
        return "not_verifiable", [ctx.why_not("async-hazards")]
    cover = ctx.cover("async-hazards", "logging-added", "logging-added-by-level")
    if cover:
        return "contradicted", cover + [Evidence("no logging call was added to production code", source="reason")]
    return "not_verifiable", [Evidence("async-hazards reports logging added only in changed production code; it found none",
                                       source="reason")]


def _touches_category(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    cat, status, what = m.params["category"], m.params["status"], m.params["what"]
    pool = [c for c in changes if c.category == cat and c.status in _STATUS_SETS[status]]
    if "changelog" in what:
        pool = [c for c in pool if re.search(r"(?i)(changelog|changes|history|news)", c.path)]
    elif "readme" in what:
        pool = [c for c in pool if "readme" in c.path.lower()]
    if pool:
        return "confirmed", [ctx.changes_evidence(), Evidence(f"{len(pool)} {cat} file(s) {status}: {_paths_list(pool)}", source="changes")]
    if status == "modified":
        # "changelog updated" when the change creates the changelog: the entry is there, in a new file
        new = [c for c in changes if c.category == cat and c.status == "added"
               and ("changelog" not in what or re.search(r"(?i)(changelog|changes|history|news)", c.path))
               and ("readme" not in what or "readme" in c.path.lower())]
        if new:
            return "not_verifiable", [ctx.changes_evidence(), Evidence(
                f"the change adds {_paths_list(new)} rather than modifying an existing {what} file: said updated, so not "
                "confirmed, and not refuted either", source="changes")]
    return "contradicted", [ctx.changes_evidence(), Evidence(f"the change {_STATUS_VERB[status]} no {what} file", source="changes")]


# ------------------------------------------------------------------------------------------- compatibility

def _unless_tests_removed(got: Verdict, ctx: Context) -> Verdict:
    """Compatibility is not confirmed when the change deletes tests that ran at base: a behaviour they covered may have
    changed with nothing left to show it (an API comparison does not see behaviour)."""
    verdict, ev = got
    removed = [f for f in ctx.findings if f.kind == "test-removed" and not f.preexisting]
    if verdict != "confirmed" or not removed:
        return got
    return "not_verifiable", ev + _findings_ev(removed)[:MAX_LISTED] + [Evidence(
        f"the change removes {len(removed)} test(s) that existed at base: what they checked is no longer checked, so "
        "no breaking API finding does not show that callers are unaffected", source="reason")]


def _no_breaking(m: Match, seg: Segment, ctx: Context) -> Verdict:
    return _unless_tests_removed(by_findings(ctx, seg, lambda f: f.severity == "breaking", ("api",), "breaking finding",
                                             facts=("modules", "objects-with-findings"), need_complete=True,
                                             names=m.params.get("scope_names")), ctx)


def _breaking_count(m: Match, seg: Segment, ctx: Context) -> Verdict:
    hits = [f for f in ctx.findings if f.severity == "breaking"]
    n = m.params["n"]
    objects = {f.object or f.path for f in hits}
    if not hits:
        missing = ctx.missing("api")
        if missing:
            return "not_verifiable", missing
        if not ctx.report.complete:  # what did not run may find them
            return "not_verifiable", ctx.cover("api") + [Evidence(f"no breaking finding; claimed {n}", source="reason")] \
                + _coverage_gaps(ctx)
        return "contradicted", ctx.cover("api") + [Evidence(f"no breaking finding; claimed {n}", source="reason")]
    ev = _findings_ev(hits)
    lo, hi = len(objects), len(hits)
    if lo <= n <= hi or n == lo or n == hi:
        return "confirmed", ev + [Evidence(f"{hi} breaking finding(s) on {lo} object(s); claimed {n}", source="reason")]
    if n > hi and not ctx.report.complete:
        return "not_verifiable", ev + [Evidence(f"{hi} breaking finding(s) on {lo} object(s); claimed {n}", source="reason")] \
            + _coverage_gaps(ctx)
    return "contradicted", ev + [Evidence(f"{hi} breaking finding(s) on {lo} object(s); claimed {n}", source="reason")]


def _compatible(m: Match, seg: Segment, ctx: Context) -> Verdict:
    # an architecture rule broken is not a break for callers or deployments
    return _unless_tests_removed(by_findings(
        ctx, seg, lambda f: f.severity == "breaking" and f.category != "architecture", ("api",),
        "breaking finding (architecture aside)", facts=("modules", "objects-with-findings"), need_complete=True,
        names=m.params.get("scope_names")), ctx)


def _signatures(m: Match, seg: Segment, ctx: Context) -> Verdict:
    mode = m.params.get("mode", "any")

    def select(f: Finding) -> bool:
        if f.category != "api" or not _SIGNATURE_KINDS.match(f.kind):
            return False
        if mode == "returns":  # "return types unchanged"
            return f.kind.startswith("return-type-") or f.kind == "sync-async-changed"
        if mode == "removed":  # "no signature lost a parameter"
            return f.kind in ("parameter-removed", "overload-removed")
        if mode == "added":
            return f.kind.startswith("parameter-added")
        if mode in ("broken", "required"):
            return f.severity == "breaking"
        return True
    return by_findings(ctx, seg, select, ("api",),
                       "signature change (parameter-*, return-type-*, sync-async-changed, overload-removed)",
                       facts=("modules", "objects-with-findings"))


def _interfaces(m: Match, seg: Segment, ctx: Context) -> Verdict:
    mode = m.params.get("mode", "any")

    def select(f: Finding) -> bool:
        if f.category not in ("api", "contracts") or f.kind in ("object-added", "deprecated"):
            return False
        if mode == "removed":
            return f.kind.endswith("-removed") or f.kind == "object-kind-changed"
        if mode == "broken":
            return f.severity == "breaking"
        return True
    return by_findings(ctx, seg, select, ("api",), "API finding other than an addition",
                       facts=("modules", "objects-with-findings"))


def _line_count(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    if changes is None:
        return _no_changes(ctx)
    fact = ctx.fact("changed-files", "lines")
    side = m.params["side"]
    if fact is not None and isinstance(fact.value, dict) and isinstance(fact.value.get(side), int):
        actual, ev = fact.value[side], [fact_evidence(fact)]
    else:
        actual = sum((c.added if side == "added" else c.removed) or 0 for c in changes)
        ev = [ctx.changes_evidence()]
    ok = actual == m.params["n"]
    return ("confirmed" if ok else "contradicted"), ev + [Evidence(f"lines {side}: {actual}; claimed {m.params['n']}", source="changes")]


def _python_version(m: Match, seg: Segment, ctx: Context) -> Verdict:
    claimed = tuple(int(x) for x in m.params["version"].split("."))
    fact = ctx.fact("dependencies", "requires-python")
    declared = fact.value.get("pyproject.toml") or (next(iter(fact.value.values())) if len(fact.value) == 1 else None) \
        if fact is not None and isinstance(fact.value, dict) and fact.value else None
    if declared and declared.get("head"):
        from packaging.specifiers import InvalidSpecifier, SpecifierSet

        try:
            allowed = SpecifierSet(declared["head"]).contains(f"{claimed[0]}.{claimed[1]}.0" if len(claimed) > 1 else f"{claimed[0]}",
                                                              prereleases=True)
        except InvalidSpecifier:
            allowed = True
        if not allowed:  # "still supports Python 3.9" when head requires >=3.10
            return "contradicted", [Evidence(f"requires-python at head is {declared['head']}, which excludes Python "
                                             f"{m.params['version']}", source="fact", check="dependencies",
                                             fact="dependencies:requires-python")]
    newer = []
    for f in ctx.findings + [p for p in []]:
        found = re.search(r"needs Python >= (\d{1,2})\.(\d{1,2})", f.message)
        if found and (int(found.group(1)), int(found.group(2))) > claimed:
            newer.append(f)
    for p in ctx.report.problems:
        found = re.search(r"needs Python >= (\d{1,2})\.(\d{1,2})", p.message)
        if found and (int(found.group(1)), int(found.group(2))) > claimed:
            return "contradicted", [Evidence(f"{p.path}: {p.message}", source="reason")]
    if newer:
        return "contradicted", _findings_ev(newer)
    return "not_verifiable", [Evidence("changeproof finds syntax newer than the Python it runs on, not every construct a given "
                                       "Python version lacks (library calls, typing features)", source="reason")]


def _same_spec(a: str | None, b: str | None) -> bool:
    """Whether two requires-python specifiers say the same thing (">= 3.9" is ">=3.9"; order does not matter)."""
    if a is None or b is None:
        return a is b
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        return SpecifierSet(a) == SpecifierSet(b)
    except InvalidSpecifier:
        return re.sub(r"\s", "", a) == re.sub(r"\s", "", b)


def _python_requirement(m: Match, seg: Segment, ctx: Context) -> Verdict:
    fact = ctx.fact("dependencies", "requires-python")
    if fact is None or not isinstance(fact.value, dict) or not fact.value:
        return "not_verifiable", [Evidence("no fact of a check that ran gives the project's requires-python (the dependencies "
                                           "check publishes it)", source="reason")]
    files = fact.value
    name = "pyproject.toml" if "pyproject.toml" in files else next(iter(files)) if len(files) == 1 else None
    if name is None:
        return "not_verifiable", [fact_evidence(fact), Evidence("several projects declare requires-python, and the claim "
                                                                "does not say which", source="reason")]
    base, head = files[name].get("base"), files[name].get("head")
    ev = [Evidence(f"requires-python in {name}: base {base or '(none)'}, head {head or '(none)'}", source="fact",
                   check="dependencies", fact="dependencies:requires-python")]
    mode, p = m.params["mode"], m.params
    if mode == "kept":
        if not _same_spec(base, head):
            return "contradicted", ev + [Evidence("it changed", source="reason")]
        if p.get("spec") and not _same_spec(p["spec"], head):
            return "contradicted", ev + [Evidence(f"it is {head}, not {p['spec']}", source="reason")]
        return "confirmed", ev
    if mode == "is":
        return ("confirmed", ev) if _same_spec(p["spec"], head) else ("contradicted", ev + [Evidence(
            f"it is {head or '(none)'} at head, not {p['spec']}", source="reason")])
    if _same_spec(base, head):
        return "contradicted", ev + [Evidence("it did not change", source="reason")]
    if p.get("to") and not _same_spec(p["to"], head):
        return "contradicted", ev + [Evidence(f"it is {head or '(none)'} at head, not {p['to']}", source="reason")]
    if p.get("from") and not _same_spec(p["from"], base):
        return "contradicted", ev + [Evidence(f"it was {base or '(none)'} at base, not {p['from']}", source="reason")]
    return "confirmed", ev


def _additive(m: Match, seg: Segment, ctx: Context) -> Verdict:
    return by_findings(ctx, seg, lambda f: f.severity == "breaking" or bool(_NON_ADDITIVE.search(f.kind)), ("api",),
                       "finding that removes or changes something (breaking, *-removed, *-changed, *-moved, *-narrowed)",
                       facts=("modules", "objects-with-findings"))


_API_NOUNS = re.compile(r"(?i)\b(?:api|public|functions?|methods?|classes?|symbols?|exports?|names?|parameters?|arguments?|"
                        r"attributes?|objects?|endpoints?|features?|functionality|interfaces?)\b")
_TEST_SCOPE = re.compile(r"(?:^|/)tests?/|(?:^|/)test_[\w-]{1,80}\.py$|_test\.py$|(?:^|/)conftest\.py$")


def _nothing_removed(m: Match, seg: Segment, ctx: Context) -> Verdict:
    # "nothing deleted" said of tests or of files is not about the public API
    scope = _scope(seg) or [p for p in seg.paths if p.endswith("/")]
    if not _API_NOUNS.search(seg.raw):
        if (scope and all(_TEST_SCOPE.search(p) for p in scope)) or re.search(r"(?i)\btests?\b", seg.raw):
            return _no_tests_removed(m, seg, ctx)
        if re.search(r"(?i)\bfiles?\b", seg.raw):
            changes = ctx.changes()
            if changes is None:
                return _no_changes(ctx)
            gone = [c for c in changes if c.status == "deleted" and (not scope or _in_scope(c.path, scope))]
            if gone:
                return "contradicted", [ctx.changes_evidence(), Evidence(f"deleted: {_paths_list(gone)}", source="changes")]
            lost = [f for f in ctx.findings if f.category == "api" and (f.kind.endswith("-removed") or f.kind == "object-kind-changed")]
            if lost:  # "3 files changed, nothing removed" may be said of the code: then these contradict it
                return "not_verifiable", [ctx.changes_evidence(), Evidence("no file was deleted", source="changes")] + \
                    _findings_ev(lost)[:4] + [Evidence("no file was deleted, but the change removes code the words may mean",
                                                       source="reason")]
            return "confirmed", [ctx.changes_evidence(), Evidence("no changed file is deleted" + (f" under {', '.join(scope)}"
                                                                                                 if scope else ""), source="changes")]
    return by_findings(ctx, seg, lambda f: f.category == "api" and (f.kind.endswith("-removed") or f.kind == "object-kind-changed"),
                       ("api",), "removal finding (object-removed, parameter-removed, export-removed, ...)",
                       facts=("modules", "objects-with-findings"))


def _no_risk(m: Match, seg: Segment, ctx: Context) -> Verdict:
    hits = [f for f in ctx.findings if f.severity in ("breaking", "risk") and _in_scope(f.path, _scope(seg))]
    if hits:
        return "contradicted", _findings_ev(hits)
    ran = [n for n, r in ctx.runs.items() if r.status == "ran"]
    return "not_verifiable", [Evidence("\"zero risk\" is a judgement about how the code behaves in production, which changeproof "
                                       "does not measure", source="reason"),
                              Evidence(f"no breaking or risk finding from the {len(ran)} check(s) that ran"
                                       + (f" ({', '.join(ran)})" if ran else ""), source="reason")]


_BUMP_RANK = {"none": 0, "patch": 1, "minor": 2, "major": 3}


def _semver(m: Match, seg: Segment, ctx: Context) -> Verdict:
    level = m.params["level"]
    need = ctx.report.semver
    hits = [f for f in ctx.findings if f.semver == "major" or f.severity == "breaking"] if need == "major" else \
        [f for f in ctx.findings if f.semver == "minor"]
    ev = [Evidence(f"the findings call for {'at least ' if not ctx.report.complete and need != 'major' else ''}a {need} "
                   "version bump (semver)", source="reason")] + _findings_ev(hits)[:MAX_LISTED]
    if m.params.get("insufficient"):  # "the patch bump is too small": findings that call for more settle it
        if _BUMP_RANK[need] > _BUMP_RANK[level]:
            return "confirmed", ev
        if not ctx.report.complete:
            return "not_verifiable", ev + _coverage_gaps(ctx)
        return "contradicted", ev + [Evidence(f"nothing in the change calls for more than a {level} bump", source="reason")]
    if _BUMP_RANK[need] > _BUMP_RANK[level] and m.params.get("safe") and need != "major":
        # "safe for a patch release": nothing breaks for those who take it; additions that semver would release as a
        # minor do not make a patch unsafe
        return "not_verifiable", ev + [Evidence(f"the findings call for a {need} bump by semver, but none breaks anything: "
                                                f"a {level} release is not shown unsafe", source="reason")]
    if _BUMP_RANK[need] > _BUMP_RANK[level]:
        return "contradicted", ev + [Evidence(f"claimed: {level}", source="reason")]
    if need == level or (m.params.get("at_most") and _BUMP_RANK[need] <= _BUMP_RANK[level]):
        if not ctx.report.complete and need != "major":
            return "not_verifiable", ev + _coverage_gaps(ctx)
        return "confirmed", ev + ctx.cover("api", "modules")
    if not ctx.report.complete:
        # a bigger bump than the findings call for: what did not run (tests, imports) may be what calls for it
        return "not_verifiable", ev + [Evidence(f"claimed: {level}; the findings call for no more than {need}, but not every "
                                                "check the change needs ran", source="reason")] + _coverage_gaps(ctx)
    return "contradicted", ev + [Evidence(f"claimed: {level}; nothing in the change calls for more than {need}", source="reason")]


def _version(m: Match, seg: Segment, ctx: Context) -> Verdict:
    fact = ctx.fact("version", "version")
    value = fact.value if fact is not None and isinstance(fact.value, dict) else ctx.report.version
    if not value or (value.get("base") is None and value.get("head") is None):
        return "not_verifiable", [Evidence("pyproject declares no version at base or head (or the report does not say)", source="reason")]
    base, head = value.get("base"), value.get("head")
    ev = [fact_evidence(fact)] if fact is not None else [Evidence(f"version: {base} at base, {head} at head", source="reason")]
    p = m.params
    if p.get("is") is not None and p.get("bumped") is None:
        ok = head is not None and _vnorm(p["is"]) == _vnorm(head)
        return ("confirmed" if ok else "contradicted"), ev + ([] if ok else [Evidence(f"claimed {p['is']}; pyproject says {head} at head",
                                                                                      source="reason")])
    if not p.get("bumped"):
        if p.get("to") and head and _vnorm(p["to"]) != _vnorm(head):
            return "contradicted", ev + [Evidence(f"claimed {p['to']}; pyproject says {head} at head", source="reason")]
        return ("confirmed" if base == head else "contradicted"), ev
    if base == head:
        return "contradicted", ev + [Evidence(f"the version is {head} at both base and head: not bumped", source="reason")]
    if p.get("to") and head and _vnorm(p["to"]) != _vnorm(head):
        return "contradicted", ev + [Evidence(f"claimed {p['to']}; pyproject says {head} at head", source="reason")]
    if p.get("from") and base and _vnorm(p["from"]) != _vnorm(base):
        return "contradicted", ev + [Evidence(f"claimed from {p['from']}; pyproject says {base} at base", source="reason")]
    bump = value.get("bump")
    if p.get("level") and bump and bump != p["level"]:
        return "contradicted", ev + [Evidence(f"claimed a {p['level']} bump; {base} -> {head} is a {bump} bump", source="reason")]
    if p.get("sufficient"):  # "... which is the right bump for this kind of change"
        need = ctx.report.semver
        rank = {"none": 0, "patch": 1, "minor": 2, "major": 3}
        effective = rank.get(bump or "none", 0) + (1 if bump == "minor" and str(base).startswith("0.") else 0)
        if rank.get(need, 0) > effective:
            hits = [f for f in ctx.findings if f.severity == "breaking"] if need == "major" else []
            return "contradicted", ev + _findings_ev(hits)[:4] + [Evidence(f"{base} -> {head} is a {bump} bump; the findings call "
                                                                          f"for a {need} one (semver)", source="reason")]
        if not ctx.report.complete and need != "major":
            return "not_verifiable", ev + _coverage_gaps(ctx)
    return "confirmed", ev


def _vnorm(v: str) -> str:
    v = v.lstrip("vV").rstrip(".")
    try:
        from packaging.version import Version

        ver = Version(v)
    except Exception:  # noqa: BLE001 - anything packaging refuses is compared as written
        return v
    # "1.4" is "1.4.0" (trailing zeros of the release are not a different version)
    release = list(ver.release)
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    return ".".join(map(str, release)) + str(ver)[len(ver.base_version):]


# ------------------------------------------------------------------------------------------- configuration

def _env(m: Match, seg: Segment, ctx: Context) -> Verdict:
    mode = m.params.get("mode", "any")
    select = {
        "added": lambda f: f.kind in ("env-var-added", "env-var-renamed"),
        "required": lambda f: f.kind in ("env-var-added", "env-var-renamed") and f.severity == "breaking"
        or f.kind == "env-var-default-changed" and f.new == "<required>",
        "removed": lambda f: f.kind in ("env-var-removed", "env-var-renamed"),
    }.get(mode, lambda f: f.kind.startswith("env-var-"))
    return by_findings(ctx, seg, select, ("config-drift",), f"env-var finding ({mode})", facts=("env-vars",))


def _ports(m: Match, seg: Segment, ctx: Context) -> Verdict:
    if "container port" in seg.text.lower():  # the side of "host:container" the claim is about
        def container_changed(f: Finding) -> bool:
            old, new = (f.old or "").rsplit(":", 1)[-1], (f.new or "").rsplit(":", 1)[-1]
            return f.kind == "port-changed" and (not new or old != new)
        return by_findings(ctx, seg, container_changed, ("config-drift",), "change of a container port", facts=("ports",))
    return by_findings(ctx, seg, lambda f: f.kind == "port-changed", ("config-drift",), "port-changed finding",
                       facts=("ports",), note=[Evidence("ports are read from docker-compose files", source="reason")])


def _config(m: Match, seg: Segment, ctx: Context) -> Verdict:
    verdict, ev = by_findings(ctx, seg, lambda f: f.kind.startswith("env-var-") or f.kind == "port-changed",
                              ("config-drift",), "env-var-* or port-changed finding", facts=("env-vars", "ports"))
    changes = ctx.changes()
    # packaging and tooling metadata (pyproject's version, .gitignore) is not what "configuration" means to a deployment
    cfg = [c for c in changes or [] if c.category == "config" and not _TOOLING_FILE.search(c.path)]
    if cfg:
        return "contradicted", ([e for e in ev if e.source == "finding"] + [ctx.changes_evidence(),
                                Evidence(f"configuration files changed: {_paths_list(cfg)}", source="changes")])
    if verdict == "confirmed" and changes is None:
        return _no_changes(ctx)
    if verdict == "confirmed":
        ev.insert(1, Evidence("no changed file is classified config", source="changes"))
    return verdict, ev


_TOOLING_FILE = re.compile(r"(?:^|/)(?:pyproject\.toml|setup\.cfg|setup\.py|MANIFEST\.in|\.gitignore|\.gitattributes|\.editorconfig|"
                           r"\.coveragerc|\.flake8|mypy\.ini|pytest\.ini|ruff\.toml|\.ruff\.toml|\.pylintrc|\.dockerignore|"
                           r"\.pre-commit-config\.yaml|Makefile|\.python-version)$")


def _named_settings(pattern: re.Pattern, label: str, unmeasured: str):
    def run(m: Match, seg: Segment, ctx: Context) -> Verdict:
        hits = [f for f in ctx.findings if f.kind.startswith("env-var-") and pattern.search(f.object or "")]
        if hits:
            return "contradicted", _findings_ev(hits)
        if not ctx.ran("config-drift"):
            return "not_verifiable", [ctx.why_not("config-drift")]
        return "not_verifiable", [ctx.ran_evidence("config-drift"),
                                  Evidence(f"no {label} environment variable changed, but changeproof sees {label} settings only as "
                                           f"environment variables: {unmeasured} is not measured", source="reason")]
    return run


# ------------------------------------------------------------------------------------------- tests

def _tests_missing(ctx: Context) -> Verdict:
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


def _tests_summary(ctx: Context, t: dict[str, Any]) -> Evidence:
    passed, failed, errors, skipped, collected = _counts(t)
    fact = next((f for f in ctx.facts if f.check == "tests" and f.name == "outcomes" and f.subject in (None, "head")), None)
    return Evidence(f"tests at head: {passed} passed, {failed} failed, {errors} errors, {skipped} skipped"
                    + (f" ({collected} collected)" if collected else ""), source="tests", check="tests",
                    fact=fact.id if fact is not None else None)


def _failing(t: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in ("regressions", "new", "preexisting_failures", "base_unknown"):
        for node in t.get(key) or []:
            if node not in out:
                out.append(node)
    return out


def _subset_note(m: Match) -> list[Evidence]:
    sub = m.params.get("subset")
    if sub:
        return [Evidence(f"note: the claim is about \"{sub}\" tests; changeproof counts the whole suite it ran", source="reason")]
    return []


def _base_side(m: Match, ctx: Context) -> Verdict:
    """A test count said of the base revision, judged by what was collected (and run, with --base-tests all) there; the
    base suite run against the head code is not measured."""
    if m.params["side"] == "base-on-head":
        t = ctx.report.tests
        if t is not None and (t.get("regressions") or t.get("removed")) and m.kind in ("all-tests-pass", "tests-failed-count") \
                and not m.params.get("n"):
            # a test of the base that fails at head, or that the change deleted, is the old suite not passing unchanged
            return _all_pass(Match(m.kind, {"mode": "existing"}), Segment(0, "", "", "paragraph"), ctx)
        return "not_verifiable", [Evidence("the claim is about the base revision's tests run against the head code, which "
                                           "changeproof does not run (it runs the head's tests at head, and failing ones at base)",
                                           source="reason")]
    fact = ctx.fact("tests", "outcomes", "base")
    if fact is None or not isinstance(fact.value, dict):
        return "not_verifiable", ctx.missing("tests") or [Evidence("no fact on the base revision's tests", source="reason")]
    v = fact.value
    collected, passed, failed, errors = v.get("collected"), v.get("passed"), v.get("failed"), v.get("errors")
    ev = [fact_evidence(fact)]
    if passed is not None and failed is not None:
        bad = (failed or 0) + (errors or 0)
        if m.kind == "tests-passed-count":
            total = m.params.get("total")
            ok = passed == m.params["passed"] and (total is None or total in (collected, passed + bad))
        elif m.kind == "tests-failed-count":
            ok = bad == m.params["n"]
        else:
            ok = bad == 0 and passed > 0
        return ("confirmed" if ok else "contradicted"), ev
    said = [x for x in (m.params.get("passed"), m.params.get("total"), m.params.get("n")) if isinstance(x, int)]
    if collected is not None and said and max(said) > collected:
        return "contradicted", ev + [Evidence(f"{collected} test(s) were collected at base: {max(said)} cannot have run there",
                                              source="reason")]
    return "not_verifiable", ev + [Evidence("the base suite was collected but not run (outcomes at base only with "
                                            "--base-tests all)", source="reason")]


def _tests_passed_count(m: Match, seg: Segment, ctx: Context) -> Verdict:
    if m.params.get("side"):
        return _base_side(m, ctx)
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    passed, failed, errors, _, collected = _counts(t)
    ran = passed + failed + errors
    want_p, want_t = m.params["passed"], m.params.get("total")
    ok = passed == want_p and (want_t is None or want_t in (ran, collected))
    ev = [_tests_summary(ctx, t)]
    if not ok:
        ev.append(Evidence(f"claimed: {want_p}" + (f"/{want_t}" if want_t is not None else "") + " passed", source="reason"))
        ev += [Evidence(f"failing: {n}", source="tests", check="tests") for n in _failing(t)[:MAX_LISTED]]
        if m.params.get("subset") and failed + errors == 0:
            return "not_verifiable", ev + _subset_note(m)
        ev += _subset_note(m)
    return ("confirmed" if ok else "contradicted"), ev


def _pass_rate(m: Match, seg: Segment, ctx: Context) -> Verdict:
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    passed, failed, errors, _, _ = _counts(t)
    ran = passed + failed + errors
    rate = t.get("pass_rate")
    if rate is None and ran:
        rate = passed / ran
    if rate is None:
        return "not_verifiable", [_tests_summary(ctx, t), Evidence("no test ran, so there is no pass rate", source="reason")]
    claimed, decimals = m.params["rate"], m.params["decimals"]
    tolerance = 0.5 * 10 ** -decimals
    actual = rate * 100
    ok = abs(actual - claimed) <= tolerance + 1e-9
    ev = [Evidence(f"pass rate at head: {actual:.{max(decimals, 1)}f}% ({passed} of {ran} passed)"
                   + (f": {t['pass_rate_meaning']}" if t.get("pass_rate_meaning") else ""), source="tests", check="tests")]
    if not ok:
        ev.append(Evidence(f"claimed: {claimed:g}%", source="reason"))
        ev += _subset_note(m)
    return ("confirmed" if ok else "contradicted"), ev


def _all_pass(m: Match, seg: Segment, ctx: Context) -> Verdict:
    if m.params.get("side"):
        return _base_side(m, ctx)
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    passed, failed, errors, _, _ = _counts(t)
    mode = m.params.get("mode")
    if mode == "existing":
        regressions, removed = list(t.get("regressions") or []), list(t.get("removed") or [])
        ev = [_tests_summary(ctx, t)]
        if regressions or removed:
            ev += [Evidence(f"regression: {n} passed at base and fails at head", source="tests", check="tests") for n in regressions]
            ev += [Evidence(f"removed: {n} was collected at base and is gone at head", source="tests", check="tests") for n in removed]
            return "contradicted", ev
        pre = t.get("preexisting_failures") or []
        ev.append(Evidence("no regressions (no test that passed at base fails at head) and no test removed", source="tests", check="tests"))
        if pre:
            ev.append(Evidence(f"note: {len(pre)} test(s) failed at base too: {', '.join(pre[:MAX_LISTED])}", source="tests", check="tests"))
        return "confirmed", ev
    if mode == "new":
        new = list(t.get("new") or [])
        ev = [_tests_summary(ctx, t)]
        touched = [c for c in ctx.changes() or [] if c.category == "test" and c.status in ("added", "modified", "renamed")]
        if ctx.changes() is not None and not touched and not new:
            return "not_verifiable", ev + [Evidence("the change adds no test (no test file added or modified): there are no new "
                                                    "tests to pass", source="changes")]
        if new:
            return "contradicted", ev + [Evidence(f"new test failing: {n}", source="tests", check="tests") for n in new[:MAX_LISTED]]
        if failed + errors == 0 and passed:
            return "confirmed", ev
        return "not_verifiable", ev + [Evidence("changeproof does not list which passing tests are new", source="reason")]
    if passed + failed + errors == 0:
        return "not_verifiable", [_tests_summary(ctx, t), Evidence("no test ran", source="reason")]
    if failed + errors == 0:
        return "confirmed", [_tests_summary(ctx, t)]
    failing = _failing(t)
    ev = [_tests_summary(ctx, t)] + [Evidence(f"failing: {n}", source="tests", check="tests") for n in failing[:MAX_LISTED]]
    if m.params.get("subset"):
        return "not_verifiable", ev + [Evidence(f"the claim is about \"{m.params['subset']}\" tests, which changeproof cannot "
                                                "tell apart from the rest of the suite", source="reason")]
    return "contradicted", ev


def _failed_count(m: Match, seg: Segment, ctx: Context) -> Verdict:
    if m.params.get("side"):
        return _base_side(m, ctx)
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    _, failed, errors, _, _ = _counts(t)
    files = [p for p in seg.paths if re.search(r"(?:^|/)test_\w{1,80}\.py$|_test\.py$", p)]
    if files:  # "the one failure in test_currency.py": counted in that file
        failing = [n for n in _failing(t) if any(n.split("::")[0].endswith(f) for f in files)]
        ok = len(failing) == m.params["n"]
        ev = [_tests_summary(ctx, t), Evidence(f"failing in {', '.join(files)}: {len(failing)}" + (f" ({', '.join(failing[:MAX_LISTED])})"
                                                                                                 if failing else ""), source="tests", check="tests")]
        return ("confirmed" if ok else "contradicted"), ev
    ok = failed + errors == m.params["n"]
    ev = [_tests_summary(ctx, t)]
    if not ok:
        ev.append(Evidence(f"claimed: {m.params['n']} failing", source="reason"))
        ev += [Evidence(f"failing: {n}", source="tests", check="tests") for n in _failing(t)[:MAX_LISTED]]
    return ("confirmed" if ok else "contradicted"), ev


def _tests_added(m: Match, seg: Segment, ctx: Context) -> Verdict:
    t = ctx.report.tests
    base_n = head_n = None
    used: list[Fact] = []
    for f in ctx.facts:
        if f.check == "tests" and f.name == "outcomes" and isinstance(f.value, dict):
            if f.subject == "base":
                base_n = f.value.get("collected")
                used.append(f)
            elif f.subject == "head":
                head_n = f.value.get("collected")
                used.append(f)
    if t is None and head_n is None:
        return _tests_missing(ctx)
    if base_n is None or head_n is None:
        return "not_verifiable", [_tests_summary(ctx, t or {}), Evidence(
            "the report does not say how many tests were collected at base, so new tests cannot be counted", source="reason")]
    removed = len((t or {}).get("removed") or [])
    added = head_n - base_n + removed
    ev = [fact_evidence(f) for f in used] + [Evidence(f"tests collected: {base_n} at base, {head_n} at head ({removed} removed): "
                                                     f"{added} new", source="tests", check="tests")]
    return ("confirmed" if added == m.params["n"] else "contradicted"), ev


# "no test skipped", "nothing was skipped or xfailed": a negated skip
_NO_SKIP = re.compile(r"\b(?:no|not|none|nothing|never|neither|nor)\b[^.;:\n]{0,40}\b(?:skip|xfail)", re.IGNORECASE)


def _no_tests_removed(m: Match, seg: Segment, ctx: Context) -> Verdict:
    changes = ctx.changes()
    deleted = [c for c in changes or [] if c.category == "test" and c.status == "deleted"]
    t = ctx.report.tests
    removed = list((t or {}).get("removed") or [])
    if deleted or removed:
        return "contradicted", ([Evidence(f"test file deleted: {c.path}", source="changes") for c in deleted]
                                + [Evidence(f"removed: {n} was collected at base and is gone at head", source="tests", check="tests")
                                   for n in removed[:MAX_LISTED]])
    if _NO_SKIP.search(seg.raw):
        # "no test skipped or removed": a skip is settled only by the skipped counts (or the tests skipped now)
        skipped_now = [f for f in ctx.findings if f.kind == "test-skipped-now"]
        head_skipped = _counts(t)[3] if t is not None else None
        base_out = next((f.value for f in ctx.facts if f.check == "tests" and f.name == "outcomes" and f.subject == "base"
                         and isinstance(f.value, dict)), None)
        base_skipped = (base_out or {}).get("skipped")
        if skipped_now:
            return "contradicted", _findings_ev(skipped_now)
        if t is not None and head_skipped and base_skipped is not None and head_skipped > int(base_skipped):
            return "contradicted", [_tests_summary(ctx, t), Evidence(f"tests skipped: {base_skipped} at base, {head_skipped} at head",
                                                                     source="tests", check="tests")]
        if t is None or head_skipped:
            return "not_verifiable", ([_tests_summary(ctx, t)] if t is not None else []) + [Evidence(
                "the claim says no test was skipped: "
                + (f"{head_skipped} test(s) are skipped at head and the skips at base are not known, so whether the change "
                   "skipped one is not known" if t is not None else "tests were not run, so skips were not counted"),
                source="reason", check="tests")]
    if t is not None and t.get("removed") is not None:
        return "confirmed", [_tests_summary(ctx, t), Evidence("no test collected at base is missing at head", source="tests", check="tests")]
    if changes is not None:
        return "not_verifiable", [ctx.changes_evidence(), Evidence(
            "no test file was deleted, but tests were not collected at base and head, so a test removed from a file "
            "would not show", source="reason")]
    return _no_changes(ctx)


def _tests_removed(m: Match, seg: Segment, ctx: Context) -> Verdict:
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    if t.get("removed") is None:
        return "not_verifiable", [_tests_summary(ctx, t), Evidence(
            "tests were not collected at base, so tests removed cannot be counted", source="reason")]
    removed = list(t.get("removed") or [])
    n = m.params["n"]
    fact = ctx.fact("tests", "removed")
    ev = [_tests_summary(ctx, t), Evidence(f"tests collected at base and gone at head: {len(removed)}"
                                           + (f" ({', '.join(removed[:MAX_LISTED])})" if removed else ""), source="tests", check="tests",
                                           fact=fact.id if fact is not None else None)]
    return ("confirmed" if len(removed) == n else "contradicted"), ev


def _classified(t: dict[str, Any]) -> list[Evidence]:
    out = []
    for key, label in (("regressions", "regression (passed at base)"), ("new", "new failing test (not at base)"),
                       ("preexisting_failures", "pre-existing (failed at base too)"), ("flaky", "flaky (passed on a rerun)"),
                       ("base_unknown", "failing, base outcome unknown")):
        out += [Evidence(f"{label}: {n}", source="tests", check="tests") for n in (t.get(key) or [])[:MAX_LISTED]]
    return out


def _preexisting(m: Match, seg: Segment, ctx: Context) -> Verdict:
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    caused = list(t.get("regressions") or []) + [n for n in t.get("new") or [] if n not in (t.get("regressions") or [])]
    pre = list(t.get("preexisting_failures") or [])
    named = re.findall(r"\btest_\w{1,100}", seg.text)
    described = re.search(r"(?i)\bthe\s+(?P<words>(?:[a-z]{3,20}\s+){1,4})(?:one|test)\b", seg.text)
    if not named and described:  # "the memory cleanup one was already failing"
        words = [w for w in described.group("words").lower().split() if w not in ("only", "one", "failing", "failed", "single", "other")]
        if words:
            named = ["_".join(words)]
    if named:  # "test_cleanup was already failing": judge the tests the claim names
        def hit(node: str) -> bool:
            return any(re.search(rf"(?:^|[:./\[_]){re.escape(n)}(?:$|[\[:_.]|\.py)", node) for n in named)
        caused, pre = [n for n in caused if hit(n)], [n for n in pre if hit(n)]
        if not caused and not pre:
            return "not_verifiable", [_tests_summary(ctx, t), Evidence(f"{', '.join(named)} is not among the failing tests at head",
                                                                       source="reason")] + _classified(t)
    if m.params.get("n") is not None:  # "only one of the failures predates this change"
        ok = len(pre) == m.params["n"]
        return ("confirmed" if ok else "contradicted"), [_tests_summary(ctx, t), Evidence(
            f"{len(pre)} failing test(s) failed at base too; claimed {m.params['n']}", source="tests", check="tests")] + _classified(t)
    if caused:
        return "contradicted", [_tests_summary(ctx, t)] + _classified(t)
    if not pre:
        _, failed, errors, _, _ = _counts(t)
        why = "no test fails at head" if failed + errors == 0 else "no failing test could be traced to base"
        if t.get("base_isolated") is False:
            why = "base runs were not isolated, so no failure is called pre-existing"
        return "not_verifiable", [_tests_summary(ctx, t), Evidence(why, source="reason")]
    return "confirmed", [_tests_summary(ctx, t)] + _classified(t)


def _failure_caused(m: Match, seg: Segment, ctx: Context) -> Verdict:
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    caused = list(t.get("regressions") or []) + list(t.get("new") or [])
    pre = list(t.get("preexisting_failures") or [])
    named = re.findall(r"\btest_\w{1,100}", seg.text)
    if named:
        def hit(node: str) -> bool:
            return any(re.search(rf"(?:^|[:./\[]){re.escape(n)}(?:$|[\[:])", node) for n in named)
        caused, pre = [n for n in caused if hit(n)], [n for n in pre if hit(n)]
    if m.params.get("negated"):  # "not a single test fails because of this change"
        if caused:
            return "contradicted", [_tests_summary(ctx, t)] + _classified(t)
        _, failed, errors, _, _ = _counts(t)
        return "confirmed", [_tests_summary(ctx, t), Evidence("no failing test at head is a regression or new", source="tests", check="tests")]
    if caused:
        return "confirmed", [_tests_summary(ctx, t)] + _classified(t)
    if pre:
        return "contradicted", [_tests_summary(ctx, t)] + _classified(t)
    return "not_verifiable", [_tests_summary(ctx, t), Evidence("no failing test is attributed to the change", source="reason")]


def _non_critical(m: Match, seg: Segment, ctx: Context) -> Verdict:
    t = ctx.report.tests
    if t is None:
        return _tests_missing(ctx)
    regressions = list(t.get("regressions") or [])
    if regressions:
        return "contradicted", [_tests_summary(ctx, t)] + [Evidence(f"regression: {n} passed at base and fails at head: the change broke it",
                                                                    source="tests", check="tests") for n in regressions]
    return "not_verifiable", [_tests_summary(ctx, t)] + _classified(t) + [
        Evidence("how critical a failure is is a judgement; changeproof says only whether the change caused it", source="reason")]


# ------------------------------------------------------------------------------------------- the rest

def _deps(m: Match, seg: Segment, ctx: Context) -> Verdict:
    mode = m.params.get("mode", "any")
    runtime_only = bool(re.search(r"\b(?:runtime|production|prod|install)\b", m.params.get("phrase", "")))
    # "the core dependencies are unchanged": the ones every installation gets, not an extra's
    core_only = bool(re.search(r"\b(?:core|required|mandatory|main|hard|base)\s+(?:runtime\s+)?(?:dependenc|deps\b|requirements)",
                               seg.low))

    def is_dev(f: Finding) -> bool:
        return "development tooling" in f.message or "optional[" in f.message and ("dev" in f.message or core_only)
    runtime_only = runtime_only or core_only

    if mode == "any":
        # "no dependency added or removed": the words after the denial say which changes it denies
        phrase = (m.params.get("phrase") or "").lower()
        at = seg.low.find(phrase) if phrase else -1
        said = _DEP_VERBS.findall(seg.low[at + len(phrase):at + len(phrase) + 50]) if at >= 0 else []
        kinds = {_DEP_VERB_KIND[w.split()[0][:4]] for w in said}
        if kinds and "changed" not in kinds:
            mode = "added" if kinds == {"added"} else "removed" if kinds == {"removed"} else "added-or-removed"

    def select(f: Finding) -> bool:
        if not f.kind.startswith("dependency-"):
            return False
        if runtime_only and is_dev(f):
            return False
        if mode == "added-or-removed":
            return f.kind in ("dependency-added", "dependency-removed")
        if mode in ("added", "required"):
            return f.kind == "dependency-added"
        if mode == "removed":
            return f.kind == "dependency-removed"
        if constraint:  # "no constraint was narrowed": the constraints of dependencies kept
            return f.kind == "dependency-constraint-changed"
        return True
    constraint = bool(re.search(r"\b(?:constraints?|specifiers?|pins|bounds?)\b", m.params.get("phrase", ""))) and mode != "added"
    verdict, ev = by_findings(ctx, seg, select, ("dependencies",), f"dependency finding ({mode})",
                              facts=("dependencies-changed", "declaration-files-changed"))
    if verdict == "confirmed" and runtime_only:
        dev = [f for f in ctx.findings if f.kind.startswith("dependency-") and is_dev(f)]
        if dev:
            ev.append(Evidence("development-only changes, not runtime: " + ", ".join(f"{f.object} ({f.kind})" for f in dev), source="reason"))
    return verdict, ev


_DEP_VERBS = re.compile(r"\b(?:added|adds|new|introduced|removed|dropped|deleted|changed|changes|updated|bumped|modified|"
                        r"touched|pinned|capped|constrained|upgraded|downgraded|altered)\b")
_DEP_VERB_KIND = {"adde": "added", "adds": "added", "new": "added", "intr": "added", "remo": "removed", "drop": "removed",
                  "dele": "removed", "chan": "changed", "upda": "changed", "bump": "changed", "modi": "changed", "touc": "changed",
                  "pinn": "changed", "capp": "changed", "cons": "changed", "upgr": "changed", "down": "changed", "alte": "changed"}


def _blocking(m: Match, seg: Segment, ctx: Context) -> Verdict:
    note = []
    if "logging" in (seg.text + " " + seg.context).lower():
        in_async = [f for f in ctx.findings if f.kind == "logging-added" and "inside async def" in f.message]
        if in_async:
            note = [Evidence("note: logging calls were added inside async def (logging handlers write synchronously): "
                             + ", ".join(f"{f.path}:{f.line}" for f in in_async[:MAX_LISTED]), source="reason")]
    return by_findings(ctx, seg, lambda f: f.kind == "blocking-call-in-async", ("async-hazards",),
                       "blocking-call-in-async finding", counted=("blocking-calls-added",), note=note)


_LEVELS = ("debug", "info", "warning", "error", "critical", "exception")


def _logging_levels(m: Match, seg: Segment, ctx: Context) -> Verdict:
    allowed, forbidden = m.params.get("allowed"), m.params.get("forbidden")
    added = [f for f in ctx.findings if f.kind == "logging-added"]
    fact = next((f for f in ctx.facts if f.check == "async-hazards" and f.name in ("logging-added", "logging-added-by-level")), None)
    counts: dict[str, int] = {}
    if fact is not None and isinstance(fact.value, dict):
        levels = fact.value.get("by_level") if isinstance(fact.value.get("by_level"), dict) else fact.value
        counts = {str(k).lower(): int(v) for k, v in levels.items() if isinstance(v, int)}
    else:
        for f in added:
            for n, lv in re.findall(r"(\d{1,9})\s+(debug|info|warning|error|critical|exception)", f.message):
                counts[lv] = counts.get(lv, 0) + int(n)
    bad = {lv: n for lv, n in counts.items() if n and ((allowed and lv not in allowed) or (forbidden and lv in forbidden))}
    ev = ([fact_evidence(fact)] if fact is not None else []) + _findings_ev(added)
    if bad:
        return "contradicted", ev + [Evidence("logging added at " + ", ".join(f"{lv} ({n})" for lv, n in bad.items()), source="reason")]
    if not ctx.ran("async-hazards"):
        return "not_verifiable", [ctx.why_not("async-hazards")]
    cover = ctx.cover("async-hazards", "logging-added", "logging-added-by-level")
    if not cover:
        return "not_verifiable", ev + [Evidence("async-hazards published no fact on the logging added", source="reason")]
    return "confirmed", cover + ev


def _import_statement(m: Match, seg: Segment, ctx: Context) -> Verdict:
    module, names = m.params["module"], m.params.get("names") or []
    targets = {module} | {f"{module}.{n}" for n in names}
    hits = [f for f in ctx.findings
            if (f.kind in ("object-removed", "export-removed", "object-kind-changed") and f.object in targets)
            or (f.kind in ("import-broken", "circular-import") and (f.object in targets or module in f.message))]
    if hits:
        return "contradicted", _findings_ev(hits)
    ev = [Evidence(f"no finding removes or breaks {', '.join(sorted(targets))}", source="reason"),
          Evidence("changeproof checks the imports the project's code makes, not statements quoted in a document; "
                   "whether this one worked before is not known", source="reason")]
    return "not_verifiable", ev


def _entry_point(m: Match, seg: Segment, ctx: Context) -> Verdict:
    names = [e.strip("`") for e in re.findall(r"`([^`]{1,120})`", seg.raw)]
    entry = _entry_modules(ctx)
    modules = set(entry) | {n.split(":")[0] for n in names if "." in n or ":" in n}

    def about(f: Finding) -> bool:
        if f.kind not in ("import-broken", "circular-import", "syntax-error", "object-removed", "export-removed", "call-site-broken"):
            return False
        if modules:
            return any(on_name(f, mod, members=True) or mod in f.message for mod in modules) or \
                any((f.path or "").endswith(mod.replace(".", "/") + ".py") for mod in modules)
        return bool(re.search(r"(?:^|[./])(?:cli|__main__|main|app|command|commands)(?:$|[.:/])", (f.object or "") + " " + (f.path or "")
                              if f.kind != "call-site-broken" else (f.path or "")))
    hits = [f for f in ctx.findings if about(f)]
    if hits:
        return "contradicted", _findings_ev(hits)
    if not modules:
        return "not_verifiable", [Evidence("the report does not say which module the command runs", source="reason")]
    cover = ctx.cover("imports")
    if not cover:
        return "not_verifiable", ctx.missing("imports") or [Evidence("imports published no fact", source="reason")]
    return "not_verifiable", cover + [Evidence(f"no finding on {', '.join(sorted(modules))}; whether the command works when run is "
                                               "runtime behaviour, which changeproof does not run", source="reason")]


def _entry_modules(ctx: Context) -> list[str]:
    for f in ctx.facts:
        if f.check == "imports" and f.name in ("entry-points", "scripts") and isinstance(f.value, (dict, list)):
            values = f.value.values() if isinstance(f.value, dict) else f.value
            return [str(v).split(":")[0] for v in values]
    return []


def _unchecked_protocols(ctx: Context) -> Verdict | None:
    """A Protocol or ABC that gained a member while changeproof did not check its implementers: every implementer
    must now provide it, and nothing says they do."""
    grown = [f for f in ctx.findings if f.kind in ("protocol-member-added", "abstract-member-added")]
    if not grown or any(f.kind == "protocol-nonconformance" for f in ctx.findings):
        return None
    fact = ctx.fact("contracts", "contracts")
    checked = set(fact.value) if fact is not None and isinstance(fact.value, list) else set()
    unchecked = [f for f in grown if (f.object or "").rsplit(".", 1)[0] not in checked]
    if not unchecked:
        return None
    return "not_verifiable", _findings_ev(unchecked) + ([fact_evidence(fact)] if fact else []) + [Evidence(
        "the Protocol gained a member every implementer must now provide, and changeproof did not find which classes "
        "implement it: conformance is not established", source="reason")]


# a claim that behaviour was kept ("still delivers only to ...", "behaves as before", "no behaviour change")
_KEPT_BEHAVIOUR = re.compile(r"\b(?:still|as\s+before|the\s+same|unchanged|unaffected|not\s+affected|identical(?:ly)?|preserv\w{0,5}|"
                             r"intact|no\s+(?:functional\w{0,5}|behaviou?r\w{0,3}|runtime|user-facing)\s+changes?|"
                             r"(?:does|do|did|will|should)\s*(?:not|n't)\s+(?:affect|change|alter)|without\s+affecting|"
                             r"pure(?:ly)?\s+(?:a\s+)?refactor|refactor(?:ing)?\s+only|keeps?\s+working|continues?\s+to)\b")
# what test outcomes say nothing about
_NOT_BY_TESTS = re.compile(r"\b(?:performance|perf|latency|throughput|faster|slower|memory|leaks?|thread[- ]safe|race|deadlocks?|"
                           r"production|load|cpu|seamless\w{0,2}|stab(?:le|ility))\b")
_SUBJECT_END = re.compile(r"\b(?:should|is|are|was|were|will|would|still|behaves?|works?|does|do|did|keeps?|continues?|remains?|stays?|"
                          r"has|have|no\s+longer|now)\b")
_GENERIC = frozenset({"", "it", "this", "that", "change", "the change", "this change", "code", "refactor", "everything", "pr",
                      "patch", "release", "behaviour", "behavior", "functionality", "nothing", "there", "we", "i"})


def _subject_slugs(seg: Segment, low: str) -> list[str] | None:
    """What a behaviour claim is about, as it would appear in a test id: its named code (`send_to_user`), else the
    words before its verb ("the websocket manager" -> websocket_manager); [] for the change as a whole."""
    names = [x.strip("`()").rsplit(".", 1)[-1].lower() for x in seg.spans if re.fullmatch(r"`?[A-Za-z_][\w.]{0,120}(?:\(\))?`?", x.strip())]
    if names:
        return names
    verb = _SUBJECT_END.search(low)
    words = low[:verb.start()] if verb else ""
    words = re.sub(r"^(?:[\w\s,]{0,40}?(?:tell|believe|think|expect)\s*,?\s*)?(?:(?:the|a|an|our|this|that|all|existing|its|their)\s+){0,3}",
                   "", words.strip(" ,")).strip()
    if words in _GENERIC or not verb:
        return []
    if not re.fullmatch(r"[a-z][a-z0-9]{1,20}(?:\s[a-z][a-z0-9]{1,20}){0,2}", words):
        return None  # "the bulk discount tiers for fewer than 50 items": a subject no test id can be matched with
    return ["_".join(words.split())]


def _runtime(m: Match, seg: Segment, ctx: Context) -> Verdict:
    ev = [Evidence("a statement about runtime behaviour (how the code behaves, performs or stays stable when it runs), "
                   "which changeproof does not measure", source="reason")]
    t = ctx.report.tests
    if t is not None:
        low = seg.low
        regressions = [str(n) for n in t.get("regressions") or []]
        if regressions and _KEPT_BEHAVIOUR.search(low) and not _NOT_BY_TESTS.search(low):
            # a test that passed at base fails at head: the behaviour it pins changed. For a named subject only
            # the tests named after it count; a claim about the change as a whole is contradicted by any
            slugs = _subject_slugs(seg, low)
            hits = [] if slugs is None else [n for n in regressions if not slugs or any(sl in n.lower() for sl in slugs)]
            if hits:
                found = [f for f in ctx.findings if f.kind == "test-regression" and f.object in hits]
                return "contradicted", (_findings_ev(found) if found else []) + [
                    Evidence(f"regression: {n} passed at base and fails at head", source="tests", check="tests") for n in hits
                    if not any(f.object == n for f in found)] + [Evidence(
                        "the claim says the behaviour was kept; a test " + (f"named after {', '.join(slugs)} " if slugs else "")
                        + "that passed at base fails at head", source="reason")]
        ev.append(_tests_summary(ctx, t))
    return "not_verifiable", ev


# ------------------------------------------------------------------------------------------- named things

_ASPECT_KINDS: dict[str, Callable[[Finding], bool]] = {
    "signature": lambda f: f.category == "api" and bool(_SIGNATURE_KINDS.match(f.kind)),
    "default": lambda f: f.kind in ("parameter-default-changed", "env-var-default-changed", "parameter-now-required",
                                    "enum-member-value-changed"),
    "optional": lambda f: f.kind in ("parameter-now-required", "parameter-added-required")
    or f.kind in ("env-var-added", "env-var-renamed") and f.severity == "breaking"
    or f.kind == "env-var-default-changed" and (f.new or "") == "<required>",
    "type": lambda f: f.kind in ("attribute-type-changed", "parameter-type-narrowed", "parameter-type-widened",
                                 "return-type-widened", "return-type-narrowed"),
    "once": lambda f: f.kind == "duplicate-definition",
    "conforms": lambda f: f.kind in ("protocol-nonconformance", "object-removed", "sync-async-changed", "protocol-member-added")
    or f.category == "api" and bool(_SIGNATURE_KINDS.match(f.kind)) and f.severity == "breaking",
    "exported": lambda f: f.kind in ("export-removed", "object-removed", "object-kind-changed", "import-broken"),
    "members": lambda f: f.kind in ("object-removed", "enum-member-removed", "export-removed", "object-kind-changed"),
    "positional": lambda f: f.kind in ("parameter-kind-changed", "parameter-moved", "parameter-removed", "parameter-added-required"),
    "nonblocking": lambda f: f.kind in ("blocking-call-in-async", "sync-async-changed"),
    "sync": lambda f: f.kind == "sync-async-changed",
    "base": lambda f: f.kind in ("base-class-removed", "object-removed", "object-kind-changed"),
    "returns": lambda f: f.kind in ("return-type-widened", "return-type-narrowed", "sync-async-changed", "object-kind-changed",
                                    "object-removed"),
    "honoured": lambda f: f.kind in ("env-var-removed", "env-var-renamed", "object-removed", "dependency-removed"),
    "works": lambda f: f.severity == "breaking" and f.kind != "logging-added",
    "compatible": lambda f: f.severity == "breaking" and f.category in ("api", "call-sites", "contracts", "imports", "syntax"),
    "any": lambda f: f.kind not in ("logging-added",),
}
_PARAMETER_LIST = re.compile(r"(?i)\b(?:parameters|arguments|params|args|parameter\s+list|argument\s+list)\b")


def _PARAMETER_LIST_KINDS(f: Finding) -> bool:
    return f.kind in ("parameter-removed", "parameter-added-required", "parameter-added-optional", "parameter-moved",
                      "parameter-kind-changed", "parameter-now-required", "call-site-broken")


# for these aspects a finding on a member counts ("`Client` still works": a method of it broke)
_MEMBER_ASPECTS = ("conforms", "works", "any", "exported", "members", "compatible")


def _entity_targets(m: Match, ctx: Context) -> list[tuple[str, str]]:
    """(name, what it is) for each name of the claim, as grounded in the report."""
    return [(n, _kind_of_name(ctx, n, m.params.get("role"))) for n in m.params["names"]]


def _hits_on(ctx: Context, name: str, select: Callable[[Finding], bool], members: bool) -> list[Finding]:
    out = [f for f in ctx.findings if select(f) and on_name(f, name, members=members)]
    if members and not out and name[:1].isupper() and "." not in name:
        out = [f for f in ctx.findings if select(f) and on_name(f, f"{name}.__init__")]
    return out


def _implements(cls: str, others: list[str], ctx: Context) -> Verdict:
    """ "`DiskBackend` still satisfies `CacheBackend`", "`MemoryBackend` implements `delete`": the contracts check's
    verdict on that implementer (a new member of the Protocol is not a finding on the class that defines it)."""
    missing = ctx.missing("contracts")
    if missing:
        return "not_verifiable", missing
    hits = [f for f in ctx.findings if f.kind == "protocol-nonconformance" and on_name(f, cls, members=True)]
    if hits:
        return "contradicted", _findings_ev(hits)
    # a Protocol (the one named, else any) gained members: the class must define each of them at head
    gained = [f for f in ctx.findings if f.kind == "protocol-member-added"]
    named = [f for f in gained if any(on_name(f, o, members=True) for o in others)]
    for f in named or gained:
        member = (f.object or "").rsplit(".", 1)[-1]
        has = _definition(ctx, f"{cls}.{member}")
        if has is None or has[0] == "removed":
            return "contradicted", _findings_ev([f]) + [Evidence(
                f"the protocol gained `{member}`; {cls} is not shown to define it"
                + (" (its file is not among the modified ones)" if has is None else " (it was removed)"), source="reason")]
    # "implements `delete`": the class defines that member at head (the definitions fact of its file)
    members = [o for o in others if o[:1].islower()]
    defined = [(o, _definition(ctx, f"{cls}.{o}")) for o in members]
    if members and all(d is not None and d[0] != "removed" for _, d in defined):
        return "confirmed", [_definition_ev(d[0], d[1], d[2], f"{cls}.{o}") for o, d in defined] + [Evidence(
            f"no protocol-nonconformance finding on {cls}", source="reason")]
    return "not_verifiable", _findings_ev(gained) + [Evidence(
        f"no protocol-nonconformance finding on {cls}, but the contracts check does not say which classes it compared "
        "(a structural implementer may not be among them)", source="reason")]


# "the Python API (`a`, `b`) is unchanged", "`f(x, y)` unchanged", "the `Square(side)` constructor": a claim about an
# interface, judged by the interface findings, not by a change to the body
_INTERFACE = re.compile(r"\b(?:api|interfaces?|signatures?|constructors?)\b|`[A-Za-z_][\w.]{0,120}\([^`\n]{0,200}\)`", re.IGNORECASE)


_CALLER_CHANGE = re.compile(r"\b(?:not|no|never|nor)\s+(?:be\s+)?(?:required|needed|forced|obliged|have|need)\s+to\s+"
                            r"(?:change|update|modify|rewrite|adapt|touch|edit)\b", re.IGNORECASE)
_IMPORTS_FROM = re.compile(r"\b(?:imports|importing|still\s+import)\s+(?:\S{1,80}\s+)?from\b", re.IGNORECASE)


# "can still be imported from `pkg`", "no longer importable": export-removed says a name left the public exports
# (`__all__` or a re-export), which settles "exported", not whether `from pkg import name` still binds it
_IMPORTABLE = re.compile(r"\bimport(?:able|ed)\b", re.IGNORECASE)
_EXPORT_NOTE = Evidence("export-removed says the name is no longer exported (`__all__` or a re-export line); whether "
                        "`from ... import` still finds it is not something that finding settles", source="reason")


def _export_only(hits: list[Finding], seg: Segment) -> bool:
    return bool(_IMPORTABLE.search(seg.raw)) and all(f.kind == "export-removed" for f in hits)


# "everything importable in 1.0 is importable in 1.1", "public import paths are unchanged": what a user can import
_USER_IMPORT = re.compile(r"\bimportable\b|\bimport\s+paths?\b", re.IGNORECASE)


def _user_imports(seg: Segment, ctx: Context) -> Verdict | None:
    """A claim about what is importable is about the public surface a user imports from, not only about the project's
    own import statements: a public object or module removed (or no longer exported) contradicts it, and without the
    API comparison it is not confirmed. None when the claim is not about that."""
    if not _USER_IMPORT.search(seg.raw):
        return None
    gone = [f for f in ctx.findings if f.kind in ("object-removed", "export-removed")]
    if gone:
        return "contradicted", _findings_ev(gone)[:4] + [Evidence(
            "what a user could import at base is no longer importable at head", source="reason")]
    if not ctx.ran("api"):
        return "not_verifiable", [ctx.why_not("api")]
    return None


# "byte-for-byte identical", "verbatim": said of the code itself, not only of its interface
_CODE_KEPT = re.compile(r"\b(?:not|never|n't)\s+(?:been\s+)?(?:modified|edited|touched|changed|rewritten|altered)\b|"
                        r"\buntouched\b|\b(?:body|bodies|code|implementation|source)\s+(?:is\s+|are\s+|stays\s+|remains\s+)?"
                        r"(?:unchanged|untouched|identical|the\s+same)\b", re.IGNORECASE)
_CODE_IDENTICAL = re.compile(r"\bbyte[- ]for[- ]byte\b|\bverbatim\b|\bcharacter[- ]for[- ]character\b|\bline[- ]for[- ]line\b",
                             re.IGNORECASE)


def _entity_kept(m: Match, seg: Segment, ctx: Context) -> Verdict:
    aspects = m.params.get("aspects") or [m.params.get("aspect", "any")]
    if _CALLER_CHANGE.search(seg.raw):
        aspects = ["compatible"]  # "callers are not required to change their code": any breaking change on it
    elif aspects == ["any"] and (_INTERFACE.search(seg.raw) or _PARAMETER_LIST.search(seg.raw)) \
            and not _CODE_IDENTICAL.search(seg.raw) and not _CODE_KEPT.search(seg.raw):
        # ("`f` was not modified, its API is the same": the code itself is also said to be the same)
        aspects = ["signature"]
    if _IMPORTS_FROM.search(seg.raw) and aspects == ["any"]:
        return "not_verifiable", [Evidence("a claim about what a module imports from another is not a claim that the "
                                           "other is unchanged, and no fact lists the import statements", source="reason")]
    params_only = bool(_PARAMS_ONLY.search(seg.raw)) and not _NOT_PARAMS.search(seg.raw)
    if params_only and aspects == ["any"]:
        aspects = ["signature"]  # "the parameters of `f` are unchanged": its parameter list, not its body
    targets = _entity_targets(m, ctx)
    if aspects == ["conforms"] and len(targets) >= 2:
        return _implements(targets[0][0], [n for n, _ in targets[1:]], ctx)
    if set(aspects) <= {"signature", "type", "sync", "nonblocking", "positional"} and len(targets) > 1:
        # "we swapped `requests` for `httpx` in `fetch`, whose signature is unchanged": only code has a signature
        code = [(n, w) for n, w in targets if w in ("object", "parameter")]
        targets = code or targets
    ev: list[Evidence] = []
    hits: list[Finding] = []
    # "its parameters are unchanged": the parameter list (names, order, kinds), not the defaults or the types
    plist = bool(set(aspects) & {"signature", "type"}) and bool(_PARAMETER_LIST.search(seg.raw)) \
        and not re.search(r"(?i)signature|\btypes?\b", seg.raw)
    for aspect in aspects:
        select = _ASPECT_KINDS[aspect]
        if aspect in ("signature", "type") and plist:  # ("still accepts the same arguments": what it takes, not returns)
            select = _PARAMETER_LIST_KINDS
        for name, what in targets:
            found = _hits_on(ctx, name, select, aspect in _MEMBER_ASPECTS)
            if aspect == "once":
                found = [f for f in ctx.findings if f.kind == "duplicate-definition"
                         and (f.object or "").split(".")[-1] == name.split(".")[-1]]
            if aspect == "members" and m.params.get("members"):
                wanted = set(m.params["members"])
                found = [f for f in found if (f.object or "").split(".")[-1] in wanted] or \
                    [f for f in ctx.findings if select(f) and (f.object or "").split(".")[-1] in wanted and
                     any(on_name(f, f"{name}.{w}") for w in wanted)]
            if aspect == "signature" and name[:1].isupper() and "." not in name:
                found += [f for f in ctx.findings if select(f) and on_name(f, f"{name}.__init__")]
            q = _q(m, name)
            if aspect == "default" and q.get("default") is not None:
                found = [f for f in found if not _same_value(f.new, q["default"])] or found
            hits += [f for f in found if f not in hits]
    # the aspect the claim asserts, narrower than the one its words were read as: findings on another aspect of the
    # same thing do not contradict it
    kept_hits = hits
    if params_only and set(aspects) <= {"signature", "works", "compatible"}:
        hits = [f for f in hits if f.kind.startswith("parameter-") or f.kind in ("object-removed", "object-kind-changed")]
    if _KEYWORD_CALLS.search(seg.raw) or _KEYWORD_FORM.search(seg.raw):
        hits = [f for f in hits if not _positional_only(f)]
    aside = [Evidence("set aside, about another aspect than the claim asserts (its parameters, or calls by keyword): "
                      + "; ".join(finding_evidence(f).text for f in kept_hits if f not in hits)[:600], source="reason")] \
        if len(hits) < len(kept_hits) else []
    aspect = aspects[0]
    if what_is_path := [n for n, w in targets if w == "path"]:
        changes = ctx.changes() or []
        touched = [c for c in changes if any(c.path == p or c.path.endswith("/" + p) for p in what_is_path)]
        if touched and aspect == "any":
            return "contradicted", [Evidence(f"{c.path}: {c.status}, +{c.added} -{c.removed}", source="changes") for c in touched]
    if hits and _export_only(hits, seg):
        return "not_verifiable", _findings_ev(hits) + [_EXPORT_NOTE]
    if hits:
        return "contradicted", _findings_ev(hits)
    if "works" in aspects:
        # a risk on it (a changed default, a blocking call) is not a break, nor is it evidence that it works as before
        risky = [f for n, _ in targets for f in _hits_on(ctx, n, lambda f: f.severity == "risk", True)]
        if risky:
            return "not_verifiable", _findings_ev(risky)[:MAX_LISTED] + [Evidence(
                "risk findings on it: it still runs, but whether it works as before is behaviour", source="reason")]
    # the code of a named function, class or method, as measured
    for name, what in targets:
        got = _definition(ctx, name) if what in ("object", "parameter") else None
        if got is None:
            continue
        state, fact, path = got
        if state == "changed" and aspect in ("any", "members") and _BEHAVIOUR_KEPT.search(seg.raw):
            # "sorts differently, which gives exactly the same order": what it does, not its code, is said to be kept
            return "not_verifiable", [_definition_ev(state, fact, path, name), Evidence(
                "its code changed; the claim is that what it does (its result, its order, its output) is the same, which is "
                "behaviour: changeproof does not run the code", source="reason")]
        if state == "removed" or state == "changed" and aspect in ("any", "members"):
            return "contradicted", [_definition_ev(state, fact, path, name)]
        if state == "changed" and "returns" in aspects and not re.search(r"(?i)\breturn\s+(?:types?|annotations?)\b", seg.raw):
            # no finding on its return type, but its code changed: what it returns may not be the same
            return "not_verifiable", [_definition_ev(state, fact, path, name), Evidence(
                f"no return-type finding on {name}, but its code changed: the values it returns are not compared",
                source="reason")]
    # "code that type-checks against `X` is unaffected", "`X` still works": what depends on X is also said to be
    # fine, so a breaking finding elsewhere that states a relation to X (a class no longer derived from it, a call
    # of it broken) leaves the claim unconfirmed, however unchanged X itself is
    if _DEPENDENTS.search(seg.raw) or set(aspects) & {"works", "compatible"}:
        related = [f for f in ctx.findings if f.severity == "breaking" and f not in hits
                   and any(not on_name(f, n, members=True) and _mentioned(f, n) for n, w in targets if w in ("object", "parameter"))]
        if related:
            return "not_verifiable", _findings_ev(related)[:MAX_LISTED] + [Evidence(
                "these breaking findings are on other things but name what the claim is about: what depends on it may be "
                "affected, so the claim is not confirmed", source="reason")]
    if re.search(r"(?i)\bbehav(?:es|ed|iou?r)\b", seg.raw) and _BEHAVIOUR_KEPT.search(seg.raw) \
            and not any((_definition(ctx, n) or ("",))[0] == "unchanged" for n, w in targets if w in ("object", "parameter")):
        # "`CsvExporter.from_name("jsonl")` behaves exactly as before": no API finding is not the same behaviour
        return "not_verifiable", ev + [Evidence("that it behaves as before is behaviour: no API finding on it does not show "
                                                "it, and changeproof does not run the code", source="reason")]
    # confirmation needs a fact on each name
    for name, what in targets:
        got = _definition(ctx, name) if what in ("object", "parameter") else None
        if got is not None and got[0] == "unchanged" and "exported" not in aspects:
            # (its code being the same says nothing of where it is exported from: that is the export surface's)
            if re.search(r"(?i)\bbehav(?:es|ed|iou?r)\b", seg.raw) and _BEHAVIOUR_KEPT.search(seg.raw):
                # "`X` behaves exactly as before": its own code is the same, what it calls may not be
                return "not_verifiable", [_definition_ev(*got, name), Evidence(
                    "its own code is the same; that it behaves the same also depends on what it calls, which is behaviour: "
                    "changeproof does not run the code", source="reason")]
            ev.append(_definition_ev(*got, name))
            continue
        verdict, more = "confirmed", []
        for a in aspects:
            v, e = _fact_on(ctx, name, what, a, _q(m, name))
            more += [x for x in e if x not in more]
            if v == "contradicted":
                return "contradicted", e
            if v != "confirmed":
                verdict = v
        if verdict == "contradicted":
            return "contradicted", more
        if verdict != "confirmed":
            return "not_verifiable", more + [Evidence(f"no {aspect if aspect != 'any' else ''} finding on {name} among the "
                                                      f"{len(ctx.findings)} finding(s) of the change".replace("  ", " "), source="reason")] + aside
        ev += more
    if re.search(r"(?i)\b(?:remains?|stays?|is\s+kept|lives\s+on)\s+(?:at|in)\s+`", seg.raw) and \
            not re.match(r"\W{0,4}`", seg.raw):
        # "a shim remains at `pkg.old`": the place is covered, what is said to remain there is not named as code
        return "not_verifiable", ev + [Evidence("what is said to remain there is not named as code: only the place is "
                                                "covered by a fact", source="reason")]
    if aside:
        # the API comparison did find things on it, of another aspect: only a claim about its parameter list is settled
        # by none of them being a parameter finding; anything else about it is left unconfirmed
        ev = [e for e in ev if "compared and found unchanged" not in e.text]
        if not params_only:
            return "not_verifiable", ev + aside + [Evidence("none of these breaks calls made by keyword, but changeproof "
                                                            "does not know how the callers call it", source="reason")]
    return "confirmed", ev + aside


# "the parameters are the same", "| `f` parameters | ... |": the parameter list, not the return type or the class
_PARAMS_ONLY = re.compile(r"\b(?:parameters?|params?|arguments?|args|kwargs)\b", re.IGNORECASE)
_NOT_PARAMS = re.compile(r"\b(?:returns?|return\s+types?|signatures?|types?|bases?|base\s+class(?:es)?|async|coroutine|"
                         r"removed|exported|importable|members?)\b", re.IGNORECASE)
# calls made with keywords only: a parameter moved or made keyword-only does not break them
_KEYWORD_CALLS = re.compile(r"\bkeyword(?:s|-only)?\s+(?:callers?|calls?|call\s+sites?|arguments?|usage)\b|"
                            r"\b(?:with|by|using|as|passing)\s+(?:(?:their|its|the)\s+)?keywords?(?:\s+arguments?)?\b|"
                            r"\bcalls?\s+(?:made\s+)?by\s+keyword\b|\bkeyword\s+form\b", re.IGNORECASE)
_KEYWORD_FORM = re.compile(r"`[A-Za-z_][\w.]{0,120}\(\s*[A-Za-z_]\w{0,40}\s*=[^`\n()]{0,200}\)`")
# a result said to be the same: behaviour, whatever the code now does
_BEHAVIOUR_KEPT = re.compile(r"\bsame\s+(?:\w{1,30}\s+)?(?:order(?:ing)?|output|results?|values?|behaviou?r|answers?|numbers?|format|"
                             r"text|bytes|data|responses?|errors?|exceptions?|counts?|totals?|sums?|semantics)\b|"
                             r"\b(?:behaves|returns|produces|gives|yields|outputs|prints|computes)\s+(?:\w{1,30}\s+){0,3}?"
                             r"(?:the\s+same|identical|as\s+before|unchanged)\b", re.IGNORECASE)


# a claim about what uses a thing, not the thing: "code that type-checks against `X`", "callers of `f`"
_DEPENDENTS = re.compile(r"(?i)\b(?:code|callers?|users?|clients?|consumers?|subclass(?:es)?|anything|everything|implementations?|"
                         r"importers?|dependents?|downstream(?:\s+\w{1,20})?|integrations?|plugins?)\s+(?:that|which|who|of|using|"
                         r"against|relying|depending|built\s+on)\b")


def _positional_only(f: Finding) -> bool:
    """A finding that breaks only calls passing the parameter by position (a move, a parameter made keyword-only)."""
    if f.kind == "parameter-moved":
        return True
    return f.kind == "parameter-kind-changed" and "keyword-only" in (f.message or "")


def _q(m: Match, name: str) -> dict[str, Any]:
    """The qualifiers the claim gives *name* (its own clause when the sentence lists several names)."""
    return (m.params.get("per_name") or {}).get(name) or m.params.get("qualifiers") or {}


def _same_value(text: str | None, claimed: str) -> bool:
    if text is None:
        return False
    value = text.split("=", 1)[-1].strip().strip("'\"").lower()
    claimed = claimed.strip("'\"").lower()
    try:
        return float(value) == float(claimed)  # 5 is 5.0
    except ValueError:
        return value == claimed or value.endswith(" " + claimed)


def _fact_on(ctx: Context, name: str, what: str, aspect: str, q: dict[str, Any]) -> Verdict:
    """Whether a fact covers *name* and says it kept *aspect* (no finding on it was found before this is asked)."""
    if what == "env":
        fact = _env_fact(ctx, name)
        if fact is None:
            if not ctx.ran("config-drift"):
                return "not_verifiable", [ctx.why_not("config-drift")]
            return "not_verifiable", [Evidence(f"config-drift published no fact on {name}", source="reason")]
        base, head = _env_side(fact, "base", name), _env_side(fact, "head", name)
        ev = [fact_evidence(fact, focus=name)]
        if head is None or base is None:
            return "not_verifiable", ev
        if not head.get("read") and not base.get("read"):
            return "not_verifiable", ev + [Evidence(f"{name} is read at neither base nor head", source="reason")]
        if not head.get("read") and aspect in ("honoured", "any", "works", "optional", "default", "members"):
            return "contradicted", ev + [Evidence(f"{name} is no longer read at head", source="reason")]
        if aspect == "optional" and head.get("required"):
            return "contradicted", ev + [Evidence(f"{name} is required at head (a read without a default)", source="reason")]
        if aspect in ("default", "any") and base.get("has_default") is not None and head.get("has_default") is not None \
                and base.get("has_default") != head.get("has_default"):
            return "contradicted", ev + [Evidence(f"{name} {'lost' if base.get('has_default') else 'gained'} its default", source="reason")]
        if aspect == "default" and q.get("default") is not None and "default" in head \
                and str(head.get("default")).strip("'\"") != str(q["default"]):
            return "contradicted", ev + [Evidence(f"the default of {name} at head is {head.get('default')}, not {q['default']}", source="reason")]
        if not base.get("read"):
            return "not_verifiable", ev + [Evidence(f"{name} is new at head: it had nothing to keep", source="reason")]
        if aspect == "default" and q.get("default") is not None and "default" not in head:
            # "keeps its default of 100": unchanged it is, but the value is never shown, so 100 is not checked
            return "not_verifiable", ev + [Evidence(f"{name} keeps its default (no env-var-default-changed finding), but the check "
                                                    f"never shows values: that it is {q['default']} is not checked", source="reason")]
        note = [Evidence(f"{name}: read at base and head" + (", required at neither" if aspect == "optional" else "")
                         + ("; no env-var-default-changed finding (the check compares defaults; values are never shown)"
                            if aspect == "default" else ""), source="reason")]
        return "confirmed", ev + note
    if what == "dependency":
        status = _dep_status(ctx, name)
        fact = _dep_fact(ctx, name)
        if status is None or fact is None:
            return "not_verifiable", ctx.missing("dependencies") or [Evidence(f"dependencies published no fact on {name}", source="reason")]
        if status != "unchanged" and aspect in ("any", "honoured", "members", "works", "default"):
            return "contradicted", [fact_evidence(fact), Evidence(f"{name} is among the dependencies {status}", source="reason")]
        return "confirmed", [fact_evidence(fact), Evidence(f"{name} is not among the dependencies added, removed or changed", source="reason")]
    if what == "path":
        changes = ctx.changes()
        if changes is None:
            return _no_changes(ctx)
        return "confirmed", [ctx.changes_evidence(), Evidence(f"{name} is not among the {len(changes)} changed file(s)", source="changes")]
    if what in ("object", "parameter"):
        if not ctx.ran("api"):
            return "not_verifiable", [ctx.why_not("api")]
        modules = _api_modules(ctx)
        if modules is None:
            return "not_verifiable", [Evidence("the report does not list the modules the API comparison covered", source="reason")]
        module = _module_of(name, modules) if what == "object" else None
        placed = _definition(ctx, name) if module is None and what == "object" else None
        if placed is not None and aspect in ("signature", "type", "default", "optional", "positional", "compatible", "sync"):
            state, fact, path = placed  # its file changed, and the API comparison found nothing on its interface
            return "confirmed", [_definition_ev(state, fact, path, name), Evidence(
                f"no finding on the interface of {name} (signature, defaults, types)", source="reason")]
        if module is None:
            owner = _owner_module(ctx, name, modules)
            if owner is None:
                return "not_verifiable", [Evidence(f"changeproof cannot tell which compared module {name} belongs to (no finding "
                                                   "names it or what contains it)", source="reason")]
            module = owner
        f = ctx.fact("api", "modules") or ctx.fact("api", "modules-compared")
        ev = [fact_evidence(f, focus=module)] if f is not None else [ctx.ran_evidence("api")]
        owf = ctx.fact("api", "objects-with-findings")
        if owf is not None:
            ev.append(Evidence(f"{name} is not among the objects of {module} with findings: compared and found unchanged",
                               source="fact", check="api", fact=owf.id))
        return "confirmed", ev
    return "not_verifiable", []


_CODE_VERBS = re.compile(r"\b(?:changed|changes|modified|modifies|refactored|refactors|rewritten|rewrote|reworked|updated|updates|"
                         r"touched|cleaned|tidied|simplified|adjusted|tweaked|edited)\b")


def _definition(ctx: Context, name: str) -> tuple[str, Fact, str] | None:
    """What the change did to the code of a named function, class or method, by the api check's definitions fact:
    (changed | added | removed | unchanged, the fact, the file); None when the fact does not say (or is ambiguous)."""
    f = ctx.fact("api", "definitions")
    if f is None or not isinstance(f.value, dict):
        return None
    name = name.strip().removesuffix("()")
    found: dict[tuple[str, str], str] = {}
    for path, entry in f.value.items():
        if not isinstance(entry, dict):
            continue
        module = entry.get("module") or ""
        for state in ("changed", "added", "removed", "unchanged"):
            for qual in entry.get(state) or []:
                full = f"{module}.{qual}" if module else qual
                if qual == name or full == name or full.endswith("." + name):
                    found[(path, qual)] = state
    states = set(found.values())
    if len(states) != 1:
        return None
    (path, _), state = next(iter(found.items()))
    return state, f, path


def _definition_ev(state: str, fact: Fact, path: str, name: str) -> Evidence:
    said = {"changed": "its code changed", "added": "it was added", "removed": "it was removed",
            "unchanged": "its code is unchanged (docstrings and positions aside)"}[state]
    return Evidence(f"api measured definitions of {path}: {name}: {said}", source="fact", check="api", fact=fact.id)


def _owner_module(ctx: Context, name: str, modules: set[str]) -> str | None:
    """The compared module of a name written without it ("Client.get"), found through an object with findings that
    contains the same class ("weatherkit.client.Client.__init__")."""
    head = name.split(".")[0]
    for obj in list(_objects_with_findings(ctx)) + [f.object for f in ctx.findings if f.object]:
        parts = obj.split(".")
        if head in parts[1:]:
            prefix = ".".join(parts[:parts.index(head, 1)])
            if prefix in modules:
                return prefix
    return None


def _entity_removed(m: Match, seg: Segment, ctx: Context) -> Verdict:
    targets = _entity_targets(m, ctx)
    for name, what in targets:
        if what == "path":
            continue
        hits = [f for f in ctx.findings if f.kind in _REMOVAL_KINDS + ("object-kind-changed",) and on_name(f, name)]
        if hits and _export_only(hits, seg):
            return "not_verifiable", _findings_ev(hits) + [_EXPORT_NOTE]
        if hits:
            return "confirmed", _findings_ev(hits)
    name, what = targets[0]
    got = _definition(ctx, name) if what in ("object", "parameter") else None
    if got is not None:
        state, fact, path = got
        return ("confirmed" if state == "removed" else "contradicted"), [_definition_ev(state, fact, path, name)]
    if what == "env":
        fact = _env_fact(ctx, name)
        if fact is not None and (_env_side(fact, "head", name) or {}).get("read"):
            return "contradicted", [fact_evidence(fact, focus=name), Evidence(f"{name} is still read at head", source="reason")]
    if what == "dependency":
        status = _dep_status(ctx, name)
        if status == "removed":
            return "confirmed", [fact_evidence(_dep_fact(ctx, name)), Evidence(f"{name} is among the dependencies removed", source="reason")]
        if status in ("changed", "added"):
            return "contradicted", [fact_evidence(_dep_fact(ctx, name)), Evidence(f"{name} is among the dependencies {status}, "
                                                                                   "not removed", source="reason")]
    present = [f for f in ctx.findings if on_name(f, name) and f.kind not in _REMOVAL_KINDS and f.new is not None
               and f.kind not in ("object-added",)]
    if present:
        return "contradicted", _findings_ev(present) + [Evidence(f"{name} still exists at head", source="reason")]
    return "not_verifiable", _unknown(ctx, name, "removal")


def _entity_added(m: Match, seg: Segment, ctx: Context) -> Verdict:
    targets = _entity_targets(m, ctx)
    confirmed: list[Evidence] = []
    if m.params.get("declared_in"):  # "`httpx` declared in both pyproject.toml and requirements.txt"
        name = targets[0][0]
        added = [f for f in ctx.findings if f.kind in ("dependency-added", "dependency-constraint-changed") and on_name(f, name)]
        where = {f.path for f in added}
        missing = [p for p in m.params["declared_in"] if not any(w == p or (w or "").endswith("/" + p) for w in where)]
        if added and not missing:
            return "confirmed", _findings_ev(added)
        if added or _dep_status(ctx, name) is not None:
            return "contradicted", _findings_ev(added) + [Evidence(f"{name} is not declared anew in {', '.join(missing)}", source="reason")]
    for name, what in targets:
        q = _q(m, name)
        hits = [f for f in ctx.findings if f.kind in _ADDITION_KINDS and on_name(f, name)]
        if not hits:
            continue
        ev = _findings_ev(hits)
        for f in hits:
            required = f.kind == "parameter-added-required" or f.kind == "env-var-added" and f.severity == "breaking"
            if q.get("optional") and required:
                return "contradicted", ev + [Evidence(f"said optional; {name} is required", source="reason")]
            if q.get("required") and f.kind in ("parameter-added-optional",) or q.get("required") and f.kind == "env-var-added" and not required:
                return "contradicted", ev + [Evidence(f"said required; {name} has a default", source="reason")]
            if f.kind == "dependency-added":
                dev = "development tooling" in f.message or "optional[" in f.message
                if q.get("dev") and not dev:
                    return "contradicted", ev + [Evidence(f"said development-only; {name} is a runtime dependency", source="reason")]
                if q.get("runtime") and dev:
                    return "contradicted", ev + [Evidence(f"said runtime; {name} is development tooling", source="reason")]
            if q.get("default") is not None and f.new and "=" in f.new and not _same_value(f.new, q["default"]):
                return "contradicted", ev + [Evidence(f"said to default to {q['default']}; at head: {f.new}", source="reason")]
        confirmed += ev
        if not m.params.get("per_name"):
            return "confirmed", confirmed
    if confirmed:
        return "confirmed", confirmed
    name, what = targets[0]
    # that it existed before contradicts the claim only when the claim's own words say this very thing is new: under
    # an "Added" heading, or as the subject of "adds" / "now has", the thing named is where something was added
    said = _said_added(seg.raw, name)
    got = _definition(ctx, name) if what in ("object",) else None
    if got is not None:
        state, fact, path = got
        if state == "added":
            return "confirmed", [_definition_ev(state, fact, path, name)]
        if not said and state == "unchanged" and _GAINS.search(seg.raw.replace("`", "")[_name_end(seg.raw, name):][:40]) \
                and not any(on_name(f, name, members=True) for f in ctx.findings):
            # "`X` gained a field": X is where it was added, and X's code is the same at base and head
            return "contradicted", [_definition_ev(state, fact, path, name), Evidence(
                f"the code of {name} did not change, so nothing was added to it", source="reason")]
        if not said:
            return "not_verifiable", [_definition_ev(state, fact, path, name), _NOT_SAID_NEW]
        return "contradicted", [_definition_ev(state, fact, path, name), Evidence(f"{name} was already defined at base",
                                                                                  source="reason")]
    if what == "env":
        fact = _env_fact(ctx, name)
        if fact is not None and (_env_side(fact, "base", name) or {}).get("read"):
            if not said:
                return "not_verifiable", [fact_evidence(fact, focus=name), _NOT_SAID_NEW]
            return "contradicted", [fact_evidence(fact, focus=name), Evidence(f"{name} was already read at base", source="reason")]
    absent = _absent_addition(m, seg, ctx)
    if absent is not None and (any(_said_added(seg.raw, n) for n, _ in targets) or absent[1][0].source == "changes"):
        return absent
    if what == "dependency":
        status = _dep_status(ctx, name)
        if status == "added":
            return "confirmed", [fact_evidence(_dep_fact(ctx, name)), Evidence(f"{name} is among the dependencies added", source="reason")]
        if status in ("changed", "removed") and said:
            return "contradicted", [fact_evidence(_dep_fact(ctx, name)), Evidence(f"{name} was already declared at base: it is among "
                                                                                   f"the dependencies {status}", source="reason")]
    return "not_verifiable", _unknown(ctx, name, "addition")


_NOT_SAID_NEW = Evidence("it existed at base, but the claim does not say in its own words that it is new (the addition "
                         "comes from a heading, or it is where something else was added): not contradicted", source="reason")
_NEW_BEFORE = re.compile(r"\b(?:add(?:ed|s|ing)?|introduc\w{1,4}|creat\w{1,4}|new|brand[- ]new|expos\w{1,4}|provid\w{1,4}|defin\w{1,4}|"
                         r"declar\w{1,4}|gain(?:s|ed)?|gets|got|now\s+(?:has|have|takes|accepts))\s+(?:(?:a|an|the|one|two|three|its)\s+)?"
                         r"(?:new\s+)?(?:[\w-]{1,20}\s+){0,2}?[,:(]?\s*[`*_\"']{0,3}$", re.IGNORECASE)
_NEW_AFTER = re.compile(r"^\W{0,3}\s*(?:\(\s*new\b|[:\u2014\u2013-]\s*(?:new|added)\b|(?:(?:is|was|were|are|has\s+been|have\s+been|gets|got)\s+"
                        r"(?:newly\s+|also\s+|now\s+)?)?(?:added|introduced|created|new|declared|defined)\b)", re.IGNORECASE)


_GAINS = re.compile(r"^\W{0,3}\s*(?:now\s+|also\s+)?(?:gain(?:s|ed)|adds|got|gets|has\s+(?:gained|got)|has|have|takes|accepts|picked\s+up|"
                    r"grew|grows)\b", re.IGNORECASE)


def _name_end(raw: str, name: str) -> int:
    low = raw.replace("`", "")
    for form in (name, name.removesuffix("()"), name.rsplit(".", 1)[-1]):
        at = low.find(form)
        if at >= 0:
            return at + len(form)
    return len(low)


def _said_added(raw: str, name: str) -> bool:
    """Whether the sentence says of *name* itself that it is new: right after an addition word ("added `x`", "a new
    `x` helper") or followed by one ("`x` (new)", "`x` was added"), not as the subject of "adds" or "now has"."""
    low = raw.replace("`", "")
    short = name.removesuffix("()")
    for form in {short, short.rsplit(".", 1)[-1]}:
        for hit in re.finditer(rf"(?<![\w.]){re.escape(form)}(?:\(\))?(?![\w])", low):
            if _NEW_BEFORE.search(low[max(0, hit.start() - 60):hit.start()]) or _NEW_AFTER.search(low[hit.end():hit.end() + 40]):
                return True
    return False


_CLAUSE_BREAK = re.compile(r";|[ \t][\u2014\u2013-][ \t]|\.[ \t]")


def _absent_addition(m: Match, seg: Segment, ctx: Context) -> Verdict | None:
    """An addition the report would show and does not: in a file the change does not touch, or a public object of a
    compared module with no addition finding."""
    changes = ctx.changes()
    names = [n for n in m.params["names"] if n]
    files = [p for p in seg.paths if p.endswith((".py", ".pyi"))]
    # only a file named in the same clause as what was added ("Added `t`; `tests/x.py` is untouched": not in x.py)
    parts = _CLAUSE_BREAK.split(seg.raw)
    files = [p for p in files if any(p in part and any(n.split(".")[-1] in part for n in names) for part in parts)]
    if changes is not None and files and not any(_find_change(changes, p) for p in files):
        return "contradicted", [ctx.changes_evidence(), Evidence(f"{', '.join(files)} is not among the {len(changes)} changed "
                                                                 "file(s): nothing was added to it", source="changes")]
    modules = _api_modules(ctx)
    if not ctx.ran("api") or modules is None or any(n.split(".")[-1].startswith("_") for n in names):
        return None
    placed = [n for n in names if "." in n and _module_of(n, modules) is not None and _module_of(n, modules) != n]
    if not placed:
        return None
    tails = {n.split(".")[-1] for n in names}
    if any(f.kind in _ADDITION_KINDS and ((f.object or "").split(".")[-1] in tails or f.parameter in tails) for f in ctx.findings):
        return None
    owf = ctx.fact("api", "objects-with-findings")
    return "contradicted", ([fact_evidence(owf)] if owf else [ctx.ran_evidence("api")]) + [Evidence(
        f"{placed[0]} is in a compared module ({_module_of(placed[0], modules)}) and no addition finding names "
        f"{' or '.join(sorted(tails))}: the API comparison saw nothing of it added", source="reason")]


def _absent_default_change(m: Match, seg: Segment, ctx: Context, name: str) -> Verdict | None:
    """ "`Settings.poll_interval` default lowered to 2 s" with no default finding on it, while the API comparison
    did compare its owner (it has other findings): defaults are compared by value, so none changed."""
    if "default" not in seg.text.lower() or "." not in name:
        return None
    owner, member = name.rsplit(".", 1)
    on_owner = [f for f in ctx.findings if f.category == "api" and on_name(f, owner, members=True)]
    if not on_owner or any(f.parameter == member or (f.object or "").endswith("." + member) for f in ctx.findings):
        return None
    return "contradicted", _findings_ev(on_owner)[:3] + [Evidence(
        f"the API comparison compared {owner} (the findings above) and found no default change on {member}", source="reason")]


# what a claimed change is about, and the finding kinds that show that change
_CHANGE_ASPECTS = [(re.compile(rx), kinds) for rx, kinds in (
    (r"\b(?:required|mandatory)\b", r"required"),
    (r"\boptional\b", r"optional|default"),
    (r"\b(?:async|await\w{0,4}|coroutines?|synchronous)\b", r"sync-async"),
    (r"\bdefaults?\b", r"default|required|optional"),
    (r"\breturns?\b|\breturn\s+type", r"return"),
    (r"\b(?:types?|typed|annotat\w{0,6}|accepts?)\b", r"type|overload"),
    (r"\b(?:keyword-only|positional(?:-only)?|order|reordered|position)\b", r"keyword|positional|moved"),
    (r"\b(?:log|logs|logging|logged)\b", r"logging"),
    (r"\b(?:deprecated|deprecation)\b", r"deprecat"),
    (r"\b(?:sleeps?|waits?|blocks?|blocking|synchronous(?:ly)?|subprocess|urlopen)\b", r"blocking|sync-async"),
    (r"\b(?:capped|pinned|upper\s+bound|lower\s+bound|constraints?|constrained|specifiers?)\b|[<>=~]=?\s*v?\d", r"constraint|dependency"),
    (r"\b(?:declares?|declared|gain(?:s|ed)?|members?)\b", r"added"),
)]


_PLAIN_WORDS = frozenset("""the a an its their now was were is are has have had been to of for in on with and also this that it
by from as be so changed changes change modified refactored updated update reworked rewritten touched cleaned tidied simplified
adjusted tweaked edited altered match slightly internally accordingly small minor code logic implementation body function
method class module file object helper attribute signature api public bump bumped bumps drop dropped raised lowered increased
decreased upgraded downgraded narrowed widened tightened loosened relaxed pinned capped switched converted reordered deprecated
removed added renamed moved version versions dependency dependencies package""".split())


def _specific(seg: Segment, names: list[str]) -> bool:
    """Whether a change claim says what the thing now does ("uses aiohttp", "calls a subprocess") rather than only that
    it changed ("`Store` updated to match")."""
    text = seg.low
    for n in names + [x.strip("`()") for x in seg.spans]:
        for part in {n.lower(), n.lower().rsplit(".", 1)[-1]}:
            text = text.replace(part, " ")
    words = [w for w in re.findall(r"[a-z][a-z'-]{1,30}", text) if w not in _PLAIN_WORDS]
    return len(words) > 1


# what a definition is, which its code says ("now both regular methods", "is now async", "now takes `timeout`"): a claim
# that it is new is refuted by the same code, unlike a claim of what it does ("now drops rows after 500")
_STRUCTURE_NOW = re.compile(r"\bnow\s+(?:an?\s+|both\s+|all\s+)?(?:(?:regular|plain|ordinary|static|class|async|sync|abstract|"
                            r"normal|instance|read-only|cached)\s+)?(?:methods?|propert(?:y|ies)|functions?|classmethods?|"
                            r"staticmethods?|coroutines?|generators?|async|sync|dataclass(?:es)?|enums?|protocols?|keyword-only|"
                            r"positional|abstract|private|public)\b|\bnow\s+(?:takes|accepts|requires|has|inherits|subclasses|"
                            r"derives|defines|declares|exposes)\b")


def _entity_changed(m: Match, seg: Segment, ctx: Context) -> Verdict:
    q = m.params["qualifiers"]
    change = m.params.get("change", "")
    if q.get("version") and not q.get("to"):
        q = {**q, "to": q["version"]}
    targets = _entity_targets(m, ctx)
    names = [n for n, _ in targets]
    if change == "renamed":
        old = names[0]
        new = names[-1] if len(names) > 1 else None
        hits = [f for f in ctx.findings if f.kind in ("env-var-renamed", "parameter-removed", "object-removed", "export-removed")
                and on_name(f, old)]
        if hits:
            if new and any(f.kind == "env-var-renamed" and f.new and new not in (f.new or "") for f in hits):
                return "contradicted", _findings_ev(hits)
            return "confirmed", _findings_ev(hits) + ([Evidence(f"{old} no longer exists at head (renamed to {new}, said the claim)",
                                                                source="reason")] if new else [])
        return "not_verifiable", _unknown(ctx, old, "rename")
    if "deprecat" in change:
        for name, what in targets:
            hits = [f for f in ctx.findings if on_name(f, name)]
            dep = [f for f in hits if f.kind == "deprecated"]
            if dep:
                return "confirmed", _findings_ev(dep)
            removed = [f for f in hits if f.kind in _REMOVAL_KINDS]
            if removed:
                return "contradicted", _findings_ev(removed) + [Evidence(f"{name} was removed, not deprecated", source="reason")]
        return "not_verifiable", _unknown(ctx, targets[0][0], "deprecation")
    if change != "renamed":
        # every name the claim says changed is judged: one name's changed code does not stand for another's
        judged: list[Verdict] = []
        uncovered: list[str] = []
        for name, what in targets:
            got = _definition(ctx, name) if what in ("object",) else None
            if got is None:
                if what == "object" and not any(on_name(f, name, members=True) for f in ctx.findings):
                    uncovered.append(name)
                continue
            state, fact, path = got
            inner = [f for f in ctx.findings if on_name(f, name, members=True) and f.kind != "logging-added"]
            if state == "unchanged" and inner:  # its own code is the same, its members changed ("updated to match")
                judged.append(("confirmed", _findings_ev(inner) + [_definition_ev(state, fact, path, name)]))
            elif state == "unchanged" and not _coordinated(seg.raw, names, name):
                # "`Square` keeps `Rectangle` as its base but computes its own area": the change is said of `Square`;
                # `Rectangle` is named for another reason, and its code being the same contradicts nothing
                judged.append(("not_verifiable", [_definition_ev(state, fact, path, name), Evidence(
                    f"{name} is unchanged, but the claim does not say it changed: it names it with another verb", source="reason")]))
            elif state == "unchanged" and not _CODE_VERBS.search(change) and not _STRUCTURE_NOW.search(seg.low):
                # "`page()` now drops everything after row 500": what it does can change with what it reads (a
                # constant, a callee) while its own code stays the same; only a claim that its code changed is refuted
                judged.append(("not_verifiable", [_definition_ev(state, fact, path, name), Evidence(
                    f"the code of {name} is unchanged, but what it does also depends on the code it uses, which "
                    "changeproof does not run", source="reason")]))
            elif state == "unchanged":
                return "contradicted", [_definition_ev(state, fact, path, name), Evidence(
                    f"the code of {name} did not change, so it does not do anything new", source="reason")]
            elif state == "changed" and not any(on_name(f, name) for f in ctx.findings):
                if _CODE_VERBS.search(change):
                    judged.append(("confirmed", [_definition_ev(state, fact, path, name)]))
                else:
                    judged.append(("not_verifiable", [_definition_ev(state, fact, path, name), Evidence(
                        f"what {name} now does is behaviour, which changeproof does not run", source="reason")]))
        if judged:
            ev = [e for _, part in judged for e in part]
            if any(v != "confirmed" for v, _ in judged):
                return "not_verifiable", ev
            if uncovered:
                return "not_verifiable", ev + [Evidence(
                    f"{', '.join(uncovered[:4])}: no fact or finding covers it, so the claim is not confirmed for all it names",
                    source="reason")]
            return "confirmed", ev
    for name, what in targets:
        hits = [f for f in ctx.findings if on_name(f, name) and f.kind not in ("object-added", "logging-added")]
        if not hits:
            continue
        said = [kinds for rx, kinds in _CHANGE_ASPECTS if rx.search(seg.low)] + (["added"] if change == "added to" else [])
        if said and not any(re.search(k, f.kind) for k in said for f in hits):
            # "`timeout` is now required" and the one finding on it is a changed default: not what was claimed
            return "not_verifiable", _findings_ev(hits) + [Evidence(
                f"the findings on {name} are about something else than the change claimed", source="reason")]
        if said:
            hits = [f for f in hits if any(re.search(k, f.kind) for k in said)]
        elif _specific(seg, names):
            # "`fetch` uses aiohttp for its request": that it changed is shown, not what it now does
            return "not_verifiable", _findings_ev(hits) + [Evidence(
                f"{name} changed, but what the claim says it now does is not something a finding shows", source="reason")]
        ev = _findings_ev(hits)
        if q.get("to") is not None:
            matching = [f for f in hits if f.new and _mentions(f.new, q["to"])]
            if not matching:
                return "contradicted", ev + [Evidence(f"said to become {q['to']}; at head: " + "; ".join(str(f.new) for f in hits[:3]),
                                                      source="reason")]
            if q.get("from") is not None and not any(f.old and _mentions(f.old, q["from"]) for f in matching):
                return "contradicted", ev + [Evidence(f"said to change from {q['from']}; at base: " + "; ".join(str(f.old) for f in matching[:3]),
                                                      source="reason")]
        elif q.get("default") is not None:
            if not any(f.new and _mentions(f.new, q["default"]) for f in hits):
                return "contradicted", ev + [Evidence(f"said to default to {q['default']}; at head: " + "; ".join(str(f.new) for f in hits[:3]),
                                                      source="reason")]
        return "confirmed", ev
    name, what = targets[0]
    absent = _absent_default_change(m, seg, ctx, name)
    if absent is not None:
        return absent
    if what == "dependency":
        status = _dep_status(ctx, name)
        if status == "unchanged":
            return "contradicted", [fact_evidence(_dep_fact(ctx, name)), Evidence(f"{name} is not among the dependencies added, "
                                                                                   "removed or changed", source="reason")]
        if status == "changed":
            return "confirmed", [fact_evidence(_dep_fact(ctx, name)), Evidence(f"{name} is among the dependencies changed", source="reason")]
    if what == "env" and _env_fact(ctx, name) is not None:
        verdict, ev = _fact_on(ctx, name, what, "any", {})
        if verdict == "contradicted":
            return "confirmed", ev
    return "not_verifiable", _unknown(ctx, name, "change")


def _coordinated(raw: str, names: list[str], name: str) -> bool:
    """Whether *name* is the only name of the claim, or listed with the first one ("`a` and `b` were reworked",
    "refactored `a`, `b`"): what the claim says of one it says of each."""
    if len(names) < 2:
        return True
    low = raw.replace("`", "")
    at = [(low.find(n.removesuffix("()")), n) for n in names]
    at = sorted((i, n) for i, n in at if i >= 0)
    if len(at) < 2 or name not in [n for _, n in at]:
        return True
    group = [at[0][1]]
    for (i, a), (j, b) in pairwise(at):
        between = low[i + len(a.removesuffix("()")):j]
        if not re.fullmatch(r"(?:\(\))?\s{0,5}(?:,|&|/|\band\b|\bor\b|\bas\s+well\s+as\b|\s){0,20}", between):
            break
        group.append(b)
    return name in group


def _entity_breaking(m: Match, seg: Segment, ctx: Context) -> Verdict:
    names = m.params["names"]
    on = [f for f in ctx.findings if any(on_name(f, n, members=True) for n in names)]
    breaking = [f for f in on if f.severity == "breaking"]
    if m.params["breaking"]:
        if breaking:
            return "confirmed", _findings_ev(breaking)
        if on:
            return "contradicted", _findings_ev(on) + [Evidence(f"no finding on {', '.join(names)} is breaking", source="reason")]
        return "not_verifiable", _unknown(ctx, names[0], "breaking change")
    if breaking:
        return "contradicted", _findings_ev(breaking)
    verdict, ev = "not_verifiable", []
    for name, what in _entity_targets(m, ctx):
        verdict, ev = _fact_on(ctx, name, what, "works", _q(m, name))
        if verdict != "confirmed":
            break
    return verdict, _findings_ev(on) + ev + ([Evidence(f"no breaking finding on {', '.join(names)}", source="reason")]
                                             if verdict != "contradicted" else [])


def _port_mapping(m: Match, seg: Segment, ctx: Context) -> Verdict:
    want = f"{m.params['host']}:{m.params['container']}"
    hits = [f for f in ctx.findings if f.kind == "port-changed"]
    for f in hits:
        if f.new and want in f.new:
            return "confirmed", _findings_ev([f])
    fact = ctx.fact("config-drift", "ports")
    if fact is not None and isinstance(fact.value, dict):
        head = fact.value.get("head") or {}
        published = [p for ports in head.values() for p in (ports or [])]
        ev = [fact_evidence(fact)]
        if any(str(p).split("/")[0] == m.params["container"] for p in published):
            return ("contradicted" if hits and not any(want in (f.new or "") for f in hits) else "not_verifiable"), ev + _findings_ev(hits)
    if hits:
        return "contradicted", _findings_ev(hits) + [Evidence(f"no port mapping {want} at head", source="reason")]
    return "not_verifiable", [Evidence("the report does not say which host ports compose publishes", source="reason")]


def _relative_present(m: Match, seg: Segment, ctx: Context) -> Verdict:
    fact = ctx.fact("architecture", "relative-imports-added")
    scope = _scope(seg)
    hits = [f for f in ctx.findings if f.kind == "relative-import-added" and _in_scope(f.path, scope)]
    if hits:
        return "confirmed", _findings_ev(hits)
    if fact is not None and isinstance(fact.value, list):
        mine = [x for x in fact.value if not scope or _in_scope(str(x).rsplit(":", 1)[0], scope)]
        return ("confirmed" if mine else "contradicted"), [fact_evidence(fact)]
    return "not_verifiable", ctx.missing("architecture") or [Evidence("architecture published no count of relative imports", source="reason")]


def _entity_private(m: Match, seg: Segment, ctx: Context) -> Verdict:
    names = m.params["names"]
    public = [f for f in ctx.findings if f.kind in ("object-added", "export-removed") and any(on_name(f, n, members=True) for n in names)]
    if public:
        return "contradicted", _findings_ev(public) + [Evidence("the API comparison sees it as public", source="reason")]
    if not ctx.ran("api"):
        return "not_verifiable", [ctx.why_not("api")]
    # no finding is not proof of privacy: a name is private by its leading underscore (its own or its module's)
    public = [n for n in names if not any(part.startswith("_") and not part.startswith("__")
                                          for part in re.split(r"[./]", n.removesuffix("()")) if part)]
    new_private = [c for c in ctx.changes() or [] if c.status in ("added", "renamed") and c.category == "production"
                   and re.match(r"_(?!_)", c.path.rsplit("/", 1)[-1])]
    if public and new_private and re.search(r"(?i)\b(?:a|an|one|the|new)\s+(?:new\s+)?private\s+(?:module|file|helper\s+module|package)\b",
                                            seg.raw):
        # "... now lives in one private module": the module the change added, private by its name
        return "confirmed", [ctx.changes_evidence(), Evidence(f"added, private by its name: {_paths_list(new_private)}",
                                                              source="changes")]
    if public:
        return "not_verifiable", [Evidence(f"{', '.join(public)}: no API finding says it is public, but nothing shows it is "
                                           "private either (its name has no leading underscore)", source="reason")]
    owf = ctx.fact("api", "objects-with-findings")
    return "confirmed", ([fact_evidence(owf)] if owf else [ctx.ran_evidence("api")]) + [Evidence(
        f"{', '.join(names)}: private by its name (a leading underscore), and no API finding shows it public", source="reason")]


def _blocking_present(m: Match, seg: Segment, ctx: Context) -> Verdict:
    names = [n.strip("`()") for n in re.findall(r"`([^`]{1,120})`", seg.raw)] or re.findall(r"\b[a-z_]\w{2,60}\(\)", seg.text)
    hits = [f for f in ctx.findings if f.kind == "blocking-call-in-async" and (not names or any(on_name(f, n, members=True)
                                                                                                 or n in f.message for n in names))]
    if hits:
        return "confirmed", _findings_ev(hits)
    fact = ctx.fact("async-hazards", "blocking-calls-added")
    if fact is not None and fact.value == [] and ctx.ran("async-hazards"):
        return "contradicted", [fact_evidence(fact), Evidence("no blocking call was added inside an async function", source="reason")]
    return "not_verifiable", [Evidence("changeproof reports blocking calls added inside async functions only; it found none "
                                       "on what the claim names", source="reason")]


def _dependency_unused(m: Match, seg: Segment, ctx: Context) -> Verdict:
    removed = [f for f in ctx.findings if f.kind == "dependency-removed"]
    names = {n.lower() for n in re.findall(r"`([^`]{1,80})`", seg.raw)} | {n.lower() for n in m.params.get("names") or []}
    mine = [f for f in removed if not names or _canon(f.object or "") in {_canon(n) for n in names}]
    if names and not mine:
        return "not_verifiable", [Evidence(f"{', '.join(sorted(names))}: not a dependency the change removed; changeproof reports "
                                           "whether a removed dependency is still imported, of no other", source="reason")]
    if not mine:
        return "not_verifiable", [Evidence("no dependency was removed by the change (no dependency-removed finding)", source="reason")]
    still = [f for f in mine if (f.severity == "breaking" or re.search(r"still imported|is imported by|still imports?", f.message))
             and not re.search(r"\bno (?:production or test )?module imports\b", f.message)]
    if still:
        return "contradicted", _findings_ev(still)
    return "confirmed", _findings_ev(mine)


def _tests_collected(m: Match, seg: Segment, ctx: Context) -> Verdict:
    if m.params.get("side") == "base-on-head":
        return _base_side(m, ctx)
    t = ctx.report.tests
    head = base = None
    used = []
    for f in ctx.facts:
        if f.check == "tests" and f.name == "outcomes" and isinstance(f.value, dict):
            if f.subject == "head":
                head, _ = f.value.get("collected"), used.append(f)
            elif f.subject == "base":
                base, _ = f.value.get("collected"), used.append(f)
    if head is None and t is not None:
        head = _counts(t)[4]
    if head is None:
        return _tests_missing(ctx)
    ev = [fact_evidence(f) for f in used] or [_tests_summary(ctx, t or {})]
    if m.params.get("side") == "base":  # "before this change the suite had 5 tests"
        if base is None:
            return "not_verifiable", ev + [Evidence("no count of the tests collected at base", source="reason")]
        return ("confirmed" if base == m.params["n"] else "contradicted"), ev + [
            Evidence(f"{base} tests collected at base; claimed {m.params['n']}", source="reason")]
    if head != m.params["n"]:
        return "contradicted", ev + [Evidence(f"{head} tests collected at head; claimed {m.params['n']}", source="reason")]
    if m.params.get("from") is not None and base is not None and base != m.params["from"]:
        return "contradicted", ev + [Evidence(f"{base} tests collected at base; claimed {m.params['from']}", source="reason")]
    return "confirmed", ev


def _mentions(text: str, value: str) -> bool:
    value = value.strip("'\"`")
    if re.fullmatch(r"\d{1,12}(?:\.\d{1,6})?", value):  # 10 is 10.0
        return any(abs(float(x) - float(value)) < 1e-9 for x in re.findall(r"(?<![\w.])\d{1,12}(?:\.\d{1,6})?(?![\w])", text))
    before = r"(?<![\w.])" if value[:1].isalnum() else ""
    return bool(re.search(rf"(?i){before}{re.escape(value)}(?![\w.])", text))


def _unknown(ctx: Context, name: str, what: str) -> list[Evidence]:
    on = [f for f in ctx.findings if on_name(f, name, members=True)]
    if on:
        return _findings_ev(on)[:MAX_LISTED] + [Evidence(f"none of the findings on {name} is a {what}", source="reason")]
    return [Evidence(f"no finding or fact on {name}: changeproof cannot confirm or refute the {what} (it may be private, "
                     "not Python, or not in the analysed packages)", source="reason")]



def _named_contract(seg: Segment, ctx: Context) -> Verdict | None:
    """ "Contract "a > b" still kept": only the violations of that contract (their message names it)."""
    named = re.search(r"(?i)\bcontracts?\s*[\"'\u201c`]([^\"'\u201d`]{2,80})[\"'\u201d`]|[\"'\u201c`]([^\"'\u201d`]{2,80})[\"'\u201d`]\s+contracts?\b",
                      seg.raw)
    if not named:
        return None
    name = " ".join((named.group(1) or named.group(2)).lower().split())
    broken = [f for f in ctx.findings if f.kind == "boundary-violation"]
    mine = [f for f in broken if name in " ".join(f.message.lower().split())]
    if mine:
        return "contradicted", _findings_ev(mine)
    if broken:
        return "not_verifiable", _findings_ev(broken) + [Evidence(
            f"the violations found are of other contracts; changeproof cannot tell which contract \"{name}\" is", source="reason")]
    return None


def _callers_of_a_kind(seg: Segment, ctx: Context) -> Verdict | None:
    """ "Positional callers are unaffected": only the broken calls of that kind (a call broken by a keyword that
    is no longer accepted is not a positional caller's); with none, call-sites cannot tell that kind apart."""
    kind = re.search(r"\b(?P<k>positional|keyword)\s+(?:callers?|calls?|call\s+sites?|usages?)\b", seg.low)
    if not kind:
        return None
    broken = [f for f in ctx.findings if f.kind == "call-site-broken"]
    other = "keyword" if kind.group("k") == "positional" else "positional"
    mine = [f for f in broken if not (other in f.message.lower() and kind.group("k") not in f.message.lower())]
    if mine:
        return "contradicted", _findings_ev(mine)
    if broken:
        return "not_verifiable", _findings_ev(broken) + [Evidence(
            f"every broken call found is a {other} one; of {kind.group('k')} callers outside the repository call-sites "
            "knows nothing", source="reason")]
    return None


def _added_count(m: Match, seg: Segment, ctx: Context) -> Verdict:
    """ "Two new functions", "one environment variable removed": counted from the fact or findings that list every
    thing of that kind; where only public things are listed, a count above them is not known to be wrong."""
    n, what, status = m.params["n"], m.params["what"], m.params["status"]
    ev: list[Evidence] = []
    actual: int | None = None
    complete = True  # whether private things are counted too
    if what in ("function", "class"):
        if status == "added":
            fact = next((f for f in ctx.facts_of("architecture", "definitions-added") if isinstance(f.value, list)), None)
            if fact is None:
                return "not_verifiable", ctx.missing("architecture") or [Evidence("architecture published no fact on the "
                                                                                 "definitions added", source="reason")]
            names = [str(v).rsplit(":", 1)[-1] for v in fact.value]
            actual = sum(1 for x in names if (x[:1].isupper()) == (what == "class"))
            ev.append(fact_evidence(fact))
        else:
            fact = next((f for f in ctx.facts_of("api", "definitions") if isinstance(f.value, dict)), None)
            changes = ctx.changes() or []
            if fact is None or any(c.status == "deleted" and c.category == "production" for c in changes):
                return "not_verifiable", [Evidence("removed definitions are counted only in modified files, and a production "
                                                   "file was deleted (or the api check published no definitions)", source="reason")]
            names = [x for v in fact.value.values() if isinstance(v, dict) and not str(v.get("module", "")).startswith("tests")
                     for x in v.get("removed") or [] if "." not in x]
            actual = sum(1 for x in names if (x[:1].isupper()) == (what == "class"))
            ev.append(fact_evidence(fact))
    elif what == "env":
        if not ctx.ran("config-drift"):
            return "not_verifiable", [ctx.why_not("config-drift")]
        hits = [f for f in ctx.findings if f.kind == ("env-var-added" if status == "added" else "env-var-removed")]
        actual = len(hits)
        ev = _findings_ev(hits) + ctx.cover("config-drift", "env-vars")
    elif what == "dependency":
        lists = _dep_lists(ctx)
        if lists is None:
            return "not_verifiable", ctx.missing("dependencies") or [Evidence("dependencies published no list of the "
                                                                            "dependencies changed", source="reason")]
        fact, by = lists
        actual = len(by.get(status, set()))
        ev.append(fact_evidence(fact))
    else:  # parameters and methods: the api findings list public ones only
        if not ctx.ran("api"):
            return "not_verifiable", [ctx.why_not("api")]
        complete = False
        if what == "parameter":
            kinds = ("parameter-added-optional", "parameter-added-required") if status == "added" else ("parameter-removed",)
            hits = [f for f in ctx.findings if f.kind in kinds]
        else:
            word = "new method" if status == "added" else "method `"
            hits = [f for f in ctx.findings if f.kind == ("object-added" if status == "added" else "object-removed")
                    and word in f.message]
        actual = len(hits)
        ev = _findings_ev(hits)
    label = {"function": "function", "class": "class", "method": "method", "env": "environment variable",
             "dependency": "dependency", "parameter": "parameter"}[what]
    said = Evidence(f"{actual} {label}(s) {status}; claimed {n} (\"{m.params['phrase']}\")", source="reason")
    if actual == n and (complete or not m.params.get("private")):
        return "confirmed", ev + [said] + ([] if complete else [Evidence("public API only: the count is of public things",
                                                                         source="reason")])
    if actual > n or complete:
        return "contradicted", ev + [said]
    return "not_verifiable", ev + [said, Evidence("only public ones are listed; private ones may make up the rest",
                                                   source="reason")]


_PROJECT_CALLS = re.compile(r"\bcall[\s-]{0,2}sites?\b|\b(?:in|within|across)\s+(?:the|this|our)\s+(?:project|repo\w{0,6}|code\s*base|package)\b",
                            re.IGNORECASE)


def _no_broken_calls(m: Match, seg: Segment, ctx: Context) -> Verdict:
    """ "Callers do not need to change anything": the call-sites check binds the project's own calls; a caller elsewhere
    must change for every breaking API finding (a function made a coroutine binds as before and still breaks)."""
    verdict, ev = _callers_of_a_kind(seg, ctx) or by_findings(
        ctx, seg, lambda f: f.kind == "call-site-broken", ("call-sites",), "call-site-broken finding",
        facts=("calls-checked", "changed-callables"), counted=("calls-broken",), vacuous=("calls-checked",))
    if verdict == "confirmed" and not _PROJECT_CALLS.search(seg.raw) and not m.params.get("positional"):
        breaking = [f for f in ctx.findings if f.category == "api" and f.severity == "breaking"]
        if breaking:
            return "contradicted", _findings_ev(breaking[:MAX_LISTED]) + [Evidence(
                "callers outside the project must change for a breaking API change, whether or not the project's own "
                "calls still bind", source="reason")]
    return verdict, ev


def _no_callers(m: Match, seg: Segment, ctx: Context) -> Verdict:
    """ "Nobody calls `x`": call-sites looks for the callers of the callables the change removed or whose signature
    changed (its callees-called fact); of any other callable it says nothing."""
    missing = ctx.missing("call-sites")
    if missing:
        return "not_verifiable", missing
    called = [f for f in ctx.facts_of("call-sites", "callees-called")]
    values = [str(v) for f in called for v in (f.value or [])]
    name = m.params["names"][0]

    def same(v: str) -> bool:
        return v == name or v.endswith("." + name)
    hits = [f for f in ctx.findings if f.kind == "call-site-broken" and on_name(f, name)]
    if hits or any(same(v) for v in values):
        return "contradicted", _findings_ev(hits) + [fact_evidence(f, name) for f in called]
    changed = [f for f in ctx.findings if f.category == "api" and on_name(f, name) and f.kind in _REMOVAL_KINDS + (
        "parameter-added-required", "parameter-moved", "parameter-now-required")]
    if changed and called:
        return "confirmed", [fact_evidence(f, name) for f in called] + _findings_ev(changed[:1]) + [Evidence(
            f"call-sites looked for the callers of {name} and found none", source="reason")]
    return "not_verifiable", [Evidence(f"call-sites looks for the callers of callables the change removed or whose "
                                       f"signature changed; {name} is not one of them", source="reason")]


EVALUATORS: dict[str, Callable[[Match, Segment, Context], Verdict]] = {
    "changed-file-count": _changed_file_count,
    "listed-file": _listed_file,
    "path-status": _path_status,
    "only-categories": _only_categories,
    "no-production-changes": _no_production,
    "touches-category": _touches_category,
    "no-breaking-changes": _no_breaking,
    "breaking-count": _breaking_count,
    "backward-compatible": _compatible,
    "signatures-unchanged": _signatures,
    "interfaces-unchanged": _interfaces,
    "purely-additive": _additive,
    "nothing-removed": _nothing_removed,
    "no-risk": _no_risk,
    "semver": _semver,
    "version": _version,
    "entity-kept": _entity_kept,
    "entity-removed": _entity_removed,
    "entity-added": _entity_added,
    "entity-changed": _entity_changed,
    "entity-breaking": _entity_breaking,
    "blocking-present": _blocking_present,
    "entity-private": _entity_private,
    "port-mapping": _port_mapping,
    "relative-import-present": _relative_present,
    "dependency-unused": _dependency_unused,
    "tests-collected": _tests_collected,
    "no-logging-added": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "logging-added", ("async-hazards",),
                                                    "logging-added finding", counted=("logging-added",)),
    "no-default-changes": lambda m, s, c: by_findings(c, s, lambda f: f.kind in ("parameter-default-changed", "env-var-default-changed",
                                                                                "parameter-now-required"),
                                                      ("api", "config-drift"), "default changed (parameter or environment variable)",
                                                      facts=("objects-with-findings", "env-vars")),
    "line-count": _line_count,
    "python-version": _python_version,
    "python-requirement": _python_requirement,
    "unmeasured": lambda m, s, c: ("not_verifiable", [Evidence(m.params.get("reason") or f"changeproof does not run {m.params['what']}: "
                                                               "the claim is not measured here", source="reason")]),
    "no-env-var-changes": _env,
    "no-port-changes": _ports,
    "no-config-changes": _config,
    "no-database-changes": _named_settings(_DB_NAME, "database", "database connection code"),
    "no-credential-changes": _named_settings(_CRED_NAME, "credential", "authentication and credential handling in code"),
    "tests-passed-count": _tests_passed_count,
    "pass-rate": _pass_rate,
    "all-tests-pass": _all_pass,
    "tests-failed-count": _failed_count,
    "tests-added-count": _tests_added,
    "no-tests-removed": _no_tests_removed,
    "tests-removed-count": _tests_removed,
    "failure-preexisting": _preexisting,
    "failure-non-critical": _non_critical,
    "failure-caused": _failure_caused,
    "no-category-changes": _no_category,
    "no-broken-call-sites": lambda m, s, c: _no_broken_calls(m, s, c),
    "no-callers": _no_callers,
    "added-count": _added_count,
    "no-ci-changes": _no_ci,
    "logging-added": _logging_added,
    "no-new-dependencies": _deps,
    "no-blocking-io": _blocking,
    "logging-levels": _logging_levels,
    "no-architecture-violations": lambda m, s, c: _named_contract(s, c) or by_findings(c, s, lambda f: f.kind == "boundary-violation", ("architecture",),
                                                              "boundary-violation finding", facts=("import-contracts",),
                                                              counted=("boundary-violations-added",)),
    "absolute-imports": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "relative-import-added", ("architecture",),
                                                    "relative-import-added finding", counted=("relative-imports-added",)),
    "no-duplicate-definitions": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "duplicate-definition", ("architecture",),
                                                            "duplicate-definition finding",
                                                            counted=("duplicate-definitions-added",)),
    "syntax-valid": lambda m, s, c: by_findings(c, s, lambda f: f.kind == "syntax-error", ("syntax",), "syntax-error finding",
                                                facts=("files-checked",), counted=("files-not-parsing",), vacuous=("files-checked",)),
    "imports-valid": lambda m, s, c: _user_imports(s, c) or by_findings(
        c, s, lambda f: f.kind in ("import-broken", "circular-import"), ("imports",), "import-broken or circular-import finding",
        facts=("imports-checked",), counted=("imports-broken",), vacuous=("imports-checked",)),
    "import-statement": _import_statement,
    "contracts-valid": lambda m, s, c: _unchecked_protocols(c) or by_findings(c, s, lambda f: f.kind == "protocol-nonconformance", ("contracts",),
                                                   "protocol-nonconformance finding", facts=("contracts", "implementers-checked"),
                                                   counted=("nonconforming",), vacuous=("implementers-checked",)),
    "entry-point-works": _entry_point,
    "check-clean": lambda m, s, c: by_findings(c, s, lambda f: f.category == m.params["check"] and f.severity in ("breaking", "risk"),
                                               (m.params["check"],), f"breaking or risk finding of `{m.params['check']}`"),
    "runtime-behaviour": _runtime,
}


def evaluate(match: Match, seg: Segment, ctx: Context) -> Verdict:
    verdict, ev = EVALUATORS[match.kind](match, seg, ctx)
    # the most specific line first (a finding, a changed file, a test), then the facts it rests on
    first = next((i for i, e in enumerate(ev) if e.source in ("finding", "changes", "tests")), None)
    if first:
        ev.insert(0, ev.pop(first))
    return verdict, ev


# ------------------------------------------------------------------------------ grounding of confirmations
# Principle 4 of the issue, enforced in one place (``ground``) after every evaluator: a claim is confirmed only
# when every subject it names is something a fact or finding of a check that ran covers, and an exclusive claim
# ("only A and B", "nothing else") only when it was compared with the complete list it excludes from.

_SPAN = re.compile(r"`([^`\n]{1,200})`")
_NUMBERISH = re.compile(r"[v~<>=!^]{0,3}\d[\w.+-]{0,60}|[\d\s.,%x*/+-]{1,60}")
_PATHISH = re.compile(r"[\w./-]{0,200}(?:/|\.(?:py|pyi|toml|cfg|ini|txt|md|rst|ya?ml|json|lock|in))")
_HEAD_NAME = re.compile(r"[A-Za-z_][\w.-]{0,200}")
_NAME_TOKEN = re.compile(r"[A-Za-z_][\w.-]{0,200}")
_EXCLUSIVE = re.compile(r"(?<![-\w])(?:only|nothing\s+else|no\s+other|none\s+other|solely|exclusively)\b", re.IGNORECASE)
_FILE_VERB = re.compile(r"\b(?:touch\w{0,3}|chang\w{0,3}|modif\w{0,6}|edit\w{0,3})\b", re.IGNORECASE)
_PY_SCOPE = re.compile(r"\b(?:python|modules?)\b", re.IGNORECASE)
# the engines changeproof itself runs: naming one ("`pytest`: 6 passed") names the tool, not a subject of the change
_ENGINES = frozenset({"pytest", "ruff", "import-linter", "lint-imports", "git", "changeproof", "pip"})
# evaluators that confirm one thing (a file, an object, a version): an exclusive claim judged by one of them
# ("Version bumped in `pyproject.toml` only") was not compared with what it excludes
_SINGLE_ITEM = frozenset({"path-status", "listed-file", "version", "entity-kept", "entity-removed", "entity-added",
                          "entity-changed", "entity-private", "touches-category", "import-statement", "logging-added"})


def _known_names(ctx: Context) -> set[str]:
    """Every name a fact or finding of the report mentions (lower-cased, with the parts of dotted names)."""
    cached = getattr(ctx, "_known", None)
    if cached is not None:
        return cached
    out: set[str] = set()

    def add(text: str) -> None:
        for tok in _NAME_TOKEN.findall(text):
            tok = tok.strip(".-").lower()
            out.add(tok)
            out.update(p for p in tok.split(".") if p)

    def walk(v: Any, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(v, str):
            add(v)
        elif isinstance(v, dict):
            for k, x in v.items():
                add(str(k))
                walk(x, depth + 1)
        elif isinstance(v, (list, tuple, set)):
            for x in v:
                walk(x, depth + 1)

    for fact in ctx.facts:
        if ctx.ran(fact.check):
            walk(fact.value)
            if fact.subject:
                add(fact.subject)
    for f in ctx.findings:
        for text in (f.object, f.parameter, f.path, f.old, f.new, f.message):
            if text:
                add(text)
    ctx._known = out  # type: ignore[attr-defined]
    return out


def subjects(text: str) -> list[tuple[str, str]]:
    """The things a clause names in code spans, as ``(name, what)``: what is path, option or name."""
    out: list[tuple[str, str]] = []
    for span in _SPAN.findall(text):
        s = span.strip()
        if not s or _NUMBERISH.fullmatch(s):
            continue
        if s.startswith("-"):
            out.append((s.split()[0], "option"))
        elif _PATHISH.fullmatch(s):
            out.append((s, "path"))
        elif (m := _HEAD_NAME.match(s)) and (m.end() == len(s) or s[m.end()] == "("):
            # a name, or a call form `f(x, y)`; a snippet (`async def`, `x = 1`) names no subject of its own
            name = m.group().strip(".-")
            # a dunder (`__all__`, `__init__`) is part of the API model of what it belongs to, not a subject of its own
            if name.lower() not in _ENGINES and not (name.startswith("__") and name.endswith("__")) \
                    and not keyword.iskeyword(name) and name not in ("True", "False", "None"):
                out.append((name, "name"))
    return out


def _named_paths(text: str) -> list[str]:
    return [s for s, what in subjects(text) if what == "path"]


def _covers_path(c: Change, paths: list[str]) -> bool:
    return any(c.path == p or c.path.endswith("/" + p.lstrip("./")) for p in paths)


# a duration or a speed said of running code ("went from 0.4 s to 0.2 s", "2x faster"): measured by nobody here
_RUNTIME_MEASURE = re.compile(r"\b(?:(?:took|takes|taking)\s+(?:about\s+|around\s+|roughly\s+|only\s+|under\s+|over\s+|"
                              r"less\s+than\s+|more\s+than\s+)?(?:\d|a\s+(?:second|minute|while)|longer|less\s+time|"
                              r"more\s+time|twice|half)|went\s+from|dropped\s+from|faster|slower|speed-?ups?|latency|throughput|"
                              r"on\s+my\s+(?:laptop|machine))\b", re.IGNORECASE)  # ("takes the same arguments" is no timing)
# a count of things ("three existing tests", "4 call sites") that an evaluator of one file or object does not count
_COUNT = re.compile(r"\b(?:[2-9]|\d{2,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
                    r"(?:[a-z-]{1,30}\s+)?(?:[a-z-]{1,30}\s+)?[a-z]{1,30}s\b", re.IGNORECASE)
COUNTING_KINDS = frozenset({"changed-file-count", "line-count", "breaking-count", "added-count", "tests-passed-count",
                             "tests-failed-count", "tests-added-count", "tests-removed-count", "pass-rate", "tests-collected"})


# what happens outside the repository: publishing, deploying, reviewing, approving
_OUTSIDE = re.compile(r"\b(?:released\s+(?:to|on)|published|uploaded|deployed|shipped|rolled\s+out|(?:reviewed|approved|signed\s+off)\s+by|"
                      r"in\s+production|on\s+(?:pypi|staging)|to\s+(?:pypi|staging|production)|customers?|users\s+(?:report|confirmed))\b",
                      re.IGNORECASE)
_LINE_REF = re.compile(r"\blines?\s+(?P<a>\d{1,6})(?:\s{0,2}(?:-|–|to|and|through)\s{0,2}(?P<b>\d{1,6}))?\b", re.I)


# a value stated in a claim: a number (not part of a name, a path, a date, a time, a ticket or a version range) or
# a literal in code (`false`, `"utf-8"`)
_VALUE = re.compile(r"(?<![\w.#/:\-])(?P<n>\d{1,9}(?:\.\d{1,9}){0,3})(?![\w/]|[.:\-]\d)")
_LITERAL = re.compile(r"`(?P<v>true|false|none|null|[\"'][^`\"'\n]{1,60}[\"'])`", re.IGNORECASE)
_NOT_VALUES = re.compile(r"\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}\b|\b(?:python|py|step|phase|part|item|pr|issue|ticket|#)\s*\d[\d.]{0,20}"
                         r"|^\s*\d{1,3}[.)]\s|\b\d[\d.]{0,20}\s*(?:%|percent|s\b|ms\b|sec\w{0,5}|min\w{0,5}|x\b)", re.IGNORECASE)


# "`a.py`: ...", "**a.py** - ...": a file, then what happened in it
_FILE_LEAD = re.compile(r"^\W{0,6}(?:[`*_\[]{1,3})?(?P<path>[\w./-]{1,200}\.[a-z]{1,5})(?:[`*_\]]{1,3})?\s*(?:\((?:new|added|deleted|"
                        r"removed|modified)\)\s*)?(?::|\s[\u2014\u2013-])\s+(?P<what>.{1,400})$", re.IGNORECASE)
# what says no more than that the file changed
_STATUS_ONLY = re.compile(r"(?i)^(?:(?:new|added|created|modified|updated|edited|changed|touched|deleted|removed|renamed|"
                          r"untouched|unchanged|not\s+(?:modified|changed|touched)|left\s+(?:alone|as\s+is)|small|minor|"
                          r"file|only|just|the|a|an|one|line|lines|edit|edits|change|changes|version|bump|bumped|"
                          r"[+-]?\d{1,6}|[+-]\d{1,6}\s{0,3}/\s{0,3}-\d{1,6}|and|,|/|\(|\))[\s.]{0,5}){1,12}$")


_CONTENT_VERB = re.compile(r"(?i)\b(checks?|tests|asserts?|verifies|covers|lists|mentions?|documents|describes?|explains?|"
                           r"contains?|includes?|says|notes|records|pins|expects|exercises|warns|tells)\s{1,4}(?:that\b|the\b|a\b|an\b|"
                           r"`|how\b|what\b|why\b|both\b|all\b|each\b|every\b|its\b|their\b|only\b|no\b)")


def _file_description(text: str) -> str | None:
    """What a "`file`: description" claim says of the file's content, when it says more than its status (names code, or
    says what was done); None otherwise."""
    m = _FILE_LEAD.match(text.strip())
    if not m:
        return None
    what = m.group("what").strip()
    if _STATUS_ONLY.match(what):
        return None
    return what


_SPECIFIER_SPAN = re.compile(r"[A-Za-z0-9_.\[\],-]{0,80}\s{0,3}(?P<spec>(?:===|[<>=!~]=?)\s{0,3}\d[\w.*+!-]{0,30}"
                             r"(?:\s{0,3},\s{0,3}(?:===|[<>=!~]=?)\s{0,3}\d[\w.*+!-]{0,30}){0,4})")


def _unseen_values(text: str, ev: list[Evidence], *, with_numbers: bool = True) -> list[str]:
    """The values *text* states that none of the evidence shows (compared numerically: 10 is 10.0)."""
    shown = " ".join([e.text for e in ev] + [t for e in ev if e.finding is not None
                                             for t in (e.finding.old, e.finding.new, e.finding.message) if t])
    numbers = {x for x in re.findall(r"\d{1,9}(?:\.\d{1,9}){0,3}", shown)}
    as_float = set()
    for x in numbers:
        try:
            as_float.add(float(x))
        except ValueError:
            pass
    bare = _SPAN.sub(lambda sp: " " if not _NUMBERISH.fullmatch(sp.group(1).strip()) else sp.group(0), text)
    bare = _NOT_VALUES.sub(" ", bare)
    out = []
    for m in _VALUE.finditer(bare if with_numbers else ""):
        v = m.group("n")
        try:
            if v in numbers or float(v) in as_float or float(v) == 0:  # "0 new dependencies": a count of none
                continue
        except ValueError:
            continue
        out.append(v)
    low = shown.lower()
    flat = re.sub(r"\s", "", low)
    for sp in _SPAN.finditer(text):  # "`colorama>=0.5`": the constraint said, which the evidence must show as said
        spec = _SPECIFIER_SPAN.match(sp.group(1).strip())
        if spec and re.sub(r"\s", "", spec.group("spec").lower()) not in flat:
            out.append(sp.group(1).strip())
    for m in _LITERAL.finditer(text):
        v = m.group("v").lower().strip("\"'")
        if v and v not in low:
            out.append(m.group("v"))
    return out


def _about(f: Finding, name: str, what: str) -> bool:
    """Whether finding *f* is about the thing a claim names (itself, what it contains, its file, or a relation to it
    the finding states: "no longer inherits from `X`")."""
    if what == "path":
        return bool(f.path) and _covers_path_str(f.path, name) or name in (f.message or "")
    if on_name(f, name, members=True):
        return True
    if "." in name and on_name(f, name.rsplit(".", 1)[0], members=True):
        return True  # the class of a named attribute ("`Settings.port`": the findings on `Settings`)
    tail = name.removesuffix("()").rsplit(".", 1)[-1]
    return bool(tail) and any(re.search(rf"(?<![\w.]){re.escape(tail)}(?!\w)", t) for t in (f.object or "", f.parameter or "",
                                                                                          f.old or "", f.new or "", f.message or ""))


def _mentioned(f: Finding, name: str) -> bool:
    """Whether finding *f* states a relation to *name* in what it says (its old or new text, its message)."""
    tail = name.removesuffix("()").rsplit(".", 1)[-1]
    return bool(tail) and any(re.search(rf"(?<![\w.]){re.escape(tail)}(?!\w)|\.{re.escape(tail)}(?!\w)", t)
                              for t in (f.old or "", f.new or "", f.message or ""))


def _covers_path_str(path: str, named: str) -> bool:
    named = named.lstrip("./")
    return path == named or path.endswith("/" + named) or (named.endswith("/") and (path.startswith(named) or f"/{named}" in f"/{path}"))


def _bound(text: str, ev: list[Evidence]) -> Verdict:
    """A contradiction of a claim about named things that rests only on findings, none of which is about anything the
    claim names in code, is a finding bound to the wrong subject (a name of another clause, a thing the sentence only mentions): the claim
    is not contradicted by it."""
    spared = re.search(r"(?i)\b(?:except|besides|other\s+than|apart\s+from|aside\s+from|save\s+for|excluding|beyond)\b.{0,300}",
                       text)
    named = [(n, w) for n, w in subjects(text[:spared.start()] if spared else text) if w in ("name", "path")]
    if not named:
        return "contradicted", ev
    found = [e.finding for e in ev if e.source == "finding" and e.finding is not None]
    other = [e for e in ev if e.source in ("changes", "tests", "fact")]
    if not found or other:
        return "contradicted", ev
    if any(_about(f, n, w) for f in found for n, w in named):
        return "contradicted", ev
    return "not_verifiable", [Evidence(
        f"the findings below are not about {', '.join(f'`{n}`' for n, _ in named[:4])}, which the claim names: they do "
        "not contradict it", source="reason")] + ev


# what a claim says is the same when it speaks of the code itself ("body unchanged", "`a.py` untouched") ...
_CODE_TEXT = re.compile(r"\b(?:body|bodies|code|implementation|source|untouched|modified|edited|rewritten|identical|"
                        r"(?:not|never)\s+touched)\b", re.IGNORECASE)
# ... of its interface (a signature, a default, a type, what a module exports) or of what it does when it runs
_NOT_CODE = re.compile(r"\b(?:API|APIs|interfaces?|signatures?|param(?:eter)?s?|arguments?|defaults?|types?|annotat\w{0,6}|"
                       r"export\w{0,6}|importable|public|behaviou?r\w{0,6}|behaves?|results?|outputs?|order(?:ing)?|works?|working|"
                       r"raises?|messages?|computes?|returns?)\b", re.IGNORECASE)


def _code_bound(text: str, ev: list[Evidence]) -> Verdict | None:
    """A contradiction resting only on "its code changed" (the API engine's definitions fact) of a claim about what
    the code offers or does, not about its text: code changes that keep a signature, or what a function computes,
    are what refactors are; the fact measures the text. None when the rule does not apply."""
    grounds = [e for e in ev if e.source != "reason"]
    if not grounds or not all(e.source == "fact" and e.fact == "api:definitions" and "its code changed" in e.text
                              for e in grounds):
        return None
    if _CODE_TEXT.search(text) or not (said := _NOT_CODE.search(text)):
        return None
    return "not_verifiable", [Evidence(
        f"the claim speaks of \"{said.group()}\" and the evidence measures only that the code changed: a change of the "
        "code is not a change of an interface or of what the code does, so it does not contradict the claim", source="reason")] + grounds


def ground(kind: str, text: str, verdict: str, ev: list[Evidence], ctx: Context, *, counted: bool = False) -> Verdict:
    """The verdict of an evaluator, held to principle 4: a confirmation whose subjects are not all covered by a fact
    of a check that ran, or an exclusive claim not compared with the complete list, is not a confirmation; and a
    contradiction that rests only on findings about other things than the claim names, or only on a change of code
    text when the claim is about an interface or a behaviour, is not a contradiction."""
    if verdict == "contradicted" and (demoted := _code_bound(text, ev)) is not None:
        return demoted
    if verdict == "contradicted" and kind.startswith("entity-"):
        return _bound(text, ev)
    if verdict != "confirmed":
        return verdict, ev
    known = _known_names(ctx)
    changes = ctx.changes()
    loose: list[str] = []
    for name, what in subjects(text):
        if kind == "python-requirement" and re.fullmatch(r"(?i)requires[-_]python|python[-_]requires", name):
            continue  # the key the claim is about, which its fact gives
        if what == "path":
            if changes is None:
                loose.append(name)
        elif what == "option" or not (name.lower() in known or name.lower().rsplit(".", 1)[-1] in known):
            loose.append(name)
    if loose:
        return "not_verifiable", [Evidence(
            f"{', '.join(f'`{n}`' for n in loose[:4])}: no fact or finding of a check that ran covers "
            f"{'it' if len(loose) == 1 else 'them'} (changeproof does not model "
            f"{'this command-line option' if all(n.startswith('-') for n in loose) else 'it'}), so the claim cannot be "
            "confirmed", source="reason")] + ev
    if kind not in ("unmeasured", "runtime-behaviour") and (outside := _OUTSIDE.search(text)):
        # "reviewed and merged", "deployed to staging", "published on PyPI": what happened outside the repository
        return "not_verifiable", [Evidence(f"\"{outside.group()}\" is about something outside the repository, which no check "
                                           "sees: the claim is confirmed only when all of it is", source="reason")] + ev
    if kind not in COUNTING_KINDS | {"unmeasured", "runtime-behaviour", "python-requirement"} and _RUNTIME_MEASURE.search(text):
        return "not_verifiable", [Evidence("part of this claim is a timing or speed of running code, which changeproof "
                                           "does not measure: it is confirmed only when all of it is", source="reason")] + ev
    if kind not in COUNTING_KINDS and (where := _LINE_REF.search(text)):
        # "(lines 16-18 of `a.py`)": where in the file is part of the claim, and a fact on the object is not on its lines
        cited = [n for n in where.group("a", "b") if n]
        if not all(any(re.search(rf"(?:[:#]|\bline\s){n}\b", e.text) for e in ev) for n in cited):
            return "not_verifiable", [Evidence(f"\"{where.group()}\": no fact or finding of a check that ran places "
                                               "what it says at these lines, so the claim is not confirmed", source="reason")] + ev
    if kind not in COUNTING_KINDS | {"version", "semver", "python-version", "python-requirement", "pass-rate"}:
        unseen = _unseen_values(text, ev, with_numbers=not counted)  # (a count is judged by its own claim)
        if unseen:
            # "`batch_size` keeps its default of 50", "pinned to exactly 2.0.1": a value the claim states and no
            # evidence shows was not compared, so the claim is not confirmed on the rest of it
            return "not_verifiable", [Evidence(f"{', '.join(unseen[:3])}: the claim states this value and no fact or finding "
                                               "of a check that ran shows it, so the claim is not confirmed", source="reason")] + ev
    if kind in ("path-status", "listed-file") and (what := _file_description(text)) \
            and (kind == "path-status" or _SPAN.search(what)):
        # "`a.py`: `DONE` replaces `CLOSED`": that the file changed is measured, what it says changed in it is not
        return "not_verifiable", [Evidence(f"the file's status is measured; what the claim says of its content (\"{what[:80]}\") "
                                           "is not, so the claim is not confirmed", source="reason")] + ev
    if kind in ("path-status", "listed-file") and verdict == "confirmed" and (what := _CONTENT_VERB.search(text)):
        # "The new `tests/test_layout.py` checks that ...", "`CHANGELOG.md` is new and lists both changes": that the file
        # changed is measured, what it says or checks is not
        return "not_verifiable", [Evidence(f"the file's status is measured; what the claim says it {what.group(1)} is not, so "
                                           "the claim is not confirmed", source="reason")] + ev
    exhaustive = any("exactly" in e.text for e in ev)  # the evaluator compared the whole change list
    if kind in _SINGLE_ITEM and not exhaustive and not counted and (count := _COUNT.search(text)):
        return "not_verifiable", [Evidence(f"\"{count.group()}\": no fact of a check that ran counts these, so the claim "
                                           "is not confirmed", source="reason")] + ev
    paths = _named_paths(text) or _paths(text)
    # "only" said of files ("in `pyproject.toml` only", "`a.py`: ..., nothing else"); "additions only" is not
    if _EXCLUSIVE.search(text) and kind in _SINGLE_ITEM and not exhaustive and paths:
        said_of = re.search(r"(?i)\bonly\s+(?:the\s+)?(?:files?\s+)?`([^`\n]{1,200})`", text)
        of_a_name = bool(said_of) and not re.search(r"/|\.[A-Za-z]{1,5}$", said_of.group(1))
        if changes is not None and paths and _FILE_VERB.search(text) and kind in ("path-status", "listed-file") and not of_a_name:
            # (not "in `formats.py` only `CsvExporter.export` changed": what is exclusive there is a name in the file)
            pool = [c for c in changes if c.category == "production"]
            if _PY_SCOPE.search(text):
                pool = [c for c in pool if c.path.endswith(".py")]
            others = [c for c in pool if not _covers_path(c, paths)]
            if others:
                return "contradicted", [Evidence(f"the change also touches {_paths_list(others)}", source="changes"),
                                        ctx.changes_evidence()]
        return "not_verifiable", [Evidence(
            "an exclusive claim (\"only\", \"nothing else\") is confirmed only when compared with everything it "
            "excludes, and this one was not", source="reason")] + ev
    return verdict, ev
