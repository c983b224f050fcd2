"""changeproof's pytest plugin: a report-log style JSON-lines stream of what a test session did.

Loaded with ``-p changeproof_reportlog``, its directory on ``PYTHONPATH``; it imports only the standard
library and pytest, so it works in any environment that has pytest, whether or not changeproof is installed
there. It does nothing unless ``CHANGEPROOF_REPORTLOG`` names the file to append to. One JSON object a line:

* ``{"event": "session", "pytest": VERSION, "rootdir": ...}`` when the session starts;
* ``{"event": "collected", "nodeid", "path", "line", "selected"}`` for every item left after the user's own
  filters (``-k``, ``-m``, ``--deselect``); ``selected`` is false for items this plugin deselected (another
  shard's, or not in ``CHANGEPROOF_SELECT``). ``path`` is relative to the rootdir, ``line`` is 1-based;
* ``{"event": "collectfinish", "count": N}`` (selected items);
* ``{"event": "collecterror", "nodeid", "message"}`` for a file or directory that failed to collect;
* ``{"event": "start", "nodeid"}`` when a test starts;
* ``{"event": "report", "nodeid", "when", "outcome", "duration", "message", "wasxfail"}`` per phase
  (setup / call / teardown); ``message`` is the first line of the failure (the crash message), the skip
  reason, or null;
* ``{"event": "imports", "modules": {name: {"file": ..., "error": ...}}}`` at the end whenever
  ``CHANGEPROOF_IMPORT_CHECK`` is set (comma-separated names, possibly none): where each was imported from in
  this session (imported now if no test did), so the caller can tell whether the code under test came from
  the tree it meant;
* ``{"event": "shard", "shard": "K/N", "plan": DIGEST, "basis": "durations" | "node ids"}`` when sharding;
* ``{"event": "internalerror", "message"}`` on a pytest internal error;
* ``{"event": "finish", "exitstatus": N}``.

Lines are written with one ``write`` on a file opened ``O_APPEND``: pytest-xdist workers and their controller
may share the file. Under xdist the workers write the ``collected`` lines (each worker its own copy: readers
de-duplicate by node id) and the controller writes everything else.

A session with ``CHANGEPROOF_REPORTLOG`` set writes no report files of its own: pytest-cov is switched off
(``--no-cov``), and ``--junitxml``, ``--report-log``, ``--html``, ``--json-report``, ``--alluredir`` and
pytest-benchmark's saved results are dropped, so a project whose options ask for them leaves nothing in the tree
(the caller also points ``COVERAGE_FILE`` and Hypothesis's database at a temporary directory).

Other variables:

* ``CHANGEPROOF_TEST_TIMEOUT`` (seconds, > 0): each phase of each test (setup, call, teardown) may take that
  long; past it the phase fails with ``timeout after Xs``. Enforced with ``signal.setitimer`` / ``SIGALRM``,
  so it needs POSIX and pytest running tests in the main thread (as plain pytest and current pytest-xdist
  workers do); elsewhere it is not enforced and only the caller's timeout for the whole run applies. A suite
  that uses ``SIGALRM`` itself (pytest-timeout's signal method) should not be given this timeout.
* ``CHANGEPROOF_SELECT``: a file with one node id a line; every other item is deselected (unknown ids are
  ignored, so unlike node ids on the command line one missing id never makes pytest exit 4 and run nothing).
* ``CHANGEPROOF_PYCACHE``: set when bytecode should go to ``PYTHONPYCACHEPREFIX``; on a Python without
  ``sys.pycache_prefix`` no bytecode is written at all, so nothing lands in the tree.
* ``CHANGEPROOF_SHARD`` = ``K/N`` and ``CHANGEPROOF_DURATIONS`` (a JSON file ``{node id: seconds}``): keep
  only shard K of N, the items split by :func:`assign_shards`.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import threading

import pytest

ENV_LOG = "CHANGEPROOF_REPORTLOG"
ENV_TIMEOUT = "CHANGEPROOF_TEST_TIMEOUT"
ENV_SELECT = "CHANGEPROOF_SELECT"
ENV_SHARD = "CHANGEPROOF_SHARD"
ENV_DURATIONS = "CHANGEPROOF_DURATIONS"
ENV_IMPORTS = "CHANGEPROOF_IMPORT_CHECK"
ENV_PYCACHE = "CHANGEPROOF_PYCACHE"

_MAX_MESSAGE = 500

# changeproof asked for bytecode under PYTHONPYCACHEPREFIX, never in the tree: a Python that ignores the
# prefix (before 3.8) writes no bytecode at all (this module is imported before conftests and test modules)
if os.environ.get(ENV_PYCACHE) and not getattr(sys, "pycache_prefix", None):
    sys.dont_write_bytecode = True


def assign_shards(nodeids, durations, n):
    """Node id -> shard (1..n), deterministic: items sorted longest first (durations known from earlier
    runs; an unknown one counts as the mean of the known ones, or 1 s), each put into the shard with the
    least total so far (ties: the lower shard); equal durations are ordered by node id."""
    ids = sorted(set(nodeids))
    known = [float(durations[i]) for i in ids if i in durations]
    default = sum(known) / len(known) if known else 1.0
    weight = {i: float(durations.get(i, default)) for i in ids}
    totals = [0.0] * n
    out = {}
    for i in sorted(ids, key=lambda x: (-weight[x], x)):
        k = min(range(n), key=lambda b: (totals[b], b))
        totals[k] += weight[i]
        out[i] = k + 1
    return out


def _first_line(text):
    for line in str(text).splitlines():
        line = line.strip()
        if line:
            return line[:_MAX_MESSAGE]
    return None


def _collect_message(report):
    """A collection error's own line (``E   ModuleNotFoundError: ...``), not pytest's preamble naming the file."""
    text = str(report.longrepr or "")
    errors = [line[1:].strip() for line in text.splitlines() if line.startswith("E ") and line[1:].strip()]
    return errors[-1][:_MAX_MESSAGE] if errors else _message(report)


def _message(report):
    longrepr = report.longrepr
    if longrepr is None:
        return None
    if isinstance(longrepr, tuple) and len(longrepr) == 3:  # a skip: (path, line, reason)
        return _first_line(longrepr[2])
    crash = getattr(longrepr, "reprcrash", None)
    if crash is not None and getattr(crash, "message", None):
        return _first_line(crash.message)
    return _first_line(longrepr)


def _is_worker(config):
    return hasattr(config, "workerinput")


class _Timeout:
    """SIGALRM around one phase of a test (main thread, POSIX only)."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.usable = (seconds > 0 and hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM"))
        self._previous = None

    def _fire(self, signum, frame):
        pytest.fail(f"timeout after {self.seconds:g}s", pytrace=False)

    def arm(self):
        if not self.usable or threading.current_thread() is not threading.main_thread():
            return False
        self._previous = signal.signal(signal.SIGALRM, self._fire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return True

    def disarm(self):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._previous if self._previous is not None else signal.SIG_DFL)
        self._previous = None


