"""Nothing outlives changeproof: process groups it starts die with it, even when it is SIGKILLed (a watchdog), and
temporary directories left by a run that was killed are removed by the next run (their owner is gone)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

_WATCHDOG = r"""
import os, signal, sys, time
parent, group = int(sys.argv[1]), int(sys.argv[2])
while True:
    time.sleep(0.25)
    try:
        os.killpg(group, 0)
    except OSError:
        break  # the group is gone: nothing to guard
    if os.getppid() != parent:  # changeproof died (this process was handed to init): the group dies too
        try:
            os.killpg(group, signal.SIGKILL)
        except OSError:
            pass
        break
"""


def watch_group(group: int) -> subprocess.Popen | None:
    """Start a watchdog that SIGKILLs process group ``group`` if this process dies first (SIGKILL included, which
    no handler sees); it exits by itself once the group is gone. None where process groups do not exist."""
    if not hasattr(os, "killpg"):  # pragma: no cover - Windows
        return None
    try:
        return subprocess.Popen([sys.executable, "-I", "-S", "-c", _WATCHDOG, str(os.getpid()), str(group)],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True, close_fds=True)
    except OSError:
        return None


def owned_prefix(prefix: str) -> str:
    """The name prefix of this process's temporary directories: ``changeproof-<pid>-``."""
    return f"{prefix}{os.getpid()}-"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, someone else's
    return True


def sweep_orphans(root: Path, prefix: str) -> list[Path]:
    """Remove ``root/<prefix><pid>-*`` and ``root/<prefix><kind>-<pid>-*`` directories (``changeproof-123-…``,
    ``changeproof-tests-123-…``) of ours whose process is gone (a run that was SIGKILLed); returns what was
    removed. Directories of live processes and of other users are left alone, and so are names with no pid
    (``changeproof-demo-…``, the demo's output)."""
    pattern = re.compile(re.escape(prefix) + r"(?:[a-z]+-)?(\d+)-")
    removed = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(OSError):
        for entry in os.scandir(root):
            m = pattern.match(entry.name)
            if not m or int(m[1]) == os.getpid() or not entry.is_dir(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                if uid is not None and entry.stat(follow_symlinks=False).st_uid != uid:
                    continue
                if not _alive(int(m[1])):
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed.append(Path(entry.path))
    return removed
