"""`changeproof report` re-renders saved reports; `check` writes several formats in one run; GitHub Actions gets
its summary and annotations."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from changeproof.cli import main, output_pairs
from changeproof.errors import UserError

DATA = Path(__file__).parent / "data" / "reports"


def cli(*args: str, env: dict[str, str] | None = None):
    base = {"GITHUB_ACTIONS": "", "GITHUB_STEP_SUMMARY": "", "NO_COLOR": "1"}
    return CliRunner().invoke(main, list(args), env={**base, **(env or {})}, catch_exceptions=False)


def test_output_pairs_follow_the_command_line():
    order = ["formats", "outputs", "outputs", "formats", "outputs", "formats"]  # --format html -o a -o b.sarif ...
    assert output_pairs(("html", "json", "terminal"), ("a", "b.sarif", "c"), order) == [
        ("html", "a"), ("sarif", "b.sarif"), ("json", "c"), ("terminal", None)]
    assert output_pairs(("gitlab",), ("r.json",), ["outputs", "formats"]) == [("json", "r.json"), ("gitlab", None)]


def test_output_pairs():
    assert output_pairs((), ()) == [("terminal", None)]
    assert output_pairs(("json",), ()) == [("json", None)]
    assert output_pairs(("html", "sarif"), ("r.html", "r.sarif")) == [("html", "r.html"), ("sarif", "r.sarif")]
    assert output_pairs((), ("r.sarif", "r.xml", "r.md")) == [("sarif", "r.sarif"), ("junit", "r.xml"), ("markdown", "r.md")]
    assert output_pairs(("html", "markdown"), ("r.html",)) == [("html", "r.html"), ("markdown", None)]
    assert output_pairs(("gitlab",), ("gl-code-quality.json", "r.sarif.json")) == [("gitlab", "gl-code-quality.json"),
                                                                                  ("sarif", "r.sarif.json")]
    with pytest.raises(UserError, match="only one report can go to standard output"):
        output_pairs(("html", "markdown", "json"), ("r.html",))
    with pytest.raises(UserError, match="implies none") as e:
        output_pairs((), ("report.bin",))
    assert "--format" in e.value.hint


def test_report_renders_every_format(tmp_path):
    args = ["report", str(DATA / "demo-risky.json")]
    for fmt, name in (("html", "r.html"), ("markdown", "r.md"), ("sarif", "r.sarif"), ("junit", "r.xml"),
                      ("gitlab", "gl.json"), ("json", "r.json"), ("terminal", "r.txt"), ("github", "a.txt")):
        args += ["--format", fmt, "-o", str(tmp_path / name)]
    result = cli(*args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "r.html").read_text().startswith("<!doctype html>")
    assert "**Verdict: breaking**" in (tmp_path / "r.md").read_text()
    assert json.loads((tmp_path / "r.sarif").read_text())["version"] == "2.1.0"
    assert ET.parse(tmp_path / "r.xml").getroot().tag == "testsuites"
    assert isinstance(json.loads((tmp_path / "gl.json").read_text()), list)
    original = json.loads((DATA / "demo-risky.json").read_text())
    again = json.loads((tmp_path / "r.json").read_text())
    assert again["findings"] == original["findings"] and again["verdict"] == original["verdict"]
    assert (tmp_path / "r.txt").read_text().startswith("Verdict: breaking")
    assert (tmp_path / "a.txt").read_text().startswith("::error ")
    assert "wrote html report to" in result.output


def test_report_exit_code_follows_fail_on():
    assert cli("report", str(DATA / "demo-risky.json"), "--format", "json").exit_code == 0  # never, by default
    assert cli("report", str(DATA / "demo-risky.json"), "--format", "json", "--fail-on", "breaking").exit_code == 1
    assert cli("report", str(DATA / "demo-additive.json"), "--format", "json", "--fail-on", "breaking").exit_code == 0


def test_report_merges_shard_reports(tmp_path):
    data = json.loads((DATA / "demo-risky.json").read_text())
    parts = []
    for k in (1, 2):  # two shards of one change: same findings, tests split
        part = json.loads(json.dumps(data))
        part["tests"]["shard"] = f"{k}/2"
        path = tmp_path / f"part-{k}.json"
        path.write_text(json.dumps(part))
        parts.append(str(path))
    merged = tmp_path / "merged.json"
    # hand-made parts carry no collection fingerprint: merge refuses them unless told to say what is missing
    assert cli("merge", *parts, "--format", "json", "-o", str(merged), "--fail-on", "never").exit_code == 2
    assert cli("merge", *parts, "--allow-incomplete", "--format", "json", "-o", str(merged),
               "--fail-on", "never").exit_code == 0
    for source in ([str(merged)], parts):  # a merged report, or the parts merged on the fly
        out = tmp_path / "m.html"
        result = cli("report", *source, "-o", str(out))
        assert result.exit_code == 0, result.output
        assert "Verdict: breaking" in out.read_text()


def test_report_bad_input_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    result = cli("report", str(bad), "--format", "html")
    assert result.exit_code == 2
    assert "not a changeproof JSON report" in result.output and "Traceback" not in result.output


def test_report_terminal_verbose():
    short = cli("report", str(DATA / "demo-additive.json"))
    full = cli("report", str(DATA / "demo-additive.json"), "--verbose")
    assert short.output.startswith("Verdict: safe")
    message = "parameter `user_id` now accepts `Union[str, UserID]` (was `str`)"  # an info finding's message
    assert message not in short.output and message in full.output
    assert "\x1b[" not in short.output


def test_github_actions_summary_and_annotations(tmp_path):
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = CliRunner().invoke(main, ["report", str(DATA / "demo-risky.json"), "-o", str(tmp_path / "r.html")],
                                env={**env, "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert summary.read_text().startswith("# Stability report")
    assert result.stderr.count("::error ") == 17 and result.stderr.count("::warning ") == 1
    assert "::error" not in result.stdout
    # --no-github: neither
    summary.unlink()
    result = CliRunner().invoke(main, ["report", str(DATA / "demo-risky.json"), "--format", "json", "--no-github"], env=env)
    assert not summary.exists() and "::error" not in result.stderr


@pytest.mark.slow
def test_check_writes_several_formats_in_one_run(tmp_path):
    from changeproof.demo import build

    repo = build(tmp_path / "svc")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "GITHUB_"))}
    env.update(CHANGEPROOF_CACHE_DIR=str(tmp_path / "cache"), CI="", NO_COLOR="1")
    out = tmp_path / "out"
    out.mkdir()
    from helpers.cli import in_process

    p = in_process(["check", "base..risky", "-C", str(repo), "--fail-on", "never",
                    "--format", "html", "-o", str(out / "r.html"), "-o", str(out / "r.sarif"),
                    "--format", "json", "-o", str(out / "r.json"), "--format", "junit", "-o", str(out / "j"),
                    "--format", "terminal"], tmp_path, env)
    assert p.returncode == 0, p.stderr
    assert (out / "r.html").read_text().startswith("<!doctype html>")
    assert json.loads((out / "r.sarif").read_text())["version"] == "2.1.0"
    assert json.loads((out / "r.json").read_text())["verdict"] == "breaking"
    assert ET.parse(out / "j").getroot().tag == "testsuites"
    assert p.stdout.startswith("Verdict: breaking")
    for name in ("r.html", "r.sarif", "r.json", "j"):
        assert f"report to {out / name}" in p.stderr
