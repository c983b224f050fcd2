"""Fixed reports for the renderer tests and the render benchmark: empty, the demo's two, a hostile one, and a
generated one of any size (deterministic: the same n gives the same report)."""

from __future__ import annotations

import json
from pathlib import Path

from changeproof.model import (
    Change,
    CheckRun,
    Fact,
    Finding,
    Problem,
    Report,
    Revision,
    report_from_json,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def load(name: str) -> Report:
    """A report saved under tests/data/reports (the demo's: ``demo-additive``, ``demo-risky``)."""
    return report_from_json(json.loads((DATA / "reports" / f"{name}.json").read_text(encoding="utf-8")))


def empty() -> Report:
    return Report(base=Revision("v1.0", "1" * 40), head=Revision("v1.1", "2" * 40), tool_version="0.1.0")


# kinds of the generated report: fixed here (not read from the catalog) so that its rendering stays pinned
KINDS = [("parameter-removed", "api", "breaking"), ("parameter-moved", "api", "breaking"),
         ("object-removed", "api", "breaking"), ("parameter-default-changed", "api", "risk"),
         ("object-added", "api", "info"), ("call-site-broken", "call-sites", "breaking"),
         ("import-broken", "imports", "breaking"), ("protocol-nonconformance", "contracts", "breaking"),
         ("env-var-added", "config-drift", "breaking"), ("boundary-violation", "architecture", "breaking"),
         ("blocking-call-in-async", "async-hazards", "risk"), ("test-regression", "tests", "breaking"),
         ("dependency-constraint-changed", "dependencies", "info"), ("syntax-error", "syntax", "breaking")]
TITLES = {"changed-files": "Changed files", "syntax": "Syntax", "api": "API compatibility", "call-sites": "Call sites",
          "imports": "Imports", "contracts": "Contracts", "config-drift": "Configuration drift",
          "dependencies": "Dependencies", "architecture": "Architecture",
          "async-hazards": "Async and performance hazards", "tests": "Tests"}


def generated(n: int = 10_000) -> Report:
    """``n`` findings over n/20 files, every check, every severity; some pre-existing, some acknowledged."""
    findings = []
    for i in range(n):
        kind, category, severity = KINDS[i % len(KINDS)]
        module = f"pkg{i % 7}/sub{i % 13}/mod{i // 20}"
        if i % 11 == 0:
            severity = "risk"
        old = f"def func_{i}(self, value: int, timeout: float = {i % 5}.0) -> list[str]" if i % 3 else None
        new = f"def func_{i}(self, value: int | None) -> list[str]" if i % 4 else None
        findings.append(Finding(kind=kind, category=category, severity=severity,
                                object=f"{module.replace('/', '.')}.Class{i % 9}.func_{i}",
                                parameter="timeout" if i % 5 == 0 else None, path=f"{module}.py", line=1 + i % 400,
                                message=f"{kind} ({i}): callers of `func_{i}` that pass `timeout` now fail",
                                old=old, new=new, preexisting=i % 97 == 0,
                                acknowledged=f"accepted in review {i}" if i % 89 == 0 else None,
                                semver="major" if severity == "breaking" else "patch"))
    checks = [CheckRun(cat, title, "ran" if cat != "dependencies" else "not-applicable", 0.01 * (j + 1),
                       f"{title}: checked", runs_code=cat == "tests") for j, (cat, title) in enumerate(TITLES.items())]
    report = Report(base=Revision("main", "a" * 40), head=Revision("feature", "b" * 40), findings=findings,
                    problems=[Problem(f"pkg{j}/broken.py", "does not parse: invalid syntax at line 3", "head") for j in range(5)],
                    tool_version="0.1.0", checks=checks,
                    changes=[Change(f"pkg{i % 7}/sub{i % 13}/mod{i}.py", "modified", "production", None, i % 30, i % 7)
                             for i in range(max(1, n // 20))],
                    facts=[Fact("changed-files", "files", max(1, n // 20), detail="files the change touches")])
    report.required = {cat: "the change touches production Python files" for cat in TITLES}
    return report


HOSTILE = '<script>window.pwned=1</script>"onmouseover="window.pwned=2" <img src=x onerror="window.pwned=3">'


def hostile() -> Report:
    """Every text field the repository can put into a report, set to markup that would run if not escaped."""
    h = HOSTILE
    f = Finding(kind="parameter-removed", category="api", severity="breaking", object=f"pkg.{h}", parameter=h,
                path=f'pkg/"onmouseover=alert(1) {h}.py', line=3, message=f"removed `{h}` and {h}", old=h, new=f"</pre>{h}")
    ack = Finding(kind="object-removed", category="api", severity="risk", object=h, parameter=None, path=h, line=None,
                  message=h, old=None, new=h, acknowledged=h)
    long_name = "x" * 400  # one unbreakable word: must wrap, not widen the page
    wide = Finding(kind="object-added", category="api", severity="info", object=f"pkg.{long_name}", parameter=None,
                   path=f"pkg/{long_name}.py", line=1, message=long_name, old=None, new=f"def {long_name}(): ...")
    report = Report(base=Revision(h, None), head=Revision(h, "c" * 40), findings=[f, ack, wide],
                    problems=[Problem(h, h, "head")], tool_version=h,
                    checks=[CheckRun("api", h, "ran", 0.1, h), CheckRun("tests", "Tests", "ran", 1.0, h, True)],
                    changes=[Change(h, "modified", "production", h, 1, 2)],
                    facts=[Fact("api", h, {h: [h]}, subject=h, detail=h)],
                    tests={"summary": h, "head": {"collected": 1, "failed": 1}, "regressions": [h], "new": [], "flaky": [],
                           "removed": [], "fixed": None, "skipped_now": None, "preexisting_failures": [], "base_unknown": [],
                           "details": {h: {"message": h, "path": h, "line": 2, "base_outcome": "passed"}}})
    report.required = {"api": h, "tests": h, "imports": h}
    return report
