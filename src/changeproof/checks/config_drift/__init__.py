"""Configuration drift: the environment variables a project reads and declares, before and after the change.

On each side the check collects, without running anything:

* **reads in production Python code** (stdlib ``ast``; tests, docs and vendored trees are left out):
  ``os.environ["X"]`` (required), ``os.environ.get("X", default)``, ``os.getenv("X", default)``,
  ``os.environ.setdefault`` / ``.pop``, ``"X" in os.environ`` (a presence test), through ``import os as
  _os``, ``from os import environ, getenv`` (and ``env = os.environ``), with the name given literally or as a
  module-level string constant (``KEY = "DATABASE_URL"; os.environ[KEY]``). A subscript inside a ``try`` that
  catches ``KeyError`` or guarded by ``"X" in os.environ`` in the same function is not required. Defaults are
  compared by their normalised source text (module-level constants resolved), so reformatting is no change;
* **pydantic settings**: subclasses of ``pydantic_settings.BaseSettings`` / ``pydantic.BaseSettings``,
  directly or through project base classes (same file or imported by name), each field being the variable
  ``env_prefix + FIELD`` (upper-cased unless ``case_sensitive``), honouring ``model_config =
  SettingsConfigDict(env_prefix=...)``, ``class Config: env_prefix = ...``, class keywords and
  ``Field(alias=/validation_alias=/env=)``; required when the field has no default;
* **declarations**: ``.env.example``-style files (``NAME=value``) and each docker-compose service's
  ``environment`` (list or mapping form) and ``ports``, read with PyYAML (anchors, aliases and merge keys are
  what YAML says they are; line numbers are kept).

Only what the change introduced is reported, compared by variable name: a new variable (breaking when it
is required), a variable no longer read (risk), a default that changed (risk; breaking when a default was
removed), a rename (same read sites, similar name), a compose port mapping changed or removed. A read that
merely moved is nothing. Values of credential-like variables are never shown.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

from ... import configfiles
from ...astutil import ImportTable
from ...astutil import dotted as _dotted
from ...project.files import classify
from ...model import Finding, Problem
from . import rules

_RULES = {r.id: r for r in rules.RULES}
from ..base import Check, CheckContext, Skip, finding

# ------------------------------------------------------------------------------------------------- rules

ID = "config-drift"


# --------------------------------------------------------------------------------------------- the model

REQUIRED = "<required>"
NOT_SET = "<not set>"
REDACTED = "<redacted default>"
PASSED = "<passed through>"  # compose: `- NAME` takes the value from the host
NO_VALUE = "<no value>"  # .env example: a bare `NAME`
_SENTINELS = frozenset({REQUIRED, NOT_SET, PASSED, NO_VALUE})
_CODE = ("python", "settings")
_DECL = ("dotenv", "compose")

_CRED_PARTS = ("SECRET", "TOKEN", "KEY", "PASSWORD", "PASSWD", "JWT", "OAUTH", "DATABASE_URL", "DSN",
               "CREDENTIAL", "API_KEY")
_CRED_TOKENS = frozenset({"PASS", "PWD", "AUTH", "PRIVATE", "SALT", "CREDS"})


def credential_like(name: str) -> bool:
    upper = name.upper()
    return any(p in upper for p in _CRED_PARTS) or bool(_CRED_TOKENS & set(re.split(r"[^A-Z0-9]+", upper)))


_URL_CREDS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^/@\s:]*):[^/@\s]*@")


def _display(state: str | None, name: str) -> str | None:
    """A default as a finding may show it: never a credential-like variable's value, never URL passwords."""
    if state is None:
        return None
    if state in _SENTINELS:
        return state  # not a value
    if credential_like(name):
        return REDACTED
    state = _URL_CREDS.sub(lambda m: f"{m['scheme']}{m['user']}:<redacted>@", state)
    return state if len(state) <= 200 else state[:197] + "..."


@dataclass(frozen=True)
class Site:
    """One place a variable is read or declared."""

    name: str
    source: str  # python | settings | dotenv | compose
    path: str
    line: int
    scope: str  # python: function/class qualname or <module>; settings: class; compose: service; dotenv: ""
    form: str  # how it is read, never with its default: 'os.environ["X"]', 'settings field S.x'
    required: bool
    state: str | None  # the default as compared: source text, REQUIRED, or None (a presence test)


@dataclass
class _Field:
    name: str
    line: int
    aliases: list[str] | None
    required: bool
    state: str


@dataclass
class _ClassDef:
    name: str
    qualname: str
    line: int
    bases: list[tuple]  # ("settings",) | ("local", name) | ("import", module, level, name) | ("other",)
    prefix: str | None  # explicit env_prefix, None when not given here
    prefix_dynamic: bool
    case_sensitive: bool | None
    fields: list[_Field]


@dataclass
class _PyFacts:
    sites: list[Site] = field(default_factory=list)
    dynamic: list[tuple[str, int, str]] = field(default_factory=list)  # (scope, line, name expression)
    classes: list[_ClassDef] = field(default_factory=list)
    error: str | None = None


