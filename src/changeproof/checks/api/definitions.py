"""Which definitions of the changed Python files changed: a fact of the API check, for claims about named code.

The API comparison judges signatures, types and exports; it does not say whether the body of a function changed.
A written report often does ("`LineItem.amount()` now rounds to cents", "`parse()` is untouched"), so for every
Python file the change modifies or renames, each top-level function and class and each method (``Class.method``)
is compared between base and head by its syntax tree (line numbers, docstrings and comments left out): changed,
added, removed or unchanged. Files that do not parse on a side are left out (the syntax check reports them).
"""

from __future__ import annotations

import ast
import copy
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ...project import Project
    from ..base import CheckContext

__all__ = ["definitions_changed"]

MAX_NAMES = 400  # per list and file: a generated module does not make the report huge


def _dump(node: ast.AST, body: list[ast.stmt] | None = None) -> str:
    """The definition's tree without positions or its docstring (a comment-like change is not a code change); the
    syntax trees are shared with the other checks, so a shallow copy is changed, never the node."""
    shell = copy.copy(node)
    stmts = list(node.body if body is None else body)
    if stmts and isinstance(stmts[0], ast.Expr) and isinstance(getattr(stmts[0], "value", None), ast.Constant) \
            and isinstance(stmts[0].value.value, str):
        stmts = stmts[1:]
    shell.body = stmts or [ast.Pass()]
    return ast.dump(shell, include_attributes=False)


class _Def:
    """One definition: its source lines (decorators included) and, computed only when needed, its dump."""

    __slots__ = ("_dumped", "body", "lines", "node")

    def __init__(self, node: ast.stmt, body: list[ast.stmt] | None, lines: list[str]):
        self.node, self.body = node, body
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", ())])
        self.lines = lines[start - 1:node.end_lineno or node.lineno]
        self._dumped: str | None = None

    def dump(self) -> str:
        if self._dumped is None:
            self._dumped = _dump(self.node, self.body)
        return self._dumped

    def same(self, other: _Def) -> bool:
        """Equal dumps. The same source lines parse to the same tree, so they are compared first and the trees
        are dumped only when the lines differ (a definition that only moved, or changed)."""
        return bool(self.lines) and self.lines == other.lines or self.dump() == other.dump()


def _defs(tree: ast.Module, text: str = "") -> dict[str, _Def]:
    """qualified name (``f``, ``C``, ``C.m``) -> the definition (compared by its tree without positions or
    docstrings)."""
    out: dict[str, _Def] = {}
    # the parser's lines: split at "\n" only (str.splitlines also splits at form feeds and other separators the
    # parser does not count); a text with "\r" line ends gets no lines, and its definitions are compared by dump
    lines = text.split("\n") if text and "\r" not in text else []

    def visit(nodes: list[ast.stmt], prefix: str) -> None:
        for node in nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{node.name}"
                if isinstance(node, ast.ClassDef):
                    visit(node.body, f"{name}.")
                    # the class itself: its bases, decorators and the statements other than the definitions it holds
                    out[name] = _Def(node, [s for s in node.body
                                            if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))],
                                     lines)
                else:
                    out[name] = _Def(node, None, lines)
            elif isinstance(node, (ast.If, ast.Try)) and not prefix:  # `if TYPE_CHECKING:`, `try: import ...`
                visit(getattr(node, "body", []), prefix)

    visit(tree.body, "")
    return out


def _module(path: str) -> str:
    parts = path[:-3].split("/") if path.endswith(".py") else path.split("/")
    if parts and parts[0] in ("src", "lib") and len(parts) > 1:
        parts = parts[1:]
    if parts and parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _pairs(ctx: CheckContext) -> list[tuple[str, str]]:
    """(head path, base path) of every modified or renamed Python file."""
    return [(c.path, c.old_path or c.path) for c in ctx.changes
            if c.status in ("modified", "renamed") and c.path.endswith((".py", ".pyi"))]


def _entry(project: Project, path: str, old_path: str) -> dict[str, Any] | None:
    """One file's entry (see :func:`definitions_changed`), None when a side does not parse."""
    base, head = project.base.ast(old_path), project.head.ast(path)
    if base is None or head is None:
        return None
    old = _defs(base, project.base.text(old_path) or "")
    new = _defs(head, project.head.text(path) or "")
    same = {n for n in new if n in old and old[n].same(new[n])}
    entry: dict[str, Any] = {"module": _module(path)}
    for key, names in (("changed", [n for n in new if n in old and n not in same]),
                       ("added", [n for n in new if n not in old]),
                       ("removed", [n for n in old if n not in new]),
                       ("unchanged", [n for n in new if n in same])):
        entry[key] = sorted(names)[:MAX_NAMES]
        if len(names) > MAX_NAMES:
            entry[f"{key}_total"] = len(names)
    return entry


def prefetch(ctx: CheckContext) -> list[tuple]:
    """The per-file work of :func:`definitions_changed` (see :meth:`changeproof.project.Project.prefetch`)."""
    return [("pair", _entry, path, old_path) for path, old_path in _pairs(ctx)]


def definitions_changed(ctx: CheckContext) -> dict[str, Any]:
    """path -> {module, changed, added, removed, unchanged} for every modified or renamed Python file."""
    out: dict[str, Any] = {}
    for path, old_path in _pairs(ctx):
        entry = ctx.project.derived_pair(_entry, path, old_path)
        if entry is not None:
            out[path] = dict(entry, **{k: list(v) for k, v in entry.items() if isinstance(v, list)})
    return out
