"""What a report shows, in every format: secrets redacted and names escaped in one place (the model), so no check
and no renderer can leak a password or crash on a file name that is not UTF-8."""

from __future__ import annotations

import json

import pytest

from changeproof import git, redact
from changeproof.model import Finding, Problem, Report, Revision, report_from_json
from changeproof.report import FORMATS, render
from changeproof.runner import run_checks

from helpers.hostile import hostile_repo

SECRETS = ["hunter2-secret", "s3cr3tpw", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "wJalrXUtnFEMI",
           "sk-live-0123456789", "new-pass-2", "old-pass-1", "tok_9f8e7d6c", "pa55word", "eyJhbGciOiJIUzI1NiJ9",
           "hunter3", "MIIEowIBAAKCAQEA"]

BASE = {"pkg": {"__init__.py": "import logging\nlog = logging.getLogger()\n"
                               "def connect(host, password='old-pass-1'):\n    return host\n"}}
HEAD = {"pkg": {"__init__.py": '''import os
import logging
import requests
log = logging.getLogger()
DB_PASSWORD = os.getenv("DB_PASSWORD", "hunter2-secret")
DATABASE_URL = os.environ.get("DATABASE_URL", "postgres://admin:s3cr3tpw@db:5432/app")
GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
API_KEY = "sk-live-0123456789abcdef0123456789abcdef"
PRIVATE = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA
-----END RSA PRIVATE KEY-----"""
def connect(host, password="new-pass-2"):
    return host
async def fetch(token="tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0", data=None):
    log.warning("password=%s", "hunter3")
    requests.get("https://user:pa55word@example.com/", headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk"})
'''}}


@pytest.fixture(scope="module")
def secret_report(tmp_path_factory):
    repo = hostile_repo(tmp_path_factory.mktemp("secrets"), BASE, HEAD)
    return run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_secret_in_any_format(secret_report, fmt):
    text = render(secret_report, fmt)
    assert [s for s in SECRETS if s in text] == []
    assert redact.REDACTED in text or "&lt;redacted&gt;" in text or "%3Credacted%3E" in text
    # the findings are still there, with what is not secret
    assert "parameter-default-changed" in text
    if fmt != "github":  # annotations: findings only, at their lines
        assert "DB_PASSWORD" in text


@pytest.mark.slow
def test_no_secret_after_a_round_trip(secret_report):
    again = report_from_json(json.loads(render(secret_report, "json")))
    assert [s for s in SECRETS if s in render(again, "markdown")] == []


def test_a_function_named_like_a_secret_holds_no_secret():
    f = Finding("boundary-violation", "architecture", "breaking", "auth_service.core.tokens.validate_token", None,
                "a.py", 1, "crosses contract 'independent: auth_service, netra_backend'")
    assert "'independent: auth_service, netra_backend'" in f.message


def test_a_finding_read_back_from_an_old_report_is_redacted():
    f = Finding("object-added", "api", "info", "pkg.API_KEY", None, "pkg/a.py", 1, "new attribute",
                new="API_KEY = 'plain-text-value'")
    assert f.new == "API_KEY = '<redacted>'"


