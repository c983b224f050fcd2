"""Settings for the whole suite."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _no_plugin_autoload_in_project_test_runs():
    """The sample projects whose suites the tests engine runs use no pytest plugin: the pytest processes it starts
    do not load the ones installed beside changeproof (hypothesis alone costs ~0.7 s of CPU per run). changeproof
    loads its own plugin with ``-p``; this suite's own process is not affected (it started before)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
        yield
