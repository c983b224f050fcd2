"""The embedded example: a small websocket service modelled on the example stability report, written as a git
repository with a `base` commit and two branches, `additive` (an honest, compatible change) and `risky`
(real damage), then compared with `changeproof api`.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from .project import BASE, CHANGES


def _git(repo: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="changeproof demo", GIT_AUTHOR_EMAIL="demo@changeproof.invalid",
               GIT_COMMITTER_NAME="changeproof demo", GIT_COMMITTER_EMAIL="demo@changeproof.invalid",
               GIT_AUTHOR_DATE="2025-09-08T12:00:00", GIT_COMMITTER_DATE="2025-09-08T12:00:00")
    for var in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(var, None)
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _write(repo: Path, files: dict[str, str | None]) -> None:
    for rel, text in files.items():
        path = repo / rel
        if text is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _make_dir(directory: Path, what: str) -> None:
    """Create ``directory`` (and its parents) or say why not, in one line (exit 2)."""
    from ..errors import UserError

    hint = "give the demo a new or empty directory you can write to, e.g. changeproof demo /tmp/demo"
    if directory.exists() and not directory.is_dir():
        raise UserError(f"cannot use {directory} for the {what}: it is a file, not a directory", hint=hint)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".changeproof-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(f"cannot use {directory} for the {what}: {exc.strerror or exc}", hint=hint) from None


def build(directory: Path) -> Path:
    """Write the example repository into `directory` (which must be empty or absent)."""
    _make_dir(directory, "example repository")
    if any(directory.iterdir()):
        from ..errors import UserError

        raise UserError(f"{directory} is not empty", hint="give the demo an empty or new directory")
    _git(directory, "init", "-q", "-b", "main")
    _write(directory, BASE)
    _git(directory, "add", "-A")
    _git(directory, "commit", "-q", "-m", "base: websocket service")
    _git(directory, "tag", "base")
    for branch, files in CHANGES.items():
        _git(directory, "checkout", "-q", "-b", branch, "base")
        _write(directory, files)
        _git(directory, "add", "-A")
        _git(directory, "commit", "-q", "-m", f"{branch} change")
    _git(directory, "checkout", "-q", "main")
    return directory


def pytest_missing(python: str) -> bool:
    """Whether ``python`` cannot import pytest (the demo's tests need it)."""
    try:
        done = subprocess.run([python, "-c", "import pytest"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return True
    return done.returncode != 0


def run_demo(directory: Path | None, python: str | None = None) -> int:
    """Write the example service, run `check --tests` on both branches, write Markdown, HTML and JSON reports,
    then verify the example stability report's claims against the honest branch. ``python`` runs the example's
    tests (default: this interpreter)."""
    import importlib.resources
    import sys

    from rich.console import Console
    from rich.text import Text

    from .. import git
    from ..runner import resolve_range, run_checks
    from ..report import render
    from ..report.terminal import verdict_line
    from ..report.view import label
    from ..verify import verify
    from ..verify.render import claims_terminal
    from ..verify.render import render as render_claims

    console = Console()
    python = python or sys.executable
    if pytest_missing(python):
        # a first run in a fresh environment: say why the verdicts will differ from the README's, and the fix
        console.print(Text(f"pytest is missing for {python}: the example's tests cannot run, so verdicts say "
                           "'unverified' where the README says 'safe'; fix: pip install pytest, or --python PATH "
                           "(an interpreter with pytest)", style="yellow"))
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="changeproof-demo-"))
    out = directory.parent / f"{directory.name}-reports"
    if out.exists() and not out.is_dir():  # said before anything is written
        from ..errors import UserError

        raise UserError(f"cannot write the reports to {out}: it is a file, not a directory",
                        hint="remove it, or give the demo another directory")
    repo = build(directory)
    _make_dir(out, "reports")
    console.print(f"Example service written to [bold]{repo}[/] (branches: base, additive, risky); reports go to {out}\n")
    reports = {}
    for branch in CHANGES:
        base_ref, base_sha, head_ref, head_rev = resolve_range(repo, f"base..{branch}", None, None)
        report = run_checks(git.find_repo(repo), base_ref, base_sha, head_ref, head_rev, run_tests=True,
                            test_options={"python": python, "reruns": 1, "progress": False})
        reports[branch] = report
        for fmt, ext in (("markdown", "md"), ("html", "html"), ("json", "json")):
            (out / f"check-{branch}.{ext}").write_text(render(report, fmt), encoding="utf-8")
        console.rule(f"changeproof check base..{branch} --tests")
        console.print(verdict_line(report))
        if report.tests:
            console.print(Text(f"tests: {report.tests.get('summary')}"))
        for p in report.problems:  # never a count without its reason
            console.print(Text(f"could not analyse {p.path}: {p.message}", style="yellow"))
        main = [f for f in report.active_findings if f.severity != "info"][:12]
        for f in main:
            line = Text(f"  {f.severity:8} {f.kind:26} {label(f)}  ")
            line.append(f"{f.path}:{f.line}", style="dim")
            console.print(line)
        console.print(f"reports: {out}/check-{branch}.md, .html, .json\n")
    example = importlib.resources.files("changeproof.demo").joinpath("stability-report.md").read_text(encoding="utf-8")
    result = verify(example, reports["additive"], document="stability-report.md (the example report)")
    (out / "verify-additive.md").write_text(render_claims(result, "markdown"), encoding="utf-8")
    console.rule("changeproof verify stability-report.md base..additive")
    claims_terminal(result, console)
    console.print(f"\nVerdicts: additive [bold]{reports['additive'].verdict}[/], risky [bold]{reports['risky'].verdict}[/]; "
                  "the example report's claims: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.summary.items()))
    return 0
