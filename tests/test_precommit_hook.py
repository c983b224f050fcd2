"""The pre-commit hook: its manifest is valid for pre-commit, and installed into a temporary repository it
checks exactly the pushed range and stops a push that breaks the API.

The hook is installed from this repository's .pre-commit-hooks.yaml with `language: system` (the changeproof
installed here), so the test needs no network: `language: python` would build a fresh environment from PyPI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pre_commit = pytest.importorskip("pre_commit", reason="pre-commit is in the test extras: pip install -e '.[test]'")
import yaml  # noqa: E402 - PyYAML comes with pre-commit

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def test_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    hooks = load_manifest(str(MANIFEST))
    (hook,) = hooks
    assert hook["id"] == "changeproof"
    assert hook["pass_filenames"] is False and hook["always_run"] is True
    assert set(hook["stages"]) == {"pre-push", "manual"}
    assert "--no-tests" in hook["entry"] and "--no-exec" in hook["entry"]  # static checks only


def _git(repo: Path, *args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(repo), *args], env=env, capture_output=True, text=True, check=check,
                          timeout=300, stdin=subprocess.DEVNULL)


def test_hook_checks_the_pushed_range(tmp_path):
    from changeproof.demo import build

    bindir = Path(sys.executable).parent
    if not (bindir / "changeproof").exists() or not (bindir / "pre-commit").exists():
        pytest.skip("needs the changeproof and pre-commit scripts beside this interpreter (pip install -e '.[test]')")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "GITHUB_"))}
    env.update(PATH=f"{bindir}{os.pathsep}{env.get('PATH', '')}", PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
               CHANGEPROOF_CACHE_DIR=str(tmp_path / "cache"), GIT_CONFIG_NOSYSTEM="1",
               GIT_CONFIG_GLOBAL=str(tmp_path / "gitconfig"), CI="", NO_COLOR="1",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.invalid")
    repo = build(tmp_path / "svc")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True, env=env)

    # the hook as this repository publishes it, run by the changeproof installed here
    (hook,) = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    local = {k: v for k, v in hook.items() if k not in ("language", "minimum_pre_commit_version", "description")}
    local["language"] = "system"
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    _git(repo, "add", ".pre-commit-config.yaml", env=env)
    _git(repo, "commit", "-q", "-m", "hooks", env=env)
    _git(repo, "remote", "add", "origin", str(remote), env=env)
    _git(repo, "push", "-q", "origin", "main", env=env)
    subprocess.run([str(bindir / "pre-commit"), "install", "--hook-type", "pre-push"], cwd=repo, env=env, check=True,
                   capture_output=True, text=True)

    # a breaking change: the push is stopped, with the verdict and the findings on screen
    _git(repo, "checkout", "-q", "-b", "feature", env=env)
    _git(repo, "merge", "-q", "--no-edit", "risky", env=env)
    status = subprocess.run(["git", "status", "--porcelain"], cwd=repo, env=env, capture_output=True, text=True).stdout
    pushed = _git(repo, "push", "origin", "feature", env=env, check=False)
    out = pushed.stdout + pushed.stderr
    assert pushed.returncode != 0, out
    assert "changeproof (static checks)" in out and "Failed" in out
    assert "Verdict: breaking" in out
    assert "parameter-added-required" in out
    assert "Tests: not requested" in out  # static checks only
    assert _git(repo, "ls-remote", str(remote), "refs/heads/feature", env=env).stdout == ""
    # the user's repository is untouched by the hook
    assert subprocess.run(["git", "status", "--porcelain"], cwd=repo, env=env, capture_output=True, text=True).stdout == status

    # a compatible change: the push goes through
    _git(repo, "checkout", "-q", "main", env=env)
    _git(repo, "checkout", "-q", "-b", "compatible", env=env)
    _git(repo, "merge", "-q", "--no-edit", "additive", env=env)
    pushed = _git(repo, "push", "origin", "compatible", env=env, check=False)
    out = pushed.stdout + pushed.stderr
    assert pushed.returncode == 0, out
    assert "changeproof (static checks)" in out and "Passed" in out
    assert _git(repo, "ls-remote", str(remote), "refs/heads/compatible", env=env).stdout.strip()

    # the manual stage checks the working tree against the default branch
    manual = subprocess.run([str(bindir / "pre-commit"), "run", "changeproof", "--hook-stage", "manual", "--verbose"],
                            cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert "Verdict:" in manual.stdout, manual.stdout + manual.stderr
    shutil.rmtree(tmp_path / "pre-commit-home", ignore_errors=True)
