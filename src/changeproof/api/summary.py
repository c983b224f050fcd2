"""Per-file API summaries, built with the stdlib ``ast`` and nothing else.

A summary is plain JSON-able data (dicts, lists, strings, ints, bools) so it can be cached by git blob id
and reused across runs. It records, for one module: its imports, ``__all__``, the names served by a module
``__getattr__``, and its definitions (classes with their members, functions with their signatures,
attributes with their annotations). It resolves nothing across files: that is the linker's job.

Object records (``dict``), by ``"k"``:

- ``function``: ``line``, ``async``, ``params`` (``[name, kind, annotation, default]`` with kind in
  ``po`` positional-only, ``pk`` positional-or-keyword, ``vp`` ``*args``, ``ko`` keyword-only, ``vk`` ``**kwargs``),
  ``ret``, ``decos`` (decorator names), ``overloads`` (list of ``{params, ret, line}``), ``method``
  (``instance``/``class``/``static``, only inside classes), ``abstract``, ``deprecated``.
- ``property``: ``line``, ``ret``, ``setter``, ``abstract``, ``deprecated``.
- ``class``: ``line``, ``bases`` (source text), ``kw`` (class keywords), ``decos``, ``members``, ``deprecated``,
  ``fields`` (ordered list of ``{name, ann, default, init, kw_only, line}``: annotated class-level names, used for
  dataclass / attrs / NamedTuple / TypedDict constructors once the linker knows which one it is).
- ``attribute``: ``line``, ``ann``, ``value`` (source text, shortened), ``final``, ``classvar``, ``instance``,
  ``newtype`` (supertype text), ``typevar``, ``alias`` (a type-alias expression text).
"""

from __future__ import annotations

from .. import astutil
import ast
import re
import sys
import warnings

from ..astutil import dotted, parse_expression

SUMMARY_VERSION = 14  # 13: not-source files (LFS, binary) and nesting deeper than astutil.MAX_DEPTH said as such;
# 14: both 13s merged (a parallel 13 added __getattr__ shim maps, effective defaults, *args mappings, forwarded
# variadics, import fallbacks, conditional bodies and add_metaclass): no cache row of either 13 is trusted

_MAX_VALUE = 200

_PROPERTY_DECOS = {"property", "functools.cached_property", "cached_property", "abc.abstractproperty", "abstractproperty"}
_DEPRECATED_DECOS = {"deprecated", "warnings.deprecated", "typing_extensions.deprecated", "deprecation.deprecated"}
_ABSTRACT_DECOS = {"abstractmethod", "abc.abstractmethod", "abstractproperty", "abc.abstractproperty"}
_OVERLOAD_DECOS = {"overload", "typing.overload", "typing_extensions.overload", "t.overload"}

# Features by the Python version that introduced them, to say "needs Python >= X" instead of "syntax error".
_NEWER_SYNTAX = [
    ((3, 12), re.compile(r"^\s*type\s+\w+(\[.*\])?\s*=", re.M), "the `type` statement"),
    ((3, 12), re.compile(r"^\s*(async\s+)?def\s+\w+\[", re.M), "generic function syntax `def f[T]`"),
    ((3, 12), re.compile(r"^\s*class\s+\w+\[", re.M), "generic class syntax `class C[T]`"),
    ((3, 14), re.compile(r"\bt(['\"])", re.M), "template strings"),
    ((3, 11), re.compile(r"^\s*except\s*\*", re.M), "`except*`"),
    ((3, 10), re.compile(r"^\s*match\s+.+:\s*$", re.M), "`match` statements"),
]


_AST = ast.AST
_WALKED: dict[int, list[ast.AST]] = {}  # id of a node -> _walk of it, emptied by each summarise()


def _children(node: ast.AST) -> list[ast.AST]:
    """``list(ast.iter_child_nodes(node))``, read from the fields directly (no generators)."""
    out: list[ast.AST] = []
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, _AST):
            out.append(value)
        elif type(value) is list:
            out.extend(item for item in value if isinstance(item, _AST))
    return out


def _walk(root: ast.AST) -> list[ast.AST]:
    """``list(ast.walk(root))``, in the same (breadth-first) order, a few times faster: the summary walks every
    function body and its statements several times: a subtree's node list is made once per :func:`summarise`
    (kept in _WALKED by node id, the list holding its root alive, so the id is not reused; not on the node, which
    would make a reference cycle)."""
    cached = _WALKED.get(id(root))
    if cached is not None and cached[0] is root:
        return cached
    out = [root]
    push = out.append
    i = 0
    while i < len(out):
        node = out[i]
        i += 1
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, _AST):
                push(value)
            elif type(value) is list:
                for item in value:
                    if isinstance(item, _AST):
                        push(item)
    _WALKED[id(root)] = out
    return out


