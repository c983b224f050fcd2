"""The one vocabulary of changeproof: plain dataclasses shared by checks, commands and renderers.

Checks produce :class:`Finding` objects; commands assemble a :class:`Report`; renderers only read it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from . import redact

SCHEMA = "changeproof.report/2"
READABLE_SCHEMAS = ("changeproof.report/1", SCHEMA)  # what `merge`, `report` and `verify --report` read

SEVERITIES = ("breaking", "risk", "info")
_SEVERITY_RANK = {"info": 0, "risk": 1, "breaking": 2}


def severity_rank(severity: str) -> int:
    return _SEVERITY_RANK[severity]


BUMPS = ("none", "patch", "minor", "major")


@dataclass(frozen=True)
class Rule:
    """One finding kind: its stable id, the check that emits it, default severity, semver effect and docs.

    Rules are data: each check folder lists its own (``checks/<id>/rules.py``), the catalog assembles them,
    and a finding is emitted from the rule object itself, so a misspelt kind fails at import."""

    id: str
    category: str  # the id of the check that emits it
    severity: str  # default severity: "breaking" | "risk" | "info"
    title: str
    explanation: str
    before: str
    after: str
    semver: str = "patch"  # the version bump a finding of this kind calls for: "major" | "minor" | "patch"

    def finding(self, *, path: str | None, line: int | None, message: str, object: str | None = None,
                parameter: str | None = None, old: str | None = None, new: str | None = None,
                severity: str | None = None, preexisting: bool = False) -> Finding:
        """A finding of this kind, with the rule's default severity unless one is given."""
        severity = severity or self.severity
        bump = "major" if severity == "breaking" else ("minor" if self.semver == "minor" else "patch")
        return Finding(kind=self.id, category=self.category, severity=severity, object=object, parameter=parameter,
                       path=path, line=line, message=message, old=old, new=new, preexisting=preexisting, semver=bump)


def rule(id: str, category: str, severity: str, title: str, explanation: str, before: str, after: str, *,
         semver: str | None = None) -> Rule:
    """A Rule with its docs' whitespace normalised; semver defaults to major for breaking kinds, else patch."""
    if severity not in SEVERITIES:
        raise ValueError(f"rule {id}: unknown severity {severity!r}")
    bump = semver or ("major" if severity == "breaking" else "patch")
    if bump not in BUMPS[1:]:
        raise ValueError(f"rule {id}: unknown semver effect {bump!r}")
    return Rule(id, category, severity, title, " ".join(explanation.split()), before.strip("\n"), after.strip("\n"), bump)


@dataclass
class Finding:
    """One piece of evidence: what changed, where, and why it matters."""

    kind: str  # stable rule id, e.g. "parameter-removed"
    category: str  # "api", "syntax", ...
    severity: str  # "breaking" | "risk" | "info"
    object: str | None  # dotted public path, e.g. "pkg.Manager.send_to_user"
    parameter: str | None
    path: str | None  # file (relative to the project root) where the evidence is: head side, or base for removals
    line: int | None
    message: str
    old: str | None = None
    new: str | None = None
    # set when a [tool.changeproof] ignore entry matched: the finding stays visible as acknowledged
    acknowledged: str | None = None
    # True when the same problem was already there at base: listed apart, never held against the change
    preexisting: bool = False
    # the version bump this finding calls for (from its rule): "major" | "minor" | "patch"
    semver: str = "patch"

    def __post_init__(self) -> None:
        # what every report shows, whatever check made the finding and whatever renders it: names escaped, values
        # of anything named like a secret (and anything shaped like a key) redacted
        # a value holder named like a secret: a parameter, or a constant (UPPER_CASE); a function named
        # validate_token holds no secret, and lines that bind a secret name are judged on their own (redact)
        last = (self.object or "").rsplit(".", 1)[-1]
        secret = redact.secret_name(self.parameter) or (last.isupper() and redact.secret_name(last))
        self.object, self.parameter, self.path = redact.name(self.object), redact.name(self.parameter), redact.name(self.path)
        self.message = redact.shown(self.message, context=secret) or ""
        self.old, self.new = redact.shown(self.old, context=secret), redact.shown(self.new, context=secret)
        self.acknowledged = redact.shown(self.acknowledged)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if data["acknowledged"] is None:
            del data["acknowledged"]
        if not data["preexisting"]:
            del data["preexisting"]
        return data

    def sort_key(self) -> tuple:
        return (-severity_rank(self.severity), self.object or "", self.kind, self.parameter or "", self.path or "", self.line or 0)


@dataclass
class Problem:
    """An input that could not be analysed: never a silent skip."""

    path: str
    message: str
    side: str | None = None  # "base" | "head" | None

    def __post_init__(self) -> None:
        self.path, self.message = redact.name(self.path) or "", redact.shown(self.message) or ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Change:
    """One changed file: what the change did to it, and what kind of file it is."""

    path: str
    status: str  # added | modified | deleted | renamed
    category: str  # production | test | docs | config | ci | dependencies | other
    old_path: str | None = None
    added: int | None = None  # lines; None for binary files
    removed: int | None = None

    def __post_init__(self) -> None:
        self.path, self.old_path = redact.name(self.path) or "", redact.name(self.old_path)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# What a check did. "ran" and "not-applicable" (it looked and there was nothing of its kind to check: no
