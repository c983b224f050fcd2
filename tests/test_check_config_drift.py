"""config-drift: environment variables read and declared, before and after a change (real two-commit repos)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from helpers.checkrepo import make_context

import changeproof.catalog  # noqa: F401  (the catalog imports every check)
from changeproof.errors import Skip
from changeproof.checks.config_drift import CHECK, credential_like
from changeproof.checks.config_drift.declared import compose_services as _compose
from changeproof.checks.config_drift.declared import dotenv_sites as _dotenv
from changeproof.catalog import RULES



@dataclasses.dataclass
class Result:
    findings: list
    problems: list
    summary: str
    skipped: str | None = None

    def kinds(self) -> list[tuple[str, str | None]]:
        return sorted((f.kind, f.object) for f in self.findings)

    def one(self, kind: str, obj: str | None = None):
        found = [f for f in self.findings if f.kind == kind and (obj is None or f.object == obj)]
        assert len(found) == 1, self.findings
        return found[0]


def check(tmp_path: Path, base: dict, head: dict, **options) -> Result:
    ctx = make_context(tmp_path, base, head, **options)
    try:
        c = CHECK()
        try:
            findings = c.run(ctx)
        except Skip as exc:
            return Result([], list(ctx.problems), "", skipped=str(exc))
        return Result(findings, list(ctx.problems), c.outcome(findings))
    finally:
        ctx.close()


def py(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------ the catalog

def test_kinds_registered_with_this_check_as_category():
    for kind, severity in [("env-var-added", "breaking"), ("env-var-removed", "risk"),
                           ("env-var-default-changed", "risk"), ("env-var-renamed", "breaking"),
                           ("port-changed", "risk")]:
        assert RULES[kind].category == "config-drift"
        assert RULES[kind].severity == severity
    assert CHECK.id == "config-drift" and CHECK.title == "Configuration drift"


# ------------------------------------------------------------------------------------- Python sources

def test_os_environ_subscript_added_is_breaking(tmp_path):
    r = check(tmp_path, {"app/config.py": py("import os", "A = 1")},
              {"app/config.py": py("import os", "A = 1", "REGION = os.environ['APP_REGION']")})
    f = r.one("env-var-added", "APP_REGION")
    assert (f.severity, f.category, f.path, f.line) == ("breaking", "config-drift", "app/config.py", 3)
    assert "fail at start-up" in f.message and 'os.environ["APP_REGION"]' in f.message
    assert f.new == "<required>"
    assert r.summary == "1 variable read at head (1 new, 0 removed)"


def test_environ_get_and_getenv_with_default_are_info(tmp_path):
    r = check(tmp_path, {"app/config.py": py("import os")},
              {"app/config.py": py("import os", "A = os.environ.get('TIMEOUT', '30')",
                                   "def f():", "    return os.getenv('RETRIES', default=3)")})
    assert r.kinds() == [("env-var-added", "RETRIES"), ("env-var-added", "TIMEOUT")]
    assert r.one("env-var-added", "TIMEOUT").severity == "info"
    assert r.one("env-var-added", "TIMEOUT").new == "'30'"
    assert (r.one("env-var-added", "RETRIES").new, r.one("env-var-added", "RETRIES").line) == ("3", 4)
    assert r.one("env-var-added", "RETRIES").severity == "info"


def test_getenv_without_default_is_optional(tmp_path):
    r = check(tmp_path, {"app/a.py": ""}, {"app/a.py": py("import os", "X = os.getenv('FLAG')")})
    f = r.one("env-var-added", "FLAG")
    assert (f.severity, f.new) == ("info", "None")


def test_from_os_import_environ_and_getenv_aliases(tmp_path):
    head = py("from os import environ, getenv as ge", "env = environ",
              "A = environ['ALPHA']", "B = environ.get('BETA', 'b')", "C = ge('GAMMA')", "D = env['DELTA']")
    r = check(tmp_path, {"app/a.py": ""}, {"app/a.py": head})
    sev = {f.object: f.severity for f in r.findings}
    assert sev == {"ALPHA": "breaking", "BETA": "info", "GAMMA": "info", "DELTA": "breaking"}


def test_import_os_as_alias(tmp_path):
    r = check(tmp_path, {"app/a.py": "import os as _os\n"},
              {"app/a.py": py("import os as _os", "URL = _os.environ['SERVICE_URL']")})
    f = r.one("env-var-added", "SERVICE_URL")
    assert f.severity == "breaking" and '_os.environ["SERVICE_URL"]' in f.message


def test_name_given_as_module_constant(tmp_path):
    r = check(tmp_path, {"app/db.py": "import os\n"},
              {"app/db.py": py("import os", "KEY = 'CACHE_HOST'", "def connect():", "    return os.environ[KEY]")})
    f = r.one("env-var-added", "CACHE_HOST")
    assert (f.line, f.severity) == (4, "breaking")
    assert "when connect runs" in f.message


def test_setdefault_pop_and_membership(tmp_path):
    head = py("import os", "os.environ.setdefault('MODE', 'prod')", "P = os.environ.pop('ONCE')",
              "if 'OPTIONAL' in os.environ:", "    pass")
    r = check(tmp_path, {"app/a.py": ""}, {"app/a.py": head})
    sev = {f.object: f.severity for f in r.findings}
    assert sev == {"MODE": "info", "ONCE": "breaking", "OPTIONAL": "info"}


def test_guarded_subscripts_are_not_required(tmp_path):
    head = py("import os",
              "try:", "    A = os.environ['WITH_TRY']", "except KeyError:", "    A = None",
              "B = os.environ['WITH_IN'] if 'WITH_IN' in os.environ else None")
    r = check(tmp_path, {"app/a.py": ""}, {"app/a.py": head})
    assert {f.object: f.severity for f in r.findings} == {"WITH_TRY": "info", "WITH_IN": "info"}


def test_writes_to_environ_are_not_reads(tmp_path):
    r = check(tmp_path, {"app/a.py": "import os\n"},
              {"app/a.py": py("import os", "os.environ['SET_BY_US'] = '1'", "del os.environ['SET_BY_US']")})
    assert r.findings == []


def test_removed_is_risk_at_the_base_site(tmp_path):
    base = {"app/a.py": py("import os", "", "FEATURE = os.getenv('ENABLE_X', '0') == '1'"),
            ".env.example": "ENABLE_X=0\n"}
    head = {"app/a.py": py("import os", "", "FEATURE = True")}
    r = check(tmp_path, base, head)
    f = r.one("env-var-removed", "ENABLE_X")
    assert (f.severity, f.path, f.line, f.old) == ("risk", "app/a.py", 3, "'0'")
    assert "silently ignored" in f.message and ".env.example" in f.message  # still declared: stale
    assert r.summary == "1 variable read at head (0 new, 1 removed)"


# ----------------------------------------------------------------------------------------- defaults

def test_default_changed_is_risk_with_old_and_new(tmp_path):
    r = check(tmp_path, {"app/a.py": py("import os", "POOL = int(os.getenv('DB_POOL_SIZE', '20'))")},
              {"app/a.py": py("import os", "", "POOL = int(os.getenv('DB_POOL_SIZE', '5'))")})
    f = r.one("env-var-default-changed", "DB_POOL_SIZE")
    assert (f.severity, f.old, f.new, f.path, f.line) == ("risk", "'20'", "'5'", "app/a.py", 3)
    assert r.kinds() == [("env-var-default-changed", "DB_POOL_SIZE")]


def test_default_removed_is_breaking_and_default_added_is_info(tmp_path):
    base = py("import os", "A = os.getenv('LOSES', 'x')", "B = os.environ['GAINS']")
    head = py("import os", "A = os.environ['LOSES']", "B = os.environ.get('GAINS', 'y')")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    loses, gains = r.one("env-var-default-changed", "LOSES"), r.one("env-var-default-changed", "GAINS")
    assert (loses.severity, loses.old, loses.new) == ("breaking", "'x'", "<required>")
    assert "fail at start-up" in loses.message
    assert (gains.severity, gains.old, gains.new) == ("info", "<required>", "'y'")


def test_default_through_a_module_constant(tmp_path):
    r = check(tmp_path, {"app/a.py": py("import os", "DEFAULT = 30", "T = os.getenv('TIMEOUT', DEFAULT)")},
              {"app/a.py": py("import os", "DEFAULT = 10", "T = os.getenv('TIMEOUT', DEFAULT)")})
    f = r.one("env-var-default-changed", "TIMEOUT")
    assert (f.old, f.new) == ("30", "10")


def test_same_variable_two_sites_one_default_changed_gives_one_finding(tmp_path):
    base = py("import os", "def a():", "    return os.getenv('LEVEL', 'info')",
              "def b():", "    return os.getenv('LEVEL', 'info')")
    head = py("import os", "def a():", "    return os.getenv('LEVEL', 'info')",
              "def b():", "    return os.getenv('LEVEL', 'debug')")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    assert len(r.findings) == 1
    f = r.findings[0]
    assert (f.kind, f.line, f.old, f.new) == ("env-var-default-changed", 5, "'info'", "'debug'")


def test_reordered_reads_in_one_function_are_nothing(tmp_path):
    base = py("import os", "def f():", "    a = os.getenv('X', 'a')", "    b = os.getenv('X', 'b')")
    head = py("import os", "def f():", "    b = os.getenv('X', 'b')", "    a = os.getenv('X', 'a')")
    assert check(tmp_path, {"app/a.py": base}, {"app/a.py": head}).findings == []


def test_new_required_read_of_an_optional_variable_is_breaking(tmp_path):
    base = py("import os", "def a():", "    return os.getenv('HOST', 'localhost')")
    head = base + py("def b():", "    return os.environ['HOST']")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    f = r.one("env-var-default-changed", "HOST")
    assert (f.severity, f.line, f.new) == ("breaking", 5, "<required>")


# ------------------------------------------------------------------------------------------- renames

def test_rename_at_the_same_site(tmp_path):
    r = check(tmp_path, {"app/db.py": py("import os", "DATABASE = os.environ['DB_URL']")},
              {"app/db.py": py("import os", "DATABASE = os.environ['DATABASE_URL']")})
    f = r.one("env-var-renamed")
    assert (f.object, f.old, f.new, f.severity, f.line) == ("DATABASE_URL", "DB_URL", "DATABASE_URL", "breaking", 2)
    assert "credential-like" in f.message
    assert r.summary == "1 variable read at head (1 new, 1 removed)"


def test_ambiguous_rename_is_added_and_removed_with_a_hint(tmp_path):
    base = py("import os", "A = os.environ['SMTP_HOST']", "B = os.environ['SMTP_PORT']")
    head = py("import os", "A = os.environ['MAIL_HOST']", "B = os.environ['MAIL_PORT']")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    assert r.kinds() == [("env-var-added", "MAIL_HOST"), ("env-var-added", "MAIL_PORT"),
                         ("env-var-removed", "SMTP_HOST"), ("env-var-removed", "SMTP_PORT")]
    assert "rename" in r.one("env-var-added", "MAIL_HOST").message


def test_unrelated_replacement_is_not_a_rename(tmp_path):
    r = check(tmp_path, {"app/a.py": py("import os", "A = os.environ['PGHOST']")},
              {"app/a.py": py("import os", "A = os.environ['REDIS_URL']")})
    assert r.kinds() == [("env-var-added", "REDIS_URL"), ("env-var-removed", "PGHOST")]


# ------------------------------------------------------------------------------------ pydantic settings

SETTINGS_BASE = py(
    "from pydantic import Field",
    "from pydantic_settings import BaseSettings, SettingsConfigDict",
    "",
    "class Settings(BaseSettings):",
    "    model_config = SettingsConfigDict(env_prefix='app_')",
    "    debug: bool = False",
    "    api_token: str = Field('dev-token-123', alias='SERVICE_API_TOKEN')",
)


def test_pydantic_settings_prefix_alias_and_required_field(tmp_path):
    head = SETTINGS_BASE + py("    region: str", "    workers: int = Field(default=4)")
    r = check(tmp_path, {"app/settings.py": SETTINGS_BASE}, {"app/settings.py": head})
    region, workers = r.one("env-var-added", "APP_REGION"), r.one("env-var-added", "APP_WORKERS")
    assert (region.severity, region.line) == ("breaking", 8)
    assert "ValidationError" in region.message and "Settings.region" in region.message
    assert (workers.severity, workers.new) == ("info", "4")


def test_pydantic_settings_alias_default_and_prefix_change(tmp_path):
    head = SETTINGS_BASE.replace("env_prefix='app_'", "env_prefix='svc_'").replace("'dev-token-123'", "'other-456'")
    r = check(tmp_path, {"app/settings.py": SETTINGS_BASE}, {"app/settings.py": head})
    # the prefix change renames debug; the alias is not prefixed; the token's default is never shown
    assert r.one("env-var-renamed").old == "APP_DEBUG" and r.one("env-var-renamed").new == "SVC_DEBUG"
    token = r.one("env-var-default-changed", "SERVICE_API_TOKEN")
    assert (token.old, token.new) == ("<redacted default>", "<redacted default>")
    assert "credential-like" in token.message
    for f in r.findings:
        assert "dev-token-123" not in repr(f) and "other-456" not in repr(f)


def test_pydantic_prefix_change_renames_every_field(tmp_path):
    base = py("from pydantic_settings import BaseSettings", "class S(BaseSettings):",
              "    model_config = {'env_prefix': 'OLD_'}", "    host: str", "    port: int = 80")
    r = check(tmp_path, {"app/s.py": base}, {"app/s.py": base.replace("OLD_", "NEW_")})
    assert r.kinds() == [("env-var-renamed", "NEW_HOST"), ("env-var-renamed", "NEW_PORT")]
    assert "fail at start-up" in r.one("env-var-renamed", "NEW_HOST").message


def test_pydantic_v1_config_class_and_project_base_imported_from_another_file(tmp_path):
    base_mod = py("from pydantic import BaseSettings", "",
                  "class AppSettings(BaseSettings):", "    log_level: str = 'INFO'",
                  "    class Config:", "        env_prefix = 'MYAPP_'")
    sub = py("from app.base import AppSettings", "from pydantic import Field", "",
             "class DbSettings(AppSettings):", "    pool: int = 5")
    head_sub = sub + py("    dsn: str = Field(..., env='DB_DSN')")
    r = check(tmp_path, {"app/base.py": base_mod, "app/db.py": sub},
              {"app/base.py": base_mod, "app/db.py": head_sub})
    f = r.one("env-var-added", "DB_DSN")
    assert (f.severity, f.path, f.line) == ("breaking", "app/db.py", 6)
    assert "credential-like" in f.message
    assert r.findings == [f]


def test_pydantic_inherited_field_default_change(tmp_path):
    base_mod = py("import pydantic_settings", "",
                  "class Base(pydantic_settings.BaseSettings, env_prefix='X_'):", "    timeout: float = 1.0")
    sub = py("from .base import Base", "class Child(Base):", "    name: str = 'n'")
    r = check(tmp_path, {"pkg/base.py": base_mod, "pkg/child.py": sub},
              {"pkg/base.py": base_mod.replace("1.0", "2.5"), "pkg/child.py": sub})
    f = r.one("env-var-default-changed", "X_TIMEOUT")
    assert (f.old, f.new, f.path, f.line) == ("1.0", "2.5", "pkg/base.py", 4)


def test_pydantic_alias_choices_and_case_sensitive(tmp_path):
    base = py("from pydantic import Field, AliasChoices", "from pydantic_settings import BaseSettings", "",
              "class S(BaseSettings):", "    model_config = {'case_sensitive': True}", "    a: int = 1")
    head = base + py("    b: str = Field(validation_alias=AliasChoices('NEW_B', 'OLD_B'))", "    Mixed: str = 'm'")
    r = check(tmp_path, {"app/s.py": base}, {"app/s.py": head})
    assert {f.object: f.severity for f in r.findings} == {"NEW_B": "info", "OLD_B": "info", "Mixed": "info"}


def test_plain_basemodel_is_not_settings(tmp_path):
    r = check(tmp_path, {"app/m.py": py("from pydantic import BaseModel", "class M(BaseModel):", "    a: int = 1")},
              {"app/m.py": py("from pydantic import BaseModel", "class M(BaseModel):", "    a: int = 1", "    b: int")})
    assert r.skipped is not None and r.findings == []


# -------------------------------------------------------------------------------------- .env examples

def test_env_example_declared_variable_added_and_value_changed(tmp_path):
    base = {".env.example": "# comment\nexport LOG_LEVEL=info\nPORT=8000\n"}
    head = {".env.example": "# comment\nexport LOG_LEVEL=debug\nPORT=8000\nNEW_FLAG='on'  # quoted\n"}
    r = check(tmp_path, base, head)
    assert r.kinds() == [("env-var-added", "NEW_FLAG"), ("env-var-default-changed", "LOG_LEVEL")]
    added = r.one("env-var-added", "NEW_FLAG")
    assert (added.severity, added.new, added.line) == ("info", "on", 4)
    changed = r.one("env-var-default-changed", "LOG_LEVEL")
    assert (changed.old, changed.new, changed.line) == ("info", "debug", 2)


def test_env_example_variants_and_secret_values(tmp_path):
    base = {"deploy/.env.sample": "API_KEY=sk-live-aaaaaaaa\n", "env.example": "A=1\n"}
    head = {"deploy/.env.sample": "API_KEY=sk-live-bbbbbbbb\n", "env.example": "A=1\nB=postgres://u:hunter2@db/x\n"}
    r = check(tmp_path, base, head)
    key = r.one("env-var-default-changed", "API_KEY")
    assert key.path == "deploy/.env.sample" and key.new == "<redacted default>"
    b = r.one("env-var-added", "B")
    assert b.new == "postgres://u:<redacted>@db/x"  # a URL's password is never shown, whatever the name
    for f in r.findings:
        text = repr(dataclasses.asdict(f))
        assert "sk-live" not in text and "hunter2" not in text


def test_dotenv_parser_reports_bad_lines():
    sites, bad = _dotenv(".env.example", "A=1\nnot a line\n\nB\n")
    assert [(s.name, s.state) for s in sites] == [("A", "1"), ("B", "<no value>")] and bad == [2]


def test_env_example_unreadable_lines_are_a_problem(tmp_path):
    r = check(tmp_path, {".env.example": "A=1\n"}, {".env.example": "A=1\n!!! nonsense\n"})
    assert [p.path for p in r.problems] == [".env.example"] and "2" in r.problems[0].message


# -------------------------------------------------------------------------------------------- compose

COMPOSE = """\
services:
  web:
    image: app:latest   # the app
    environment:
      - DEBUG=0
      - "LOG_LEVEL=info"
      - SECRET_KEY
    ports:
      - "8000:8000"
      - 127.0.0.1:9090:9090
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: app
      POSTGRES_PASSWORD: "s3cr3t-pw"
    ports: ["5432:5432"]
