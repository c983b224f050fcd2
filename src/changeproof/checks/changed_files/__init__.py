"""Changed files: every file the change touched, what the change did to it, and what kind of file it is.

The classification (categories and rules: :mod:`changeproof.project.files`) fills the report's table of changes
(``Report.changes``). This check never produces findings: a file being touched is not evidence of anything; it
publishes the counts as facts.
"""

from __future__ import annotations

from ... import model
from ...project.files import CATEGORIES, classify, package_dirs
from ..base import Check, CheckContext

__all__ = ["CHECK", "ChangedFiles", "changes", "classify", "package_dirs"]

ORDER = CATEGORIES


def changes(ctx: CheckContext) -> list[model.Change]:
    """Every changed file of the context as a report :class:`~changeproof.model.Change`, classified."""
    return list(ctx.project.changes)


def has_test_suite(ctx: CheckContext) -> bool:
    """True when the head tree has Python test files (by the same rules as the `test` category)."""
    return ctx.project.has_test_suite


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class ChangedFiles(Check):
    id = "changed-files"
    title = "Changed files"
    reads = "the list of changed files (renames detected) and their line counts; [tool.changeproof] classify"

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}
        self.total = 0
        self.added = 0
        self.removed = 0
        self.binary = 0

    def run(self, ctx: CheckContext) -> list[model.Finding]:
        found = changes(ctx)
        self.total = len(found)
        self.counts = {}
        for c in found:
            self.counts[c.category] = self.counts.get(c.category, 0) + 1
        self.added = sum(c.added or 0 for c in found)
        self.removed = sum(c.removed or 0 for c in found)
        self.binary = sum(1 for c in found if c.added is None and c.removed is None)
        by: dict[str, dict[str, int]] = {}
        paths: dict[str, list[str]] = {}
        for c in found:
            by.setdefault(c.category, {}).setdefault(c.status, 0)
            by[c.category][c.status] += 1
            paths.setdefault(c.category, []).append(c.path)
        self.fact("files", len(found), detail="files the change touches (renames detected)")
        self.fact("files-by-category", {cat: by.get(cat, {}) for cat in ORDER},
                  detail="changed files per category and status (added, modified, deleted, renamed); "
                         "an empty category was counted and has none")
        for cat in ORDER:
            self.fact("paths", sorted(paths.get(cat, [])), subject=cat, detail=f"the changed {cat} files")
        self.fact("lines", {"added": self.added, "removed": self.removed, "binary_files": self.binary})
        return []

    def outcome(self, findings: list[model.Finding]) -> str:
        if not self.total:
            return "no files changed"
        parts = ", ".join(f"{self.counts[c]} {c}" for c in ORDER if self.counts.get(c))
        text = f"{_plural(self.total, 'file')}: {parts}; +{self.added} -{self.removed} lines"
        if self.binary:
            text += f" ({self.binary} binary)"
        return text


CHECK = ChangedFiles