# dependency declaration changed, no Python package...) are evidence; "skipped" (not selected, not requested) and
# "failed" (an internal error, or it could not run: no pytest...) are not.
CHECK_STATUSES = ("ran", "not-applicable", "skipped", "failed")
COVERED = ("ran", "not-applicable")


@dataclass
class Fact:
    """A measurement a check made, whatever its reporting policy: what a judgement was made from.

    A finding is a judgement ("this import breaks a contract"); a fact is what was counted ("relative imports
    added: 0, over 14 changed files"). Only a fact can confirm that something is absent."""

    check: str  # the check that measured it
    name: str  # what was measured, e.g. "relative-imports-added" (documented in docs/report-format.md)
    value: Any  # JSON: a count, a list, a mapping, a string or null (not measured)
    subject: str | None = None  # what it is about when there is one per thing: a path, an env var, a dependency...
    detail: str | None = None  # one line for people

    def __post_init__(self) -> None:
        self.subject, self.detail = redact.name(self.subject), redact.shown(self.detail)
        if isinstance(self.value, str):
            self.value = redact.shown(self.value)
        elif isinstance(self.value, list) and all(isinstance(v, str) for v in self.value):
            self.value = [redact.shown(v) for v in self.value]

    @property
    def id(self) -> str:
        return f"{self.check}:{self.name}" + (f":{self.subject}" if self.subject else "")

    def to_json(self) -> dict[str, Any]:
        data = {"id": self.id, "check": self.check, "name": self.name, "value": self.value}
        if self.subject is not None:
            data["subject"] = self.subject
        if self.detail is not None:
            data["detail"] = self.detail
        return data


@dataclass
class CheckRun:
    """What one check did: ran (and how long it took), had nothing to check, was skipped (and why), or failed."""

    name: str
    title: str
    status: str  # one of CHECK_STATUSES
    duration: float  # seconds
    summary: str
    runs_code: bool = False

    def __post_init__(self) -> None:
        self.summary = redact.shown(self.summary) or ""

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "status": self.status, "duration": round(self.duration, 3),
                "summary": self.summary, "runs_code": self.runs_code}


@dataclass
class Revision:
    ref: str  # what the user named: "main", "WORKTREE", "/some/dir", "click==8.1.7"
    sha: str | None  # commit sha when the side is a git revision, else None

    def __post_init__(self) -> None:
        self.ref = redact.name(self.ref) or ""

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "sha": self.sha}


@dataclass
class Report:
    base: Revision
    head: Revision
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tool_version: str = ""
    changes: list[Change] | None = None  # `check` only
    checks: list[CheckRun] | None = None  # `check` only
    tests: dict[str, Any] | None = None  # `check --tests` only
    version: dict[str, Any] | None = None  # `check` only, when pyproject declares a version on both sides
    facts: list[Fact] | None = None  # `check` only: what each check measured
    # `check` only: the checks this change needs (check id -> why), from what it touches
    required: dict[str, str] | None = None

    @property
    def coverage(self) -> dict[str, Any]:
        """What the verdict rests on: the checks the change needed, which of them did not run, and what could
        not be analysed. ``complete`` only when every needed check ran (or had nothing to check) and every
        input was analysed."""
        runs = {c.name: c for c in self.checks or []}
        required = dict(self.required or {})
        missing = []
        for name, why in required.items():
            run = runs.get(name)
            if run is None or run.status not in COVERED:
                missing.append({"check": name, "why": why, "status": run.status if run else "skipped",
                                "reason": run.summary if run else "not run"})
        return {
            "complete": not missing and not self.problems,
            "required": required,
            "missing": missing,
            "ran": [c.name for c in self.checks or [] if c.status == "ran"],
            "not_applicable": [c.name for c in self.checks or [] if c.status == "not-applicable"],
            "not_run": [c.name for c in self.checks or [] if c.status in ("skipped", "failed")],
            "unanalysed": len(self.problems),
        }

    @property
    def complete(self) -> bool:
        return self.coverage["complete"]

    @property
    def active_findings(self) -> list[Finding]:
        """Findings the change is answerable for: not acknowledged, not already there at base."""
        return [f for f in self.findings if f.acknowledged is None and not f.preexisting]

    @property
    def verdict(self) -> str:
        """breaking / risky from what was found; otherwise safe only when the evidence is complete, else
        unverified (nothing was found, but not everything the change needs was checked)."""
        ranks = [severity_rank(f.severity) for f in self.active_findings]
        top = max(ranks, default=0)
        if top >= 2:
            return "breaking"
        if top >= 1:
            return "risky"
        if not self.complete:
            return "unverified"
        return "safe"

    @property
    def semver(self) -> str:
        """The smallest version bump the findings allow (semantic versioning)."""
        active = self.active_findings
        if any(f.severity == "breaking" for f in active):
            return "major"
        if any(f.semver == "minor" for f in active):
            return "minor"
        if active or self.problems or self.changes:
            return "patch"
        return "none"

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITIES}
        for f in self.active_findings:
            out[f.severity] += 1
        out["acknowledged"] = sum(1 for f in self.findings if f.acknowledged is not None)
        out["preexisting"] = sum(1 for f in self.findings if f.preexisting and f.acknowledged is None)
        return out

    def to_json(self) -> dict[str, Any]:
        from . import __version__

        data = {
            "schema": SCHEMA,
            "tool": {"name": "changeproof", "version": self.tool_version or __version__},
            "base": self.base.to_json(),
            "head": self.head.to_json(),
            "verdict": self.verdict,
            "semver": self.semver,
            # a semver bump below major is a lower bound when not everything was checked
            "semver_certain": self.semver == "major" or self.complete,
            "coverage": self.coverage,
            "summary": self.counts(),
            "findings": [f.to_json() for f in sorted(self.findings, key=Finding.sort_key)],
            "problems": [p.to_json() for p in self.problems],
        }
        if self.changes is not None:
            data["changes"] = [c.to_json() for c in self.changes]
        if self.checks is not None:
            data["checks"] = [c.to_json() for c in self.checks]
        if self.tests is not None:
            data["tests"] = self.tests
        if self.version is not None:
            data["version"] = self.version
        if self.facts is not None:
            data["facts"] = [f.to_json() for f in self.facts]
        return data