def _deco_name(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    return dotted(node) or ast.unparse(node)


def _fast_text(node: ast.AST) -> str | None:
    """What ``ast.unparse`` gives for the commonest annotation and default nodes (a name, a dotted name, None,
    True, False, a small int, a plain ASCII string), without its visitor; None for anything else. Most
    annotations and defaults are one of these, and unparse is a large share of summarising a file."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return dotted(node)
    if isinstance(node, ast.Constant) and node.kind is None:
        v = node.value
        if v is None or v is True or v is False:
            return str(v)
        if type(v) is int and -10**15 < v < 10**15:
            return str(v)
        if type(v) is str and v.isascii() and v.isprintable() and "'" not in v and "\\" not in v:
            return f"'{v}'"
    return None


def _text(node: ast.AST | None, limit: int | None = None) -> str | None:
    if node is None:
        return None
    text = _fast_text(node)
    if text is None:
        try:
            text = ast.unparse(node)
        except Exception:  # pragma: no cover - unparse handles every parsed tree
            return None
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _is_type_checking(test: ast.expr) -> bool:
    name = dotted(test)
    return name in {"TYPE_CHECKING", "typing.TYPE_CHECKING", "t.TYPE_CHECKING"}


def _params(args: ast.arguments) -> list[list]:
    out: list[list] = []
    posonly = list(args.posonlyargs)
    regular = list(args.args)
    defaults = [None] * (len(posonly) + len(regular) - len(args.defaults)) + list(args.defaults)
    for i, a in enumerate(posonly + regular):
        kind = "po" if i < len(posonly) else "pk"
        out.append([a.arg, kind, _text(a.annotation), _text(defaults[i], _MAX_VALUE)])
    # PEP 484: parameters named __x (not dunder) before any other are positional-only by convention.
    if not posonly:
        for p in out:
            if p[0].startswith("__") and not p[0].endswith("__"):
                p[1] = "po"
            elif p[0] in ("self", "cls") and p is out[0]:
                continue
            else:
                break
    if args.vararg:
        out.append([args.vararg.arg, "vp", _text(args.vararg.annotation), None])
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        out.append([a.arg, "ko", _text(a.annotation), _text(d, _MAX_VALUE)])
    if args.kwarg:
        out.append([args.kwarg.arg, "vk", _text(args.kwarg.annotation), None])
    return out


def _strings_in(node: ast.AST) -> list[str]:
    return [n.value for n in _walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _names_in(node: ast.AST) -> set[str]:
    return {n.id for n in _walk(node) if isinstance(n, ast.Name)}


def _ann_flags(ann: ast.expr | None) -> tuple[bool, bool]:
    """(final, classvar) for an annotation."""
    if ann is None:
        return False, False
    node = ann
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            node = parse_expression(node.value).body
        except SyntaxError:
            return False, False
    head = node.value if isinstance(node, ast.Subscript) else node
    name = dotted(head) or ""
    last = name.rsplit(".", 1)[-1]
    return last == "Final", last == "ClassVar"


_FIELD_CALLS = {"field", "dataclasses.field", "attr.ib", "attrs.field", "attr.field", "ib", "attrib", "attr.attrib"}


def _field_info(value: ast.expr | None) -> tuple[bool, bool, bool | None, str | None]:
    """(has_default, init, kw_only, default_text) for a dataclass/attrs field value."""
    if value is None:
        return False, True, None, None
    if isinstance(value, ast.Call) and (dotted(value.func) or "") in _FIELD_CALLS:
        has_default, init, kw_only, text = False, True, None, None
        for kw in value.keywords:
            if kw.arg in ("default", "default_factory", "factory"):
                has_default = True
                text = _text(kw.value, _MAX_VALUE) if kw.arg == "default" else f"<{kw.arg}: {_text(kw.value, 60)}>"
            elif kw.arg == "init" and isinstance(kw.value, ast.Constant):
                init = bool(kw.value.value)
            elif kw.arg == "kw_only" and isinstance(kw.value, ast.Constant):
                kw_only = bool(kw.value.value)
        return has_default, init, kw_only, text
    return True, True, None, _text(value, _MAX_VALUE)


class _Summariser:
    def __init__(self, is_package: bool):
        self.is_package = is_package
        self.imports: list[list] = []
        self.all_names: list[str] | None = None
        self.all_refs: list[str] = []
        self.all_dynamic = False
        self.getattr_names: list[str] | None = None
        self.literal_strings: dict[str, list[str]] = {}
        self.tc_members: dict[str, dict] = {}
        self.literal_dicts: dict[str, dict[str, str]] = {}
        self.str_consts: dict[str, str] = {}  # module-level NAME = "text"
        self.getattr_map: dict[str, str] = {}
        self._getattr_node: ast.FunctionDef | ast.AsyncFunctionDef | None = None
        self._globals: dict[str, int] = {}

    # -- module level -------------------------------------------------------------------------
    def module(self, tree: ast.Module) -> dict:
        members: dict[str, dict] = {}
        self._body(tree.body, members, scope="module", type_checking=False, primary=True)
        for g, line in self._globals.items():
            members.setdefault(g, {"k": "attribute", "line": line, "ann": None, "value": None})
        for m in list(members.values()) + list(self.tc_members.values()):
            m.pop("_pending_overloads", None)
            m.pop("_field", None)
        node = self._getattr_node
        if node is not None:
            self.getattr_map = _getattr_served(node, self.str_consts, self.literal_dicts, self.literal_strings)
            # names a module __getattr__ may serve: its string literals, those of the module-level collections and
            # string constants it reads, and every name a branch of it returns something for
            names = set(_strings_in(node)) | set(self.getattr_map)
            for ref in _names_in(node):
                names.update(self.literal_strings.get(ref, ()))
                if ref in self.str_consts:
                    names.add(self.str_consts[ref])
            self.getattr_names = sorted(n for n in names if n.isidentifier())
        return {
            "v": SUMMARY_VERSION,
            "imports": self.imports,
            "all": self.all_names,
            "all_refs": self.all_refs,
            "all_dynamic": self.all_dynamic,
            "getattr": self.getattr_names,
            "getattr_map": self.getattr_map,
            "members": members,
            "tc_members": self.tc_members,
        }

    def _body(self, body: list[ast.stmt], members: dict, scope: str, type_checking: bool, primary: bool) -> None:
        for stmt in body:
            self._stmt(stmt, members, scope, type_checking, primary)

    def _put(self, members: dict, name: str, obj: dict, primary: bool) -> None:
        if primary or name not in members:
            members[name] = obj

    def _stmt(self, stmt: ast.stmt, members: dict, scope: str, type_checking: bool, primary: bool) -> None:
        if type_checking and scope == "module" and isinstance(
                stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign)):
            # defined for type checkers only: not API, but annotations may name it (TypeVars, aliases, Protocols)
            members, type_checking, primary = self.tc_members, False, False
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if type_checking:
                return
            self._function(stmt, members, scope, primary)
        elif isinstance(stmt, ast.ClassDef):
            if type_checking:
                return
            self._put(members, stmt.name, self._class(stmt), primary)
        elif isinstance(stmt, ast.If):
            tc = type_checking or _is_type_checking(stmt.test)
            negated_tc = isinstance(stmt.test, ast.UnaryOp) and isinstance(stmt.test.op, ast.Not) and _is_type_checking(stmt.test.operand)
            # a conditional body defines what is not defined yet, but never replaces an unconditional definition
            # (`if not ssl: HTTPSConnection = DummyConnection` keeps the class the module defined above)
            self._body(stmt.body, members, scope, tc, primary and not self._defined_before(stmt, members))
            self._body(stmt.orelse, members, scope, type_checking or negated_tc, False)
        elif isinstance(stmt, ast.Try) or (sys.version_info >= (3, 11) and isinstance(stmt, getattr(ast, "TryStar", ()))):
            self._body(stmt.body, members, scope, type_checking, primary)
            # `try: import x / except ImportError: x = None`: the fallback rebinds an import, it defines nothing new
            imported = {a.asname or a.name.split(".")[0] for st in stmt.body if isinstance(st, (ast.Import, ast.ImportFrom))
                        for a in st.names}
            for h in stmt.handlers:
                body = [st for st in h.body if not (scope == "module" and isinstance(st, ast.Assign) and _rebinds_only(st, imported))]
                self._body(body, members, scope, type_checking, False)
            self._body(stmt.orelse, members, scope, type_checking, False)
            self._body(stmt.finalbody, members, scope, type_checking, primary)
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            self._body(stmt.body, members, scope, type_checking, primary)
        elif isinstance(stmt, ast.Import) and scope == "module":
            for a in stmt.names:
                if a.asname:
                    self.imports.append([a.asname, a.name, None, stmt.lineno, type_checking, False, a.asname == a.name.rsplit(".", 1)[-1]])
                else:
                    top = a.name.split(".")[0]
                    # `import a.b` binds `a`; we record the full module so the linker can make `a.b` reachable
                    self.imports.append([top, top, None, stmt.lineno, type_checking, False])
                    if "." in a.name:
                        self.imports.append(["", a.name, None, stmt.lineno, type_checking, False])
        elif isinstance(stmt, ast.ImportFrom) and scope == "module":
            mod = "." * stmt.level + (stmt.module or "")
            for a in stmt.names:
                if a.name == "*":
                    self.imports.append(["*", mod, "*", stmt.lineno, type_checking, True])
                else:
                    # PEP 484: `from m import X as X` is an explicit re-export, in any module
                    self.imports.append([a.asname or a.name, mod, a.name, stmt.lineno, type_checking, False, a.asname == a.name])
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            if type_checking and scope == "module":
                return
            self._assign(stmt, members, scope, primary)
        elif isinstance(stmt, ast.Expr) and scope == "module":
            self._all_mutation(stmt.value)
        elif type(stmt).__name__ == "TypeAlias":  # Python 3.12 `type X = ...`
            self._put(members, stmt.name.id, {"k": "attribute", "line": stmt.lineno, "ann": None,
                                              "value": _text(stmt.value, _MAX_VALUE), "alias": _text(stmt.value)}, primary)

    @staticmethod
    def _defined_before(stmt: ast.If, members: dict) -> bool:
        """Whether the if-body rebinds a name already defined (so it is a conditional fallback, not the definition)."""
        for st in stmt.body:
            names: list[str] = []
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [st.name]
            elif isinstance(st, ast.Assign):
                names = [n.id for t in st.targets for n in _walk(t) if isinstance(n, ast.Name)]
            elif isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name):
                names = [st.target.id]
            if any(n in members for n in names):
                return True
        return False

    # -- __all__ ------------------------------------------------------------------------------
    def _all_value(self, value: ast.expr, extend: bool) -> None:
        names: list[str] = []
        refs: list[str] = []
        dynamic = False

        def walk(node: ast.expr) -> None:
            nonlocal dynamic
            if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
                for elt in node.elts:
                    if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                        names.append(elt.value)
                    elif isinstance(elt, ast.Starred):
                        walk(elt.value)
                    else:
                        dynamic = True
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                walk(node.left)
                walk(node.right)
            elif isinstance(node, ast.Attribute) and node.attr == "__all__" and dotted(node.value):
                refs.append(dotted(node.value) + ".__all__")
            elif isinstance(node, ast.Name):
                refs.append(node.id)  # e.g. `from .models import __all__ as models_all`
            elif isinstance(node, ast.Call) and dotted(node.func) in ("list", "tuple", "sorted", "set") and len(node.args) == 1:
                walk(node.args[0])
            else:
                dynamic = True

        walk(value)
        if extend and self.all_names is not None:
            self.all_names.extend(names)
        else:
            self.all_names = names
            if not extend:
                self.all_refs = []
        self.all_refs.extend(refs)
        self.all_dynamic = self.all_dynamic or dynamic

    def _all_mutation(self, expr: ast.expr) -> None:
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and dotted(expr.func.value) == "__all__":
            if self.all_names is None:
                self.all_names = []
            if expr.func.attr == "extend" and expr.args:
                self._all_value(expr.args[0], extend=True)
            elif expr.func.attr == "append" and expr.args:
                a = expr.args[0]
                if isinstance(a, ast.Constant) and isinstance(a.value, str):
                    self.all_names.append(a.value)
                else:
                    self.all_dynamic = True
            elif expr.func.attr == "remove" and expr.args:
                a = expr.args[0]
                if isinstance(a, ast.Constant) and a.value in self.all_names:
                    self.all_names.remove(a.value)

    # -- assignments --------------------------------------------------------------------------
    def _assign(self, stmt: ast.stmt, members: dict, scope: str, primary: bool) -> None:
        if isinstance(stmt, ast.AugAssign):
            if scope == "module" and isinstance(stmt.target, ast.Name) and stmt.target.id == "__all__":
                if self.all_names is None:
                    self.all_names = []
                self._all_value(stmt.value, extend=True)
            return
        if isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
            ann = stmt.annotation
        else:
            targets = stmt.targets
            ann = None
        value = stmt.value
        for target in targets:
            if isinstance(target, (ast.Tuple, ast.List)):
                for elt in target.elts:
                    if isinstance(elt, ast.Name):
                        self._put(members, elt.id, {"k": "attribute", "line": stmt.lineno, "ann": None, "value": None}, primary)
                continue
            if not isinstance(target, ast.Name):
                continue
            name = target.id
            if scope == "module" and name == "__all__":
                if value is not None:
                    self._all_value(value, extend=False)
                continue
            if isinstance(value, ast.Dict) and scope == "module":
                pairs = {}
                for k, v in zip(value.keys, value.values):
                    if isinstance(k, ast.Constant) and isinstance(k.value, str):
                        target = v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else dotted(v)
                        if target:
                            pairs[k.value] = target
                self.literal_dicts[name] = pairs
            if scope == "module" and isinstance(value, ast.Constant) and isinstance(value.value, str):
                self.str_consts[name] = value.value
            if value is not None and isinstance(value, (ast.Dict, ast.Set, ast.List, ast.Tuple)):
                keys = value.keys if isinstance(value, ast.Dict) else value.elts
                self.literal_strings[name] = [k.value for k in keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            final, classvar = _ann_flags(ann)
            obj = {"k": "attribute", "line": stmt.lineno, "ann": _text(ann), "value": _text(value, _MAX_VALUE)}
            if final:
                obj["final"] = True
            if classvar:
                obj["classvar"] = True
            if isinstance(value, ast.Call):
                fname = dotted(value.func) or ""
                last = fname.rsplit(".", 1)[-1]
                if last == "NewType" and len(value.args) >= 2:
                    obj["newtype"] = _text(value.args[1])
                elif last in ("TypeVar", "ParamSpec", "TypeVarTuple"):
                    obj["typevar"] = True
                elif last in ("namedtuple", "NamedTuple") and scope == "module":
                    self._put(members, name, self._functional_namedtuple(value, stmt.lineno), primary)
                    continue
            if ann is not None and (dotted(ann) or "").rsplit(".", 1)[-1] == "TypeAlias" and value is not None:
                obj["alias"] = _text(value)
                obj["ann"] = None
            elif ann is None and value is not None and self._looks_like_type(value):
                obj["alias"] = _text(value)
            if scope == "class" and ann is not None:
                obj["_field"] = _field_info(value)
            self._put(members, name, obj, primary)

    @staticmethod
    def _looks_like_type(value: ast.expr) -> bool:
        """`X = Union[...]`, `X = Optional[...]`, `X = int | str`, `X = List[int]`: a type alias."""
        if isinstance(value, ast.Subscript):
            head = dotted(value.value) or ""
            return head.rsplit(".", 1)[-1] in {
                "Union", "Optional", "List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "Callable", "Literal",
                "Sequence", "Mapping", "Iterable", "Iterator", "Annotated", "list", "dict", "set", "frozenset",
                "tuple", "type", "MutableMapping", "MutableSequence", "Awaitable", "Coroutine",
            }
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
            return all(isinstance(n, (ast.Name, ast.Attribute, ast.Subscript, ast.Constant, ast.BinOp)) for n in (value.left, value.right)) and not any(
                isinstance(n, ast.Constant) and not (n.value is None) for n in (value.left, value.right)
            )
        return False

    def _functional_namedtuple(self, call: ast.Call, line: int) -> dict:
        fields: list[dict] = []
        fname = (dotted(call.func) or "").rsplit(".", 1)[-1]
        spec = call.args[1] if len(call.args) > 1 else None
        if spec is None:
            for kw in call.keywords:
                if kw.arg in ("field_names", "fields"):
                    spec = kw.value
        names: list[tuple[str, str | None]] = []
        if isinstance(spec, ast.Constant) and isinstance(spec.value, str):
            names = [(n, None) for n in spec.value.replace(",", " ").split()]
        elif isinstance(spec, (ast.List, ast.Tuple)):
            for elt in spec.elts:
                if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                    names.append((elt.value, None))
                elif isinstance(elt, (ast.Tuple, ast.List)) and len(elt.elts) == 2 and isinstance(elt.elts[0], ast.Constant):
                    names.append((str(elt.elts[0].value), _text(elt.elts[1])))
        n_defaults = 0
        for kw in call.keywords:
            if kw.arg == "defaults" and isinstance(kw.value, (ast.List, ast.Tuple)):
                n_defaults = len(kw.value.elts)
        for i, (n, ann) in enumerate(names):
            has_default = i >= len(names) - n_defaults
            fields.append({"name": n, "ann": ann, "default": has_default, "dtext": None, "init": True, "kw_only": False, "line": line})
        members = {f["name"]: {"k": "attribute", "line": line, "ann": f["ann"], "value": None} for f in fields}
        return {"k": "class", "line": line, "bases": ["typing.NamedTuple" if fname == "NamedTuple" else "collections.namedtuple"],
                "kw": {}, "decos": [], "members": members, "fields": fields, "functional": True}

    # -- functions ----------------------------------------------------------------------------
    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef, members: dict, scope: str, primary: bool) -> None:
        decos = [_deco_name(d) for d in node.decorator_list]
        name = node.name
        existing = members.get(name)
        if scope == "module" and name == "__getattr__" and (primary or self._getattr_node is None):
            self._getattr_node = node  # read once the whole module is known (the constants it compares against)
        if any(d in _OVERLOAD_DECOS for d in decos):
            sig = {"params": _params(node.args), "ret": _text(node.returns), "line": node.lineno}
            if existing is not None and existing.get("k") == "function" and existing.get("_pending_overloads"):
                existing["overloads"].append(sig)
            else:
                members[name] = {"k": "function", "line": node.lineno, "async": isinstance(node, ast.AsyncFunctionDef),
                                 "params": sig["params"], "ret": sig["ret"], "decos": decos, "overloads": [sig],
                                 "_pending_overloads": True}
            return
        # property setters/deleters attach to the existing property
        for d in decos:
            if d.endswith((".setter", ".deleter")) and existing is not None and existing.get("k") == "property":
                if d.endswith(".setter"):
                    existing["setter"] = True
                return
        abstract = any(d in _ABSTRACT_DECOS for d in decos)
        deprecated = any(d in _DEPRECATED_DECOS for d in decos)
        if scope == "class" and any(d in _PROPERTY_DECOS for d in decos):
            obj = {"k": "property", "line": node.lineno, "ret": _text(node.returns), "setter": False}
            if any(d.endswith("cached_property") for d in decos):
                obj["setter"] = True  # cached_property stores into the instance dict: writable
            if abstract or "abc.abstractproperty" in decos or "abstractproperty" in decos:
                obj["abstract"] = True
            if deprecated:
                obj["deprecated"] = True
            self._put(members, name, obj, primary)
            return
        obj = {"k": "function", "line": node.lineno, "async": isinstance(node, ast.AsyncFunctionDef),
               "params": _params(node.args), "ret": _text(node.returns), "decos": decos}
        generator, self_attrs, globals_declared = _scan_body(node)
        mapped = _vararg_mapped(node)
        if mapped:
            obj["vp_maps"] = mapped
        if node.args.kwarg is not None and not _kwargs_read(node):
            obj["vk_unused"] = True
        forwarded = _forwarded_to_base(node) if scope == "class" else []
        if forwarded:
            obj["fwd"] = forwarded
        eff = _effective_defaults(node)
        if eff:
            obj["eff"] = eff
        mentions = _mentions(node)
        if mentions:
            obj["mentions"] = mentions
        if scope == "module":
            for g in globals_declared:  # `global X` in a module-level function defines module attribute X
                self._globals.setdefault(g, node.lineno)
        if generator:
            obj["generator"] = True
        if scope == "class" and self_attrs:
            obj["_self_attrs"] = self_attrs
        if _is_stub(node.body):
            obj["stub"] = True
        if scope == "class":
            if "staticmethod" in decos:
                obj["method"] = "static"
            elif "classmethod" in decos or name in ("__init_subclass__", "__class_getitem__"):
                obj["method"] = "class"
            elif name == "__new__":
                obj["method"] = "static"
            else:
                obj["method"] = "instance"
        if abstract:
            obj["abstract"] = True
        if deprecated:
            obj["deprecated"] = True
        if existing is not None and existing.get("_pending_overloads"):
            obj["overloads"] = existing["overloads"]
            if not primary:
                return
        self._put(members, name, obj, primary)

    # -- classes ------------------------------------------------------------------------------
    def _class(self, node: ast.ClassDef) -> dict:
        members: dict[str, dict] = {}
        self._body(node.body, members, scope="class", type_checking=False, primary=True)
        fields: list[dict] = []
        for name, m in list(members.items()):
            m.pop("_pending_overloads", None)
            info = m.pop("_field", None)
            if m.get("k") == "attribute" and info is not None and not m.get("classvar"):
                has_default, init, kw_only, dtext = info
                fields.append({"name": name, "ann": m.get("ann"), "default": has_default, "dtext": dtext,
                               "init": init, "kw_only": kw_only, "line": m["line"]})
        # `_: KW_ONLY` sentinel: later fields are keyword-only
        kw_only_from = None
        for i, f in enumerate(fields):
            if (f["ann"] or "").rsplit(".", 1)[-1] == "KW_ONLY":
                kw_only_from = i
        if kw_only_from is not None:
            for f in fields[kw_only_from + 1:]:
                if f["kw_only"] is None:
                    f["kw_only"] = True
            fields = [f for f in fields if (f["ann"] or "").rsplit(".", 1)[-1] != "KW_ONLY"]
            members = {k: v for k, v in members.items() if not ((v.get("ann") or "").rsplit(".", 1)[-1] == "KW_ONLY")}
        # instance attributes assigned as self.x in methods (collected while summarising each method)
        for m in list(members.values()):
            for attr, line, ann in m.pop("_self_attrs", ()):
                if attr not in members:
                    members[attr] = {"k": "attribute", "line": line, "ann": ann, "value": None, "instance": True}
        decos = [_deco_name(d) for d in node.decorator_list]
        deco_kw: dict[str, str] = {}
        for d in node.decorator_list:
            if isinstance(d, ast.Call):
                for kw in d.keywords:
                    if kw.arg:
                        deco_kw[kw.arg] = _text(kw.value) or ""
        class_kw = {kw.arg: _text(kw.value) for kw in node.keywords if kw.arg}
        for d in node.decorator_list:  # `@six.add_metaclass(Meta)`: the Python 2 spelling of metaclass=Meta
            if isinstance(d, ast.Call) and (_deco_name(d)).rsplit(".", 1)[-1] == "add_metaclass" and d.args:
                class_kw.setdefault("metaclass", _text(d.args[0]))
        obj = {"k": "class", "line": node.lineno, "bases": [_text(b) for b in node.bases],
               "kw": class_kw, "decos": decos,
               "deco_kw": deco_kw, "members": members, "fields": fields}
        if any(d in _DEPRECATED_DECOS for d in decos):
            obj["deprecated"] = True
        return obj


def _valid_target(text: str) -> bool:
    return bool(text) and (":" in text or text.replace(".", "").replace("_", "").isalnum())


def _getattr_served(func: ast.FunctionDef | ast.AsyncFunctionDef, consts: dict[str, str],
                    dicts: dict[str, dict[str, str]], collections: dict[str, list[str]]) -> dict[str, str]:
    """Names a module ``__getattr__`` serves and what it returns for each, as text the linker resolves
    ("" when the value is not a name: a constant, a call, a computed object). Read from:
    ``if name == "Old": return New`` (also ``name == SOME_CONSTANT`` and ``name in ("A", "B")``); a function-local
    ``from .core import _New`` gives ``{"Old": ".core:_New"}``; ``return globals()[f"_{name}"]``;
    ``if name in _MOVED: return _MOVED[name]`` and ``value = _DEPRECATED.get(name)`` over a module-level dict or
    collection, which serves each of its keys. Branches that do not return (``raise AttributeError``) serve nothing."""
    if not func.args.args:
        return {}
    param = func.args.args[0].arg
    out: dict[str, str] = {}

    def is_param(node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id == param

    def names_of(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.Name):
            if node.id in consts:
                return [consts[node.id]]
            if node.id in collections:
                return list(collections[node.id])
            return []
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return [n for e in node.elts for n in names_of(e)]
        return []

    def lookup(value: ast.expr) -> str | None:
        """`D[name]` / `D.get(name)` on a module-level dict: the dict's name."""
        if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and is_param(value.slice):
            return value.value.id
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "get" \
                and isinstance(value.func.value, ast.Name) and value.args and is_param(value.args[0]):
            return value.func.value.id
        return None

    local_vars = {t.id for t in _walk(func) if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)}

    def target_of(value: ast.expr, n: str, local_imports: dict[str, str]) -> str:
        target = dotted(value)
        if target:
            first = target.split(".")[0]
            ref = local_imports.get(first)
            if ref:
                return ref + target[len(first):]
            return "" if first in local_vars or first == param else target  # a local value: not a module name
        table = lookup(value)
        if table is not None:
            return dicts.get(table, {}).get(n, "")
        if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Call) and dotted(value.value.func) == "globals":
            key = value.slice
            if is_param(key):
                return n
            inner = lookup(key)
            if inner is not None:
                return dicts.get(inner, {}).get(n, "")
            if isinstance(key, ast.JoinedStr):
                parts = []
                for v in key.values:
                    if isinstance(v, ast.Constant):
                        parts.append(str(v.value))
                    elif isinstance(v, ast.FormattedValue) and is_param(v.value):
                        parts.append(n)
                    else:
                        return ""
                return "".join(parts)
        return ""

    returns_value = any(isinstance(r, ast.Return) and r.value is not None for r in _walk(func))
    for node in _walk(func):
        table = lookup(node) if isinstance(node, (ast.Subscript, ast.Call)) else None
        if table is not None and returns_value and table in collections:
            # `_DEPRECATED.get(name)` / `_MOVED[name]`: every key of the table is served
            for n in collections[table]:
                out[n] = out.get(n) or dicts.get(table, {}).get(n, "")
            continue
        if not isinstance(node, ast.If):
            continue
        test = node.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and is_param(test.left)):
            continue
        if not isinstance(test.ops[0], (ast.Eq, ast.In)):
            continue
        names = names_of(test.comparators[0])
        returns = [st for stmt in node.body for st in _walk(stmt) if isinstance(st, ast.Return) and st.value is not None]
        if not names or not returns:
            continue  # a branch that raises or falls through serves nothing
        local_imports: dict[str, str] = {}
        for stmt in node.body:
            if isinstance(stmt, ast.ImportFrom):
                for a in stmt.names:
                    local_imports[a.asname or a.name] = "." * stmt.level + (stmt.module or "") + ":" + a.name
        value = returns[0].value
        for n in names:
            target = target_of(value, n, local_imports)
            out[n] = (target if _valid_target(target) else "") or out.get(n, "")
    return {n: (t if _valid_target(t) else "") for n, t in out.items() if n.isidentifier()}