@pytest.mark.parametrize("text, expected", [
    ('password="admin"', 'password="<redacted>"'),
    ("conn = connect(dsn='postgres://u:pw@h/db')", "conn = connect(dsn='<redacted>')"),
    ("x = get('https://u:pw@h/x')", "x = get('https://u:<redacted>@h/x')"),
    ('pw = os.getenv("DB_PASSWORD", "dflt")', 'pw = os.getenv("DB_PASSWORD", "<redacted>")'),
    ('SESSION.post("https://auth.example.org", data=token)', 'SESSION.post("https://auth.example.org", data=token)'),
    ('sorted(xs, key="name")', 'sorted(xs, key="name")'),
    ('CACHE_KEY = "users"', 'CACHE_KEY = "users"'),
    ('SECRET_KEY = "django-insecure"', 'SECRET_KEY = "<redacted>"'),
    ('x = "a3f9c2e8b1d04f6a9e7c5b3d2f1a0e9c8b7d6f5a"', 'x = "<redacted>"'),
    ('name = "changeproof.report.markdown_writer"', 'name = "changeproof.report.markdown_writer"'),
    ('msg = "the quick brown fox jumps over"', 'msg = "the quick brown fox jumps over"'),
    ('os.getenv("PGPASSWORD", "hunter2")', 'os.getenv("PGPASSWORD", "<redacted>")'),  # words run together
    ('def connect(dbpassword="hunter2"):', 'def connect(dbpassword="<redacted>"):'),
    ('db_pw = "hunter2"', 'db_pw = "<redacted>"'),
    ('PASSENGERS = "all aboard"', 'PASSENGERS = "all aboard"'),  # no secret word in it
])
def test_redact_rules(text, expected):
    assert redact.redact(text) == expected


@pytest.mark.parametrize("name, secret", [("DB_PASSWORD", True), ("apiKey", True), ("api_key", True),
                                          ("SECRET_KEY", True), ("github_token", True), ("DATABASE_URL", True),
                                          ("pkg.mod.client_secret", True), ("sort_key", False), ("keys", False),
                                          ("monkey", False), ("KeyError", False), ("passenger", False),
                                          ("bypass_cache", False), ("host", False)])
def test_secret_names(name, secret):
    assert redact.secret_name(name) is secret


def test_redaction_of_pathological_text():
    """Inputs that make backtracking patterns quadratic (every pattern is bounded or anchored); run here so that a
    regression shows as a hung test, and checked for what they must say."""
    assert redact.redact("'" + "a" * 100_000) == "'" + "a" * 100_000
    assert redact.redact('"' + "\\" * 100_000) == '"' + "\\" * 100_000
    assert redact.redact("x://" + "a" * 50_000 + ":" * 50_000) == "x://" + "a" * 50_000 + ":" * 50_000
    assert redact.redact(("password='" + "x" * 3000 + "' ") * 200) == "password='<redacted>' " * 200
    assert redact.redact("eyJ" + "a" * 100_000 + ".eyJ" + "b" * 1000).startswith("eyJ")


NON_UTF8 = b"caf\xe9_\xff.py"


@pytest.fixture(scope="module")
def odd_names_report(tmp_path_factory):
    repo = hostile_repo(tmp_path_factory.mktemp("names"), {"pkg": {"__init__.py": "x = 1\n"}},
                        {"pkg": {"__init__.py": "x = 1\n", NON_UTF8: "def f(:\n", b"ok\xc3\xa9.py": "y = 1\n"}})
    return run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"))


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_non_utf8_names_are_escaped_the_same_in_every_format(odd_names_report, fmt, tmp_path):
    text = render(odd_names_report, fmt)
    text.encode("utf-8")  # no surrogate left: every writer can write it
    (tmp_path / "out").write_text(text, encoding="utf-8")
    escaped = "caf\\xe9_\\xff.py"
    assert escaped in text or json.dumps(escaped)[1:-1] in text
    if fmt != "github":  # annotations: findings only; valid UTF-8 is shown as it is
        assert "ok\u00e9.py" in text or "ok\\u00e9.py" in text


def test_control_characters_never_reach_a_report():
    report = Report(Revision("a\x1b[31mb", None), Revision("head", None),
                    findings=[Finding("k", "c", "info", None, None, "a\x1b]0;title\x07.py", 1, "m\x1b[2J",
                                      old="line1\nline2\x1b[0m")],
                    problems=[Problem("p\udcff\n.py", "could not \x00analyse")])
    for fmt in FORMATS:
        text = render(report, fmt)
        assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
        text.encode("utf-8")
    assert report.findings[0].old == "line1\nline2\\x1b[0m"  # multi-line text keeps its lines
    assert report.problems[0].path == "p\\xff\\x0a.py"
