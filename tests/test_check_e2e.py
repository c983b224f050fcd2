"""`changeproof check` end to end: the embedded websocket service (modelled on the example stability report),
its honest `additive` change and its `risky` one, through the command line (its entry point, in this process:
tests/helpers/cli.py; the demo command itself in a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from changeproof.report.json import load_schema
from helpers.cli import check


def run(repo: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`changeproof check ARGS` in ``repo``, in this process (tests/helpers/cli.py)."""
    return check(repo, *args, env=env)


def validated(p: subprocess.CompletedProcess) -> tuple[int, dict]:
    assert "Traceback" not in p.stderr, p.stderr
    data = json.loads(p.stdout)
    errors = sorted(Draft202012Validator(load_schema()).iter_errors(data), key=str)
    assert not errors, errors
    return p.returncode, data


def report(repo: Path, rng: str, *extra: str) -> tuple[int, dict]:
    return validated(run(repo, rng, "--format", "json", *extra))


def demo_report(demo_check, rng: str, *extra: str) -> tuple[int, dict]:
    """The JSON report of a committed range of the demo repository (run once per session: conftest.demo_check)."""
    return validated(demo_check(rng, "--format", "json", *extra))


def kinds(data: dict) -> set[tuple[str, str | None]]:
    return {(f["kind"], f["object"]) for f in data["findings"] if not f.get("preexisting")}


def test_risky_change_is_breaking_and_each_planted_defect_is_found(demo_check):
    code, data = demo_report(demo_check, "base..risky")
    assert code == 1 and data["verdict"] == "breaking"
    found = kinds(data)
    mgr = "netra_backend.app.websocket_core.unified_manager.UnifiedWebSocketManager"
    assert ("parameter-type-narrowed", f"{mgr}.get_user_connections") in found  # narrowed parameter
    assert ("object-removed", f"{mgr}.remove_connection") in found  # removed method ...
    assert ("env-var-added", "NETRA_JWT_SECRET") in found  # new required environment variable
    assert any(k == "blocking-call-in-async" for k, _ in found)  # time.sleep in an async handler
    assert any(k == "boundary-violation" for k, _ in found)  # auth_service imports netra_backend
    assert ("protocol-member-added", "netra_backend.app.websocket_core.protocols.WebSocketManagerProtocol.broadcast") in found
    by_kind = {f["kind"]: f for f in data["findings"]}
    assert by_kind["boundary-violation"]["path"] == "auth_service/tokens.py"
    assert by_kind["blocking-call-in-async"]["path"] == "netra_backend/app/routes.py"
    secret = by_kind["env-var-added"]
    assert secret["path"] == "netra_backend/app/settings.py" and secret["line"] == 7


def test_risky_change_reports_the_removed_method_where_it_is_still_called(demo_check):
    _, data = demo_report(demo_check, "base..risky")
    calls = [f for f in data["findings"] if f["kind"] == "call-site-broken"]
    assert any(f["path"] == "netra_backend/app/routes.py" and "remove_connection" in (f["object"] or "") for f in calls), calls


def test_additive_change_is_never_breaking(demo_check):
    code, data = demo_report(demo_check, "base..additive")
    assert code == 0 and data["verdict"] in ("safe", "risky", "unverified")
    assert not [f for f in data["findings"] if f["severity"] == "breaking"]
    cats = {c["path"]: c["category"] for c in data["changes"]}
    assert cats["tests/test_typed_ids.py"] == "test"
    assert cats["reports/websocket_typed_ids.md"] == "docs"
    assert cats["netra_backend/app/websocket_core/unified_manager.py"] == "production"
    widened = {(f["object"], f["parameter"]) for f in data["findings"] if f["kind"] == "parameter-type-widened"}
    assert ("netra_backend.app.websocket_core.unified_manager.UnifiedWebSocketManager.send_to_user", "user_id") in widened


def test_every_check_is_accounted_for(demo_check):
    _, data = demo_report(demo_check, "base..risky")
    names = [c["name"] for c in data["checks"]]
    assert names[:3] == ["changed-files", "syntax", "api"]
    assert {"call-sites", "imports", "contracts", "config-drift", "dependencies", "architecture", "async-hazards"} <= set(names)
    for c in data["checks"]:
        assert c["status"] in ("ran", "not-applicable", "skipped") and c["summary"], c


def test_markdown_report_has_the_sections_a_reviewer_expects(demo_repo):
    p = run(demo_repo, "base..risky", "--format", "markdown")
    md = p.stdout
    for section in ("## Checks", "## Changed files", "## API compatibility", "## Call sites and imports", "## Contracts",
                    "## Configuration", "## Dependencies", "## Architecture", "## Async and performance hazards",
                    "## Tests", "## Change classification"):
        assert section in md, section
    assert "**Verdict: breaking**" in md
    assert "`netra_backend/app/settings.py:7`" in md
    assert "**Not checked:**" in md  # tests were not run: said, not implied


def test_only_skip_and_fail_on(demo_repo):
    code, data = report(demo_repo, "base..risky", "--only", "config-drift")
    assert code == 1 and {f["category"] for f in data["findings"]} == {"config-drift"}
    skipped = [c for c in data["checks"] if c["status"] == "skipped"]
    assert skipped and all("not selected" in c["summary"] for c in skipped)
    code, _ = report(demo_repo, "base..risky", "--fail-on", "never")
    assert code == 0
    p = run(demo_repo, "base..risky", "--only", "nope")
    assert p.returncode == 2 and p.stderr.startswith("error: unknown check 'nope'") and "hint:" in p.stderr


