"""Environment variable reads in Python code: ``os.environ`` / ``os.getenv`` in every form (aliases, constants, guards) and pydantic settings classes."""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Iterable

from ...astutil import ImportTable, statements
from ...astutil import dotted as _dotted
from .model import REQUIRED, PyFacts, SettingsClass, SettingsField, Site

# ---------------------------------------------------------------------------------------- Python reads

_GUARD_EXC = frozenset({"KeyError", "LookupError", "Exception", "BaseException"})
_TRY_TYPES = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if t is not None)


def _is_literal(node: ast.AST) -> bool:
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


class _Imports:
    """What the names of one module are bound to, as far as environment reads and settings care."""

    def __init__(self, tree: ast.Module, table: ImportTable):
        self.os: set[str] = set()  # names bound to the os module
        self.environ: set[str] = set()  # names bound to os.environ
        self.getenv: set[str] = set()  # names bound to os.getenv
        self.modules: dict[str, str] = {}  # local name -> module (import x.y as z; from x import y -> x.y)
        self.names: dict[str, tuple[str, int, str]] = {}  # local name -> (module, level, original name)
        self.consts: dict[str, ast.expr] = {}  # module-level constants bound once to a literal
        for b in table.bindings:
            if b.name is None:  # import a.b [as c]
                if b.module == "os" or (b.module.startswith("os.") and b.asname is None):
                    self.os.add(b.asname or "os")
                self.modules[b.local] = b.qualified
            else:  # from [.]m import name [as local]
                module = b.node.module or ""
                if module == "os" and not b.level:
                    if b.name == "environ":
                        self.environ.add(b.local)
                    elif b.name == "getenv":
                        self.getenv.add(b.local)
                self.names[b.local] = (module, b.level, b.name)
                self.modules.setdefault(b.local, b.qualified)
        # env = os.environ (any scope), twice for chains
        for _ in range(2):
            for node in statements(tree):  # assignments are statements: no need to visit expressions
                if isinstance(node, ast.Assign) and self.is_environ(node.value):
                    for t in node.targets:
                        if isinstance(t, ast.Name):
                            self.environ.add(t.id)
        counts: dict[str, int] = {}
        values: dict[str, ast.expr] = {}
        for stmt in tree.body:
            targets: list[ast.expr] = []
            value = None
            if isinstance(stmt, ast.Assign):
                targets, value = stmt.targets, stmt.value
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                targets, value = [stmt.target], stmt.value
            for t in targets:
                if isinstance(t, ast.Name):
                    counts[t.id] = counts.get(t.id, 0) + 1
                    if value is not None and _is_literal(value):
                        values[t.id] = value
        self.consts = {k: v for k, v in values.items() if counts.get(k) == 1}

    def is_environ(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.environ
        return (isinstance(node, ast.Attribute) and node.attr == "environ" and isinstance(node.value, ast.Name)
                and node.value.id in self.os)

    def is_getenv(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.getenv
        return (isinstance(node, ast.Attribute) and node.attr == "getenv" and isinstance(node.value, ast.Name)
                and node.value.id in self.os)

    def string(self, node: ast.AST | None) -> str | None:
        """The string a name expression stands for: a literal or a module-level string constant."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            value = self.consts.get(node.id)
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
        return None

    def state(self, node: ast.AST) -> str:
        """A default's normalised source text (module-level constants resolved)."""
        if isinstance(node, ast.Name) and node.id in self.consts:
            node = self.consts[node.id]
        try:
            return ast.unparse(node)
        except Exception:  # noqa: BLE001  # pragma: no cover - unparse handles every parsed node
            return "<expression>"


def _catches_key_error(handlers: list[ast.ExceptHandler]) -> bool:
    for h in handlers:
        if h.type is None:
            return True
        types = h.type.elts if isinstance(h.type, ast.Tuple) else [h.type]
        for t in types:
            name = _dotted(t) or ""
            if name.split(".")[-1] in _GUARD_EXC:
                return True
    return False


class _ReadCollector:
    def __init__(self, path: str, imports: _Imports, facts: PyFacts):
        self.path = path
        self.im = imports
        self.facts = facts

    def visit(self, node: ast.AST, scope: str, guarded: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            inner = node.name if scope == "<module>" else f"{scope}.{node.name}"
            for child in ast.iter_child_nodes(node):
                self.visit(child, inner, guarded)
            return
        if isinstance(node, _TRY_TYPES):
            body_guard = guarded or _catches_key_error(node.handlers)
            for child in node.body:
                self.visit(child, scope, body_guard)
            for part in (node.handlers, node.orelse, node.finalbody):
                for child in part:
                    self.visit(child, scope, guarded)
            return
        self._check(node, scope, guarded)
        for child in ast.iter_child_nodes(node):
            self.visit(child, scope, guarded)

    def _site(self, key: ast.AST, line: int, scope: str, form: str, required: bool, state: str | None) -> None:
        name = self.im.string(key)
        if name is None:
            try:
                text = ast.unparse(key)
            except Exception:  # noqa: BLE001  # pragma: no cover
                text = "<expression>"
            self.facts.dynamic.append((scope, line, text))
            return
        self.facts.sites.append(Site(name, "python", self.path, line, scope, form.replace("{}", f'"{name}"'),
                                     required, state))

    def _check(self, node: ast.AST, scope: str, guarded: bool) -> None:
        im = self.im
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and im.is_environ(node.value):
            where = ast.unparse(node.value)
            if guarded:
                self._site(node.slice, node.lineno, scope, f"{where}[{{}}] (KeyError handled)", False, None)
            else:
                self._site(node.slice, node.lineno, scope, f"{where}[{{}}]", True, REQUIRED)
        elif isinstance(node, ast.Call):
            func = node.func
            method = None
            if isinstance(func, ast.Attribute) and func.attr in ("get", "setdefault", "pop") and im.is_environ(func.value):
                method = func.attr
            elif im.is_getenv(func):
                method = "getenv"
            if method is None:
                return
            key = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "key"), None)
            if key is None:
                return
            default = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg in ("default", "value")), None)
            callee = ast.unparse(func)
            if default is not None:
                self._site(key, node.lineno, scope, f"{callee}({{}}, <default>)", False, im.state(default))
            elif method == "pop" and not guarded:
                self._site(key, node.lineno, scope, f"{callee}({{}})", True, REQUIRED)
            elif method == "pop":
                self._site(key, node.lineno, scope, f"{callee}({{}}) (KeyError handled)", False, None)
            else:
                self._site(key, node.lineno, scope, f"{callee}({{}})", False, "None")
        elif (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn))
              and im.is_environ(node.comparators[0])):
            op = "in" if isinstance(node.ops[0], ast.In) else "not in"
            self._site(node.left, node.lineno, scope, f"{{}} {op} {ast.unparse(node.comparators[0])}", False, None)