def _legacy_semver(finding: dict[str, Any]) -> str:
    """The semver effect of a finding from a report written before findings carried it."""
    if finding.get("severity") == "breaking":
        return "major"
    return "minor" if finding.get("kind") in ("object-added", "parameter-added-optional", "parameter-type-widened",
                                              "return-type-narrowed") else "patch"


class InvalidReport(ValueError):
    """JSON that is not a changeproof report: the message says where and what is wrong."""


def _reading_schema(version: str) -> dict[str, Any]:
    """The report schema as a reader applies it: /2 as written; /1 (older writers) without what /2 added."""
    import copy
    import json
    from importlib import resources

    schema = json.loads((resources.files("changeproof") / "schemas" / "report.schema.json").read_text("utf-8"))
    if version != SCHEMA:
        schema = copy.deepcopy(schema)
        schema["properties"]["schema"] = {"enum": list(READABLE_SCHEMAS)}
        schema["required"] = [k for k in schema["required"] if k not in ("semver_certain", "coverage")]
        schema["properties"].pop("coverage", None)
        schema["properties"].pop("semver_certain", None)
    return schema


def validate_report_json(data: Any) -> None:
    """Raise :class:`InvalidReport` saying what is wrong when ``data`` is not a report (the one check behind
    `merge`, `report` and `verify --report`): validated against ``schemas/report.schema.json``."""
    if not isinstance(data, dict):
        raise InvalidReport(f"the top level is {type(data).__name__ if data is not None else 'null'}, not an object")
    if data.get("schema") not in READABLE_SCHEMAS:
        raise InvalidReport(f"not a {SCHEMA} report (schema: {data.get('schema')!r})")
    import jsonschema

    validator = jsonschema.Draft202012Validator(_reading_schema(data["schema"]))
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
        raise InvalidReport(f"{where or 'the report'}: {message}")


def report_from_json(data: dict[str, Any]) -> Report:
    """A Report back from its JSON form (for `changeproof merge` of shard reports); :class:`InvalidReport`
    (a ValueError) saying what is wrong when ``data`` is not a report."""
    validate_report_json(data)
    findings = [Finding(**{k: f.get(k) for k in ("kind", "category", "severity", "object", "parameter", "path", "line",
                                                  "message", "old", "new", "acknowledged")},
                        preexisting=bool(f.get("preexisting", False)), semver=f.get("semver") or _legacy_semver(f))
                for f in data.get("findings", [])]
    problems = [Problem(path=p["path"], message=p["message"], side=p.get("side")) for p in data.get("problems", [])]
    changes = None if data.get("changes") is None else [Change(**c) for c in data["changes"]]
    checks = None if data.get("checks") is None else [
        CheckRun(c["name"], c["title"], c["status"], float(c["duration"]), c["summary"], c.get("runs_code", False))
        for c in data["checks"]]
    report = Report(base=Revision(**data["base"]), head=Revision(**data["head"]), findings=findings, problems=problems,
                    tool_version=data.get("tool", {}).get("version", ""), changes=changes, checks=checks,
                    tests=data.get("tests"))
    report.version = data.get("version")
    if data.get("facts") is not None:
        report.facts = [Fact(check=f["check"], name=f["name"], value=f.get("value"), subject=f.get("subject"),
                             detail=f.get("detail")) for f in data["facts"]]
    coverage = data.get("coverage")
    if isinstance(coverage, dict) and isinstance(coverage.get("required"), dict):
        report.required = dict(coverage["required"])
    return report
