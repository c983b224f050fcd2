"""The catalog of finding kinds, assembled explicitly from the check folders (never by import side effects).

Each check lists its kinds in ``checks/<id>/rules.py`` (the API and tests kinds are defined with the engines that
emit them, ``api/rules.py`` and ``testing/rules.py``, and re-exported by their check folders). docs/rules.md is
generated from here (``python -m changeproof.catalog > docs/rules.md``) and a test keeps the two in step.
"""

from __future__ import annotations

import importlib

from .checks import MODULES
from .model import Rule


def _rule_modules() -> list:
    return [importlib.import_module(f"changeproof.checks.{name}.rules") for name in MODULES]


def _assemble() -> tuple[dict[str, Rule], dict[str, str]]:
    rules: dict[str, Rule] = {}
    titles: dict[str, str] = {}
    for module in _rule_modules():
        titles[module.ID] = module.TITLE
        for r in module.RULES:
            if r.id in rules:
                raise ValueError(f"duplicate rule id {r.id}")
            if r.category != module.ID:
                raise ValueError(f"rule {r.id} is listed by {module.ID} but says category {r.category}")
            rules[r.id] = r
    return rules, titles


RULES, CATEGORY_TITLES = _assemble()


def get(kind: str) -> Rule:
    return RULES[kind]


def category_titles() -> dict[str, str]:
    """Category (check) id -> title, in report order."""
    return dict(CATEGORY_TITLES)


def render_markdown() -> str:
    lines = [
        "# Finding kinds",
        "",
        "Every finding changeproof reports has one of these kinds. The id is stable and the same in every",
        "output format; the severity is the default (a finding may say `risk` instead of `breaking` when the",
        "engine cannot prove either way, and says why in its message); the semver column is the version bump",
        "a finding of the kind calls for.",
        "",
        "This file is generated from the check folders (`src/changeproof/checks/<id>/rules.py`):",
        "`python -m changeproof.catalog > docs/rules.md`.",
        "",
    ]
    by_cat: dict[str, list[Rule]] = {cat: [] for cat in CATEGORY_TITLES}
    for r in RULES.values():
        by_cat[r.category].append(r)
    order = {"breaking": 0, "risk": 1, "info": 2}
    for cat, rules in by_cat.items():
        if not rules:
            continue
        lines += [f"## {CATEGORY_TITLES[cat]}", "", "| kind | severity | semver | title |", "| --- | --- | --- | --- |"]
        rules = sorted(rules, key=lambda r: (order[r.severity], r.id))
        for r in rules:
            lines.append(f"| [`{r.id}`](#{r.id}) | {r.severity} | {r.semver} | {r.title} |")
        lines.append("")
        for r in rules:
            lines += [f"### {r.id}", "", f"**Severity:** {r.severity}. **Semver:** {r.semver}. {r.title}.", "",
                      r.explanation, ""]
            lines += ["Before:", "", "```python", r.before, "```", "", "After:", "", "```python", r.after, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(render_markdown())
