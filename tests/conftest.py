"""Shared by every test: no test reads or writes state outside its own temporary directories.

Each test gets its own CHANGEPROOF_CACHE_DIR (the summary and test caches would otherwise be the user's
~/.cache/changeproof, shared with every other run on the machine and with the other xdist workers) and its own
temporary directory (TMPDIR and tempfile's default, inherited by the processes it starts: a test that looks for
what a run left in the temporary directory sees only its own runs, not other workers' or other programs'); fixtures
wider than one test (module-scoped repositories) get one of the session's. The variables that change the tool's
defaults are unset (CI turns on tests and imports; CHANGEPROOF_JOBS caps the parsing workers).
"""

from __future__ import annotations

import tempfile

import pytest

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