@dataclass
class _Side:
    sites: list[Site] = field(default_factory=list)
    dynamic: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (path, scope, expr) -> line
    ports: dict[tuple[str, str], dict[str, tuple[frozenset[str], int]]] = field(default_factory=dict)
    services: dict[str, dict[str, int]] = field(default_factory=dict)  # compose path -> service -> line
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    failed: set[str] = field(default_factory=set)  # files that could not be analysed

    def by_name(self, sources: tuple[str, ...]) -> dict[str, list[Site]]:
        out: dict[str, list[Site]] = {}
        for s in sorted(self.sites, key=lambda s: (s.path, s.line, s.scope)):
            if s.source in sources:
                out.setdefault(s.name, []).append(s)
        return out


# -------------------------------------------------------------------------------------- which files

_VENDOR_DIRS = frozenset({".venv", "venv", ".tox", ".nox", "node_modules", "site-packages", "__pypackages__",
                          ".git", ".mypy_cache", ".eggs"})
_DOTENV_NAME = re.compile(r"^(\.?env(\.[\w-]+)*\.(example|sample|template|dist|defaults)|(example|sample)\.env)$",
                          re.IGNORECASE)
_COMPOSE_NAME = re.compile(r"^(docker-)?compose([._-][\w.-]*)?\.ya?ml$", re.IGNORECASE)


def _category(path: str, config: Any) -> str:
    try:
        return classify(path, config)
    except Exception:  # noqa: BLE001  # pragma: no cover - a classifier bug must not hide the check
        return "production"


def _kind_of(path: str, config: Any) -> str | None:
    """"python", "dotenv", "compose" or None (not looked at)."""
    parts = path.split("/")
    name = parts[-1]
    if any(d in _VENDOR_DIRS for d in parts[:-1]):
        return None
    if any(fnmatchcase(path, g) for g in (getattr(config, "exclude", None) or ())):
        return None
    if name.endswith(".py"):
        if name == "setup.py":
            return None  # build time, not deployment configuration
        kind = "python"
    elif _DOTENV_NAME.match(name):
        kind = "dotenv"
    elif _COMPOSE_NAME.match(name):
        kind = "compose"
    else:
        return None
    category = _category(path, config)
    if category in ("test", "docs", "ci") or (kind == "python" and category == "other"):
        return None  # only what the project runs: not tests, docs, CI, benchmarks or examples
    return kind


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
            for node in ast.walk(tree):
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
    def __init__(self, path: str, imports: _Imports, facts: _PyFacts):
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


def _settings_class(node: ast.ClassDef, qualname: str, im: _Imports) -> _ClassDef:
    cls = _ClassDef(node.name, qualname, node.lineno, [_base_ref(b, im) for b in node.bases], None, False, None, [])

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
        cls.fields.append(_Field(target, stmt.lineno, aliases, required, state))
    return cls


# --------------------------------------------------------------------------------------------- per file

def _python_facts(path: str, tree: ast.Module | None, table: ImportTable | None, why: str | None) -> _PyFacts:
    """The environment reads and settings classes of one module (its tree and import table from the project)."""
    facts = _PyFacts()
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


def _dotenv(path: str, text: str) -> tuple[list[Site], list[int]]:
    sites: list[Site] = []
    bad: list[int] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[7:].lstrip()
        m = re.match(r"^([A-Za-z_][A-Za-z0-9_.]*)\s*(?:=\s*(.*))?$", line)
        if not m:
            bad.append(lineno)
            continue
        name, value = m.group(1), m.group(2)
        if value is None:
            state = NO_VALUE
        else:
            value = value.strip()
            if value[:1] in ("'", '"') and value.rfind(value[0]) > 0:
                value = value[1:value.rfind(value[0])]
            else:
                value = re.split(r"\s+#", value, maxsplit=1)[0].strip()
            state = value
        sites.append(Site(name, "dotenv", path, lineno, "", f"{name}= in {posixpath.basename(path)}", False, state))
    return sites, bad


# ---------------------------------------------------------------------------------------------- compose

@dataclass
class _Service:
    name: str
    line: int
    env: list[tuple[str, str, int]] = field(default_factory=list)  # (name, state, line)
    ports: list[tuple[str, str, int]] = field(default_factory=list)  # (container key, canonical mapping, line)


def _port(item: Any) -> tuple[str, str] | None:
    """(container port key, canonical mapping) of a short-syntax string or a long-syntax mapping."""
    if isinstance(item, dict):
        target = str(item.get("target", "")).strip()
        if not target:
            return None
        proto = str(item.get("protocol") or "tcp").lower()
        host_ip = str(item.get("host_ip") or "")
        published = str(item.get("published") or "")
    else:
        text = str(item).strip()
        if not text:
            return None
        proto = "tcp"
        if "/" in text:
            text, proto = text.rsplit("/", 1)
            proto = proto.lower() or "tcp"
        host_ip = ""
        if text.startswith("["):  # [::1]:8080:80
            end = text.find("]")
            host_ip, text = text[: end + 1], text[end + 2:]
        parts = text.split(":")
        target = parts[-1]
        published = parts[-2] if len(parts) >= 2 else ""
        if len(parts) >= 3:
            host_ip = ":".join(parts[:-2])
    mapping = ":".join(p for p in (host_ip, published, target) if p)
    return f"{target}/{proto}", mapping + ("" if proto == "tcp" else f"/{proto}")


