"""Running every check over a change and assembling the report: the engine of `changeproof check`."""

from __future__ import annotations

import os
import time
from pathlib import Path

from . import git
from .config import Config, apply_suppressions
from .configfiles import project_version
from .errors import UserError
from .model import Change, CheckRun, Fact, Finding, Problem, Report, Revision
from .checks import all_checks
from .checks.base import CannotRun, CheckContext, Skip


def known_kinds() -> frozenset[str]:
    """Every rule id of the catalog: what a [tool.changeproof] ignore entry may name."""
    from .catalog import RULES

    return frozenset(RULES)


def resolve_range(repo: Path, spec: str | None, base: str | None, head: str | None) -> tuple[str, str, str, str]:
    """(base ref, base sha, head ref, head rev) for what the user asked.

    No range: the merge-base of HEAD with the default branch (origin/HEAD, else main, else master) up to the
    working tree. `BASE..HEAD`, `BASE` (up to the working tree), `--base/--head`; pre-commit's
    PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF when set and nothing else was given."""
    if spec and (base or head):
        raise UserError("give either a range or --base/--head, not both", hint="e.g. changeproof check main..HEAD")
    if spec:
        if "..." in spec:
            left, right = spec.split("...", 1)
            base = git.merge_base(repo, left or "HEAD", right or "HEAD")
            head = right or git.WORKTREE
        elif ".." in spec:
            base, head = spec.split("..", 1)
            base, head = base or "HEAD", head or git.WORKTREE
        else:
            base, head = spec, git.WORKTREE
    elif not base and not head and os.environ.get("PRE_COMMIT_FROM_REF") and os.environ.get("PRE_COMMIT_TO_REF"):
        base, head = os.environ["PRE_COMMIT_FROM_REF"], os.environ["PRE_COMMIT_TO_REF"]
    head = head or git.WORKTREE
    if not base:
        default = git.default_branch(repo)
        if default is None:
            raise UserError("cannot tell what to compare against: no origin/HEAD, main or master branch",
                            hint="name the base: changeproof check BASE..HEAD (e.g. HEAD~1..HEAD)")
        base_sha = git.merge_base(repo, default, "HEAD")
        base = f"merge-base({default}, HEAD)"
    else:
        base_sha = git.resolve(repo, base)
    head_rev = head if head == git.WORKTREE else git.resolve(repo, head)
    return base, base_sha, head, head_rev


