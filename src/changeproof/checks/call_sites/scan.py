"""The calls of one file, each with a side-independent reference to its callee (scopes, imports, instances whose type is evident)."""

from __future__ import annotations

import ast
import bisect
import re
from typing import Any

from ...api.linker import ApiModel
from ...astutil import dotted as _dotted
from ...astutil import parse_expression

# ------------------------------------------------------------------------------------------------ scopes

_FUNC = (ast.FunctionDef, ast.AsyncFunctionDef)


class _Scope:
    def __init__(self, kind: str, parent: _Scope | None, scan: FileScan, class_ref: tuple | None = None):
        self.kind = kind  # module | function | class
        self.parent = parent
        self.scan = scan
        self.locals: set[str] = set()
        self.typed: dict[str, Any] = {}  # name -> ("ref", ref) | ("expr", node) | ("ann", node) | None (ambiguous)
        self.class_ref = class_ref  # for class scopes: a reference to the class itself
        self._busy: set[str] = set()

    def lookup(self, name: str, origin: _Scope | None = None) -> tuple | None:
        origin = origin or self
        if self.kind == "class" and origin is not self:
            return self.parent.lookup(name, origin) if self.parent else None
        if self.kind == "module":
            # `manager = Manager()` at module level, assigned once and never rebound through `global`: the
            # module's singleton, an instance of Manager wherever the module uses it
            if name in self.typed and (origin is self or name not in self.scan.rebound):
                return self._typed(name)
            return self.scan.root_ref(name)
        if name in self.locals:
            return self._typed(name) if name in self.typed else None
        return self.parent.lookup(name, origin) if self.parent else None

    def _typed(self, name: str) -> tuple | None:
        entry = self.typed.get(name)
        if entry is None or name in self._busy:
            return None
        self._busy.add(name)
        try:
            what, value = entry
            if what == "ref":
                return value
            if what == "expr":
                r = self.expr_ref(value)
                return ("inst", r) if r is not None else None
            if what == "ann":
                return self.ann_ref(value)
            return None
        finally:
            self._busy.discard(name)

    def expr_ref(self, node: ast.expr) -> tuple | None:
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute):
            inner = self.expr_ref(node.value)
            return ("attr", inner, node.attr) if inner is not None else None
        if isinstance(node, ast.Call) and not node.args and not node.keywords and isinstance(node.func, ast.Name) \
                and node.func.id == "super":
            return None
        if isinstance(node, ast.Call):
            inner = self.expr_ref(node.func)
            return ("inst", inner) if inner is not None else None
        return None

    def ann_ref(self, node: ast.expr | None, _depth: int = 0) -> tuple | None:
        """An annotation naming a project class: an instance of it (``type[X]``: the class itself)."""
        if node is None or _depth > 4:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = parse_expression(node.value).body
            except SyntaxError:
                return None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            left, right = node.left, node.right
            if isinstance(right, ast.Constant) and right.value is None:
                return self.ann_ref(left, _depth + 1)
            if isinstance(left, ast.Constant) and left.value is None:
                return self.ann_ref(right, _depth + 1)
            return None
        if isinstance(node, ast.Subscript):
            head = _dotted(node.value) or ""
            last = head.rsplit(".", 1)[-1]
            inner = node.slice
            if last == "Optional":
                return self.ann_ref(inner, _depth + 1)
            if last == "Annotated" and isinstance(inner, ast.Tuple) and inner.elts:
                return self.ann_ref(inner.elts[0], _depth + 1)
            if last in ("type", "Type") and isinstance(inner, (ast.Name, ast.Attribute)):
                return self.expr_ref(inner)
            return None
        if isinstance(node, (ast.Name, ast.Attribute)):
            r = self.expr_ref(node)
            return ("inst", r) if r is not None else None
        return None


