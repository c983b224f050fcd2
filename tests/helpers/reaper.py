"""Run a command and report every process of it that outlives it: ``python reaper.py RESULT.json CMD...``.

This process makes itself a child subreaper (Linux ``PR_SET_CHILD_SUBREAPER``), so every process the command
starts, however deep and whatever session or group it moves to, is re-parented here when its parent dies instead
of to init: once the command has exited, the processes still descended from this one are exactly those of the run
that survived it. The command runs in a session of its own, as a terminal's foreground job does:

- SIGINT sent to this process is relayed to the command's whole process group (what Ctrl-C in a terminal does);
- SIGUSR1 sends SIGKILL to that process group (the command and the processes in its group, e.g. git; not the
  processes it moved to groups of their own: those must die by the command's own doing).

When the command has exited, this waits (up to ``GRACE`` seconds, or ``$REAPER_GRACE``, returning as soon as none is left) for the rest
to go (a SIGKILLed process is gone a moment after the signal, not at once), reaps them, SIGKILLs whatever is still
there after that and writes ``{"returncode": N, "survivors": [{"pid", "cmdline"}...]}`` to RESULT.json.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
GRACE = 15.0


def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, state) of every process visible in /proc."""
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read().decode(errors="replace")
        except OSError:
            continue  # gone meanwhile
        fields = stat.rsplit(")", 1)[1].split()
        out[int(name)] = (int(fields[1]), fields[0])
    return out


def descendants(root: int) -> list[int]:
    """The live (not zombie) processes descended from ``root``."""
    procs = _processes()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    found, stack = [], list(children.get(root, []))
    while stack:
        pid = stack.pop()
        if procs[pid][1] != "Z":
            found.append(pid)
        stack.extend(children.get(pid, []))
    return sorted(found)


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def main() -> int:
    result, cmd = sys.argv[1], sys.argv[2:]
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
    started: list[subprocess.Popen] = []

    def relay(signum: int) -> None:
        for child in started:
            try:
                os.killpg(child.pid, signum)
            except ProcessLookupError:
                pass

    # handled here before the command starts, so that it starts with SIGINT at its default (exec resets a handled
    # signal; an ignored one, as in a background job of a non-interactive shell, would stay ignored)
    signal.signal(signal.SIGINT, lambda *_: relay(signal.SIGINT))
    signal.signal(signal.SIGUSR1, lambda *_: relay(signal.SIGKILL))
    started.append(subprocess.Popen(cmd, start_new_session=True))
    returncode = started[0].wait()
    deadline = time.monotonic() + float(os.environ.get("REAPER_GRACE", GRACE))
    survivors: list[dict] = []
    while True:
        _reap()
        live = descendants(os.getpid())
        if not live:
            break
        if time.monotonic() > deadline:
            survivors = [{"pid": pid, "cmdline": _cmdline(pid)} for pid in live]
            for pid in live:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.2)
            _reap()
            break
        time.sleep(0.02)
    tmp = result + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"returncode": returncode, "survivors": survivors}, f)
    os.replace(tmp, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
