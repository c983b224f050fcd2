"""Run changeproof's command line in this process: the same entry point (``changeproof.cli.main``), the arguments,
working directory and environment a user's run would have, an empty stdin; its exit status, stdout and stderr as
a ``subprocess.CompletedProcess``. A new process per run costs more CPU than most of the runs the tests make
(starting Python, importing the package); the tests about processes (signals, what outlives a run, a missing
pytest, the installed entry point) still start real ones.

An exception that escapes the command fails the test (``catch_exceptions=False``): in a process it would be a
traceback on stderr, which the tests assert is never there.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from click.testing import CliRunner


def in_process(args: list[str], cwd: Path, env: dict[str, str], input: str | None = None) -> subprocess.CompletedProcess[str]:
    """``changeproof ARGS`` run with exactly ``env`` as its environment (what os.environ holds beyond it is unset
    for the run) in ``cwd``, ``input`` on its stdin (none: empty); the environment and the working directory are
    restored afterwards."""
    from changeproof.cli import main

    changes: dict[str, str | None] = {k: None for k in os.environ if k not in env}
    changes.update(env)
    old_cwd = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, input=input, env=changes, catch_exceptions=False)
    finally:
        os.chdir(old_cwd)
    return subprocess.CompletedProcess(["changeproof", *args], result.exit_code, result.stdout, result.stderr)


def check(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``changeproof check ARGS`` in ``repo`` (its working directory), in this process, as a user with no git
    variables and outside CI runs it, with a cache beside the repository."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "CI"}
    full["CHANGEPROOF_CACHE_DIR"] = str(repo.parent / "cache")
    full.update(env or {})
    return in_process(["check", *args], repo, full)
