"""action.yml and the workflows in docs/ci.md: well-formed, every input and step they name exists, no untrusted
text is interpolated into a shell script, and every changeproof option they use exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from changeproof.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_is_a_composite_action(action):
    assert action["runs"]["using"] == "composite"
    assert action["name"] and action["description"]
    for step in action["runs"]["steps"]:
        assert ("run" in step) != ("uses" in step), step
        if "run" in step:
            assert step.get("shell") == "bash", step


def test_action_names_only_what_it_declares(action):
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used_inputs = set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))
    assert used_inputs <= set(action["inputs"]), used_inputs - set(action["inputs"])
    step_ids = {s.get("id") for s in action["runs"]["steps"]}
    assert set(re.findall(r"steps\.([A-Za-z0-9_-]+)\.", text)) <= step_ids
    for name, out in action["outputs"].items():
        assert re.fullmatch(r"\$\{\{ steps\.[a-z]+\.outputs\.[a-z-]+ \}\}", out["value"]), name


def test_action_scripts_take_untrusted_text_only_through_the_environment(action):
    for step in action["runs"]["steps"]:
        for expr in re.findall(r"\$\{\{(.*?)\}\}", step.get("run", "")):
            assert expr.strip() == "github.action_path", (step.get("name"), expr)


def test_action_uses_real_options(action):
    check = next(s for s in action["runs"]["steps"] if s.get("id") == "check")["run"]
    help_text = CliRunner().invoke(main, ["check", "--help"]).output
    for option in set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", check)):
        assert option in help_text, option
    for fmt in re.findall(r"--format (\w+)", check):
        assert fmt in help_text
    verify = next(s for s in action["runs"]["steps"] if "verify" in s.get("run", ""))["run"]
    verify_help = CliRunner().invoke(main, ["verify", "--help"]).output
    for option in set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", verify)):
        assert option in verify_help, option


def test_docs_ci_workflows_parse():
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert len(blocks) >= 4
    for block in blocks:
        assert yaml.safe_load(block) is not None
    help_texts = {cmd: CliRunner().invoke(main, [cmd, "--help"]).output for cmd in ("check", "merge", "report")}
    for cmd, rest in re.findall(r"changeproof (check|merge|report)\b([^\n]*)", text):
        for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", rest):
            assert option in help_texts[cmd], (cmd, option)