def _compose(root: Any) -> list[_Service]:
    """The services of a compose file, from its YAML nodes (line numbers kept, merge keys applied)."""
    import yaml

    def items(node: Any, depth: int = 0) -> list[tuple[str, Any, Any]]:
        """(key, key node, value node) of a mapping node, `<<` merges applied (explicit keys win)."""
        if not isinstance(node, yaml.MappingNode) or depth > 20:
            return []
        own: list[tuple[str, Any, Any]] = []
        merged: list[tuple[str, Any, Any]] = []
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                continue
            if k.tag == "tag:yaml.org,2002:merge" or k.value == "<<":
                for m in (v.value if isinstance(v, yaml.SequenceNode) else [v]):
                    merged.extend(items(m, depth + 1))
            else:
                own.append((str(k.value), k, v))
        seen = {k for k, _, _ in own}
        for entry in merged:
            if entry[0] not in seen:
                seen.add(entry[0])
                own.append(entry)
        return own

    def scalar(node: Any) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null":
            return str(node.value)
        return None

    top = {k: v for k, _, v in items(root)}
    if "services" in top:
        pairs = [(k, kn, v) for k, kn, v in items(top["services"])]
    else:  # compose v1: services at the top
        pairs = [(k, kn, v) for k, kn, v in items(root)
                 if isinstance(v, yaml.MappingNode) and {"image", "build"} & {kk for kk, _, _ in items(v)}]
    out: list[_Service] = []
    for name, key_node, node in pairs:
        svc = _Service(name, key_node.start_mark.line + 1)
        for key, _, value in items(node):
            if key == "environment":
                if isinstance(value, yaml.SequenceNode):
                    for entry in value.value:
                        text_ = scalar(entry)
                        if text_ is None:
                            continue
                        var, eq, val = text_.partition("=")
                        if var.strip():
                            svc.env.append((var.strip(), val if eq else PASSED, entry.start_mark.line + 1))
                else:
                    for var, var_node, val in items(value):
                        state = scalar(val)
                        svc.env.append((var, PASSED if state is None else state, var_node.start_mark.line + 1))
            elif key == "ports" and isinstance(value, yaml.SequenceNode):
                for entry in value.value:
                    if isinstance(entry, yaml.MappingNode):
                        item: Any = {k: scalar(v) for k, _, v in items(entry)}
                    else:
                        item = scalar(entry)
                    port = _port(item) if item is not None else None
                    if port:
                        svc.ports.append((*port, entry.start_mark.line + 1))
        out.append(svc)
    return out


# ---------------------------------------------------------------------------------------------- one side

def _module_files(importer: str, module: str, level: int, paths: Iterable[str]) -> list[str]:
    parts = [p for p in module.split(".") if p]
    if level:
        base = importer.split("/")[:-1]
        base = base[: len(base) - (level - 1)] if level > 1 else base
        stem = "/".join(base + parts)
        wanted = {f"{stem}.py", f"{stem}/__init__.py"}
        return [p for p in paths if p in wanted]
    stem = "/".join(parts)
    return [p for p in paths if p in (f"{stem}.py", f"{stem}/__init__.py")
            or p.endswith((f"/{stem}.py", f"/{stem}/__init__.py"))]


