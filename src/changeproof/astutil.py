"""Reading Python source with the stdlib ``ast``, one way for every check and the API engine (no other imports, so
any module can use it): :func:`parse` (never raises: a tree, or why not), :func:`dotted`, the two guards that
make an import optional or static only, and :class:`ImportTable`, every import statement of a module with what it
binds and under which guard."""

from __future__ import annotations

import ast
import warnings
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["MAX_DEPTH", "ImportBinding", "ImportTable", "catches_import_error", "decodable", "dotted",
           "is_type_checking", "parse", "parse_expression", "source_problem", "statements", "suppresses_import_error",
           "too_deep"]


def dotted(node: ast.AST) -> str | None:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def parse(source: bytes | str, path: str) -> tuple[ast.Module | None, str | None]:
    """``(tree, None)``, or ``(None, why)`` when the source does not parse (``line N: message`` for a syntax
    error). Never raises and prints no SyntaxWarning."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename=path)
    except SyntaxError as exc:
        return None, f"line {exc.lineno}: {exc.msg}"
    except (RecursionError, MemoryError):
        return None, NESTING_TOO_DEEP
    except ValueError as exc:
        return None, type(exc).__name__
    return (None, NESTING_TOO_DEEP) if too_deep(tree) else (tree, None)


def parse_expression(text: str) -> ast.Expression:
    """``ast.parse(text, mode="eval")`` for text taken from a file (a string annotation, a default's source):
    input nested too deeply for the parser (which raises RecursionError or MemoryError) or for the walkers
    (deeper than MAX_DEPTH) raises SyntaxError, like any other text that is not an expression, so that a caller
    handling SyntaxError handles it too."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text, mode="eval")
    except (RecursionError, MemoryError):
        raise SyntaxError(NESTING_TOO_DEEP) from None
    if too_deep(tree):
        raise SyntaxError(NESTING_TOO_DEEP)
    return tree


# Expressions nested deeper than this (a 300-term `a + b + ...` chain is 300 levels) are set aside as "nesting too
# deep": the recursive walkers of the stdlib (ast.unparse, NodeVisitor) and of the checks overflow Python's
# recursion limit a little above it. Real code stays far below (tens of levels).
MAX_DEPTH = 250
NESTING_TOO_DEEP = f"nesting too deep (more than {MAX_DEPTH} levels)"


def too_deep(tree: ast.AST) -> bool:
    """Whether ``tree`` nests deeper than MAX_DEPTH (iteratively, one level of the tree at a time: it cannot
    overflow itself; the children are read from the fields directly, a few times faster than iter_child_nodes)."""
    level = [tree]
    depth = 0
    node_type = ast.AST
    while level:
        if depth > MAX_DEPTH:
            return True
        below: list[ast.AST] = []
        push = below.append
        for node in level:
            for name in node._fields:
                value = getattr(node, name, None)
                if isinstance(value, node_type):
                    push(value)
                elif type(value) is list:
                    for item in value:
                        if isinstance(item, node_type):
                            push(item)
        level = below
        depth += 1
    return False


_HOLDS_STATEMENTS = (ast.stmt, ast.excepthandler, ast.match_case)


def statements(tree: ast.AST) -> Iterator[ast.AST]:
    """The tree and every statement in it (with the except handlers and match cases that hold statements), in the
    order of ``ast.walk``, without visiting expressions: statements nest only in statement bodies, so a search for
    a kind of statement (imports, assignments, definitions) finds the same nodes in the same order, faster."""
    queue = deque([tree])
    while queue:
        node = queue.popleft()
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                queue.extend(v for v in value if isinstance(v, _HOLDS_STATEMENTS))
        yield node


_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})
_TRY = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None)


def is_type_checking(test: ast.expr) -> bool:
    """``if TYPE_CHECKING:`` / ``if typing.TYPE_CHECKING:`` (any module name before the attribute)."""
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING" and isinstance(test.value, ast.Name))


def catches_import_error(node: ast.Try) -> bool:
    """A try statement one of whose handlers catches ImportError (bare, or ImportError, ModuleNotFoundError,
    Exception, BaseException, alone or in a tuple)."""
    for h in node.handlers:
        if h.type is None:
            return True
        names = list(h.type.elts) if isinstance(h.type, ast.Tuple) else [h.type]
        if any((dotted(n) or "").rsplit(".", 1)[-1] in _IMPORT_ERRORS for n in names):
            return True
    return False


def suppresses_import_error(node: ast.With | ast.AsyncWith) -> bool:
    """``with contextlib.suppress(ImportError):`` (or ModuleNotFoundError, Exception)."""
    return any(isinstance(i.context_expr, ast.Call)
               and (dotted(i.context_expr.func) or "").rsplit(".", 1)[-1] == "suppress"
               and any((dotted(a) or "").rsplit(".", 1)[-1] in ("ImportError", "ModuleNotFoundError", "Exception")
                       for a in i.context_expr.args)
               for i in node.items)


