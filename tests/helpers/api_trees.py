"""Small helpers for the API-engine tests: write project trees, load and compare them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from changeproof.api import LoadedApi, compare_loaded, load_side
from changeproof.git import DirectorySnapshot
from changeproof.model import Finding, Problem


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (relative path -> text, dedented, or bytes) under ``root``; returns ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


def load(root: Path, packages: list[str] | None = None, cache=None, role: str = "head") -> LoadedApi:
    return load_side(DirectorySnapshot(root), packages, cache, role=role)


def compare_trees(tmp_path: Path, old: dict, new: dict, packages: list[str] | None = None,
                  cache=None) -> tuple[list[Finding], list[Problem]]:
    """Write ``old`` and ``new`` under tmp_path and return (findings, problems) of the comparison."""
    o = write_tree(tmp_path / "old", old)
    n = write_tree(tmp_path / "new", new)
    return compare_loaded(load(o, packages, cache, "base"), load(n, packages, cache, "head"))


def rows(findings: list[Finding]) -> set[tuple[str, str | None, str | None]]:
    """The (kind, object, parameter) set of findings."""
    return {(f.kind, f.object, f.parameter) for f in findings}


def by_kind(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line of (dedented) ``text`` containing ``needle``."""
    for i, line in enumerate(textwrap.dedent(text).splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(f"{needle!r} not in text")
