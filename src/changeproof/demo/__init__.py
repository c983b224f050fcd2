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


def build(directory: Path) -> Path:
    """Write the example repository into `directory` (which must be empty or absent)."""
    directory.mkdir(parents=True, exist_ok=True)
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


def run_demo(directory: Path | None) -> int:
    from rich.console import Console

    from .. import git
    from ..checks.runner import resolve_range, run_checks
    from ..report import render
    from ..report.terminal import render_terminal

    console = Console()
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="changeproof-demo-"))
    repo = build(directory)
    console.print(f"Example service written to [bold]{repo}[/] (branches: base, additive, risky)\n")
    verdicts = {}
    for branch in CHANGES:
        base_ref, base_sha, head_ref, head_rev = resolve_range(repo, f"base..{branch}", None, None)
        report = run_checks(git.find_repo(repo), base_ref, base_sha, head_ref, head_rev)
        out = repo.parent / f"{repo.name}-reports"
        out.mkdir(exist_ok=True)
        for fmt, ext in (("markdown", "md"), ("json", "json")):
            (out / f"changeproof-{branch}.{ext}").write_text(render(report, fmt), encoding="utf-8")
        console.rule(f"changeproof check base..{branch}")
        render_terminal(report, console)
        console.print(f"reports: {out / f'changeproof-{branch}.md'}, {out / f'changeproof-{branch}.json'}\n")
        verdicts[branch] = report.verdict
    console.print("Verdicts: " + ", ".join(f"{b}: [bold]{v}[/]" for b, v in verdicts.items()))
    return 0