def test_default_range_is_merge_base_to_worktree_and_repo_is_untouched(demo_repo, tmp_path):
    subprocess.run(["git", "-C", str(demo_repo), "checkout", "-q", "risky"], check=True)
    try:
        (demo_repo / "netra_backend" / "app" / "extra.py").write_text("def helper(x):\n    return x\n")
        before = subprocess.run(["git", "-C", str(demo_repo), "status", "--porcelain"], capture_output=True, text=True).stdout
        index_before = (demo_repo / ".git" / "index").read_bytes()
        code, data = report(demo_repo, "base")  # BASE alone: up to the working tree
        assert data["head"]["ref"] == "WORKTREE" and data["head"]["sha"] is None
        assert "netra_backend/app/extra.py" in {c["path"] for c in data["changes"]}
        after = subprocess.run(["git", "-C", str(demo_repo), "status", "--porcelain"], capture_output=True, text=True).stdout
        assert before == after and (demo_repo / ".git" / "index").read_bytes() == index_before
        p = run(demo_repo, "--format", "json", env={"PRE_COMMIT_FROM_REF": "base", "PRE_COMMIT_TO_REF": "risky"})
        assert json.loads(p.stdout)["base"]["ref"] == "base"
    finally:
        (demo_repo / "netra_backend" / "app" / "extra.py").unlink()
        subprocess.run(["git", "-C", str(demo_repo), "checkout", "-q", "main"], check=True)


def test_bad_range_is_a_one_line_error(demo_repo):
    p = run(demo_repo, "nope..risky")
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert p.stderr.splitlines()[0].startswith("error: ") and p.stderr.splitlines()[1].startswith("hint: ")



def _versioned_repo(tmp_path: Path, old_version: str, new_version: str) -> Path:
    sys.path.insert(0, str(Path(__file__).parent / "helpers"))
    from checkrepo import make_repo

    py = '[project]\nname = "lib"\nversion = "{}"\n'
    return make_repo(tmp_path, {"pyproject.toml": py.format(old_version), "lib/__init__.py": "def f(a, b):\n    pass\n"},
                     {"pyproject.toml": py.format(new_version), "lib/__init__.py": "def f(a):\n    pass\n"})


@pytest.mark.parametrize("old,new,bump,sufficient", [("1.4.0", "1.5.0", "minor", False), ("1.4.0", "2.0.0", "major", True),
                                                      ("0.4.0", "0.5.0", "minor", True), ("1.4.0", "1.4.0", "none", None)])
def test_version_bump_is_compared_with_what_the_findings_require(tmp_path, old, new, bump, sufficient):
    repo = _versioned_repo(tmp_path, old, new)
    _, data = report(repo, "base..head")
    assert data["version"] == {"base": old, "head": new, "bump": bump, "required": "major", "sufficient": sufficient}
    md = run(repo, "base..head", "--format", "markdown").stdout
    assert "Version:" in md


def test_demo_command_end_to_end(tmp_path):
    """`changeproof demo DIR`: both branches checked with tests, reports written, the example report verified."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CI"}
    env["CHANGEPROOF_CACHE_DIR"] = str(tmp_path / "cache")
    p = subprocess.run([sys.executable, "-m", "changeproof", "demo", str(tmp_path / "svc")], env=env, capture_output=True,
                       text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stdout + p.stderr
    out = tmp_path / "svc-reports"
    for branch in ("additive", "risky"):
        for ext in ("md", "html", "json"):
            assert (out / f"check-{branch}.{ext}").stat().st_size > 0
    additive = json.loads((out / "check-additive.json").read_text())
    risky = json.loads((out / "check-risky.json").read_text())
    assert additive["verdict"] in ("safe", "risky") and not [f for f in additive["findings"] if f["severity"] == "breaking"]
    assert additive["tests"]["regressions"] == []
    assert additive["tests"]["preexisting_failures"] == ["tests/test_websocket_manager.py::test_memory_cleanup_after_last_connection"]
    assert risky["verdict"] == "breaking"
    assert "tests/test_websocket_manager.py::test_send_to_user_reaches_only_that_user" in risky["tests"]["regressions"]
    assert (out / "check-risky.html").read_text().startswith("<!doctype html>")
    verify_md = (out / "verify-additive.md").read_text()
    assert "contradicted" in verify_md
    assert "Verdicts: additive" in p.stdout


def test_demo_says_why_when_pytest_is_missing(tmp_path):
    """The first run after `pip install changeproof` (no pytest): one line with the reason and the fix, and each
    could-not-analyse entry with its reason, never a bare count."""
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True, timeout=120)
    python = bare / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(CHANGEPROOF_CACHE_DIR=str(tmp_path / "cache"), COLUMNS="500", NO_COLOR="1")  # one line is one line
    p = subprocess.run([sys.executable, "-m", "changeproof", "demo", str(tmp_path / "svc"), "--python", str(python)],
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    first = p.stdout.splitlines()[0]
    assert first.startswith(f"pytest is missing for {python}") and "fix: pip install pytest" in first
    assert "Verdict: unverified" in p.stdout
    flat = " ".join(p.stdout.split())  # the terminal wraps long lines
    assert "could not analyse (tests): tests not run: pytest is not installed for" in flat
    assert "not checked: tests (could not run: pytest is not installed" in flat