class ReportLog:
    def __init__(self, config, path):
        self.config = config
        self.worker = _is_worker(config)
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.timeout = _Timeout(float(os.environ.get(ENV_TIMEOUT) or 0))
        self.select = None
        if os.environ.get(ENV_SELECT):
            with open(os.environ[ENV_SELECT], encoding="utf-8") as f:
                self.select = {line.rstrip("\n") for line in f if line.strip()}
        self.shard = None
        spec = os.environ.get(ENV_SHARD)
        if spec:
            k, _, n = spec.partition("/")
            self.shard = (int(k), int(n))
        self.durations = {}
        if os.environ.get(ENV_DURATIONS):
            try:
                with open(os.environ[ENV_DURATIONS], encoding="utf-8") as f:
                    self.durations = {str(k): float(v) for k, v in json.load(f).items()}
            except (OSError, ValueError, TypeError, AttributeError):
                self.durations = {}

    def write(self, data):
        line = json.dumps(data, separators=(",", ":"), default=str) + "\n"
        try:
            os.write(self.fd, line.encode("utf-8", "replace"))
        except OSError:
            pass

    def close(self):
        try:
            os.close(self.fd)
        except OSError:
            pass

    # -- session -------------------------------------------------------------------------------------
    def pytest_sessionstart(self, session):
        if not self.worker:
            self.write({"event": "session", "pytest": pytest.__version__, "rootdir": str(session.config.rootpath),
                        "python": sys.version.split()[0]})

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, session, config, items):
        keep = items
        if self.select is not None:
            keep = [it for it in keep if it.nodeid in self.select]
        if self.shard is not None:
            k, n = self.shard
            plan = assign_shards([it.nodeid for it in keep], self.durations, n)
            keep = [it for it in keep if plan[it.nodeid] == k]
            digest = hashlib.sha256(json.dumps(sorted(plan.items())).encode()).hexdigest()[:16]
            self.write({"event": "shard", "shard": f"{k}/{n}", "plan": digest,
                        "basis": "durations" if self.durations else "node ids"})
        kept = {id(it) for it in keep}
        for it in items:
            try:
                loc = it.location
                path = str(loc[0]).replace(os.sep, "/")
                line = loc[1] + 1 if isinstance(loc[1], int) else None
            except Exception:  # noqa: BLE001 - a plugin's odd item must not break the session
                path, line = None, None
            self.write({"event": "collected", "nodeid": it.nodeid, "path": path, "line": line,
                        "selected": id(it) in kept})
        if len(keep) != len(items):
            dropped = [it for it in items if id(it) not in kept]
            config.hook.pytest_deselected(items=dropped)
            items[:] = keep

    def pytest_collection_finish(self, session):
        if not self.worker:
            self.write({"event": "collectfinish", "count": len(session.items)})

    def pytest_collectreport(self, report):
        if report.failed and not self.worker:
            self.write({"event": "collecterror", "nodeid": report.nodeid, "message": _collect_message(report)})

    def pytest_runtest_logstart(self, nodeid, location):
        if not self.worker:
            self.write({"event": "start", "nodeid": nodeid})

    def pytest_runtest_logreport(self, report):
        if self.worker:
            return  # the controller writes what the workers report
        self.write({"event": "report", "nodeid": report.nodeid, "when": report.when, "outcome": report.outcome,
                    "duration": round(float(getattr(report, "duration", 0.0) or 0.0), 6),
                    "message": _message(report), "wasxfail": hasattr(report, "wasxfail")})

    def pytest_internalerror(self, excrepr, excinfo):
        self.write({"event": "internalerror", "message": _first_line(excrepr)})

    # -- the per-test timeout --------------------------------------------------------------------------
    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_setup(self, item):
        armed = self.timeout.arm()
        try:
            yield
        finally:
            if armed:
                self.timeout.disarm()

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_call(self, item):
        armed = self.timeout.arm()
        try:
            yield
        finally:
            if armed:
                self.timeout.disarm()

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_teardown(self, item, nextitem):
        armed = self.timeout.arm()
        try:
            yield
        finally:
            if armed:
                self.timeout.disarm()

    # -- the end -----------------------------------------------------------------------------------------
    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session, exitstatus):
        if self.worker:
            return
        names = [n.strip() for n in os.environ.get(ENV_IMPORTS, "").split(",") if n.strip()]
        if ENV_IMPORTS in os.environ:
            mods = {}
            for name in names:
                rec = {"file": None, "error": None}
                try:
                    module = sys.modules.get(name)
                    if module is None:
                        import importlib

                        module = importlib.import_module(name)
                    f = getattr(module, "__file__", None)
                    if not f:
                        f = next(iter(getattr(module, "__path__", None) or []), None)
                    rec["file"] = f
                except BaseException as exc:  # noqa: BLE001 - any failure is "could not tell", reported as such
                    rec["error"] = f"{type(exc).__name__}: {_first_line(exc) or ''}"
                mods[name] = rec
            self.write({"event": "imports", "modules": mods})
        self.write({"event": "finish", "exitstatus": int(exitstatus)})


