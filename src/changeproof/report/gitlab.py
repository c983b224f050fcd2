"""GitLab Code Quality JSON (``artifacts: reports: codequality``): one issue per finding the change introduced.

Severity: breaking -> critical, risk -> major, info -> info. The fingerprint is stable across runs (kind, object,
parameter, file; not the line) and unique within the file. Findings without a file point at the project root
(``.``); pre-existing and acknowledged findings are left out (they are not the change's), and so are inputs that
could not be analysed, which GitLab's format has no place for (the other formats list them).
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from .view import fingerprint, label, split

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report

SEVERITIES = {"breaking": "critical", "risk": "major", "info": "info"}


def gitlab_issues(report: Report) -> list[dict[str, Any]]:
    issues = []
    seen: dict[str, int] = {}
    for f in split(report).active:
        base = fingerprint(f)
        n = seen.get(base, 0)
        seen[base] = n + 1
        fp = hashlib.md5(f"{base}:{n}".encode(), usedforsecurity=False).hexdigest()
        name = label(f, full=True)
        description = f"{f.kind}: {name}: {f.message}" if name else f"{f.kind}: {f.message}"
        issue: dict[str, Any] = {
            "type": "issue",
            "check_name": f.kind,
            "description": description,
            "categories": ["Compatibility" if f.category in ("api", "call-sites", "imports", "contracts") else "Bug Risk"],
            "severity": SEVERITIES.get(f.severity, "info"),
            "fingerprint": fp,
            "location": {"path": f.path or ".", "lines": {"begin": f.line or 1}},
        }
        issues.append(issue)
    return issues


def render_gitlab(report: Report) -> str:
    return json.dumps(gitlab_issues(report), indent=2, ensure_ascii=False) + "\n"
