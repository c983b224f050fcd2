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


def _defs(tree: ast.Module) -> dict[str, str]:
    """qualified name (``f``, ``C``, ``C.m``) -> a dump of its tree without positions or docstrings."""
    out: dict[str, str] = {}

    def visit(nodes: list[ast.stmt], prefix: str) -> None:
        for node in nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{node.name}"
                if isinstance(node, ast.ClassDef):
                    visit(node.body, f"{name}.")
                    # the class itself: its bases, decorators and the statements other than the definitions it holds
                    out[name] = _dump(node, [s for s in node.body
                                             if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))])
                else:
                    out[name] = _dump(node)
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


def definitions_changed(ctx: CheckContext) -> dict[str, Any]:
    """path -> {module, changed, added, removed, unchanged} for every modified or renamed Python file."""
    out: dict[str, Any] = {}
    for change in ctx.changes:
        if change.status not in ("modified", "renamed") or not change.path.endswith((".py", ".pyi")):
            continue
        old_path = change.old_path or change.path
        base, head = ctx.project.side("base").ast(old_path), ctx.project.side("head").ast(change.path)
        if base is None or head is None:
            continue
        old, new = _defs(base), _defs(head)
        entry: dict[str, Any] = {"module": _module(change.path)}
        for key, names in (("changed", [n for n in new if n in old and old[n] != new[n]]),
                           ("added", [n for n in new if n not in old]),
                           ("removed", [n for n in old if n not in new]),
                           ("unchanged", [n for n in new if n in old and old[n] == new[n]])):
            entry[key] = sorted(names)[:MAX_NAMES]
            if len(names) > MAX_NAMES:
                entry[f"{key}_total"] = len(names)
        out[change.path] = entry
    return out