# ---------------------------------------------------------------------------------------- pydantic settings

_SETTINGS_MODULES = ("pydantic_settings", "pydantic", "pydantic.env_settings", "pydantic.v1",
                     "pydantic_settings.main")
_FIELD_FUNCS = frozenset({"Field"})


def _base_ref(node: ast.expr, im: _Imports) -> tuple:
    if isinstance(node, ast.Subscript):  # Generic[T]-style bases
        node = node.value
    dotted = _dotted(node)
    if dotted is None:
        return ("other",)
    parts = dotted.split(".")
    if len(parts) == 1:
        name = parts[0]
        if name in im.names:
            module, level, orig = im.names[name]
            if orig == "BaseSettings" and not level and module in _SETTINGS_MODULES:
                return ("settings",)
            return ("import", module, level, orig)
        return ("local", name)
    root, rest = parts[0], parts[1:]
    module = im.modules.get(root)
    if module is None:
        return ("other",)
    full = ".".join([module, *rest[:-1]])
    if rest[-1] == "BaseSettings" and full in _SETTINGS_MODULES:
        return ("settings",)
    level = len(full) - len(full.lstrip("."))
    return ("import", full.lstrip("."), level, rest[-1])


def _config_values(call_or_dict: ast.expr) -> list[tuple[str, ast.expr]]:
    if isinstance(call_or_dict, ast.Call):
        return [(k.arg, k.value) for k in call_or_dict.keywords if k.arg]
    if isinstance(call_or_dict, ast.Dict):
        return [(k.value, v) for k, v in zip(call_or_dict.keys, call_or_dict.values)
                if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return []


def _alias_names(value: ast.expr, im: _Imports) -> list[str] | None:
    text = im.string(value)
    if text is not None:
        return [text]
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        names = [im.string(e) for e in value.elts]
        return [n for n in names if n] or None
    if isinstance(value, ast.Call) and (_dotted(value.func) or "").split(".")[-1] == "AliasChoices":
        names = [im.string(a) for a in value.args]
        return [n for n in names if n] or None
    return None


def _settings_class(node: ast.ClassDef, qualname: str, im: _Imports) -> SettingsClass:
    cls = SettingsClass(node.name, qualname, node.lineno, [_base_ref(b, im) for b in node.bases], None, False, None, [])

    def take_config(items: Iterable[tuple[str, ast.expr]]) -> None:
        for key, value in items:
            if key == "env_prefix":
                text = im.string(value)
                if text is None:
                    cls.prefix_dynamic = True
                else:
                    cls.prefix = text
            elif key == "case_sensitive" and isinstance(value, ast.Constant) and isinstance(value.value, bool):
                cls.case_sensitive = value.value

    take_config((k.arg, k.value) for k in node.keywords if k.arg)
    for stmt in node.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Config":
            for inner in stmt.body:
                if isinstance(inner, ast.Assign) and len(inner.targets) == 1 and isinstance(inner.targets[0], ast.Name):
                    take_config([(inner.targets[0].id, inner.value)])
                elif isinstance(inner, ast.AnnAssign) and isinstance(inner.target, ast.Name) and inner.value:
                    take_config([(inner.target.id, inner.value)])
            continue
        target = value = annotation = None
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            target, value, annotation = stmt.target.id, stmt.value, stmt.annotation
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            target, value = stmt.targets[0].id, stmt.value
        if target is None:
            continue
        if target == "model_config":
            if value is not None:
                take_config(_config_values(value))
            continue
        if annotation is None or target.startswith("_"):
            continue  # a plain assignment in a settings class is not a field
        ann = ast.unparse(annotation)
        if ann.startswith(("ClassVar", "typing.ClassVar", "t.ClassVar")):
            continue
        aliases = None
        required = value is None
        state = REQUIRED if required else im.state(value)
        if isinstance(value, ast.Call) and (_dotted(value.func) or "").split(".")[-1] in _FIELD_FUNCS:
            kws = {k.arg: k.value for k in value.keywords if k.arg}
            default = value.args[0] if value.args else kws.get("default")
            if default is not None and not (isinstance(default, ast.Constant) and default.value is Ellipsis):
                required, state = False, im.state(default)
            elif "default_factory" in kws:
                required, state = False, f"<factory {ast.unparse(kws['default_factory'])}>"
            else:
                required, state = True, REQUIRED
            for key in ("validation_alias", "alias", "env"):
                if key in kws:
                    aliases = _alias_names(kws[key], im)
                    if aliases:
                        break
        elif isinstance(value, ast.Constant) and value.value is Ellipsis:
            required, state = True, REQUIRED
        cls.fields.append(SettingsField(target, stmt.lineno, aliases, required, state))
    return cls


# --------------------------------------------------------------------------------------------- per file

def python_facts(path: str, tree: ast.Module | None, table: ImportTable | None, why: str | None) -> PyFacts:
    """The environment reads and settings classes of one module (its tree and import table from the project)."""
    facts = PyFacts()
    if tree is None:
        facts.error = f"cannot parse it ({why})"
        return facts
    if table is None:
        facts.error = "cannot analyse it (nested too deeply)"
        return facts
    try:
        im = _Imports(tree, table)
        _ReadCollector(path, im, facts).visit(tree, "<module>", False)
        # a subscript next to an optional read of the same variable in the same function is taken as guarded
        # (`if "X" in os.environ: ... os.environ["X"]`, `if os.getenv("X"): ... os.environ["X"]`): not required
        optional = {(s.scope, s.name) for s in facts.sites if not s.required}
        facts.sites = [dataclasses.replace(s, form=s.form + " (guarded)", required=False, state=None)
                       if s.required and (s.scope, s.name) in optional else s for s in facts.sites]

        def classes(body: list[ast.stmt], prefix: str) -> None:
            for stmt in body:
                if isinstance(stmt, ast.ClassDef):
                    qual = f"{prefix}{stmt.name}"
                    facts.classes.append(_settings_class(stmt, qual, im))
                    classes(stmt.body, qual + ".")

        classes(tree.body, "")
    except RecursionError:
        facts.error = "cannot analyse it (nested too deeply)"
    return facts
