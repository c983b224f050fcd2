"""Summarising many files on every available core.

A cold tree (an empty cache, a release range) means parsing hundreds of files; ``ast.parse`` and the summary walk
hold the GIL, so threads do not help. :func:`summarise_many` splits the files into shares balanced by size,
parses one share in this process and sends the others to short-lived worker processes (one per further core).
A worker is a plain ``python`` that imports only the summary module (not the engine, not the project's code:
parsing never runs project code), reads its share as one pickle on stdin and writes the summaries as one
pickle on stdout. The summaries are the same as in one process (``summarise`` is a function of the bytes, the
path and the package flag); a worker that fails in any way has its share parsed here instead.

``CHANGEPROOF_JOBS=N`` caps the processes (1 = never start a worker).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from .summary import summarise

# Below this many files per process, starting a worker (about 0.1 s) costs more than it saves.
MIN_FILES_PER_JOB = 48

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # .../changeproof

# The worker imports changeproof.api.summary (and what it imports) without running the packages' __init__,
# which would import the whole engine.
_BOOTSTRAP = """
import gc, pickle, sys, types
gc.disable()  # a summary holds no reference cycle (see changeproof.api._no_cyclic_gc)
root = sys.argv[1]
for name, path in (("changeproof", root), ("changeproof.api", root + "/api")):
    module = types.ModuleType(name)
    module.__path__ = [path]
    sys.modules[name] = module
from changeproof.api.summary import summarise
items = pickle.loads(sys.stdin.buffer.read())
out = [summarise(source, path, is_package) for path, source, is_package in items]
sys.stdout.buffer.write(pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))
"""


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask, else the machine's count), or CHANGEPROOF_JOBS."""
    env = os.environ.get("CHANGEPROOF_JOBS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def plan_jobs(n_files: int, cores: int) -> int:
    """How many processes (this one included) to summarise n_files with."""
    return max(1, min(cores, n_files // MIN_FILES_PER_JOB))


def shares(sizes: list[int], jobs: int) -> list[list[int]]:
    """Indexes of the items split into ``jobs`` shares of about equal total size (largest first, each to the
    lightest share so far)."""
    out: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for i in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
        k = loads.index(min(loads))
        out[k].append(i)
        loads[k] += sizes[i] + 1
    return out


def summarise_many(items: list[tuple[str, bytes, bool]]) -> list[dict]:
    """The summaries of (path, source, is_package) items, in their order."""
    jobs = plan_jobs(len(items), usable_cores())
    if jobs <= 1:
        return [summarise(source, path, is_package) for path, source, is_package in items]
    parts = shares([len(source) for _, source, _ in items], jobs)
    workers = [(_start(part, items), part) for part in parts[1:]]
    results: list[dict | None] = [None] * len(items)
    for i in parts[0]:
        path, source, is_package = items[i]
        results[i] = summarise(source, path, is_package)
    for proc, part in workers:
        summaries = _collect(proc, len(part))
        for i, summ in zip(part, summaries or [None] * len(part)):
            results[i] = summ if summ is not None else summarise(items[i][1], items[i][0], items[i][2])
    return results  # type: ignore[return-value]


def _start(part: list[int], items: list[tuple[str, bytes, bool]]) -> tuple[subprocess.Popen, threading.Thread] | None:
    """A worker for one share; its input is written by a thread, so this process parses its own share meanwhile."""
    try:
        proc = subprocess.Popen([sys.executable, "-c", _BOOTSTRAP, str(_PACKAGE_DIR)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return None
    import pickle  # here: only a cold tree's workers need it

    payload = pickle.dumps([items[i] for i in part], protocol=pickle.HIGHEST_PROTOCOL)

    def feed() -> None:
        try:
            assert proc.stdin is not None
            proc.stdin.write(payload)
            proc.stdin.close()
        except OSError:  # the worker died: _collect sees it
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    return proc, writer


def _collect(started: tuple[subprocess.Popen, threading.Thread] | None, count: int) -> list[dict] | None:
    """A worker's summaries, or None when it failed (its share is then parsed in this process)."""
    if started is None:
        return None
    proc, writer = started
    try:
        data = proc.stdout.read() if proc.stdout else b""
        writer.join()
        if proc.wait() != 0:
            return None
        import pickle

        out = pickle.loads(data)
    except Exception:  # noqa: BLE001 - any failure of a worker means: parse its share here
        proc.kill()
        proc.wait()
        return None
    finally:
        if proc.stdout:
            proc.stdout.close()
    return out if isinstance(out, list) and len(out) == count else None
