"""Waiting for processes a test started indirectly (a test suite's pytest, a child it spawned), without timing
assumptions: a process says it is ready by writing a file atomically (``READY_WRITE``: a file that exists is
complete), the test waits for that file, and a process is identified by its pid *and* its start time, so that
a pid the system has since given to another process is never taken for it. Linux (/proc).
"""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Iterator
from pathlib import Path

BOUND = 180.0  # seconds a waited-for event may take before the test fails (a bound on failure, never a sleep)

# a statement for code run by a test suite: write TEXT (an expression) to PATH so that PATH is whole when it exists
READY_WRITE = ("__import__('pathlib').Path({path!r} + '.tmp').write_text({text}); "
               "__import__('os').replace({path!r} + '.tmp', {path!r})")


def identity(pid: int) -> tuple[int, str] | None:
    """(pid, start time in clock ticks since boot) of a live, not zombie, process; None when there is none."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    if fields[0] == b"Z":
        return None
    return pid, fields[19].decode()  # field 22 of stat, counted after the name


def running(identities: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Those of ``identities`` still running (the same process: same pid, same start time)."""
    return [ident for ident in identities if identity(ident[0]) == ident]


def wait_gone(identities: list[tuple[int, str]], bound: float = BOUND) -> list[tuple[int, str]]:
    """Wait until none of ``identities`` runs (a process SIGKILLed a moment ago is not gone at once); returns those
    still running after ``bound`` seconds (empty: all gone)."""
    deadline = time.monotonic() + bound
    while (left := running(identities)) and time.monotonic() < deadline:
        time.sleep(0.02)
    return left


def wait_for(paths: list[Path], bound: float = BOUND) -> bool:
    """Wait until every file of ``paths`` exists; False if they did not within ``bound`` seconds."""
    deadline = time.monotonic() + bound
    while not all(p.exists() for p in paths):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def pids(path: Path) -> list[int]:
    return [int(x) for x in path.read_text().split()]


def wait_ready(paths: list[Path], bound: float = BOUND) -> list[tuple[int, str]] | None:
    """Wait for ``paths`` (files of pids written with READY_WRITE) and identify those processes at once (they are
    stopped, alive, when they wrote the file); None if the files did not all come within ``bound``."""
    if not wait_for(paths, bound):
        return None
    out = []
    for p in paths:
        for pid in pids(p):
            ident = identity(pid)
            assert ident is not None, f"{p.name}: process {pid} is gone before it could be interrupted"
            out.append(ident)
    return out


@contextlib.contextmanager
def ctrl_c_raises() -> Iterator[None]:
    """Ctrl-C (and ``_thread.interrupt_main``) raises KeyboardInterrupt in here, even when the suite was started
    with SIGINT ignored (a background job of a non-interactive shell, ``nohup``): Python then leaves SIGINT
    ignored and ``interrupt_main`` does nothing at all. Main thread only."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