def run_checks(repo: Path, base_ref: str, base_sha: str, head_ref: str, head_rev: str, *, execute: bool = False,
               consumers: list[Path] | None = None, only: list[str] | None = None, skip: list[str] | None = None,
               timeout: float = 60.0, run_tests: bool = False, test_options: dict | None = None) -> Report:
    top = git.find_repo(repo)
    base_snap = git.snapshot(top, base_sha, top=top)
    head_snap = git.snapshot(top, head_rev, top=top)
    unanalysable = [Problem(path=path, message=f"could not analyse: {why}", side=side)
                    for path, side, why in git.set_aside_together(base_snap, head_snap)]
    config = Config.from_snapshot(head_snap, f"{head_ref}:pyproject.toml", known_kinds)
    all_changes = git.changed_files(top, base_snap.sha or base_sha, head_snap.sha or git.WORKTREE, resolved=True)
    unanalysable += _not_source(all_changes, base_snap, head_snap)
    unanalysable += _unmatched_packages(config, base_snap, head_snap)
    # a file set aside on both sides is said once as "could not analyse", not looked at by any check
    aside = {p.path for p in unanalysable if not p.message.startswith("could not analyse: [tool.changeproof]")}
    changes = [c for c in all_changes if c.path not in aside and (c.old_path or c.path) not in aside]
    ctx = CheckContext(repo=repo, base=base_snap, head=head_snap, config=config, changes=changes,
                       execute=execute, consumers=list(consumers or []), timeout=timeout, run_tests=run_tests,
                       test_options=dict(test_options or {}), problems=unanalysable)
    checks = all_checks()
    known = {c.id for c in checks}
    for name in (only or []) + (skip or []):
        if name not in known:
            raise UserError(f"unknown check {name!r}", hint=f"checks: {', '.join(c.id for c in checks)}")
    findings: list[Finding] = []
    facts: list[Fact] = []
    tests_section: dict | None = None  # the tests check's result: Report.tests
    runs: list[CheckRun] = []
    try:
        _prefetch(ctx, [cls for cls in checks if _will_run(cls, only, skip, run_tests, execute)])
        for cls in checks:
            check = cls()
            if only and cls.id not in only or skip and cls.id in skip:
                runs.append(CheckRun(cls.id, cls.title, "skipped", 0.0, "not selected (--only/--skip)", cls.runs_code))
                continue
            if cls.id == "tests" and not run_tests:
                runs.append(CheckRun(cls.id, cls.title, "skipped", 0.0, "not requested: pass --tests (on by default when CI=true)", True))
                continue
            if cls.runs_code and not execute and cls.id != "tests":
                runs.append(CheckRun(cls.id, cls.title, "skipped", 0.0, "runs project code: pass --exec (on by default when CI=true)", True))
                continue
            started = time.perf_counter()
            try:
                found = check.run(ctx)
            except Skip as reason:  # looked, and nothing of its kind is there: evidence
                facts.extend(check.facts)
                runs.append(CheckRun(cls.id, cls.title, "not-applicable", time.perf_counter() - started, str(reason),
                                     cls.runs_code))
                continue
            except CannotRun as reason:  # should have run and could not: not evidence, said with the fix
                ctx.problems.append(Problem(path=f"({cls.id})", message=f"{cls.title.lower()} not run: {reason}", side=None))
                runs.append(CheckRun(cls.id, cls.title, "failed", time.perf_counter() - started, f"could not run: {reason}",
                                     cls.runs_code))
                continue
            except UserError:
                raise
            except Exception as exc:  # a check that breaks is reported, never a traceback for the whole run
                ctx.problems.append(Problem(path="(check)", message=f"check `{cls.id}` failed: {type(exc).__name__}: {exc}", side=None))
                runs.append(CheckRun(cls.id, cls.title, "failed", time.perf_counter() - started,
                                     f"internal error: {type(exc).__name__}: {exc}", cls.runs_code))
                continue
            findings.extend(found)
            facts.extend(check.facts)
            if cls.id == "tests":
                tests_section = check.result
            runs.append(CheckRun(cls.id, cls.title, "ran", time.perf_counter() - started, check.outcome(found), cls.runs_code))
        report_changes = list(ctx.project.changes)
        required = required_checks(report_changes, ctx.project.has_test_suite)
    finally:
        ctx.close()
    apply_suppressions(findings, config)
    # one "could not analyse" entry per file and side: several checks may trip over the same file
    seen: set[tuple[str, str | None]] = set()
    problems: list[Problem] = []
    for p in ctx.problems:
        key = (p.path.split(":", 1)[0], p.side)
        if key in seen and p.path != "(check)":
            continue
        seen.add(key)
        problems.append(p)
    ctx.problems[:] = problems
    report = Report(base=Revision(base_ref, base_sha), head=Revision(head_ref, None if head_rev == git.WORKTREE else head_rev),
                    findings=findings, problems=ctx.problems, changes=report_changes, checks=runs,
                    tests=tests_section, facts=facts, required=required)
    report.version = version_bump(base_snap, head_snap, report.semver)
    versions = report.version or {"base": project_version(base_snap), "head": project_version(head_snap)}
    facts.append(Fact("version", "version", {"base": versions.get("base"), "head": versions.get("head"),
                                             "bump": versions.get("bump")},
                      detail="the version pyproject declares ([project] or [tool.poetry]) at base and head"))
    return report


def _will_run(cls, only: list[str] | None, skip: list[str] | None, run_tests: bool, execute: bool) -> bool:
    """The conditions of the loop in run_checks under which a check runs at all."""
    if only and cls.id not in only or skip and cls.id in skip:
        return False
    if cls.id == "tests":
        return run_tests
    return not (cls.runs_code and not execute)


def _prefetch(ctx: CheckContext, checks: list) -> None:
    """What the checks derive from the changed files' syntax trees, computed file by file: each file parsed once
    for every check (a check whose list cannot be made computes its own when it runs)."""
    items: list[tuple] = []
    for cls in checks:
        try:
            items += cls.prefetch(ctx)
        except Exception:  # noqa: BLE001, S112 - the check itself runs (and reports) later
            continue
    if items:
        ctx.project.prefetch(items)