def _statements(tree: ast.AST):
    """Every statement of a tree (not expressions: cheaper than ast.walk)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            for child in getattr(node, name, None) or ():
                if isinstance(child, (ast.stmt, ast.excepthandler)) or type(child).__name__ == "match_case":
                    yield child
                    stack.append(child)


def _leaf(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


class FileScan:
    """The calls of one file, with a side-independent reference for each callee."""

    def __init__(self, module: str, tree: ast.Module, head: ApiModel, names: set[str]):
        self.module = module
        self.tree = tree
        self.head = head
        self.names = names  # leaf names worth resolving
        self.calls: list[tuple[ast.Call, tuple]] = []
        self._roots: dict[str, tuple | None] = {}
        self.rebound: set[str] = set()  # module names some function rebinds with `global`

    def root_ref(self, name: str) -> tuple | None:
        if name in self._roots:
            return self._roots[name]
        ref: tuple | None = None
        binding = self.head.namespace(self.module).get(name) if self.module in self.head.summaries else None
        if binding is not None:
            kind = binding[0]
            if kind in ("from", "star"):
                ref = ("imp", binding[1], binding[2])
            elif kind == "mod":
                ref = ("mod", binding[1])
            else:
                ref = ("glob", self.module, name)
        self._roots[name] = ref
        return ref

    def run(self, lines: list[int]) -> list[tuple[ast.Call, tuple]]:
        """``lines``: where the text has `name(` for a name worth resolving (sorted)."""
        if not lines:
            return []
        self._cand_lines = lines
        self.rebound = {n for node in ast.walk(self.tree) if isinstance(node, ast.Global) for n in node.names} \
            if any(isinstance(n, ast.Global) for n in _statements(self.tree)) else set()
        scope = _Scope("module", None, self)
        self._collect(scope, self.tree.body, params=None)
        self._walk_body(scope, self.tree.body)
        return self.calls

    def _has_candidate(self, node: ast.AST) -> bool:
        """Whether a call worth resolving starts within the node's lines (subtrees without one are skipped)."""
        lines = self._cand_lines
        i = bisect.bisect_left(lines, node.lineno)
        return i < len(lines) and lines[i] <= (node.end_lineno or node.lineno)

    # -- what each scope binds ------------------------------------------------------------------------
    def _collect(self, scope: _Scope, body: list[ast.stmt], params: ast.arguments | None) -> None:
        assigned: dict[str, list] = {}
        plain: set[str] = set()
        declared_global: set[str] = set()
        if params is not None:
            for a in params.posonlyargs + params.args + params.kwonlyargs:
                if a.annotation is not None:
                    assigned.setdefault(a.arg, []).append(("ann", a.annotation))
                else:
                    plain.add(a.arg)
            for a in (params.vararg, params.kwarg):
                if a is not None:
                    plain.add(a.arg)
        stack: list[ast.AST] = list(body)
        while stack:
            node = stack.pop()
            if isinstance(node, _FUNC + (ast.ClassDef,)):
                plain.add(node.name)
                stack.extend(node.decorator_list)
                if isinstance(node, ast.ClassDef):
                    stack.extend(node.bases)
                    stack.extend(k.value for k in node.keywords)
                else:
                    stack.extend(d for d in node.args.defaults + node.args.kw_defaults if d is not None)
                continue
            if isinstance(node, ast.Lambda):
                stack.extend(node.args.defaults)
                continue
            if isinstance(node, (ast.Global, ast.Nonlocal)):
                declared_global.update(node.names)
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)) and scope.kind != "module":
                for a in node.names:
                    if a.name == "*":
                        continue
                    if isinstance(node, ast.Import):
                        local = a.asname or a.name.split(".")[0]
                        target = a.name if a.asname else a.name.split(".")[0]
                        assigned.setdefault(local, []).append(("ref", ("mod", target)))
                    else:
                        ref = "." * node.level + (node.module or "")
                        absmod = self.head.absolute(self.module, ref) if self.module in self.head.modules else ref
                        assigned.setdefault(a.asname or a.name, []).append(("ref", ("imp", absmod, a.name)))
                continue
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and isinstance(node.value, ast.Call):
                assigned.setdefault(node.targets[0].id, []).append(("expr", node.value.func))
                stack.append(node.value)
                continue
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                assigned.setdefault(node.target.id, []).append(("ann", node.annotation))
                if node.value is not None:
                    stack.append(node.value)
                continue
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                plain.add(node.id)
            elif isinstance(node, ast.ExceptHandler) and node.name or isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
                plain.add(node.name)
            elif isinstance(node, ast.MatchMapping) and node.rest:
                plain.add(node.rest)
            stack.extend(ast.iter_child_nodes(node))
        if scope.kind == "module":
            # module level: names resolve through the linker's namespace; only `x = Cls(...)` adds a type
            for name, entries in assigned.items():
                if name in plain or len({ast.dump(v) if isinstance(v, ast.AST) else repr(v) for _, v in entries}) != 1:
                    continue
                if entries[0][0] == "expr":
                    scope.typed[name] = entries[0]
            return
        names = (set(assigned) | plain) - declared_global
        scope.locals = names
        for name, entries in assigned.items():
            if name in plain or name in declared_global:
                continue
            kinds = {(w, ast.dump(v) if isinstance(v, ast.AST) else repr(v)) for w, v in entries}
            scope.typed[name] = entries[0] if len(kinds) == 1 else None

    # -- walking ---------------------------------------------------------------------------------------
    def _walk_body(self, scope: _Scope, body: list[ast.stmt]) -> None:
        for stmt in body:
            self._walk(scope, stmt)

    def _walk(self, scope: _Scope, node: ast.AST) -> None:
        if isinstance(node, ast.stmt) and not self._has_candidate(node):
            return
        if isinstance(node, _FUNC):
            for d in node.decorator_list:
                self._walk(scope, d)
            for d in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
                self._walk(scope, d)
            self._function(scope, node)
            return
        if isinstance(node, ast.ClassDef):
            for d in node.decorator_list + node.bases + [k.value for k in node.keywords]:
                self._walk(scope, d)
            class_ref = None
            if scope.kind == "module":
                class_ref = ("glob", self.module, node.name)
            elif scope.kind == "class" and scope.class_ref is not None:
                class_ref = ("attr", scope.class_ref, node.name)
            inner = _Scope("class", scope, self, class_ref)
            inner.locals = set()
            self._walk_body(inner, node.body)
            return
        if isinstance(node, ast.Lambda):
            for d in node.args.defaults:
                self._walk(scope, d)
            inner = _Scope("function", scope, self)
            self._collect(inner, [ast.Expr(node.body)], node.args)
            self._walk(inner, node.body)
            return
        if isinstance(node, ast.Call):
            self._call(scope, node)
        for child in ast.iter_child_nodes(node):
            self._walk(scope, child)

    def _function(self, scope: _Scope, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        inner = _Scope("function", scope, self)
        self._collect(inner, node.body, node.args)
        if scope.kind == "class" and scope.class_ref is not None:
            decos = {(_dotted(d) or "").rsplit(".", 1)[-1] for d in node.decorator_list}
            args = node.args.posonlyargs + node.args.args
            if args and "staticmethod" not in decos and args[0].annotation is None:
                first = args[0].arg
                if "classmethod" in decos or node.name in ("__new__", "__init_subclass__", "__class_getitem__"):
                    inner.typed[first] = ("ref", scope.class_ref)
                else:
                    inner.typed[first] = ("ref", ("inst", scope.class_ref))
                if first not in inner.locals:
                    inner.locals.add(first)
        self._walk_body(inner, node.body)

    def _call(self, scope: _Scope, call: ast.Call) -> None:
        func = call.func
        if _leaf(func) not in self.names:
            return
        ref = scope.expr_ref(func)
        if ref is not None:
            self.calls.append((call, ref))

class CallNames:
    """Finds the lines of a text that call one of a set of names: `name(`, `obj.name (`.

    A few names: one alternation of them. Many (a release range changes thousands): one pattern for every
    identifier followed by ``(``, each match looked up in the set, since an alternation is tried name by name at
    every position of every file. Both find exactly the same calls (a name matched by the alternation is the
    whole run of word characters before the parenthesis); a name that is not a run of word characters
    (``\\w``) keeps the alternation."""

    _ANY_CALL = re.compile(r"\b(\w+)\s*\(")
    _WORD = re.compile(r"\w+")
    _FEW = 60  # up to this many names the alternation is the faster

    def __init__(self, names: set[str]):
        self.names = frozenset(names)
        if len(self.names) > self._FEW and all(self._WORD.fullmatch(n) for n in self.names):
            self._pattern, self._lookup = self._ANY_CALL, True
        else:
            self._pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                                       + r")\s*\(")
            self._lookup = False

    @property
    def indexable(self) -> bool:
        """Whether every name is a run of word characters: then a text calls one of them only if one of them is
        among :meth:`called` of the text (see above), which the fact cache keeps per file."""
        return all(self._WORD.fullmatch(n) for n in self.names)

    @classmethod
    def called(cls, data: bytes) -> list[str]:
        """Every name the text calls (`name(`, `obj.name (`), sorted: what a file can match, whatever the names."""
        return sorted({m.group(1) for m in cls._ANY_CALL.finditer(data.decode("utf-8", "replace"))})

    def called_and_lines(self, data: bytes) -> tuple[list[str], list[int]]:
        """:meth:`called` and :meth:`lines` in one pass (names that are runs of word characters: see above)."""
        text = data.decode("utf-8", "replace")
        names = self.names
        called: set[str] = set()
        out: list[int] = []
        line, pos = 1, 0
        for m in self._ANY_CALL.finditer(text):
            name = m.group(1)
            called.add(name)
            if name not in names:
                continue
            line += text.count("\n", pos, m.start())
            pos = m.start()
            if not out or out[-1] != line:
                out.append(line)
        return sorted(called), out

    def lines(self, data: bytes) -> list[int]:
        """Line numbers (1-based, sorted) where the text calls one of the names."""
        text = data.decode("utf-8", "replace")
        names, lookup = self.names, self._lookup
        out: list[int] = []
        line, pos = 1, 0
        for m in self._pattern.finditer(text):
            if lookup and m.group(1) not in names:
                continue
            line += text.count("\n", pos, m.start())
            pos = m.start()
            if not out or out[-1] != line:
                out.append(line)
        return out
