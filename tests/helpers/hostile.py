"""Hostile repositories: commits whose trees git itself would refuse to check out.

``tree(repo, {name: content | {…}})`` writes a tree object byte for byte (``git hash-object -t tree
--literally``), so names may hold ``..``, ``/``, ``.git``, NUL-free control characters or bytes that are not
UTF-8, and the same name may appear twice. ``hostile_repo`` makes a repository whose ``base`` tag is an ordinary
commit and whose ``head`` tag is a commit of such a tree, on top of base.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t.invalid", "GIT_AUTHOR_DATE": "2025-01-01T00:00:00",
        "GIT_COMMITTER_DATE": "2025-01-01T00:00:00"}

Entry = "bytes | str | dict | tuple[str, bytes | str]"  # content, a subtree, or (mode, content)


def git(repo: Path, *args: str, input: bytes | None = None) -> bytes:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(_ENV)
    return subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True,
                          input=input).stdout


def blob(repo: Path, content: bytes | str) -> str:
    data = content.encode() if isinstance(content, str) else content
    return git(repo, "hash-object", "-w", "--stdin", input=data).decode().strip()


def tree(repo: Path, entries: dict | list) -> str:
    """A tree object from ``{name: content}`` or ``[(name, content), ...]`` (duplicates allowed); names are
    ``str`` or raw ``bytes``; a dict value is a subtree; ``(mode, content)`` sets the mode (e.g. "120000")."""
    items = entries.items() if isinstance(entries, dict) else entries
    raw = b""
    for name, value in items:
        bname = name if isinstance(name, bytes) else name.encode("utf-8", "surrogateescape")
        if isinstance(value, (dict, list)):
            mode, oid = b"40000", tree(repo, value)
        elif isinstance(value, tuple):
            mode, oid = value[0].encode(), blob(repo, value[1])
        else:
            mode, oid = b"100644", blob(repo, value)
        raw += mode + b" " + bname + b"\0" + bytes.fromhex(oid)
    return git(repo, "hash-object", "-t", "tree", "-w", "--literally", "--stdin", input=raw).decode().strip()


def commit(repo: Path, tree_id: str, parent: str | None = None, message: str = "c") -> str:
    args = ["commit-tree", tree_id, "-m", message] + (["-p", parent] if parent else [])
    return git(repo, *args).decode().strip()


def hostile_repo(root: Path, base: dict, head: dict | list, *, name: str = "repo") -> Path:
    """A repository with tags ``base`` (tree ``base``) and ``head`` (tree ``head``, parent base); ``main`` at head.
    Nothing is checked out: the working tree is empty and the index is absent."""
    repo = root / name
    repo.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    b = commit(repo, tree(repo, base), message="base")
    h = commit(repo, tree(repo, head), parent=b, message="head")
    git(repo, "update-ref", "refs/heads/main", h)
    git(repo, "tag", "base", b)
    git(repo, "tag", "head", h)
    return repo