def _unmatched_packages(config: Config, base: git.Snapshot, head: git.Snapshot) -> list[Problem]:
    """``[tool.changeproof] packages`` naming a package found on neither side: configuration that matches
    nothing analyses nothing, so it is said (and keeps the verdict from being complete), never read as safe."""
    if not config.packages:
        return []
    from .api import source_dirs
    from .api.discover import discover

    found: set[str] = set()
    for snap in (base, head):
        found.update(discover(list(snap.files()), config.packages, source_dirs(snap)))
    return [Problem(path="pyproject.toml", side="head",
                    message=f"could not analyse: [tool.changeproof] packages names {name!r}, which is no package or "
                            "module at base or head; fix the name (dotted, as imported) or remove it")
            for name in config.packages if not any(m == name or m.startswith(name + ".") for m in found)]


def _not_source(changes: list[git.FileChange], base: git.Snapshot, head: git.Snapshot) -> list[Problem]:
    """Changed Python files that are not Python source at all (git-lfs pointers, binary, undecodable): set aside
    on both sides with the reason, before any check parses them as garbage."""
    from .astutil import source_problem

    out: list[Problem] = []
    for side, snap, paths in (("head", head, [c.path for c in changes if c.status != "deleted"]),
                              ("base", base, [c.old_path or c.path for c in changes if c.status != "added"])):
        wanted = [p for p in paths if p.endswith(_PYTHON) and p in snap.files()]
        for start in range(0, len(wanted), 256):
            for path, data in snap.read_many(wanted[start:start + 256]).items():
                why = source_problem(data)
                if why is not None:
                    out.append(Problem(path=path, message=f"could not analyse: {why}", side=side))
                    base.set_aside(path, why)
                    head.set_aside(path, why)
    return out


_PYTHON = (".py", ".pyi")
_STATIC = ("syntax", "api", "call-sites", "imports", "contracts", "architecture", "async-hazards")


def required_checks(changes: list[Change], test_suite: bool) -> dict[str, str]:
    """The checks a change needs, from what it touches (check id -> why): a verdict is `safe` only when every one
    of them ran (or found nothing of its kind to check)."""
    def count(what: str, n: int) -> str:
        return f"{n} {what}{'' if n == 1 else 's'}"

    live = [c for c in changes if c.status != "deleted"]
    prod_py = [c for c in changes if c.category == "production" and (c.path.endswith(_PYTHON) or
                                                                        (c.old_path or "").endswith(_PYTHON))]
    any_py = [c for c in live if c.path.endswith(_PYTHON)]
    deps = [c for c in changes if c.category == "dependencies" or c.path.rsplit("/", 1)[-1] == "pyproject.toml"]
    config = [c for c in changes if c.category == "config"]
    required: dict[str, str] = {}
    if changes:
        required["changed-files"] = f"the change touches {count('file', len(changes))}"
    if any_py:
        required["syntax"] = f"it changes {count('Python file', len(any_py))}"
    if prod_py:
        why = f"it changes {count('production Python file', len(prod_py))}"
        for name in _STATIC[1:]:
            required[name] = why
        required["config-drift"] = why
    if config and "config-drift" not in required:
        required["config-drift"] = f"it changes {count('configuration file', len(config))}"
    if deps:
        required["dependencies"] = f"it changes {count('dependency declaration file', len(deps))}"
    if test_suite and (any_py or deps or config):
        required["tests"] = "the project has a test suite and the change touches code, configuration or dependencies"
    return required


_BUMP_RANK = {"none": 0, "patch": 1, "minor": 2, "major": 3}


def version_bump(base_snap, head_snap, required: str) -> dict | None:
    """The version the change declares (pyproject) against the bump its findings require (semver)."""
    old, new = project_version(base_snap), project_version(head_snap)
    if old is None or new is None:
        return None
    from packaging.version import InvalidVersion, Version  # here: a project without versions does not need it

    try:
        o, n = Version(old), Version(new)
    except InvalidVersion:
        return {"base": old, "head": new, "bump": None, "required": required, "sufficient": None}
    if n == o:
        bump = "none"
    elif n.major != o.major:
        bump = "major"
    elif n.minor != o.minor:
        bump = "minor"
    else:
        bump = "patch"
    # before 1.0, semver lets a minor bump carry breaking changes
    effective = _BUMP_RANK[bump] + (1 if o.major == 0 and bump in ("minor",) else 0)
    if bump == "none":
        sufficient = None  # the change does not touch the version: nothing to compare
    elif n < o:
        sufficient = False  # a version going backwards is never enough
    else:
        sufficient = effective >= _BUMP_RANK[required]
    return {"base": old, "head": new, "bump": bump, "required": required, "sufficient": sufficient}