class _Scanner:
    """Collects one side's sites. Per-file facts are cached by (path, content id) across the two sides."""

    def __init__(self, ctx: CheckContext, cache: dict):
        self.ctx = ctx
        self.cache = cache
        self._classes: dict[tuple[str, str], _ClassDef] = {}
        self._parent_fn: Any = lambda key: []
        self._project_names: set[str] = set()  # directory names and module stems of the side's Python files

    def read(self, side: str, paths: list[str]) -> dict[str, str]:
        snap = self.ctx.base if side == "base" else self.ctx.head
        files = self.ctx.files(side)
        todo = [p for p in paths if ("text", p, files[p]) not in self.cache]
        if todo:
            try:
                data = snap.read_many(todo)
            except Exception:  # noqa: BLE001 - fall back to one at a time so one unreadable file does not hide the rest
                data = {}
                for p in todo:
                    try:
                        data[p] = snap.read(p)
                    except Exception as exc:  # noqa: BLE001 - reported as a problem
                        self.cache[("text", p, files[p])] = exc
            for p, raw in data.items():
                self.cache[("text", p, files[p])] = raw.decode("utf-8", "replace")
        out = {}
        for p in paths:
            value = self.cache[("text", p, files[p])]
            out[p] = value
        return out

    def scan(self, side: str) -> _Side:
        result = _Side()
        files = self.ctx.files(side)
        kinds = {p: k for p in files if (k := _kind_of(p, self.ctx.config))}
        py = sorted(p for p, k in kinds.items() if k == "python")
        self._project_names = {part for p in py for part in p[:-3].split("/")}
        texts = self.read(side, sorted(kinds))
        for p, t in texts.items():
            if isinstance(t, Exception):
                result.failed.add(p)
                result.problems.append((p, f"cannot read it ({t}); its environment variables are not compared"))
        texts = {p: t for p, t in texts.items() if isinstance(t, str)}

        # Python: files that mention environ/getenv/BaseSettings, then files naming a known settings class
        facts: dict[str, _PyFacts] = {}
        wanted = re.compile(r"environ|getenv|BaseSettings")
        pending = [p for p in py if p in texts and wanted.search(texts[p])]
        settings: dict[tuple[str, str], bool] = {}
        while pending:
            for p in pending:
                key = ("py", p, files[p])
                if key not in self.cache:
                    module = self.ctx.project.side(side)
                    self.cache[key] = _python_facts(p, module.ast(p), module.imports(p), module.parse_error(p))
                facts[p] = self.cache[key]
            settings = self._settings(facts)
            names = sorted({q.split(".")[-1] for (_, q), ok in settings.items() if ok})
            if not names:
                break
            pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
            pending = [p for p in py if p in texts and p not in facts and pattern.search(texts[p])]

        for p, f in sorted(facts.items()):
            if f.error:
                result.failed.add(p)
                result.problems.append((p, f"{f.error}; its environment variable reads are not compared"))
                continue
            result.sites.extend(f.sites)
            for scope, line, expr in f.dynamic:
                result.dynamic.setdefault((p, scope, expr), line)
        result.sites.extend(self._settings_sites(facts, settings, result))

        for p in sorted(k for k, v in kinds.items() if v == "dotenv" and k in texts):
            sites, bad = _dotenv(p, texts[p])
            result.sites.extend(sites)
            if bad:
                shown = ", ".join(map(str, bad[:5])) + (" ..." if len(bad) > 5 else "")
                result.problems.append((p, f"lines {shown} are not NAME=value; they are not compared"))
        snapshot = self.ctx.project.side(side).snapshot
        for p in sorted(k for k, v in kinds.items() if v == "compose" and k in texts):
            try:
                compose = configfiles.yaml(snapshot, p)
                if compose is None or compose.error is not None:
                    result.failed.add(p)
                    why = compose.error if compose is not None else "it is not in the snapshot"
                    result.problems.append((p, (f"cannot read its services: invalid YAML ({why}); its environment "
                                               f"and ports are not compared")))
                    continue
                services = _compose(compose.root)
            except Exception as exc:  # noqa: BLE001 - a reader bug must not become a traceback
                result.failed.add(p)
                result.problems.append((p, (f"cannot read its services ({type(exc).__name__}); its environment "
                                           f"and ports are not compared")))
                continue
            result.services[p] = {s.name: s.line for s in services}
            for svc in services:
                for var, state, line in svc.env:
                    result.sites.append(Site(var, "compose", p, line, svc.name,
                                             f"environment of compose service '{svc.name}'", False, state))
                ports: dict[str, tuple[set[str], int]] = {}
                for key, mapping, line in svc.ports:
                    entry = ports.setdefault(key, (set(), line))
                    entry[0].add(mapping)
                result.ports[(p, svc.name)] = {k: (frozenset(v), line) for k, (v, line) in ports.items()}
        return result

    # -- settings classes
    def _settings(self, facts: dict[str, _PyFacts]) -> dict[tuple[str, str], bool]:
        classes = {(p, c.qualname): c for p, f in facts.items() for c in f.classes}
        by_name: dict[str, list[tuple[str, str]]] = {}
        for (p, q), c in classes.items():
            by_name.setdefault(c.name, []).append((p, q))
        memo: dict[tuple[str, str], bool] = {}

        def parents(key: tuple[str, str]) -> list[tuple[str, str] | str]:
            path, _ = key
            c = classes[key]
            out: list[tuple[str, str] | str] = []
            for ref in c.bases:
                if ref[0] == "settings":
                    out.append("settings")
                elif ref[0] == "local":
                    cands = [k for k in by_name.get(ref[1], []) if k[0] == path and k != key]
                    out.extend(cands[:1])
                elif ref[0] == "import":
                    _, module, level, name = ref
                    files = _module_files(path, module, level, facts)
                    cands = [k for k in by_name.get(name, []) if k[0] in files]
                    if (not cands and len(by_name.get(name, [])) == 1
                            and (level or module.split(".")[0] in self._project_names)):
                        cands = by_name[name]  # a project module re-exporting it (a package __init__)
                    out.extend(cands[:1])
            return out

        def is_settings(key: tuple[str, str], seen: frozenset) -> bool:
            if key in memo:
                return memo[key]
            if key in seen:
                return False
            ok = False
            for parent in parents(key):
                if parent == "settings" or (isinstance(parent, tuple) and is_settings(parent, seen | {key})):
                    ok = True
            memo[key] = ok
            return ok

        for key in classes:
            is_settings(key, frozenset())
        self._classes = classes
        self._parent_fn = parents
        return memo

    def _settings_sites(self, facts: dict[str, _PyFacts], settings: dict[tuple[str, str], bool],
                        side: _Side) -> list[Site]:
        if not any(settings.values()):
            return []
        classes = self._classes
        sites: list[Site] = []

        def effective(key: tuple[str, str], seen: frozenset) -> tuple[str | None, bool | None, bool,
                                                                        dict[str, tuple[str, _Field]]]:
            c = classes[key]
            prefix, case, dynamic = c.prefix, c.case_sensitive, c.prefix_dynamic
            fields: dict[str, tuple[str, _Field]] = {}
            for parent in self._parent_fn(key):
                if isinstance(parent, tuple) and parent not in seen and settings.get(parent):
                    p_prefix, p_case, p_dyn, p_fields = effective(parent, seen | {key})
                    for name, value in p_fields.items():
                        fields.setdefault(name, value)
                    if prefix is None and not dynamic:
                        prefix, dynamic = p_prefix, p_dyn
                    if case is None:
                        case = p_case
            for f in c.fields:
                fields[f.name] = (key[0], f)
            return prefix, case, dynamic, fields

        for key, ok in sorted(settings.items()):
            if not ok:
                continue
            c = classes[key]
            prefix, case, dynamic, fields = effective(key, frozenset())
            if dynamic:
                side.problems.append((key[0], (f"settings class {c.qualname} (line {c.line}) has an env_prefix that "
                                              f"is not a string literal; its variables are compared without it")))
            for fname, (fpath, f) in fields.items():
                names = f.aliases or [(prefix or "") + fname]
                for n in names:
                    n = n if case else n.upper()
                    sites.append(Site(n, "settings", fpath, f.line, f"{c.qualname}.{fname}",
                                      f"field {c.name}.{fname} of a pydantic settings class",
                                      f.required and len(names) == 1, f.state))
        return sites


