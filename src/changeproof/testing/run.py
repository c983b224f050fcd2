"""Running pytest on one tree and reading what happened, test by test.

:func:`run_pytest` runs ``PYTHON -m pytest`` in ``tree`` with changeproof's plugin
(``_plugin/changeproof_reportlog.py``, loaded with ``-p changeproof_reportlog`` from ``PYTHONPATH``) writing a
JSON-lines log to a temporary file, which is read while pytest runs (for the progress bar) and parsed into
one :class:`TestOutcome` per test. Never ``--junitxml``.

How every run is made the same on both sides of a change:

* ``PYTHONPATH`` = the side's import roots first (``env_roots``), then the plugin's directory, then whatever
  ``PYTHONPATH`` the user had; ``--rootdir`` is the tree, so node ids are relative to the tree on every side;
* random orders are neutralised: ``-p no:randomly`` and ``-p no:random_order`` (blocking a plugin that is not
  installed is accepted by pytest, checked with pytest 7.4 to 9), ``PYTHONHASHSEED`` = ``seed`` (0);
* nothing is written into the tree by pytest itself: ``-p no:cacheprovider`` (no ``.pytest_cache``); no
  report file the project's options ask for (the plugin switches pytest-cov off and drops ``--junitxml``,
  ``--report-log``, ``--html`` and ``--json-report`` outputs; ``COVERAGE_FILE`` and Hypothesis's example
  database point into the run's temporary directory); and no ``__pycache__``: bytecode (pytest's rewritten test modules too) goes to ``PYTHONPYCACHEPREFIX`` when the
  caller gives a stable place for it (the working tree's runs: reused from run to run, as plain pytest reuses
  ``__pycache__``), else is not written at all (``PYTHONDONTWRITEBYTECODE=1``, for temporary copies);
* a collection-only run uses ``--assert=plain``: node ids do not depend on assertion rewriting, which is most
  of what collecting costs;
* ``--continue-on-collection-errors``: a test file that fails to import is reported (a ``collecterror``)
  and the rest of the suite still runs;
* the user's extra arguments (what followed ``--``, e.g. ``-n auto``) go last.

The process runs in a new process group (``start_new_session``). The run's timeout kills the whole group
(SIGTERM, then SIGKILL two seconds later); so does Ctrl-C in changeproof (``KeyboardInterrupt`` is re-raised
after the kill) and any other exception; after a normal exit the group is killed too, so no process a test
started outlives the run. The log and output files live in a temporary directory that is removed in every case.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PLUGIN_DIR = Path(__file__).resolve().parent / "_plugin"
PLUGIN = "changeproof_reportlog"
OUTCOMES = ("passed", "failed", "error", "skipped", "xfailed", "xpassed")
FAILING = ("failed", "error")

EXIT_MEANINGS = {
    0: "all tests passed",
    1: "some tests failed",
    2: "the run was interrupted",
    3: "pytest had an internal error",
    4: "pytest was used wrongly (usage error)",
    5: "no tests were collected",
}

# pytest-xdist options: a run of a few node ids is faster without workers (and `-n` needs xdist anyway)
_XDIST_WITH_VALUE = ("-n", "--numprocesses", "--dist", "--maxprocesses", "--max-worker-restart", "--tx", "--rsyncdir")
_XDIST_FLAGS = ("--looponfail", "-f", "--boxed")
# pytest options whose value is the next argument (so that value is not mistaken for a path)
_TAKES_VALUE = {"-k", "-m", "-p", "-o", "-c", "-W", "-r", "--tb", "--maxfail", "--durations", "--durations-min",
                "--deselect", "--ignore", "--ignore-glob", "--rootdir", "--confcutdir", "--basetemp", "--log-level",
                "--log-cli-level", "--log-file", "--log-format", "--import-mode", "--capture", "--override-ini",
                "--junitxml", "--junit-xml", "--cov", "--cov-report", "--timeout", "--timeout-method", "--count",
                "--reruns", "--reruns-delay", "--only-rerun", "--hypothesis-seed", "--hypothesis-profile"}


@dataclass
class TestOutcome:
    """One test's outcome in one run. ``error`` is a failure in setup or teardown; ``phase`` is where the
    outcome was decided (setup / call / teardown, or ``collect`` for a file that failed to collect)."""

    __test__ = False  # not a pytest test class, whatever imports it

    outcome: str  # passed | failed | error | skipped | xfailed | xpassed
    phase: str
    duration: float
    message: str | None = None
    path: str | None = None
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["duration"] = round(self.duration, 4)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TestOutcome:
        return cls(str(data["outcome"]), str(data.get("phase") or "call"), float(data.get("duration") or 0.0),
                   data.get("message"), data.get("path"), data.get("line"))


@dataclass
class RunResult:
    """What one pytest run did."""

    tree: Path
    outcomes: dict[str, TestOutcome] = field(default_factory=dict)
    collected: list[str] = field(default_factory=list)  # the items this run selected, in collection order
    all_collected: list[str] = field(default_factory=list)  # every item after the user's filters (all shards)
    locations: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    collection_errors: dict[str, str | None] = field(default_factory=dict)
    exit_code: int | None = None  # None when the run was killed (timeout) or never started
    started: bool = False  # pytest ran and loaded the plugin
    finished: bool = False  # the session finished normally (the plugin's last line was written)
    timed_out: bool = False
    timeout: float | None = None
    running: str | None = None  # the test in progress when the run ended without finishing it
    imports: dict[str, dict[str, Any]] | None = None  # top-level name -> {"file", "error"}
    shard: str | None = None
    shard_plan: str | None = None
    shard_basis: str | None = None
    pytest_version: str | None = None
    internal_error: str | None = None
    duration: float = 0.0
    output: str = ""  # the last lines pytest printed
    command: list[str] = field(default_factory=list)
    skipped_run: str | None = None  # why nothing was run (e.g. no requested test exists in this tree)
    collection_done: bool = False  # collection finished (the plugin said so, or the session did)
    cancelled: bool = False

    @property
    def no_tests(self) -> bool:
        """pytest exit status 5: nothing collected. Said as such, never counted as a pass."""
        return self.exit_code == 5

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in OUTCOMES}
        for o in self.outcomes.values():
            out[o.outcome] = out.get(o.outcome, 0) + 1
        return out

    def failing(self) -> list[str]:
        return [n for n, o in self.outcomes.items() if o.outcome in FAILING]

    def _tail(self, lines: int = 3) -> str:
        text = [ln.strip() for ln in self.output.splitlines() if ln.strip()]
        errors = [ln for ln in text if ln.startswith(("ERROR", "E ", "INTERNALERROR", "ImportError", "ModuleNotFoundError"))
                  or ": error: " in ln]
        picked = (errors or text)[-lines:]
        return " | ".join(picked)[:600]

    @property
    def problem(self) -> str | None:
        """Why this run cannot be taken at its word, or None. Exit statuses 0, 1 and 5 are not problems."""
        if self.skipped_run is not None:
            return None
        if self.cancelled:
            return "cancelled"
        if not self.started and self.exit_code not in (2, 3, 4):
            return f"pytest did not run ({self._tail() or 'no output'})"
        if self.timed_out:
            where = f" while `{self.running}` ran" if self.running else ""
            return (f"did not finish within {self.timeout:g} s: killed{where}; "
                    f"{len(self.outcomes)} of {len(self.collected)} tests had finished")
        if self.exit_code in (2, 3, 4):
            detail = self.internal_error if self.exit_code == 3 and self.internal_error else self._tail()
            return f"pytest exit status {self.exit_code}: {EXIT_MEANINGS[self.exit_code]}" + (f" ({detail})" if detail else "")
        if not self.finished:
            where = f" while `{self.running}` ran" if self.running else ""
            return (f"pytest ended (status {self.exit_code}) before its session finished{where}: "
                    "a test may have killed the interpreter")
        if self.exit_code not in (0, 1, 5):
            return f"pytest exit status {self.exit_code}" + (f" ({self._tail()})" if self._tail() else "")
        return None


# -- processes -------------------------------------------------------------------------------------------

_active: dict[int, subprocess.Popen] = {}
_active_lock = threading.Lock()


def _kill_group(proc: subprocess.Popen, grace: float = 2.0) -> None:
    """SIGTERM to the process group, SIGKILL after ``grace`` seconds if the leader is still there."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            if hasattr(os, "killpg"):
                os.killpg(proc.pid, signal.SIGTERM)
            else:  # pragma: no cover - Windows
                proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
    _reap_group(proc)


