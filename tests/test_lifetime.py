"""Nothing outlives changeproof: a process group it started dies when it is SIGKILLed, and the next run removes the
temporary directories a killed run left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from changeproof import git, lifetime

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups")


def _gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    return False


def test_a_group_dies_with_its_sigkilled_parent(tmp_path):
    # a stand-in for changeproof: starts a group (a "test run" with a grandchild) and its watchdog, then waits
    code = ("import subprocess, sys, time\nfrom changeproof import lifetime\n"
            "p = subprocess.Popen([sys.executable, '-c', 'import subprocess, sys, time; "
            "subprocess.Popen([sys.executable, \"-c\", \"import time; time.sleep(600)\"]); time.sleep(600)'], "
            "start_new_session=True)\n"
            "lifetime.watch_group(p.pid)\nprint(p.pid, flush=True)\ntime.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    pgid = int(parent.stdout.readline())
    time.sleep(0.5)  # the grandchild is started
    assert not _gone(pgid)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    for _ in range(100):  # the watchdog polls four times a second
        if _gone(pgid):
            break
        time.sleep(0.1)
    else:
        os.killpg(pgid, signal.SIGKILL)
        raise AssertionError("the process group outlived its SIGKILLed parent")


def test_a_later_run_removes_what_a_killed_run_left(tmp_path, monkeypatch):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid whose process is gone
    left = tmp_path / f"changeproof-{dead.pid}-abc"
    (left / "tree").mkdir(parents=True)
    left_run = tmp_path / f"changeproof-tests-{dead.pid}-ghi"  # a pytest run's directory: another kind, swept too
    (left_run / "scratch").mkdir(parents=True)
    live = tmp_path / f"changeproof-{os.getppid()}-def"  # a live process's: kept
    live.mkdir()
    other = tmp_path / "changeproof-demo-xyz"  # not a run's temporary directory: kept
    other.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(git, "_swept", False)
    with git.temporary_directory() as path:
        assert path.name.startswith(f"changeproof-{os.getpid()}-")
    assert not left.exists() and not left_run.exists() and live.exists() and other.exists()
    assert lifetime.sweep_orphans(tmp_path, "changeproof-") == []