# options of report-writing plugins whose output would land in the tree (or wherever the project's options say):
# a run by changeproof writes none of them (option dest -> the value that turns it off)
_OUTPUT_OPTIONS = {
    "xmlpath": None,  # --junitxml / --junit-xml (pytest's junitxml)
    "report_log": None,  # --report-log (pytest-reportlog)
    "htmlpath": None,  # --html (pytest-html)
    "json_report": False,  # --json-report (pytest-json-report)
    "allure_report_dir": None,  # --alluredir (allure-pytest)
    "benchmark_autosave": False,  # --benchmark-autosave (pytest-benchmark: .benchmarks/)
    "benchmark_save": None,  # --benchmark-save
    "benchmark_json": None,  # --benchmark-json
    "benchmark_histogram": None,  # --benchmark-histogram
    "no_cov": True,  # pytest-cov: --no-cov, whatever --cov / --cov-report the options give
}


@pytest.hookimpl(hookwrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    # pytest-cov decides whether to start coverage here, from the early namespace: --no-cov must be set first
    if os.environ.get(ENV_LOG):
        namespace = early_config.known_args_namespace
        if hasattr(namespace, "no_cov"):
            namespace.no_cov = True
    yield


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    path = os.environ.get(ENV_LOG)
    if path:
        for dest, off in _OUTPUT_OPTIONS.items():
            if hasattr(config.option, dest):
                setattr(config.option, dest, off)
    if path and not config.pluginmanager.has_plugin("changeproof-reportlog-instance"):
        config.pluginmanager.register(ReportLog(config, path), "changeproof-reportlog-instance")


def pytest_unconfigure(config):
    plugin = config.pluginmanager.get_plugin("changeproof-reportlog-instance")
    if plugin is not None:
        plugin.close()
        config.pluginmanager.unregister(plugin)