def _reap_group(proc: subprocess.Popen) -> None:
    """SIGKILL whatever is left of the group (the leader, or processes the tests started)."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            os.killpg(proc.pid, signal.SIGKILL)
    elif proc.poll() is None:  # pragma: no cover - Windows
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired, OSError):
        proc.wait(timeout=5)


def kill_all() -> None:
    """Kill every pytest run still going (the engine calls it on Ctrl-C while runs go on in threads)."""
    with _active_lock:
        procs = list(_active.values())
    for p in procs:
        _kill_group(p, grace=0.5)


# -- arguments ---------------------------------------------------------------------------------------------

def targeted_args(extra_args: Sequence[str]) -> list[str]:
    """The user's extra arguments for a run of a few node ids: without pytest-xdist's options (workers cost
    more than they save on a handful of tests) and without positional paths (the node ids name the files;
    a path that does not exist on this side would make pytest exit 4)."""
    out: list[str] = []
    args = list(extra_args)
    i = 0
    while i < len(args):
        a = args[i]
        name = a.split("=", 1)[0]
        if name in _XDIST_WITH_VALUE or (a.startswith("-n") and len(a) > 2 and not a.startswith("--")):
            i += 1 if ("=" in a or (a.startswith("-n") and len(a) > 2 and not a.startswith("--"))) else 2
            continue
        if a in _XDIST_FLAGS:
            i += 1
            continue
        if not a.startswith("-"):
            i += 1  # a positional path or node id
            continue
        out.append(a)
        if a in _TAKES_VALUE and i + 1 < len(args):
            out.append(args[i + 1])
            i += 2
            continue
        i += 1
    return out


def _environment(env_roots: Iterable[Path | str], seed: int | None, pycache_prefix: Path | str | None = None) -> dict[str, str]:
    from ._plugin_env import CLEAR, ENV_PYCACHE

    env = dict(os.environ)
    for name in CLEAR:
        env.pop(name, None)
    parts = [str(r) for r in env_roots] + [str(PLUGIN_DIR)]
    if env.get("PYTHONPATH"):
        parts.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(parts)
    if pycache_prefix is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache_prefix)
        env[ENV_PYCACHE] = "1"  # the plugin turns bytecode off if this Python ignores the prefix (< 3.8)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = str(0 if seed is None else seed)
    env["PY_COLORS"] = "0"
    env.pop("PYTHONSTARTUP", None)
    return env


# -- the run -------------------------------------------------------------------------------------------------

def run_pytest(tree: Path | str, *, python: str | None = None, nodeids: Sequence[str] | None = None,
               collect_only: bool = False, extra_args: Sequence[str] = (), env_roots: Sequence[Path | str] = (),
               timeout_total: float | None = None, timeout_test: float | None = None, seed: int | None = 0,
               shard: tuple[int, int] | None = None, durations: dict[str, float] | None = None,
               import_check: Sequence[str] | None = None, on_event: Callable[[dict[str, Any]], None] | None = None,
               cancel: threading.Event | None = None, nice: int = 0, pycache_prefix: Path | str | None = None) -> RunResult:
    """Run pytest in ``tree`` and return every test's outcome.

    ``nodeids``: run only these (None: the whole suite; an empty list runs nothing). They are selected by the
    plugin, not named on the command line, so an id that does not exist in this tree is simply not run.
    ``collect_only``: collect, run nothing. ``env_roots``: the tree's import roots, first on ``PYTHONPATH``.
    ``timeout_total``: seconds for the whole run; ``timeout_test``: seconds for each phase of each test
    (enforced by the plugin). ``shard``: (K, N), run only shard K of N, split with ``durations``.
    ``import_check``: top-level module names whose origin the run reports (``RunResult.imports``; an empty
    list reports an empty dict, None reports nothing).
    ``on_event``: called with every line of the plugin's log as it is written (progress). ``cancel``: when
    set (by another thread), the run is killed and returns with ``cancelled``. ``nice``: lower the run's CPU
    priority by this much (a run alongside the head run, which should not slow it down). ``pycache_prefix``:
    where bytecode (and pytest's rewritten test modules) may be cached (``PYTHONPYCACHEPREFIX``), for a tree
    at a stable path; None: no bytecode is written at all."""
    from ..git import temporary_directory
    from ._plugin_env import (
        ENV_DURATIONS,
        ENV_IMPORTS,
        ENV_LOG,
        ENV_SELECT,
        ENV_SHARD,
        ENV_TIMEOUT,
    )

    tree = Path(tree)
    python = python or sys.executable
    result = RunResult(tree=tree, timeout=timeout_total)
    args = [python, "-m", "pytest", "-p", PLUGIN, "-p", "no:randomly", "-p", "no:random_order", "-p", "no:cacheprovider",
            "--rootdir", str(tree), "--continue-on-collection-errors", "-q", "--color=no"]
    if collect_only:
        args += ["--collect-only", "--assert=plain"]  # node ids do not depend on rewriting; it is most of the cost
    env = _environment(env_roots, seed, pycache_prefix)
    started = time.perf_counter()
    with temporary_directory(prefix="changeproof-tests-") as tmp:
        log = tmp / "log.jsonl"
        out_path = tmp / "output.txt"
        env[ENV_LOG] = str(log)
        # what a test session would write into the tree goes to the run's scratch directory instead (removed
        # with it): coverage's data file (pytest-cov itself is switched off by the plugin) and Hypothesis's
        # example database; the plugin also drops junit-xml, report-log, html and json-report outputs
        scratch = tmp / "scratch"
        scratch.mkdir()
        env["COVERAGE_FILE"] = str(scratch / ".coverage")
        env["HYPOTHESIS_STORAGE_DIRECTORY"] = str(scratch / ".hypothesis")
        # and the temporary files of the session (pytest's tmp_path directories, pytest-of-<user>, which pytest
        # keeps after the run; whatever the tests put in tempfile's directory): removed with the run
        (scratch / "tmp").mkdir()
        for name in ("TMPDIR", "TEMP", "TMP"):
            env[name] = str(scratch / "tmp")
        if timeout_test and timeout_test > 0:
            env[ENV_TIMEOUT] = repr(float(timeout_test))
        if import_check is not None:
            env[ENV_IMPORTS] = ",".join(import_check)
        if nodeids is not None:
            ids = list(dict.fromkeys(nodeids))
            files = list(dict.fromkeys(n.split("::", 1)[0] for n in ids))
            files = [f for f in files if f and (tree / f).exists()]
            if not files:
                result.skipped_run = "none of the requested tests exists in this tree"
                return result
            (tmp / "select.txt").write_text("".join(n + "\n" for n in ids), encoding="utf-8")
            env[ENV_SELECT] = str(tmp / "select.txt")
            args += files
            args += targeted_args(extra_args)
        else:
            args += list(extra_args)
        if shard is not None:
            env[ENV_SHARD] = f"{shard[0]}/{shard[1]}"
            if durations:
                (tmp / "durations.json").write_text(json.dumps(durations), encoding="utf-8")
                env[ENV_DURATIONS] = str(tmp / "durations.json")
        result.command = args
        reader = _LogReader(log, result, on_event)
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            return result
        try:
            with open(out_path, "wb") as out:
                proc = subprocess.Popen(args, cwd=str(tree), env=env, stdin=subprocess.DEVNULL, stdout=out,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        except OSError as exc:
            result.output = f"cannot start {python}: {exc}"
            result.duration = time.perf_counter() - started
            return result
        from ..lifetime import watch_group

        watchdog = None
        try:  # from here on, whatever happens (Ctrl-C included) kills the group
            with _active_lock:
                _active[proc.pid] = proc
            watchdog = watch_group(proc.pid)  # the group dies with changeproof, even if changeproof is SIGKILLed
            if nice and hasattr(os, "setpriority"):
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, proc.pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + nice))
            deadline = None if not timeout_total else time.monotonic() + timeout_total
            while True:
                try:
                    proc.wait(timeout=0.1)
                except subprocess.TimeoutExpired:
                    pass
                reader.poll()
                if proc.returncode is not None:
                    break
                if deadline is not None and time.monotonic() > deadline:
                    result.timed_out = True
                    _kill_group(proc)
                    break
                if cancel is not None and cancel.is_set():
                    result.cancelled = True
                    _kill_group(proc, grace=0.5)
                    break
        except BaseException:
            _kill_group(proc, grace=0.5)
            raise
        finally:
            _reap_group(proc)
            if watchdog is not None:  # the group is gone: its guard is no longer needed
                with contextlib.suppress(OSError):
                    watchdog.kill()
                    watchdog.wait()
            with _active_lock:
                _active.pop(proc.pid, None)
        reader.poll(final=True)
        result.exit_code = None if result.timed_out or result.cancelled else proc.returncode
        with contextlib.suppress(OSError):
            data = out_path.read_bytes()
            result.output = "\n".join(data[-20000:].decode("utf-8", "replace").splitlines()[-40:])
    reader.finish()
    result.duration = time.perf_counter() - started
    return result


class _LogReader:
    """Reads the plugin's JSON lines as they are appended and folds them into a RunResult."""

    def __init__(self, path: Path, result: RunResult, on_event: Callable[[dict[str, Any]], None] | None):
        self.path = path
        self.result = result
        self.on_event = on_event
        self.pos = 0
        self.buf = b""
        self.seen: set[str] = set()
        self.selected: set[str] = set()
        self.pending: dict[str, TestOutcome] = {}  # setup passed, call not reported yet

    def poll(self, final: bool = False) -> None:
        try:
            with open(self.path, "rb") as f:
                f.seek(self.pos)
                chunk = f.read()
        except OSError:
            return
        self.pos += len(chunk)
        self.buf += chunk
        *lines, self.buf = self.buf.split(b"\n")
        if final:
            self.buf = b""  # a torn last line (the process was killed mid-write) is dropped
        for raw in lines:
            if not raw.strip():
                continue
            try:
                ev = json.loads(raw)
            except ValueError:
                continue
            if isinstance(ev, dict):
                self.feed(ev)

    def feed(self, ev: dict[str, Any]) -> None:
        r = self.result
        kind = ev.get("event")
        if kind == "session":
            r.started = True
            r.pytest_version = ev.get("pytest")
        elif kind == "collected":
            nid = str(ev.get("nodeid"))
            if nid in self.seen:
                return  # every xdist worker writes its own copy
            self.seen.add(nid)
            r.all_collected.append(nid)
            r.locations[nid] = (ev.get("path"), ev.get("line"))
            if ev.get("selected", True):
                r.collected.append(nid)
        elif kind == "collectfinish":
            r.collection_done = True
        elif kind == "collecterror":
            r.collection_errors[str(ev.get("nodeid"))] = ev.get("message")
        elif kind == "start":
            r.running = ev.get("nodeid")
        elif kind == "report":
            self._report(ev)
        elif kind == "imports":
            r.imports = ev.get("modules") or {}
        elif kind == "shard":
            r.shard, r.shard_plan, r.shard_basis = ev.get("shard"), ev.get("plan"), ev.get("basis")
        elif kind == "internalerror":
            r.internal_error = ev.get("message")
        elif kind == "finish":
            r.finished = True
            r.collection_done = True
            r.running = None
        if self.on_event is not None:
            with contextlib.suppress(Exception):
                self.on_event(ev)

    def _report(self, ev: dict[str, Any]) -> None:
        r = self.result
        nid = str(ev.get("nodeid"))
        when, outcome, wasxfail = ev.get("when"), ev.get("outcome"), bool(ev.get("wasxfail"))
        duration = float(ev.get("duration") or 0.0)
        msg = ev.get("message")
        path, line = r.locations.get(nid, (None, None))
        if when == "setup":
            if outcome == "passed":
                self.pending[nid] = TestOutcome("passed", "setup", duration, None, path, line)
            elif outcome == "failed":
                r.outcomes[nid] = TestOutcome("error", "setup", duration, msg, path, line)
            else:
                r.outcomes[nid] = TestOutcome("xfailed" if wasxfail else "skipped", "setup", duration, msg, path, line)
        elif when == "call":
            pending = self.pending.pop(nid, None)
            total = duration + (pending.duration if pending else 0.0)
            if outcome == "failed":
                r.outcomes[nid] = TestOutcome("failed", "call", total, msg, path, line)
            elif outcome == "skipped":
                r.outcomes[nid] = TestOutcome("xfailed" if wasxfail else "skipped", "call", total, msg, path, line)
            else:
                r.outcomes[nid] = TestOutcome("xpassed" if wasxfail else "passed", "call", total,
                                              msg if wasxfail else None, path, line)
        elif when == "teardown":
            if r.running == nid:
                r.running = None
            current = r.outcomes.get(nid)
            if current is None:
                return  # setup passed but no call report: the run stopped inside the test
            current.duration += duration
            if outcome == "failed" and current.outcome not in FAILING:
                current.outcome, current.phase, current.message = "error", "teardown", msg

    def finish(self) -> None:
        r = self.result
        if r.running is None and self.pending:
            r.running = next(iter(self.pending))
