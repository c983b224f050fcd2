"""`changeproof verify` through the command line: the example report against the demo's honest change (run through
the entry point in this process, tests/helpers/cli.py; bad input in a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from changeproof.demo import build
from changeproof.report.json import load_schema
from helpers.cli import in_process

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "changeproof" / "demo" / "stability-report.md"  # copy of the shared example


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the example report is not beside the repository")
def test_verify_the_example_against_the_additive_change(tmp_path):
    repo = build(tmp_path / "svc")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CI"}
    env["CHANGEPROOF_CACHE_DIR"] = str(tmp_path / "cache")
    p = in_process(["verify", str(EXAMPLE), "base..additive", "--format", "json"], repo, env)
    assert "Traceback" not in p.stderr
    assert p.returncode == 1  # some claims are contradicted
    data = json.loads(p.stdout)
    assert not list(Draft202012Validator(load_schema()).iter_errors(data))
    claims = data["verify"]["claims"]
    by_line = {c["line"]: c for c in claims}
    modified = next(c for c in claims if "Modified Production Files" in c["text"])
    assert modified["verdict"] == "contradicted"
    tests = [c for c in claims if "53/54" in c["text"]]
    assert tests and all(c["verdict"] == "not_verifiable" for c in tests)  # tests were not run: never confirmed
    assert data["verify"]["summary"]["contradicted"] >= 1 and by_line


def test_verify_a_document_that_does_not_exist_is_bad_input(tmp_path):
    p = subprocess.run([sys.executable, "-m", "changeproof", "verify", str(tmp_path / "nope.md")], cwd=tmp_path,
                       capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr


def _env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CI"}
    env["CHANGEPROOF_CACHE_DIR"] = str(tmp_path / "cache")
    return env


def test_check_with_claims_embeds_them_and_fails_on_a_contradiction(tmp_path):
    repo = build(tmp_path / "svc")
    body = "## Summary\n\n- [x] No breaking changes\n- [ ] Docs updated\n"
    p = in_process(["check", "base..risky", "--claims", "-", "--format", "json"], repo, _env(tmp_path), input=body)
    assert "Traceback" not in p.stderr
    assert p.returncode == 1
    data = json.loads(p.stdout)
    assert not list(Draft202012Validator(load_schema()).iter_errors(data))
    claims = data["verify"]["claims"]
    assert [(c["kind"], c["verdict"]) for c in claims] == [("no-breaking-changes", "contradicted"),
                                                            ("unrecognised", "not_verifiable")]
    assert claims[0]["refs"] and all(r.startswith("finding:") for r in claims[0]["refs"])
    md = tmp_path / "report.md"
    p = in_process(["check", "base..risky", "--claims", "-", "--format", "markdown", "-o", str(md), "--fail-on", "never"],
                   repo, _env(tmp_path), input=body)
    assert p.returncode == 0, p.stderr  # --fail-on never: claims do not fail the job either
    text = md.read_text(encoding="utf-8")
    assert "## Claims of - against base..risky" in text and "**contradicted**" in text
    assert "claims: 1 contradicted" in p.stderr