"""


def test_compose_environment_list_and_mapping(tmp_path):
    head = COMPOSE.replace("DEBUG=0", "DEBUG=1").replace("POSTGRES_DB: app", "POSTGRES_DB: app2") \
        .replace("s3cr3t-pw", "n3w-pw")
    r = check(tmp_path, {"docker-compose.yml": COMPOSE}, {"docker-compose.yml": head})
    assert r.kinds() == [("env-var-default-changed", "DEBUG"), ("env-var-default-changed", "POSTGRES_DB"),
                         ("env-var-default-changed", "POSTGRES_PASSWORD")]
    debug = r.one("env-var-default-changed", "DEBUG")
    assert (debug.old, debug.new, debug.line, debug.severity) == ("0", "1", 5, "risk")
    assert "'web'" in debug.message
    pw = r.one("env-var-default-changed", "POSTGRES_PASSWORD")
    assert pw.line == 15 and "credential-like" in pw.message
    for f in r.findings:
        assert "s3cr3t" not in repr(f) and "n3w-pw" not in repr(f)


def test_compose_rewritten_in_other_forms_is_no_change(tmp_path):
    head = """\
# the same services, written differently
services:
  db:
    image: "postgres:16"
    environment: {POSTGRES_DB: app, POSTGRES_PASSWORD: 's3cr3t-pw'}
    ports:
    - 5432:5432
  web:
    image: app:latest
    ports:
      - target: 8000
        published: 8000
      - "127.0.0.1:9090:9090/tcp"
    environment:
      DEBUG: "0"
      LOG_LEVEL: info
      SECRET_KEY:
"""
    r = check(tmp_path, {"compose.yaml": COMPOSE}, {"compose.yaml": head})
    assert (r.findings, r.problems) == ([], [])


def test_compose_ports_changed_and_removed(tmp_path):
    head = COMPOSE.replace('"8000:8000"', '"8080:8000"').replace("      - 127.0.0.1:9090:9090\n", "")
    r = check(tmp_path, {"docker-compose.yml": COMPOSE}, {"docker-compose.yml": head})
    assert sorted((f.kind, f.object, f.parameter) for f in r.findings) == [
        ("port-changed", "web", "8000/tcp"), ("port-changed", "web", "9090/tcp")]
    changed = next(f for f in r.findings if f.parameter == "8000/tcp")
    assert (changed.old, changed.new, changed.line, changed.severity) == ("8000:8000", "8080:8000", 9, "risk")
    removed = next(f for f in r.findings if f.parameter == "9090/tcp")
    assert (removed.old, removed.new) == ("127.0.0.1:9090:9090", None)


def test_compose_service_removed_reports_its_ports(tmp_path):
    head = COMPOSE.split("  db:")[0]
    r = check(tmp_path, {"docker-compose.yml": COMPOSE}, {"docker-compose.yml": head})
    port = r.one("port-changed", "db")
    assert "removed" in port.message and port.path == "docker-compose.yml"
    assert ("env-var-removed", "POSTGRES_DB") in r.kinds()


def test_compose_entry_removed_while_code_still_reads_it(tmp_path):
    code = py("import os", "DEBUG = os.environ['DEBUG']")
    head = COMPOSE.replace("      - DEBUG=0\n", "")
    r = check(tmp_path, {"docker-compose.yml": COMPOSE, "app/a.py": code},
              {"docker-compose.yml": head, "app/a.py": code})
    f = r.one("env-var-removed", "DEBUG")
    assert (f.path, f.line, f.old, f.new) == ("docker-compose.yml", 5, "0", "<not set>")
    assert "fail at start-up" in f.message and "app/a.py:2" in f.message


def test_compose_declared_only_variable_added(tmp_path):
    head = COMPOSE.replace("      POSTGRES_DB: app\n", "      POSTGRES_DB: app\n      PGDATA: /data\n")
    r = check(tmp_path, {"docker-compose.yml": COMPOSE}, {"docker-compose.yml": head})
    f = r.one("env-var-added", "PGDATA")
    assert (f.severity, f.line, f.new) == ("info", 15, "/data")


def test_compose_pyyaml_follows_anchors_and_merge_keys(tmp_path):
    base = "x-env: &env\n  A: '1'\nservices:\n  web:\n    environment:\n      <<: *env\n      B: '2'\n"
    r = check(tmp_path, {"docker-compose.yml": base}, {"docker-compose.yml": base.replace("A: '1'", "A: '0'")})
    f = r.one("env-var-default-changed", "A")
    assert (f.old, f.new) == ("1", "0")


def test_unreadable_compose_file_is_a_problem_only_when_it_changed(tmp_path):
    tabbed = "services:\n  web:\n\tports: ['1:1']\n"
    r = check(tmp_path, {"docker-compose.yml": tabbed, "app/a.py": "import os\n"},
              {"docker-compose.yml": tabbed, "app/a.py": "import os\nA = os.getenv('A', '1')\n"})
    assert r.problems == [] and r.kinds() == [("env-var-added", "A")]


def test_compose_port_moved_to_another_service_is_nothing(tmp_path):
    base = {"compose.traefik.yml": "services:\n  traefik:\n    ports:\n      - '80:80'\n",
            "compose.yml": "services:\n  web:\n    image: app\n"}
    head = {"compose.traefik.yml": None,
            "compose.yml": "services:\n  web:\n    image: app\n  proxy:\n    ports:\n      - 80:80\n"}
    r = check(tmp_path, base, head)
    assert (r.findings, r.problems) == ([], [])


def test_compose_pyyaml_shared_anchor_gives_one_finding(tmp_path):
    base = ("services:\n  backend:\n    environment: &env\n      LEVEL: info\n"
            "  worker:\n    environment: *env\n")
    r = check(tmp_path, {"compose.yml": base}, {"compose.yml": base.replace("info", "debug")})
    f = r.one("env-var-default-changed", "LEVEL")
    assert f.line == 4 and "'backend', 'worker'" in f.message


def test_compose_forms():
    import yaml

    text = ("version: '3'\nservices:\n  api:\n    build: .\n    environment: [A=1, 'B=two words']\n"
            "    ports:\n    - 80\n    - '[::1]:8443:443/tcp'\n    - 53:53/udp\n"
            "  worker:\n    environment:\n      C: |\n        multi\n        line\n      D: ~\n")
    services = {s.name: s for s in _compose(yaml.compose(text, Loader=yaml.SafeLoader))}
    assert [(n, v) for n, v, _ in services["api"].env] == [("A", "1"), ("B", "two words")]
    assert [(k, m) for k, m, _ in services["api"].ports] == [("80/tcp", "80"), ("443/tcp", "[::1]:8443:443"),
                                                            ("53/udp", "53:53/udp")]
    assert [(n, v, line) for n, v, line in services["worker"].env] == [
        ("C", "multi\nline\n", 12), ("D", "<passed through>", 15)]


# ------------------------------------------------------------------------------------------- bait

def test_read_moved_to_another_function_and_file_is_nothing(tmp_path):
    base = {"app/a.py": py("import os", "def load():", "    return os.getenv('TIMEOUT', '30'), os.environ['HOST']")}
    head = {"app/a.py": py("import os", "def other():", "    return 1"),
            "app/b.py": py("from os import environ", "class C:", "    def load(self):",
                           "        return environ.get(\"TIMEOUT\", \"30\"), environ['HOST']")}
    r = check(tmp_path, base, head)
    assert (r.findings, r.problems) == ([], [])
    assert r.summary == "2 variables read at head (0 new, 0 removed)"


def test_file_renamed_is_nothing(tmp_path):
    code = py("import os", "X = os.environ['X_URL']", "Y = os.getenv('Y', '1')")
    r = check(tmp_path, {"app/old.py": code}, {"app/old.py": None, "app/new.py": code})
    assert r.findings == []


def test_reads_in_tests_are_ignored(tmp_path):
    r = check(tmp_path, {"app/a.py": "x = 1\n"},
              {"tests/test_app.py": py("import os", "A = os.environ['TEST_ONLY']"),
               "app/test_helpers.py": py("import os", "B = os.environ['ALSO_TEST']"),
               "app/sub/tests/conftest.py": py("import os", "C = os.environ['CONFTEST']"),
               "docs/conf.py": py("import os", "D = os.environ.get('READTHEDOCS')"),
               "setup.py": py("import os", "E = os.environ['BUILD_EXT']"),
               "tests/docker-compose.yml": "services:\n  t:\n    ports: ['1:1']\n"})
    assert r.findings == [] and r.skipped is not None


def test_formatting_changes_are_nothing(tmp_path):
    base = py("import os", "A = os.getenv('A', 'x')", "B = os.environ.get('B', {'k': 1})",
              "C = os.environ['C']")
    head = py("import os", "", "", "A = os.getenv(", '    "A",', '    "x",', ")",
              'B = os.environ.get("B", {"k": 1})  # reformatted', "C = os.environ[", '    "C"', "]")
    r = check(tmp_path, {"app/a.py": base, ".env.example": "A=x\n"},
              {"app/a.py": head, ".env.example": "# documented\n\nA = x\n"})
    assert (r.findings, r.problems) == ([], [])


def test_unchanged_variables_produce_nothing_but_are_counted(tmp_path):
    code = py("import os", "A = os.environ['A']", "B = os.getenv('B', '1')")
    r = check(tmp_path, {"app/a.py": code, "README.md": "x"}, {"app/a.py": code, "README.md": "y"})
    assert r.findings == [] and r.summary == "2 variables read at head (0 new, 0 removed)"


# --------------------------------------------------------------------------------------- secrets

@pytest.mark.parametrize("name", ["JWT_SECRET", "GITHUB_TOKEN", "STRIPE_API_KEY", "DB_PASSWORD", "SENTRY_DSN",
                                  "DATABASE_URL", "OAUTH_CLIENT", "GCP_CREDENTIALS", "SMTP_PASSWD", "DB_PASS"])
def test_credential_like_names(name):
    assert credential_like(name)


def test_credential_like_defaults_never_appear(tmp_path):
    base = py("import os", "K = os.getenv('JWT_SECRET', 'very-secret-one')")
    head = py("import os", "K = os.getenv('JWT_SECRET', 'very-secret-two')",
              "T = os.getenv('GITHUB_TOKEN', 'ghp_abcdefghijkl')")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    assert r.kinds() == [("env-var-added", "GITHUB_TOKEN"), ("env-var-default-changed", "JWT_SECRET")]
    for f in r.findings:
        text = repr(dataclasses.asdict(f))
        assert "very-secret" not in text and "ghp_" not in text
        assert "credential-like" in f.message
    assert r.one("env-var-default-changed", "JWT_SECRET").old == "<redacted default>"
    assert not credential_like("LOG_LEVEL")


# --------------------------------------------------------------------------------------- problems

def test_unparsable_file_is_a_problem_and_its_reads_are_not_removed(tmp_path):
    base = py("import os", "A = os.environ['A']")
    head = py("import os", "A = os.environ['A']", "def broken(:")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    assert r.findings == []
    assert [(p.path, p.side) for p in r.problems] == [("app/a.py", "head")]
    assert "config-drift" in r.problems[0].message


def test_new_dynamic_read_is_a_problem_and_an_old_one_is_not(tmp_path):
    base = py("import os", "P = 'APP'", "def a():", "    return os.environ[f'{P}_OLD']")
    head = base + py("def b(name):", "    return os.getenv(name + '_NEW')")
    r = check(tmp_path, {"app/a.py": base}, {"app/a.py": head})
    assert r.findings == []
    assert len(r.problems) == 1 and "line 6" in r.problems[0].message and "name + '_NEW'" in r.problems[0].message


def test_nothing_to_look_at_is_a_skip(tmp_path):
    r = check(tmp_path, {"app/a.py": "x = 1\n"}, {"app/a.py": "x = 2\n"})
    assert r.skipped and "environment" in r.skipped


def test_worktree_head(tmp_path):
    r = check(tmp_path, {"app/a.py": "import os\n"}, {"app/a.py": py("import os", "A = os.environ['WT_VAR']")},
              commit_head=False)
    assert r.kinds() == [("env-var-added", "WT_VAR")]


def test_every_finding_has_evidence(tmp_path):
    base = {"app/a.py": py("import os", "A = os.getenv('A', '1')", "B = os.environ['B']"),
            "docker-compose.yml": COMPOSE}
    head = {"app/a.py": py("import os", "A = os.getenv('A', '2')", "C = os.environ['C']"),
            "docker-compose.yml": COMPOSE.replace('"8000:8000"', '"8001:8000"')}
    r = check(tmp_path, base, head)
    assert len(r.findings) == 4
    for f in r.findings:
        assert f.kind in RULES and f.category == "config-drift" and f.severity in ("breaking", "risk", "info")
        assert f.object and f.path and f.line and f.message
