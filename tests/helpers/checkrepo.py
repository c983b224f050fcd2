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


def _content(data: str | bytes) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8")


def fast_import(repo: Path, commits: list[tuple[str, dict[str, bytes]]]) -> None:
    """Commit each (tag, whole tree) in order on main, each tagged (lightweight), as `git add -A; git commit; git
    tag` would with the author, committer and date of _ENV: one ``git fast-import`` process."""
    stream = bytearray()
    for i, (tag, files) in enumerate(commits, start=1):
        stream += (f"commit refs/heads/main\nmark :{i}\nauthor t <t@t.invalid> 1735689600 +0000\n"
                   f"committer t <t@t.invalid> 1735689600 +0000\ndata {len(tag)}\n{tag}\n").encode()
        if i > 1:
            stream += f"from :{i - 1}\n".encode()
        stream += b"deleteall\n"
        for path, data in sorted(files.items()):
            stream += f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n"
        stream += f"\nreset refs/tags/{tag}\nfrom :{i}\n\n".encode()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input=bytes(stream), check=True, env=env,
                   capture_output=True)


def make_repo(tmp_path: Path, base: dict[str, str | bytes], head: dict[str, str | bytes | None],
              *, commit_head: bool = True) -> Path:
    """A repo whose first commit (tag `base`) has `base` and whose second (tag `head`) applies `head` on top
    (None deletes a file). With commit_head=False the head files are left uncommitted in the working tree.

    The working tree and the index end as `git add -A; git commit` would leave them; the commits are written by
    one `git fast-import` and the index by one `git reset` (three git processes where init/add/commit/tag took
    seven). Trees with a .gitignore or .gitattributes (what `git add` would leave out or convert) are committed
    with `git add -A` and `git commit`."""
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    write(repo, base)
    if any(Path(rel).name in (".gitignore", ".gitattributes") for rel in {**base, **head}):
        _git(repo, "add", "-A")
        _git(repo, "commit", "-q", "--allow-empty", "-m", "base")
        _git(repo, "tag", "base")
        write(repo, head)
        if commit_head:
            _git(repo, "add", "-A")
            _git(repo, "commit", "-q", "--allow-empty", "-m", "head")
            _git(repo, "tag", "head")
        return repo
    base_tree = {rel: _content(data) for rel, data in base.items()}
    head_tree = {**base_tree, **{rel: _content(data) for rel, data in head.items() if data is not None}}
    for rel, data in head.items():
        if data is None:
            head_tree.pop(rel, None)
    fast_import(repo, [("base", base_tree), ("head", head_tree)] if commit_head else [("base", base_tree)])
    write(repo, head)
    _git(repo, "reset", "-q")  # the index is the last commit's tree, its entries up to date with the files
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
