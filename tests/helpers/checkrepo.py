"""Build a two-commit git repository in a temp dir and the CheckContext a check runs on."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from changeproof import git
from changeproof.checks.base import CheckContext
from changeproof.config import Config

_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t.invalid", "GIT_AUTHOR_DATE": "2025-01-01T00:00:00",
        "GIT_COMMITTER_DATE": "2025-01-01T00:00:00"}


def _git(repo: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_ENV)
    return subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True, text=True).stdout


def write(root: Path, files: dict[str, str | bytes | None]) -> None:
    for rel, content in files.items():
        p = root / rel
        if content is None:
            if p.exists():
                p.unlink()
            continue
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")


def make_repo(tmp_path: Path, base: dict[str, str | bytes], head: dict[str, str | bytes | None],
              *, commit_head: bool = True) -> Path:
    """A repo whose first commit (tag `base`) has `base` and whose second (tag `head`) applies `head` on top
    (None deletes a file). With commit_head=False the head files are left uncommitted in the working tree."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    write(repo, base)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--allow-empty", "-m", "base")
    _git(repo, "tag", "base")
    write(repo, head)
    if commit_head:
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "--allow-empty", "-m", "head")
        _git(repo, "tag", "head")
    return repo


def make_context(tmp_path: Path, base: dict[str, str | bytes], head: dict[str, str | bytes | None], *,
                 commit_head: bool = True, **options) -> CheckContext:
    """The CheckContext for base..head (or base..WORKTREE when commit_head=False)."""
    repo = make_repo(tmp_path, base, head, commit_head=commit_head)
    base_sha = git.resolve(repo, "base")
    head_rev = git.resolve(repo, "head") if commit_head else git.WORKTREE
    base_snap = git.snapshot(repo, base_sha)
    head_snap = git.snapshot(repo, head_rev)
    config = Config()
    if "pyproject.toml" in head_snap.files():
        config = Config.from_toml_text(head_snap.read("pyproject.toml").decode(), "pyproject.toml")
    return CheckContext(repo=repo, base=base_snap, head=head_snap, config=config,
                        changes=git.changed_files(repo, base_sha, head_rev), **options)