# --------------------------------------------------------------------------------------------- compare

def _where(s: Site) -> str:
    return f"{s.path}:{s.line}"


def _similar(a: str, b: str) -> bool:
    if difflib.SequenceMatcher(None, a.upper(), b.upper()).ratio() >= 0.5:
        return True
    ta = {t for t in re.split(r"[^A-Z0-9]+", a.upper()) if len(t) > 2}
    tb = {t for t in re.split(r"[^A-Z0-9]+", b.upper()) if len(t) > 2}
    return bool(ta & tb)


class _Compare:
    def __init__(self, check: Check, ctx: CheckContext, base: _Side, head: _Side):
        self.check = check
        self.base = base
        self.head = head
        self.rename = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        self.findings: list[Finding] = []
        self.added = self.removed = 0

    def tr(self, path: str) -> str:
        return self.rename.get(path, path)

    def emit(self, kind: str, site: Site, message: str, *, name: str, old: str | None = None,
             new: str | None = None, severity: str | None = None, parameter: str | None = None) -> None:
        if credential_like(name):
            message += f" (credential-like: {name} looks like a secret; its values are never shown.)"
        self.findings.append(finding(_RULES[kind], path=site.path, line=site.line, message=message,
                                     object=name, parameter=parameter, old=old, new=new, severity=severity))

    def run(self) -> list[Finding]:
        bc, hc = self.base.by_name(_CODE), self.head.by_name(_CODE)
        bd, hd = self.base.by_name(_DECL), self.head.by_name(_DECL)
        added = sorted(set(hc) - set(bc))
        removed = sorted(set(bc) - set(hc))
        renamed = self.renames(added, removed, bc, hc)
        for old, new in renamed:
            self.renamed(old, new, bc[old], hc[new])
        done = {n for pair in renamed for n in pair}
        for name in added:
            if name not in done:
                self.added_code(name, hc[name], hd.get(name, []), removed)
        for name in removed:
            if name not in done:
                self.removed_code(name, bc[name], hd.get(name, []), added)
        everything_base, everything_head = set(bc) | set(bd), set(hc) | set(hd)
        # declarations of a variable the code started or stopped reading are part of that finding
        for name in sorted(set(hd) - everything_base - set(hc)):
            self.added_decl(name, hd[name])
        for name in sorted(set(bd) - everything_head - set(bc)):
            self.removed_decl(name, bd[name])
        for name in sorted(set(bc) & set(hc)):
            self.code_defaults(name, bc[name], hc[name])
        code_changed = set(added) | set(removed)
        for name in sorted((set(bd) | set(hd)) & everything_base & everything_head):
            self.decl_defaults(name, bd.get(name, []), hd.get(name, []), hc.get(name, []),
                               values_only=name in code_changed)
        self.ports()
        return self.findings

    # -- renames
    def renames(self, added: list[str], removed: list[str], bc: dict, hc: dict) -> list[tuple[str, str]]:
        def sites(sitelist: list[Site], translate: bool) -> frozenset:
            return frozenset((self.tr(s.path) if translate else s.path, s.scope) for s in sitelist)

        # a rename only when exactly one removed and one added variable have exactly these read sites
        gone: dict[frozenset, list[str]] = {}
        for r in removed:
            gone.setdefault(sites(bc[r], True), []).append(r)
        new: dict[frozenset, list[str]] = {}
        for a in added:
            new.setdefault(sites(hc[a], False), []).append(a)
        out = []
        for key, rs in gone.items():
            adds = new.get(key, [])
            if len(rs) == 1 and len(adds) == 1 and _similar(rs[0], adds[0]):
                out.append((rs[0], adds[0]))
        return out

    def renamed(self, old: str, new: str, old_sites: list[Site], new_sites: list[Site]) -> None:
        self.added += 1
        self.removed += 1
        site = next((s for s in new_sites if s.required), new_sites[0])
        if any(s.required for s in new_sites):
            effect = f"deployments that set only {old} now fail at start-up because {new} is required"
        else:
            default = _display(site.state, new)
            effect = (f"deployments that set {old} are silently ignored and run with {new}'s default"
                      + (f" ({default})" if default and default != REDACTED else ""))
        self.emit("env-var-renamed", site,
                  f"{old} was renamed to {new}: the read at {_where(site)} ({site.form}) replaces the one at "
                  f"{_where(old_sites[0])}, and {old} is read nowhere else. {effect[0].upper()}{effect[1:]}.",
                  name=new, old=old, new=new)

    # -- variables read by the code
    def added_code(self, name: str, sites: list[Site], decls: list[Site], removed: list[str]) -> None:
        self.added += 1
        required = [s for s in sites if s.required]
        site = required[0] if required else sites[0]
        where = f"{_where(site)} ({site.form})"
        more = f" and {len(sites) - 1} other place{'s' if len(sites) > 2 else ''}" if len(sites) > 1 else ""
        if required:
            how = ("ValidationError when the settings are created" if site.source == "settings"
                   else "KeyError" + ("" if site.scope == "<module>" else f" when {site.scope} runs"))
            msg = (f"{name} is newly read at {where}{more} without a default: deployments that do not set "
                   f"{name} now fail at start-up ({how}).")
            severity = "breaking"
        else:
            default = _display(site.state, name)
            if site.state == "None":
                msg = (f"{name} is newly read at {where}{more} as optional (None when unset): deployments that "
                       f"do not set it get the behaviour for a missing value.")
            else:
                shown = "" if default in (None, REDACTED) else f" ({default})"
                msg = (f"{name} is newly read at {where}{more} with a default{shown}: deployments that do not set "
                       f"it silently get the default.")
            severity = "info"
        if decls:
            msg += f" It is declared in {', '.join(sorted({d.path for d in decls}))}."
        close = difflib.get_close_matches(name, removed, n=1, cutoff=0.6)
        if close:
            msg += f" {close[0]} is no longer read: if this is a rename, deployments must set {name} instead."
        self.emit("env-var-added", site, msg, name=name, new=_display(site.state, name), severity=severity)

    def removed_code(self, name: str, sites: list[Site], decls: list[Site], added: list[str]) -> None:
        self.removed += 1
        site = sites[0]
        msg = (f"{name} is no longer read (it was read at {_where(site)}, {site.form}): deployments still "
               f"setting it are silently ignored.")
        if decls:
            msg += (f" It is still set in {', '.join(sorted({d.path for d in decls}))}: stale, unless something "
                    f"other than the Python code reads it there.")
        close = difflib.get_close_matches(name, added, n=1, cutoff=0.6)
        if close:
            msg += f" {close[0]} is newly read: if this is a rename, deployments must set {close[0]} instead."
        self.emit("env-var-removed", site, msg, name=name, old=_display(site.state, name))

    # -- variables only declared (.env examples, compose)
    def added_decl(self, name: str, sites: list[Site]) -> None:
        self.added += 1
        site = sites[0]
        self.emit("env-var-added", site,
                  f"{name} is newly declared at {_where(site)} ({site.form}); the project's Python code does not "
                  f"read it, so it configures something else (a container image, a tool).",
                  name=name, new=_display(site.state, name), severity="info")

    def removed_decl(self, name: str, sites: list[Site]) -> None:
        self.removed += 1
        site = sites[0]
        self.emit("env-var-removed", site,
                  f"{name} is no longer declared (it was at {_where(site)}, {site.form}): whatever read it from "
                  f"there (a container image, a tool) now runs without it.",
                  name=name, old=_display(site.state, name))

    # -- defaults
    def code_defaults(self, name: str, base: list[Site], head: list[Site]) -> None:
        b_sites = [s for s in base if s.state is not None]
        h_sites = [s for s in head if s.state is not None]
        if not b_sites or not h_sites:
            return
        groups_b: dict[tuple[str, str], list[Site]] = {}
        for s in b_sites:
            groups_b.setdefault((self.tr(s.path), s.scope), []).append(s)
        groups_h: dict[tuple[str, str], list[Site]] = {}
        for s in h_sites:
            groups_h.setdefault((s.path, s.scope), []).append(s)
        base_states = {s.state for s in b_sites}
        required_now = any(s.required for s in head)
        changes: list[tuple[Site, str]] = []
        for key, hs in groups_h.items():
            bs = list(groups_b.get(key, []))
            left = []
            for h in hs:  # reads with the same default pair first, the rest in order
                same = next((b for b in bs if b.state == h.state), None)
                if same is not None:
                    bs.remove(same)
                else:
                    left.append(h)
            for i, h in enumerate(left):
                if i < len(bs):
                    changes.append((h, bs[i].state))
                elif h.state not in base_states:
                    if h.state != REQUIRED and required_now:
                        continue  # still required elsewhere: a new optional read changes nothing
                    olds = sorted(base_states)
                    changes.append((h, olds[0] if len(olds) == 1 else " | ".join(olds)))
        seen: dict[tuple[str, str], list[Site]] = {}
        for h, old in sorted(changes, key=lambda c: (c[0].path, c[0].line)):
            seen.setdefault((old, h.state), []).append(h)
        for (old, new), hs in seen.items():
            self.default_changed(name, hs, old, new)

    def default_changed(self, name: str, sites: list[Site], old: str, new: str) -> None:
        site = sites[0]
        d_old, d_new = _display(old, name), _display(new, name)
        more = f" (and {len(sites) - 1} other read site{'s' if len(sites) > 2 else ''})" if len(sites) > 1 else ""
        where = f"{_where(site)} ({site.form}){more}"
        secret = credential_like(name)
        if new == REQUIRED:
            severity = "breaking"
            msg = (f"{name} lost its default at {where}" + ("" if secret else f" (was {d_old})")
                   + f": deployments that do not set {name} now fail at start-up.")
        elif old == REQUIRED:
            severity = "info"
            msg = (f"{name} now has a default at {where}" + ("" if secret else f" ({d_new})")
                   + f": deployments that forget to set {name} no longer fail but silently use the default.")
        else:
            severity = "risk"
            msg = (f"The default of {name} changed at {where}" + ("" if secret else f" from {d_old} to {d_new}")
                   + f": deployments that do not set {name} silently get the new value.")
        self.emit("env-var-default-changed", site, msg, name=name, old=d_old, new=d_new, severity=severity)

    def decl_defaults(self, name: str, base: list[Site], head: list[Site], head_code: list[Site], *,
                      values_only: bool) -> None:
        """Per file and compose service: a value changed, a declaration removed or added. ``values_only``:
        the code started or stopped reading the variable, which that finding reports with its declarations.
        Services sharing one declaration (a YAML anchor) give one finding."""
        b = {(self.tr(s.path), s.scope): s for s in base}
        h = {(s.path, s.scope): s for s in head}
        events: dict[tuple, list[str]] = {}  # (branch, base site, head site) with scopes dropped -> services
        anchor: dict[tuple, tuple[Site | None, Site | None]] = {}
        for key in sorted(set(b) | set(h)):
            bs, hs = b.get(key), h.get(key)
            if bs and hs and bs.state == hs.state:
                continue
            if not (bs and hs) and values_only:
                continue
            branch = "changed" if bs and hs else "removed" if bs else "added"
            ident = (branch, bs and (bs.path, bs.line, bs.state), hs and (hs.path, hs.line, hs.state))
            events.setdefault(ident, []).append(key[1])
            anchor.setdefault(ident, (bs, hs))
        read_at = f" The code reads it at {_where(head_code[0])}." if head_code else ""
        for ident, scopes in events.items():
            branch = ident[0]
            bs, hs = anchor[ident]
            site = hs or bs
            assert site is not None
            if site.source == "compose":
                names = ", ".join(f"'{x}'" for x in scopes)
                place = f"compose service{'s' if len(scopes) > 1 else ''} {names} in {site.path}"
            else:
                place = site.path
            if branch == "changed":
                assert bs is not None and hs is not None
                old, new = _display(bs.state, name), _display(hs.state, name)
                shown = "" if credential_like(name) else f" from {old} to {new}"
                what = ("containers started from this file get the new value" if site.source == "compose"
                        else "deployments set up from the example get the new value")
                if site.source == "compose" and "${" in f"{bs.state}{hs.state}":
                    what += " (compose substitutes `${...}` from the environment it runs in)"
                self.emit("env-var-default-changed", hs, f"The value of {name} in {place} changed{shown}: {what}."
                          + read_at, name=name, old=old, new=new)
            elif branch == "removed":
                assert bs is not None
                if head_code:
                    msg = (f"{name} is no longer set in {place} (it was at {_where(bs)}), but the code still reads "
                           f"it at {_where(head_code[0])} ({head_code[0].form}): deployments using this file now "
                           + ("fail at start-up." if any(s.required for s in head_code) else "get the code's default."))
                else:
                    msg = (f"{name} is no longer set in {place} (it was at {_where(bs)}): whatever read it from there "
                           "now runs without it.")
                self.emit("env-var-removed", bs, msg, name=name, old=_display(bs.state, name), new=NOT_SET)
            else:
                assert hs is not None
                severity = "info" if hs.source == "dotenv" else "risk"
                what = ("containers started from this file now get this value" if hs.source == "compose"
                        else "the example now documents it")
                shown = "" if credential_like(name) else f" ({_display(hs.state, name)})"
                self.emit("env-var-default-changed", hs, f"{name} is now set in {place}{shown}: {what}." + read_at,
                          name=name, old=NOT_SET, new=_display(hs.state, name), severity=severity)

    # -- compose ports
    def ports(self) -> None:
        head_ports = self.head.ports
        published = {(key, m) for mappings in head_ports.values() for key, (ms, _) in mappings.items() for m in ms}
        for (path, service), mappings in sorted(self.base.ports.items()):
            hpath = self.tr(path)
            now = head_ports.get((hpath, service))
            for key, (olds, line) in sorted(mappings.items()):
                old = ", ".join(sorted(olds))
                if (now is None or key not in now) and all((key, m) in published for m in olds):
                    continue  # another service (or compose file) publishes the same mapping at head
                if now is None:
                    gone = ("the compose file was removed" if hpath not in self.head.services
                            else f"service '{service}' was removed")
                    site = Site(service, "compose", path, line, service, "", False, None)
                    self.emit_port(site, service, key, old, None,
                                   f"Container port {key} of compose service '{service}' is no longer published "
                                   f"({gone}; it was {old} at {path}:{line})")
                elif key not in now:
                    svc_line = self.head.services.get(hpath, {}).get(service, 1)
                    site = Site(service, "compose", hpath, svc_line, service, "", False, None)
                    self.emit_port(site, service, key, old, None,
                                   f"Compose service '{service}' in {hpath} no longer publishes container port {key} "
                                   f"(it was {old} at {path}:{line})")
                elif now[key][0] != olds:
                    new = ", ".join(sorted(now[key][0]))
                    site = Site(service, "compose", hpath, now[key][1], service, "", False, None)
                    self.emit_port(site, service, key, old, new,
                                   f"Compose service '{service}' in {hpath} now publishes container port {key} as "
                                   f"{new} (was {old})")

    def emit_port(self, site: Site, service: str, key: str, old: str, new: str | None, message: str) -> None:
        message += ": clients, proxies and health checks using the old host port can no longer connect."
        self.findings.append(finding(rules.PORT_CHANGED, path=site.path, line=site.line, message=message,
                                     object=service, parameter=key, old=old, new=new))


