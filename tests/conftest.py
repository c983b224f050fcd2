"""Shared by every test: no test reads or writes state outside its own temporary directories.

Each test gets its own CHANGEPROOF_CACHE_DIR (the summary and test caches would otherwise be the user's
~/.cache/changeproof, shared with every other run on the machine and with the other xdist workers) and its own
temporary directory (TMPDIR and tempfile's default, inherited by the processes it starts: a test that looks for
what a run left in the temporary directory sees only its own runs, not other workers' or other programs'); fixtures
wider than one test (module-scoped repositories) get one of the session's. The variables that change the tool's
defaults are unset (CI turns on tests and imports; CHANGEPROOF_JOBS caps the parsing workers).

The demo repository (changeproof.demo.build) is built once per session (per xdist worker) and the reports of
`check` on its committed branches are shared (``demo_check``): the same command on the same commits, run once
instead of once per test that reads it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session):
    """The test modules pytest rewrites (its assertions) are cached as bytecode in tests/__pycache__ (ignored by
    git; pytest checks each against its source) even when PYTHONDONTWRITEBYTECODE is set, as it is on many
    machines: rewriting every module again costs each xdist worker ~3.5 s of CPU. Only while collecting, in this
    process: the processes the tests start keep the environment as it is."""
    previous = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        yield
    finally:
        sys.dont_write_bytecode = previous


# Scheduling only (what a test does and asserts is the same in any order): the modules whose tests take longest
# (measured with pytest --durations) run first, each module's tests in their own order, so that with pytest-xdist
# (`make test`: --dist worksteal) no long test starts last while the other worker has nothing left to do; the
# verify corpus (one test, ~35 s of CPU) used to start in the last third of the run. Every module not listed keeps
# its place after these, in collection order.
SLOWEST_FIRST = ("test_verify_corpus.py", "test_repository_untouched.py", "test_check_e2e.py",
                 "test_testing_attempts.py", "test_testing_engine.py", "test_precommit_hook.py", "test_bench_flaky.py",
                 "test_report_golden.py", "test_report_formats.py", "test_fuzz.py", "test_fixtures.py",
                 "test_verify_demo.py", "test_testing_run.py", "test_cli_verify.py", "test_check_architecture.py",
                 "test_types.py")


def pytest_collection_modifyitems(session, config, items):
    rank = {name: i for i, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOWEST_FIRST)))  # stable: the rest as collected


_DEFAULTS_CHANGERS = ("CI", "CHANGEPROOF_JOBS", "CHANGEPROOF_DEBUG", "PRE_COMMIT_FROM_REF", "PRE_COMMIT_TO_REF")


@pytest.fixture(autouse=True, scope="session")
def _no_plugin_autoload_in_project_test_runs():
    """The sample projects whose suites the tests engine runs use no pytest plugin: the pytest processes it starts
    do not load the ones installed beside changeproof (hypothesis alone costs ~0.7 s of CPU per run). changeproof
    loads its own plugin with ``-p``; this suite's own process is not affected (it started before)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
        yield


@pytest.fixture(scope="session", autouse=True)
def _session_state(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path_factory.mktemp("session-cache")))
        for name in _DEFAULTS_CHANGERS:
            mp.delenv(name, raising=False)
        yield


@pytest.fixture(autouse=True)
def _own_state(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path_factory.mktemp("changeproof-cache")))
    tmp = str(tmp_path_factory.mktemp("tmp"))
    monkeypatch.setenv("TMPDIR", tmp)
    monkeypatch.setattr(tempfile, "tempdir", tmp)
    for name in _DEFAULTS_CHANGERS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def demo_repo(tmp_path_factory) -> Path:
    """The demo repository (branches main, base, additive, risky). A test that changes its working tree or
    checks out another branch puts it back as it was (in a ``finally``)."""
    from changeproof.demo import build

    return build(tmp_path_factory.mktemp("demo") / "service")


@pytest.fixture(scope="session")
def demo_check(demo_repo):
    """``demo_check(*args)``: ``changeproof check ARGS`` on the demo repository (tests/helpers/cli.py), run once per
    session for each ARGS. Only for ranges of committed revisions (``base..risky``), whose report does not depend
    on the working tree or on what ran before; a run on the working tree calls helpers.cli.check itself."""
    from helpers.cli import check

    done: dict[tuple[str, ...], object] = {}

    def run(*args: str):
        assert ".." in args[0] and not args[0].endswith(".."), "committed ranges only: base..risky"
        if args not in done:
            done[args] = check(demo_repo, *args)
        return done[args]

    return run