def _rebinds_only(stmt: ast.Assign, names: set[str]) -> bool:
    """Every name the assignment binds (`x = ...`, `a, b = ...`) is one of `names`."""
    bound = [n for t in stmt.targets for n in _walk(t) if isinstance(n, ast.Name)]
    return bool(bound) and all(isinstance(t, (ast.Name, ast.Tuple, ast.List)) for t in stmt.targets) \
        and all(n.id in names for n in bound)


def _all_params(args: ast.arguments) -> list[ast.arg]:
    return list(args.posonlyargs) + list(args.args) + list(args.kwonlyargs)


def _vararg_mapped(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Parameters the body maps ``*args`` back onto, a deprecation path for parameters that became keyword-only:
    assigned from an expression that reads it (``if args: level = args[0]``; ``a, b = self._parse(*args)``) or
    named as strings next to it (``for arg, attr in zip(args, ["name", "message"]): setattr(self, attr, arg)``)."""
    va = func.args.vararg
    if va is None:
        return []
    params = {a.arg for a in _all_params(func.args)}
    out: set[str] = set()

    def reads_vararg(node: ast.AST | None) -> bool:
        return node is not None and any(isinstance(n, ast.Name) and n.id == va.arg for n in _walk(node))

    for node in _walk(func):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and reads_vararg(node.value):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                out.update(n.id for n in _walk(target) if isinstance(n, ast.Name) and n.id in params)
        header = node.iter if isinstance(node, (ast.For, ast.AsyncFor)) else node.value if isinstance(node, (ast.Assign, ast.Expr)) else None
        if reads_vararg(header):
            out.update(n.value for n in _walk(header) if isinstance(n, ast.Constant) and n.value in params)
    return sorted(out)


def _kwargs_read(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the body uses its ``**kwargs`` at all (reads from it, passes it on)."""
    vk = func.args.kwarg
    return vk is not None and any(isinstance(n, ast.Name) and n.id == vk.arg for n in _walk(func))


def _forwarded_to_base(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Which variadics (``"args"``, ``"kwargs"``) the method passes on to the same method of a base:
    ``super().__init__(*args, **kwargs)`` or ``Base.putrequest(self, method, url, *args, **kwargs)``."""
    va, vk = func.args.vararg, func.args.kwarg
    if va is None and vk is None:
        return []
    first = func.args.args[0].arg if func.args.args else None
    out: set[str] = set()
    for n in _walk(func):
        if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == func.name):
            continue
        owner = n.func.value
        via_super = isinstance(owner, ast.Call) and dotted(owner.func) == "super"
        via_base = (isinstance(owner, (ast.Name, ast.Attribute)) and first is not None and n.args
                    and isinstance(n.args[0], ast.Name) and n.args[0].id == first)
        if not (via_super or via_base):
            continue
        if va is not None and any(isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) and a.value.id == va.arg for a in n.args):
            out.add("args")
        if vk is not None and any(k.arg is None and isinstance(k.value, ast.Name) and k.value.id == vk.arg for k in n.keywords):
            out.add("kwargs")
    return sorted(out)


def _falsy_default(text: str) -> bool:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text in ("list()", "dict()", "set()", "tuple()", "frozenset()", "str()", "bytes()")
    try:
        return not value
    except Exception:
        return False


def _tests_default(test: ast.expr, name: str, default: str, positive: bool) -> bool:
    """`test` is `name is <default>` (positive) or `name is not <default>`; `==` / `!=` alike."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name) and test.left.id == name):
        return False
    op = test.ops[0]
    if not isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) or positive != isinstance(op, (ast.Is, ast.Eq)):
        return False
    return _text(test.comparators[0]) == default


def _replacement(expr: ast.expr, name: str, default: str) -> str | None:
    """What `expr` gives when the parameter `name` holds its default `default`, for the spellings that map a
    default onto a value: `name or V` (a falsy default), `V if name is None else name`, `name if name is not None
    else V` (`is D` / `is not D` for a sentinel default D). None when `expr` is not one of them."""
    def is_name(node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id == name

    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or) and len(expr.values) == 2 and is_name(expr.values[0]):
        return _text(expr.values[1], _MAX_VALUE) if _falsy_default(default) else None
    if isinstance(expr, ast.IfExp):
        if _tests_default(expr.test, name, default, True) and is_name(expr.orelse):
            return _text(expr.body, _MAX_VALUE)
        if _tests_default(expr.test, name, default, False) and is_name(expr.body):
            return _text(expr.orelse, _MAX_VALUE)
    return None


def _effective_defaults(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    """For parameters whose default the body provably replaces, the value a call that omits them really gets:
    the first statement that reads the parameter is ``if x is None: x = V`` (``is D`` for a sentinel default D)
    or ``x = <x or V | V if x is None else x | x if x is not None else V>``; or the parameter is read exactly once,
    inside one of those expressions (``self.agent = agent or "v1"``). Only parameters with a default."""
    args = func.args
    defaults: dict[str, str] = {}
    positional = list(args.posonlyargs) + list(args.args)
    for a, d in zip(positional[len(positional) - len(args.defaults):], args.defaults):
        defaults[a.arg] = _text(d) or ""
    for a, d in zip(args.kwonlyargs, args.kw_defaults):
        if d is not None:
            defaults[a.arg] = _text(d) or ""
    if not defaults:
        return {}
    body = list(func.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
        body = body[1:]
    # one walk of the function and one of each statement, shared by every parameter (was: walks per parameter)
    reads_of: dict[str, list[ast.Name]] = {}
    for n in _walk(func):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load):
            reads_of.setdefault(n.id, []).append(n)
    body_names = [{n.id for n in _walk(st) if isinstance(n, ast.Name)} for st in body]
    parents: dict[int, ast.AST] | None = None
    out: dict[str, str] = {}
    for name, default in defaults.items():
        if not default:
            continue
        reads = reads_of.get(name, [])
        first = next((st for st, ids in zip(body, body_names) if name in ids), None)
        value: str | None = None
        if isinstance(first, ast.If) and not first.orelse and _tests_default(first.test, name, default, True):
            assigns = [st for st in first.body if isinstance(st, ast.Assign) and len(st.targets) == 1
                       and isinstance(st.targets[0], ast.Name) and st.targets[0].id == name]
            if len(assigns) == 1:
                value = _text(assigns[0].value, _MAX_VALUE)
        elif isinstance(first, ast.Assign) and len(first.targets) == 1 and isinstance(first.targets[0], ast.Name) \
                and first.targets[0].id == name:
            value = _replacement(first.value, name, default)
        if value is None and len(reads) == 1:
            # the or/if-else expressions around the one read, outermost first (the order ast.walk meets them in)
            if parents is None:
                parents = {id(c): n for n in _walk(func) for c in _children(n)}
            around: list[ast.AST] = []
            node: ast.AST | None = parents.get(id(reads[0]))
            while node is not None:
                if isinstance(node, (ast.BoolOp, ast.IfExp)):
                    around.append(node)
                node = parents.get(id(node))
            for node in reversed(around):
                value = _replacement(node, name, default)
                if value is not None:
                    break
        if value is not None:
            out[name] = value
    return out


def _mentions(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    """Identifier-like strings a function's body and decorators spell out (``kwargs.pop("old_name")``,
    ``@renamed(old="new")``): the evidence that a removed parameter is still handled under another name."""
    found: set[str] = set()
    for top in list(func.body) + list(func.decorator_list):
        for n in _walk(top):
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.isidentifier() and len(n.value) <= 40:
                found.add(n.value)
    for deco in func.decorator_list:
        if isinstance(deco, ast.Call):
            found.update(k.arg for k in deco.keywords if k.arg)
    return sorted(found)[:64]


def _is_stub(body: list[ast.stmt]) -> bool:
    """A body that declares but does not implement: docstring, `...`, `pass`, `raise NotImplementedError`."""
    for stmt in body:
        if isinstance(stmt, ast.Pass):
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and (stmt.value.value is Ellipsis or isinstance(stmt.value.value, str)):
            continue
        if isinstance(stmt, ast.Raise) and stmt.exc is not None:
            exc = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
            if (dotted(exc) or "").rsplit(".", 1)[-1] == "NotImplementedError":
                continue
        return False
    return True


_COMPOUND_BODIES = ("body", "orelse", "finalbody")


def _scan_body(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[bool, list[tuple[str, int, str | None]], list[str]]:
    """One statement-level pass over a function body (not into nested functions or classes): whether it
    yields, and the ``self.x = ...`` assignments of a method (name, line, annotation)."""
    self_name = func.args.args[0].arg if func.args.args else None
    generator = False
    globals_declared: list[str] = []
    attrs: list[tuple[str, int, str | None]] = []
    stack: list[ast.stmt] = list(func.body)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            value = stmt.value
            if self_name is not None and not isinstance(stmt, ast.AugAssign):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                flat: list[ast.expr] = []
                for t in targets:
                    flat.extend(t.elts if isinstance(t, (ast.Tuple, ast.List)) else [t])
                for t in flat:
                    if isinstance(t, ast.Starred):
                        t = t.value
                    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == self_name:
                        attrs.append((t.attr, stmt.lineno, _text(stmt.annotation) if isinstance(stmt, ast.AnnAssign) else None))
            if isinstance(value, (ast.Yield, ast.YieldFrom)) or (isinstance(value, ast.Await) and isinstance(value.value, (ast.Yield, ast.YieldFrom))):
                generator = True
        elif isinstance(stmt, (ast.Expr, ast.Return)) and isinstance(stmt.value, (ast.Yield, ast.YieldFrom)):
            generator = True
        elif isinstance(stmt, ast.Global):
            globals_declared.extend(stmt.names)
        for field_name in _COMPOUND_BODIES:
            body = getattr(stmt, field_name, None)
            if body:
                stack.extend(body)
        handlers = getattr(stmt, "handlers", None)
        if handlers:
            for h in handlers:
                stack.extend(h.body)
        cases = getattr(stmt, "cases", None)
        if cases:
            for c in cases:
                stack.extend(c.body)
    attrs.sort(key=lambda a: a[1])
    return generator, attrs, globals_declared


def needs_python(source: str) -> tuple[tuple[int, int], str] | None:
    """If the source uses syntax newer than this interpreter, which version and feature."""
    for version, pattern, feature in _NEWER_SYNTAX:
        if sys.version_info < version and pattern.search(source):
            return version, feature
    return None


def summarise(source: bytes | str, path: str = "<unknown>", is_package: bool = False) -> dict:
    """The summary of one Python file. Never raises: a file that does not parse gets an ``error`` entry."""
    if isinstance(source, bytes):
        from ..astutil import source_problem

        problem = source_problem(source)
        if problem is not None:
            return {"v": SUMMARY_VERSION, "error": {"message": problem, "line": None, "needs": None}}
        try:
            text = source.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = source.decode("latin-1")
    else:
        text = source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text, filename=path)
            if astutil.too_deep(tree):
                raise RecursionError(astutil.NESTING_TOO_DEEP)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        msg = getattr(exc, "msg", None) or str(exc)
        newer = needs_python(text)
        if newer:
            (major, minor), feature = newer
            message = f"needs Python >= {major}.{minor} ({feature}); this interpreter is {sys.version_info[0]}.{sys.version_info[1]}"
            return {"v": SUMMARY_VERSION, "error": {"message": message, "line": line, "needs": f"{major}.{minor}"}}
        return {"v": SUMMARY_VERSION, "error": {"message": f"syntax error: {msg}", "line": line, "needs": None}}
    except (RecursionError, MemoryError):  # the parser's own limits (a long chain of unary operators, lambdas)
        return {"v": SUMMARY_VERSION, "error": {"message": "file too deeply nested to parse", "line": None, "needs": None}}
    s = _Summariser(is_package)
    try:
        return s.module(tree)
    except RecursionError:
        return {"v": SUMMARY_VERSION, "error": {"message": "file too deeply nested to analyse", "line": None, "needs": None}}
    finally:
        _WALKED.clear()
