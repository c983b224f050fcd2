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