# ------------------------------------------------------------------------------------------------ check

class ConfigDrift(Check):
    id = ID
    title = "Configuration drift"
    reads = ("os.environ / os.getenv reads and pydantic settings in production code, .env.example files, "
             "docker-compose environment and ports")

    def run(self, ctx: CheckContext) -> list[Finding]:
        scanner = _Scanner(ctx, {})  # per-file facts, shared by the two sides when a file is the same on both
        base, head = scanner.scan("base"), scanner.scan("head")
        self._problems(ctx, base, head)
        # compare only files analysed on both sides: a file that cannot be parsed on one side must not look
        # as if every variable in it was added or removed
        rename = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        head_failed = head.failed
        base_failed = {rename.get(p, p) for p in base.failed}
        base.sites = [s for s in base.sites if rename.get(s.path, s.path) not in head_failed]
        head.sites = [s for s in head.sites if s.path not in base_failed]
        base.ports = {k: v for k, v in base.ports.items() if rename.get(k[0], k[0]) not in head_failed}
        head.ports = {k: v for k, v in head.ports.items() if k[0] not in base_failed}
        for p in head_failed:
            head.services.setdefault(p, {})
        if not base.sites and not head.sites and not base.ports and not head.ports:
            self._counts = None
            raise Skip("no environment variable reads, settings classes, .env examples or compose files")
        compare = _Compare(self, ctx, base, head)
        findings = compare.run()
        findings.sort(key=lambda f: (f.object or "", f.kind, f.path or "", f.line or 0))
        self._counts = (len({s.name for s in head.sites}), compare.added, compare.removed)
        return findings

    def _problems(self, ctx: CheckContext, base: _Side, head: _Side) -> None:
        """Inputs that could not be analysed, limited to what the change touched (an unchanged file that
        cannot be read hides nothing: it is the same on both sides)."""
        bfiles, hfiles = ctx.files("base"), ctx.files("head")
        rename = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        back = {new: old for old, new in rename.items()}
        reported: set[str] = set()  # head paths
        for path, message in head.problems:
            if hfiles.get(path) != bfiles.get(back.get(path, path)):
                reported.add(path)
                ctx.problems.append(Problem(path=path, message=f"config-drift: {message}", side="head"))
        for path, message in base.problems:
            if bfiles.get(path) != hfiles.get(rename.get(path, path)) and rename.get(path, path) not in reported:
                ctx.problems.append(Problem(path=path, message=f"config-drift: {message}", side="base"))
        before = {(rename.get(p, p), scope, expr) for (p, scope, expr) in base.dynamic}
        for (path, scope, expr), line in sorted(head.dynamic.items()):
            if (path, scope, expr) in before:
                continue
            where = "module level" if scope == "<module>" else scope
            ctx.problems.append(Problem(
                path=path, side="head",
                message=f"config-drift: line {line} ({where}) reads an environment variable whose name is computed "
                        f"at run time ({expr}); changeproof cannot tell which variable it is or whether it is "
                        f"required"))

    def summary(self, findings: list[Finding]) -> str:
        counts = getattr(self, "_counts", None)
        if not counts:
            return super().summary(findings)
        n, added, removed = counts
        return f"{n} variable{'s' if n != 1 else ''} read at head ({added} new, {removed} removed)"


CHECK = ConfigDrift
