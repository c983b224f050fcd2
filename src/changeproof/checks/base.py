"""What every check is: metadata and one entry point over the two snapshots of a change.

A check is a folder, ``checks/<id>/``: the check itself in ``__init__.py`` (one subclass of :class:`Check`,
exported as ``CHECK``) and its finding kinds in ``rules.py`` (data: one :class:`~changeproof.model.Rule` row each,
with docs, severity and semver effect). A finding is emitted from its rule object.
``run(ctx)`` returns findings; a finding that describes something already wrong at base carries
``preexisting=True`` (the report lists it apart and never holds it against the change). A check that cannot
look at something says so with a :class:`~changeproof.model.Problem`, never silently. What a check knows about
the project comes from ``ctx.project`` (:mod:`changeproof.project`), never from another check.
"""

from __future__ import annotations

import ast
import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import CannotRun, Skip
from ..model import Fact, Finding, Problem, Rule

if TYPE_CHECKING:  # pragma: no cover
    from ..api import LoadedApi
    from ..config import Config
    from ..git import FileChange as GitChange
    from ..git import Snapshot
    from ..project import Project


@dataclass
class CheckContext:
    """Everything a check may read: the change, the run's options, and the project read once
    (:class:`~changeproof.project.Project`: files, texts, syntax trees, configuration, the API engine's sides)."""

    repo: Path | None  # the repository root (None when both sides are plain directories)
    base: Snapshot
    head: Snapshot
    config: Config
    changes: list[GitChange]  # changed files between base and head (renames detected)
    execute: bool = False  # --exec: checks may run project code (imports) in subprocesses
    consumers: list[Path] = field(default_factory=list)  # --consumer checkouts whose call sites to check
    timeout: float = 60.0  # seconds, for anything that runs project code
    run_tests: bool = False  # --tests: the tests check runs the project's test suite
    test_options: dict[str, Any] = field(default_factory=dict)  # see changeproof.testing.TestOptions
    problems: list[Problem] = field(default_factory=list)  # "could not analyse" entries, any check may add
    project: Project = field(init=False)
    _checkouts: dict[str, Path] = field(default_factory=dict, init=False)
    _stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack, init=False)

    def __post_init__(self) -> None:
        from ..project import Project

        self.project = Project(self.base, self.head, self.config, self.changes)

    # -- files ------------------------------------------------------------------------------------
    def text(self, side: str, path: str) -> str | None:
        """A file's text on one side ("base" or "head"), None when it does not exist there."""
        return self.project.side(side).text(path)

    def files(self, side: str) -> dict[str, str]:
        """Every file on one side: path -> content id (equal ids mean equal content)."""
        return self.project.side(side).files

    def changed_paths(self, suffixes: tuple[str, ...] = ()) -> list[str]:
        """Head paths of added, modified and renamed files (deleted ones excluded), optionally by suffix."""
        return [c.path for c in self.changes if c.status != "deleted" and (not suffixes or c.path.endswith(suffixes))]

    # -- the API engine, shared -------------------------------------------------------------------------
    def api(self) -> tuple[LoadedApi, LoadedApi]:
        """Both sides loaded by the API engine (summaries cached by blob id), linked, class members pending."""
        return self.project.api

    # -- running code ----------------------------------------------------------------------------------
    def tree(self, side: str) -> Path:
        """A directory holding the side's files: the working tree itself when head is WORKTREE, otherwise
        a copy materialised outside the repository (removed when the run ends, even on Ctrl-C)."""
        if side not in self._checkouts:
            from ..git import WorktreeSnapshot, materialise

            snap = self.base if side == "base" else self.head
            root = getattr(snap, "root", None)
            if isinstance(snap, WorktreeSnapshot) or (root is not None and Path(root).is_dir()):
                self._checkouts[side] = Path(root)
            else:
                self._checkouts[side] = self._stack.enter_context(materialise(snap))
        return self._checkouts[side]

    def close(self) -> None:
        self.project.close()
        self._stack.close()


class Check:
    """One check. Subclasses set the class attributes and implement ``run``."""

    id: ClassVar[str]  # stable name, also the findings' category, e.g. "config-drift"
    title: ClassVar[str]  # e.g. "Configuration drift"
    reads: ClassVar[str]  # what it looks at, e.g. "os.environ reads, pydantic settings, .env.example, compose files"
    runs_code: ClassVar[bool] = False  # True when it imports or runs project code (only with --exec / tests)

    def __init__(self) -> None:
        self.facts: list[Fact] = []

    def fact(self, name: str, value: Any, subject: str | None = None, detail: str | None = None) -> Fact:
        """Publish a measurement (documented in docs/report-format.md), whatever the check reports as findings."""
        f = Fact(check=self.id, name=name, value=value, subject=subject, detail=detail)
        self.facts.append(f)
        return f

    def run(self, ctx: CheckContext) -> list[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def prefetch(cls, ctx: CheckContext) -> list[tuple]:
        """What the check will derive from files' syntax trees (items of
        :meth:`~changeproof.project.Project.prefetch`): the runner has every check's computed file by file
        before the checks run, so each file is parsed once for all of them. Only a matter of speed: a check
        computes anything not prefetched when it asks for it."""
        return []

    def outcome(self, findings: list[Finding]) -> str:
        """One line for the report's table of checks."""
        new = [f for f in findings if not f.preexisting]
        pre = len(findings) - len(new)
        text = f"{len(new)} finding{'s' if len(new) != 1 else ''}"
        if pre:
            text += f", {pre} pre-existing"
        return text


def parsed(ctx: CheckContext, side: str, path: str, *, check: str, what: str, report: bool = True) -> ast.Module | None:
    """The module's syntax tree (parsed once for the run, see :meth:`changeproof.project.ProjectSide.ast`); when it
    does not parse and ``report`` is set, a "could not analyse" entry says what ``check`` did not look at."""
    project_side = ctx.project.side(side)
    tree = project_side.ast(path)
    if tree is None and report:
        why = project_side.parse_error(path)
        if why is not None:
            ctx.problems.append(Problem(path, f"{check}: cannot parse ({why}); {what} were not checked", side))
    return tree


def parsed_ok(ctx: CheckContext, side: str, path: str, *, check: str, what: str, report: bool = True) -> bool:
    """Whether the module parses, reporting it like :func:`parsed` when it does not (without holding its tree:
    what a check reads from it comes through :meth:`~changeproof.project.ProjectSide.derived`)."""
    project_side = ctx.project.side(side)
    ok = project_side.parses(path)
    if not ok and report:
        why = project_side.parse_error(path)
        if why is not None:
            ctx.problems.append(Problem(path, f"{check}: cannot parse ({why}); {what} were not checked", side))
    return ok


def finding(rule: Rule, *, path: str | None, line: int | None, message: str, object: str | None = None,
            parameter: str | None = None, old: str | None = None, new: str | None = None,
            severity: str | None = None, preexisting: bool = False) -> Finding:
    """A finding of *rule* (a row of the check's ``rules.py``), with the rule's default severity unless one is given."""
    return rule.finding(path=path, line=line, message=message, object=object, parameter=parameter, old=old, new=new,
                        severity=severity, preexisting=preexisting)


__all__ = ["CannotRun", "Check", "CheckContext", "Skip", "finding", "parsed", "parsed_ok"]