@dataclass(frozen=True)
class ImportBinding:
    """One name an import statement binds (``import a.b`` binds ``a``; ``from m import *`` binds ``*``)."""

    node: ast.Import | ast.ImportFrom
    local: str  # the name bound in the importing scope ("*" for a star import)
    module: str  # the module as written, relative dots included: "a.b", ".models", ".."
    name: str | None  # `from module import name`: the imported name; None for `import module`
    asname: str | None
    level: int  # leading dots of a relative import
    type_checking: bool  # under `if TYPE_CHECKING:`: seen by type checkers, never run
    optional: bool  # in a try body that catches ImportError, or under `with suppress(ImportError)`
    nested: bool  # inside a function or class body, not at module level

    @property
    def line(self) -> int:
        return self.node.lineno

    @property
    def qualified(self) -> str:
        """What the local name stands for: ``a.b`` for ``import a.b as c``, ``a`` for ``import a.b``, ``m.name``
        for ``from m import name`` (relative modules keep their dots)."""
        if self.name is None:
            return self.module if self.asname else self.module.split(".")[0]
        return f"{self.module}.{self.name}" if self.module and not self.module.endswith(".") else \
            f"{self.module}{self.name}"


class ImportTable:
    """Every import statement of a module, anywhere in it, in source order, with its guards."""

    def __init__(self, tree: ast.Module):
        self.bindings: list[ImportBinding] = []
        self._aliases: dict[str, str] | None = None
        self._visit(tree.body, tc=False, optional=False, nested=False)

    def _visit(self, body: list[ast.stmt], tc: bool, optional: bool, nested: bool) -> None:
        for node in body:
            if isinstance(node, ast.Import):
                for a in node.names:
                    local = a.asname or a.name.split(".")[0]
                    self.bindings.append(ImportBinding(node, local, a.name, None, a.asname, 0, tc, optional, nested))
            elif isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                for a in node.names:
                    self.bindings.append(ImportBinding(node, a.asname or a.name, module, a.name, a.asname, node.level,
                                                       tc, optional, nested))
            elif isinstance(node, ast.If):
                self._visit(node.body, tc or is_type_checking(node.test), optional, nested)
                self._visit(node.orelse, tc, optional, nested)
            elif isinstance(node, _TRY):
                self._visit(node.body, tc, optional or catches_import_error(node), nested)
                for h in node.handlers:
                    self._visit(h.body, tc, optional, nested)
                self._visit(node.orelse, tc, optional, nested)
                self._visit(node.finalbody, tc, optional, nested)
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                self._visit(node.body, tc, optional or suppresses_import_error(node), nested)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self._visit(node.body, tc, optional, True)
            else:
                for field_name in ("body", "orelse", "finalbody"):
                    sub = getattr(node, field_name, None)
                    if isinstance(sub, list) and sub and isinstance(sub[0], ast.stmt):
                        self._visit(sub, tc, optional, nested)
                for case in getattr(node, "cases", None) or []:
                    self._visit(case.body, tc, optional, nested)

    def aliases(self) -> dict[str, str]:
        """Local name -> qualified name of every absolute import (later bindings of a name win)."""
        if self._aliases is None:
            self._aliases = {b.local: b.qualified for b in self.bindings
                             if b.level == 0 and b.local != "*" and (b.name is None or b.module)}
        return self._aliases

    def qualify(self, name: str | None) -> str | None:
        """``name`` (a dotted expression's text) with its first part replaced by what it was imported as."""
        if not name:
            return None
        aliases = self.aliases()
        first, _, rest = name.partition(".")
        if first in aliases:
            return aliases[first] + (f".{rest}" if rest else "")
        return name


LFS_POINTER = b"version https://git-lfs.github.com/spec/"


def source_problem(data: bytes) -> str | None:
    """Why ``data`` cannot be Python source at all, said for people, or None: a git-lfs pointer (the content is
    in LFS, not in the commit) or binary content. Quick (no parsing): such a file is set aside instead of being
    parsed as garbage. (Text that is not valid in its encoding is Python's to judge: a syntax error.)"""
    if data.startswith(LFS_POINTER):
        return ("a git-lfs pointer file, not the file's content (run `git lfs pull`; in CI, check out with LFS, "
                "e.g. actions/checkout `lfs: true`)")
    if b"\0" in data:
        return "binary content (null bytes), not Python source"
    return None


def decodable(data: bytes) -> bool:
    """Whether ``data`` is text in the encoding its coding declaration (or UTF-8) says."""
    import io
    import tokenize

    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return False
    return True


# Expressions nested deeper than this (a 300-term `a + b + ...` chain is 300 levels) are set aside as "nesting too
# deep": the recursive walkers of the stdlib (ast.unparse, NodeVisitor) and of the checks overflow Python's
# recursion limit a little above it. Real code stays far below (tens of levels).
MAX_DEPTH = 250
