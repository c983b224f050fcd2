"""The catalog of finding kinds: one entry per kind, with its stable id, default severity and docs.

docs/rules.md is generated from this module (``python -m changeproof.rules > docs/rules.md``) and a test
keeps the two in step, so the catalog has one source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str  # default severity: "breaking" | "risk" | "info"
    title: str
    explanation: str
    before: str
    after: str


RULES: dict[str, Rule] = {}


def rule(id: str, category: str, severity: str, title: str, explanation: str, before: str, after: str) -> Rule:
    r = Rule(id, category, severity, title, " ".join(explanation.split()), before.strip("\n"), after.strip("\n"))
    if id in RULES:
        raise ValueError(f"duplicate rule id {id}")
    RULES[id] = r
    return r


from . import _rules_api  # noqa: E402,F401  (registers the API rules)
from .checks import all_checks as _all_checks  # noqa: E402

_all_checks()  # importing each check module registers its kinds


def get(kind: str) -> Rule:
    return RULES[kind]


def category_titles() -> dict[str, str]:
    """Category id -> title, in report order (computed on use: a check module imported first still counts)."""
    return {"api": "API compatibility", **{c.id: c.title for c in _all_checks() if c.id != "api"}}


def render_markdown() -> str:
    lines = [
        "# Finding kinds",
        "",
        "Every finding changeproof reports has one of these kinds. The id is stable and the same in every",
        "output format; the severity is the default (a finding may say `risk` instead of `breaking` when the",
        "engine cannot prove either way, and says why in its message).",
        "",
        "This file is generated from `src/changeproof/rules.py`: `python -m changeproof.rules > docs/rules.md`.",
        "",
    ]
    titles = category_titles()
    by_cat: dict[str, list[Rule]] = {cat: [] for cat in titles}
    for r in RULES.values():
        by_cat.setdefault(r.category, []).append(r)
    by_cat = {cat: rules for cat, rules in by_cat.items() if rules}
    order = {"breaking": 0, "risk": 1, "info": 2}
    for cat, rules in by_cat.items():
        lines += [f"## {titles.get(cat, cat)}", "", "| kind | severity | title |", "| --- | --- | --- |"]
        rules = sorted(rules, key=lambda r: (order[r.severity], r.id))
        for r in rules:
            lines.append(f"| [`{r.id}`](#{r.id}) | {r.severity} | {r.title} |")
        lines.append("")
        for r in rules:
            lines += [f"### {r.id}", "", f"**Severity:** {r.severity}. {r.title}.", "", r.explanation, ""]
            lines += ["Before:", "", "```python", r.before, "```", "", "After:", "", "```python", r.after, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    import sys

    # run as a script this module is `__main__`, a second copy: render from the real, registered one
    from changeproof.rules import render_markdown as _render

    sys.stdout.write(_render())
