"""What the check collects: read and declaration sites of environment variables, per side, and how values are shown (credential-like values never are)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ID = "config-drift"


# --------------------------------------------------------------------------------------------- the model

REQUIRED = "<required>"
NOT_SET = "<not set>"
REDACTED = "<redacted default>"
PASSED = "<passed through>"  # compose: `- NAME` takes the value from the host
NO_VALUE = "<no value>"  # .env example: a bare `NAME`
_SENTINELS = frozenset({REQUIRED, NOT_SET, PASSED, NO_VALUE})
CODE_SOURCES = ("python", "settings")
DECLARATION_SOURCES = ("dotenv", "compose")

_CRED_PARTS = ("SECRET", "TOKEN", "KEY", "PASSWORD", "PASSWD", "JWT", "OAUTH", "DATABASE_URL", "DSN",
               "CREDENTIAL", "API_KEY")
_CRED_TOKENS = frozenset({"PASS", "PWD", "AUTH", "PRIVATE", "SALT", "CREDS"})


def credential_like(name: str) -> bool:
    upper = name.upper()
    return any(p in upper for p in _CRED_PARTS) or bool(_CRED_TOKENS & set(re.split(r"[^A-Z0-9]+", upper)))


_URL_CREDS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^/@\s:]*):[^/@\s]*@")


def display(state: str | None, name: str) -> str | None:
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
class SettingsField:
    name: str
    line: int
    aliases: list[str] | None
    required: bool
    state: str


@dataclass
class SettingsClass:
    name: str
    qualname: str
    line: int
    bases: list[tuple]  # ("settings",) | ("local", name) | ("import", module, level, name) | ("other",)
    prefix: str | None  # explicit env_prefix, None when not given here
    prefix_dynamic: bool
    case_sensitive: bool | None
    fields: list[SettingsField]


@dataclass
class PyFacts:
    sites: list[Site] = field(default_factory=list)
    dynamic: list[tuple[str, int, str]] = field(default_factory=list)  # (scope, line, name expression)
    classes: list[SettingsClass] = field(default_factory=list)
    error: str | None = None


@dataclass
class EnvInventory:
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


# ------------------------------------------------------------------------------- one file's facts, as JSON
# (the fact cache keeps them by content id, so without the path, which is filled in when read back)

def facts_to_json(facts: PyFacts) -> dict:
    return {"sites": [[s.name, s.source, s.line, s.scope, s.form, s.required, s.state] for s in facts.sites],
            "dynamic": [list(d) for d in facts.dynamic],
            "classes": [[c.name, c.qualname, c.line, [list(b) for b in c.bases], c.prefix, c.prefix_dynamic,
                         c.case_sensitive, [[f.name, f.line, f.aliases, f.required, f.state] for f in c.fields]]
                        for c in facts.classes],
            "error": facts.error}


def facts_from_json(data: dict, path: str) -> PyFacts:
    return PyFacts(sites=[Site(n, src, path, line, scope, form, req, state)
                          for n, src, line, scope, form, req, state in data["sites"]],
                   dynamic=[(scope, line, expr) for scope, line, expr in data["dynamic"]],
                   classes=[SettingsClass(n, q, line, [tuple(b) for b in bases], prefix, dyn, case,
                                          [SettingsField(fn, fl, list(al) if al is not None else None, fr, fs)
                                           for fn, fl, al, fr, fs in fields])
                            for n, q, line, bases, prefix, dyn, case, fields in data["classes"]],
                   error=data["error"])


def _is(value: object, *types: type) -> bool:
    return isinstance(value, types) and not (isinstance(value, bool) and bool not in types)


def _opt(value: object, *types: type) -> bool:
    return value is None or _is(value, *types)


def _rows_of(value: object, n: int) -> bool:
    return isinstance(value, list) and all(isinstance(r, list) and len(r) == n for r in value)


def valid_row(row: object) -> bool:
    """Whether a cached row has the shape the scanner writes: {"m": bool} and, once computed, "f": the file's
    facts (a poisoned or corrupt row is a miss, rebuilt)."""
    if not isinstance(row, dict) or not isinstance(row.get("m"), bool) or not set(row) <= {"m", "f"}:
        return False
    if "f" not in row:
        return True
    f = row["f"]
    if not isinstance(f, dict) or set(f) != {"sites", "dynamic", "classes", "error"} or not _opt(f["error"], str):
        return False
    if not _rows_of(f["sites"], 7) or not all(
            _is(n, str) and _is(src, str) and _is(line, int) and _is(scope, str) and _is(form, str)
            and _is(req, bool) and _opt(state, str) for n, src, line, scope, form, req, state in f["sites"]):
        return False
    if not _rows_of(f["dynamic"], 3) or not all(_is(s, str) and _is(line, int) and _is(e, str)
                                                for s, line, e in f["dynamic"]):
        return False
    if not _rows_of(f["classes"], 8):
        return False
    for n, q, line, bases, prefix, dyn, case, fields in f["classes"]:
        if not (_is(n, str) and _is(q, str) and _is(line, int) and _opt(prefix, str) and _is(dyn, bool)
                and _opt(case, bool) and isinstance(bases, list) and _rows_of(fields, 5)):
            return False
        if not all(isinstance(b, list) and b and all(_is(x, str, int) for x in b) for b in bases):
            return False
        if not all(_is(fn, str) and _is(fl, int) and (al is None or (isinstance(al, list) and all(_is(a, str) for a in al)))
                   and _is(fr, bool) and _is(fs, str) for fn, fl, al, fr, fs in fields):
            return False
    return True
