"""Classifying test outcomes against base: was this failure there before, or did the change cause it?

The plan (cheap when nothing fails: one pytest run at head, plus a collection at base alongside it):

1. **Head**: the whole suite (or shard K of N) at head: in place when head is the working tree, otherwise in
   a copy of the head revision (``ctx.tree("head")``); the head's import roots first on ``PYTHONPATH``.
   At the same time, in another process: **collect** the base suite (``--collect-only``), or with
   ``base_tests="all"`` run the whole base suite (in parallel when there are two CPUs or more).
2. **Attempts**: every test failing at head (failed, or an error in setup/teardown) is attempted again, all of
   them in one pytest run per attempt, until its story is clear. Passing on any attempt at head makes it
   **flaky** (``test-flaky``, risk), never a regression. After two failing attempts its node id at base (a
   renamed test file is followed through git's rename detection, a renamed test function through
   :mod:`.matching`) is looked up in the base collection and its base outcome taken from the cache, the full
   base run, or a run at base of just those ids.
3. **Classes**: not at base (or skipped there): a **new failing test** (``test-new-failing``, breaking) once it
   failed ``reruns + 1`` attempts (the bound, 20 by default: see ``testing.DEFAULT_RERUNS``). Passed at base: a
   **regression** (``test-regression``, breaking) after the same bound. Failed at base too (or xfailed): both
   sides are attempted until it passes somewhere (flaky: intermittent at base is still flaky) or failed
   :data:`PREEXISTING_ATTEMPTS` times on each: **pre-existing** (``test-failing-at-base``, info,
   ``preexisting=True``: listed, never held against the change). A breaking class reached with fewer failing
   attempts than the bound (a rerun crashed or timed out) is reported as risk, and says so.
4. **Removed**: tests collected at base whose node id (after renames) is not collected at head
   (``test-removed``, risk: the evidence they gave is lost). Tests of a file that fails to collect at head
   are not "removed": the collection error is the finding. Nor are tests renamed in their file (same
   definition, new name: ``test-renamed``, info) or re-parametrised (same function, other parameter ids:
   ``test-reparametrised``, info, risk when fewer cases remain). A head run that did not complete (a crash,
   a timeout, no pytest) raises ``CannotRun``: it says nothing about which tests exist, so nothing is removed.
5. With ``base_tests="all"``: **fixed** tests (failed at base, pass at head; listed, no finding) and
   **skipped now** (passed at base, skipped at head: ``test-skipped-now``, risk). Without it both are
   ``None`` (unknown), never an empty list.

A file that fails to collect at head is one "test" with outcome ``error`` and phase ``collect``, its node id
the file's: pre-existing when the same file failed to collect at base, a regression when base collected tests
from it, new otherwise.

**Shards** (``shard=(K, N)``): the plugin splits the head suite (after the user's own ``-k``/``-m``) by node
id, longest first into the least-loaded shard, with durations the cache recorded for this project (its root
commit) when known, else by node id alone; ``shard_plan`` is a digest of the whole split. Every shard job
must compute the same split: give them the same cache (or none), and compare ``shard_plan`` when merging.
Removed tests are computed against the whole head collection, so every shard reports the same ones.

**Isolation.** Every run puts its own tree's import roots (``src/`` in a src layout, else the root) first on
``PYTHONPATH`` and reports, at the end of the session, where the project's top-level packages were imported
from (``sys.modules[name].__file__``, imported then if no test had). That is checked in the session that
produced the outcomes, so a ``conftest.py`` that edits ``sys.path`` is seen too. If any resolves outside the
base tree (an editable install of head, a copy in ``site-packages``), the base is **not isolated**: a Problem
says so (``base not isolated: pkg imports from X``), ``base_isolated`` is false, and nothing is called
pre-existing or a regression: every test still failing at head that exists at base is reported as
``test-failing-base-unknown`` (risk) and listed under ``base_unknown``; ``fixed`` and ``skipped_now`` are
``None``. The same check at head only adds a Problem (``head not isolated``). Failures whose base outcome is
unknown for another reason (base collection or run failed, timed out) are reported the same way.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CannotRun
from ..model import Finding, Problem
from . import TestOptions, rules
from .cache import TestCache, environment_fingerprint, project_id, pycache_dir, tree_id
from .matching import Matches, function_key, match_tests, split_id
from .progress import TestProgress
from .run import FAILING, RunResult, TestOutcome, run_pytest, targeted_args

if TYPE_CHECKING:  # pragma: no cover
    from ..checks.base import CheckContext

PLUGIN_VERSION = 1

# A test failing at head and at base is pre-existing after this many failing attempts on each side (or the bound,
# when smaller). Less evidence than a breaking call needs, on purpose: pre-existing (info) and flaky (risk) both say
# the failure was there before the change, and the common case, a test that fails in this environment whatever the
# code, would otherwise cost 2 x 20 runs on every check. A test failing half the time on both sides is read as
# pre-existing instead of flaky once in 2**6 = 64 runs; it is never read as a regression.
PREEXISTING_ATTEMPTS = 3

PASS_RATE_MEANING = ("passed / (passed + failed + errors) at head, from the first run (before reruns); skipped, "
                     "xfailed and xpassed tests are left out; errors are failures in setup or teardown and files that "
                     "failed to collect")


# -- the side's code -----------------------------------------------------------------------------------------

def import_roots(snapshot, packages: list[str] | None = None, exclude: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(import roots as path prefixes, e.g. ``["src/"]`` or ``[""]``; top-level package and module names) of
    the project in a snapshot, as the API engine's discovery finds them."""
    import fnmatch

    from ..configfiles import source_dirs
    from ..api.discover import discover

    files = snapshot.files()
    paths = [p for p in files if not any(fnmatch.fnmatchcase(p, g) for g in exclude)] if exclude else list(files)
    modules = discover(paths, packages, source_dirs(snapshot))
    roots: list[str] = []
    tops: set[str] = set()
    for m in modules.values():
        rel = m.name.replace(".", "/")
        stem = m.path.rsplit(".", 1)[0].removesuffix("/__init__")
        if stem == "__init__":
            continue
        if stem.endswith(rel):
            prefix = stem[: len(stem) - len(rel)]
            if prefix not in roots:
                roots.append(prefix)
        tops.add(m.name.split(".")[0])
    return sorted(roots) or [""], sorted(tops)


def isolation(run: RunResult | None, tree: Path) -> tuple[bool | None, str | None]:
    """Whether every project package the run imported came from ``tree`` (True), one did not (False, and
    which: ``pkg imports from /x/pkg/__init__.py``), or the run did not say (None)."""
    if run is None or run.imports is None:
        return None, None
    root = os.path.realpath(tree)
    for name, rec in sorted(run.imports.items()):
        f = (rec or {}).get("file")
        if not f:
            continue  # did not import at all: the tests fail the same way wherever the code is
        real = os.path.realpath(f)
        inside = real == root or real.startswith(root.rstrip(os.sep) + os.sep)
        if inside:
            parts = Path(os.path.relpath(real, root)).parts
            inside = not ({"site-packages", "dist-packages"} & set(parts))
        if not inside:
            return False, f"{name} imports from {f}"
    return True, None


def _cpus() -> int:
    """CPUs this process may use (the affinity mask in a container, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _base_id(nodeid: str, renames: dict[str, str]) -> str:
    """A head node id as it was at base, following a renamed test file."""
    path, sep, rest = nodeid.partition("::")
    if path in renames:
        return renames[path] + sep + rest
    return nodeid


# -- the engine ------------------------------------------------------------------------------------------------

@dataclass
class Classified:
    regressions: list[str] = field(default_factory=list)
    preexisting: list[str] = field(default_factory=list)
    flaky: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    base_unknown: list[str] = field(default_factory=list)
    removed: list[str] | None = field(default_factory=list)
    fixed: list[str] | None = None
    skipped_now: list[str] | None = None
    why_unknown: dict[str, str] = field(default_factory=dict)
    # breaking classes (regression, new) reached with fewer failing attempts than the bound: reported as risk
    short: set[str] = field(default_factory=set)
    flaky_at_base: set[str] = field(default_factory=set)  # failed on every attempt at head, intermittent at base
    matches: Matches = field(default_factory=Matches)


PASSING = ("passed", "xpassed")


def _fails(outcomes: list[str], side: str) -> int:
    bad = FAILING + (("xfailed",) if side == "base" else ())
    return sum(1 for o in outcomes if o in bad)


def _passes(outcomes: list[str]) -> int:
    return sum(1 for o in outcomes if o in PASSING)


def collection_fingerprint(run: RunResult) -> str | None:
    """A digest of what a run collected (node ids after the user's filters, and files that failed to collect),
    the same for every shard of one suite: shards of different collections must not be merged."""
    if not run.collection_done:
        return None
    items = sorted(run.all_collected) + sorted(f"!{e}" for e in run.collection_errors)
    return hashlib.sha256("\n".join(items).encode("utf-8", "surrogateescape")).hexdigest()[:16]


class TestsEngine:
    """One `check --tests` run over a CheckContext: runs, classification, the JSON section, the findings."""

    __test__ = False

    def __init__(self, ctx: CheckContext, check):
        self.ctx = ctx
        self.check = check
        self.opts = TestOptions.from_dict(ctx.test_options)
        self.renames = {c.path: c.old_path for c in ctx.changes if c.status == "renamed" and c.old_path}
        self.test_renames: dict[str, str] = {}  # head node id -> base node id of a renamed test function
        self.cancel = threading.Event()
        self.base_outcomes: dict[str, TestOutcome] = {}  # base node id -> outcome (from any base run or the cache)
        self.head_attempts: dict[str, list[str]] = {}  # head node id -> outcome of every attempt at head
        self.base_attempts: dict[str, list[str]] = {}  # head node id -> outcome of every attempt at base
        self.rounds = {"head": 0, "base": 0}  # reruns at head, runs at base for the failing tests
        self.base_isolated: bool | None = None
        self.base_isolation_detail: str | None = None
        self.base_run_failed: str | None = None
        self.outcome = ""  # one line for the report's table of checks
        self.result: dict[str, Any] | None = None  # the report's `tests` section, once the run is done
        self.in_place: set[Path] = set()  # trees that are the user's own directories, not temporary copies
        self.pycache: Path | None = None
        self.project: str | None = None

    @property
    def bound(self) -> int:
        """Attempts at head before a failure is called consistent (breaking when base passes or lacks the test)."""
        return self.opts.reruns + 1

    @property
    def half(self) -> int:
        """Failing attempts on each side before a failure at head and at base is called pre-existing."""
        return min(self.bound, PREEXISTING_ATTEMPTS)

    # -- helpers -------------------------------------------------------------------------------------------
    def _problem(self, what: str, message: str, side: str | None) -> None:
        # the runner keeps one problem per (path, side): each kind of trouble gets its own path
        self.ctx.problems.append(Problem(path=f"(tests {what})", message=message, side=side))

    def _bid(self, nodeid: str) -> str:
        """A head node id as it was at base: a renamed test function, or a test in a renamed file."""
        return self.test_renames.get(nodeid) or _base_id(nodeid, self.renames)

    def _run(self, tree: Path, roots: list[str], tops: list[str], **kw) -> RunResult:
        o = self.opts
        # bytecode is kept (outside the tree) only for a tree at a stable path: the working tree, a directory
        prefix = self.pycache if tree in self.in_place else None
        return run_pytest(tree, python=o.python, extra_args=o.extra_args, env_roots=[tree / r for r in roots],
                          timeout_total=o.run_timeout, timeout_test=o.test_timeout, seed=o.seed, import_check=tops,
                          cancel=self.cancel, pycache_prefix=prefix, **kw)

    def _check_isolation(self, run: RunResult | None, tree: Path | None, side: str) -> None:
        if run is None or tree is None:
            return
        ok, detail = isolation(run, tree)
        if side == "base":
            if ok is False and self.base_isolated is not False:
                self.base_isolated, self.base_isolation_detail = False, detail
                self._problem("isolation", f"base not isolated: {detail}, not from the base tree; no failure is called "
                              "pre-existing (failures at head that exist at base are reported as test-failing-base-unknown)",
                              "base")
            elif ok is True and self.base_isolated is None:
                self.base_isolated = True
        elif ok is False:
            self._problem("isolation", f"head not isolated: {detail}, not from the head tree; the outcomes at head may "
                          "not be the head's code", "head")

    def _not_run(self, head: RunResult) -> str:
        """Why the head run cannot be taken as the suite's outcome (for CannotRun): one line, with the fix."""
        python = self.opts.python
        if not head.started and "No module named pytest" in head.output:
            return (f"pytest is not installed for {python}: `pip install pytest` in that environment, or pass "
                    "--python with the project's interpreter")
        if not head.started:
            return (f"pytest did not run at head with {python} ({head.problem}): pass --python with an interpreter "
                    "that has pytest and the project's dependencies")
        shard = f" (shard {self.opts.shard[0]}/{self.opts.shard[1]})" if self.opts.shard else ""
        return (f"the test run at head did not complete ({head.problem}): its outcomes are no evidence, so no test is "
                f"called failing or removed; rerun it{shard}")

    # -- the run ---------------------------------------------------------------------------------------------
    def run(self) -> list[Finding]:
        ctx, o = self.ctx, self.opts
        started = time.perf_counter()
        head_tree = ctx.tree("head")
        head_roots, head_tops = import_roots(ctx.head, ctx.config.packages, ctx.config.exclude)
        base_roots, base_tops = import_roots(ctx.base, ctx.config.packages, ctx.config.exclude)
        base_tree: Path | None
        try:
            base_tree = ctx.tree("base")
        except Exception as exc:  # noqa: BLE001 - a base that cannot be written out is a problem, not a crash
            base_tree = None
            self.base_run_failed = f"the base revision could not be written out: {exc}"
            self._problem("base", self.base_run_failed, "base")
        cache = TestCache(enabled=o.cache)
        if cache.enabled:
            self.pycache = pycache_dir()
        for side, tree in (("head", head_tree), ("base", base_tree)):
            root = getattr(ctx.head if side == "head" else ctx.base, "root", None)
            if tree is not None and root is not None and Path(root) == tree:
                self.in_place.add(tree)
        try:
            head_tid = tree_id(ctx.repo, ctx.head.sha) if ctx.repo is not None and cache.enabled else None
            base_tid = tree_id(ctx.repo, ctx.base.sha) if ctx.repo is not None and cache.enabled else None
            self.project = project_id(ctx.repo) if cache.enabled else None
            durations = cache.durations(self.project) if o.shard else None
            base_all = o.base_tests == "all"
            parallel_all = base_all and o.shard is None and _cpus() >= 2
            fp_extra = (targeted_args(o.extra_args), o.test_timeout, PLUGIN_VERSION)
            with ThreadPoolExecutor(max_workers=2) as pool, TestProgress(o.show_progress()) as progress:
                try:
                    fp_future = (pool.submit(environment_fingerprint, o.python, fp_extra)
                                 if cache.enabled and (head_tid or base_tid) else None)
                    base_future = None
                    if base_tree is not None:
                        if parallel_all:
                            base_future = pool.submit(self._run, base_tree, base_roots, base_tops,
                                                      on_event=progress.task("base"))
                        else:
                            base_future = pool.submit(self._run, base_tree, base_roots, base_tops, collect_only=True,
                                                      nice=10)
                    head = self._run(head_tree, head_roots, head_tops, shard=o.shard, durations=durations,
                                     on_event=progress.task("head"))
                    if head.problem:
                        # a run that did not complete says nothing about which tests exist or fail: never
                        # "tests gone", never a verdict; the runner records the check as not run, with this line
                        raise CannotRun(self._not_run(head))
                    base_first = base_future.result() if base_future is not None else None
                    fingerprint = fp_future.result() if fp_future is not None else None
                    self._check_isolation(head, head_tree, "head")
                    self._check_isolation(base_first, base_tree, "base")
                    if base_first is not None and base_first.problem:
                        self.base_run_failed = f"test {'run' if parallel_all else 'collection'} at base: {base_first.problem}"
                        self._problem("base", self.base_run_failed, "base")
                    if parallel_all and base_first is not None and not base_first.problem:
                        self._record_base(base_first, cache, base_tid, fingerprint)
                    matches = self._match(head, base_first)
                    if base_all and not parallel_all and base_tree is not None and self.base_isolated is not False:
                        base_first = self._base_all_sequential(head, base_first, base_tree, base_roots, base_tops,
                                                               cache, base_tid, fingerprint, progress)
                    sides = {"head": (head_tree, head_roots, head_tops), "base": (base_tree, base_roots, base_tops)}
                    cls = self._classify(head, base_first, sides, cache, base_tid, fingerprint, base_all, progress,
                                         matches)
                except BaseException:
                    self.cancel.set()  # the run still going in the other thread is killed, and nothing new starts
                    raise
            self._store_head(head, cls, cache, head_tid, fingerprint)
        finally:
            cache.close()
        result = self._result(head, base_first, cls, time.perf_counter() - started)
        self.result = result
        self.outcome = result["summary"]
        self._facts(result)
        return self._findings(head, base_first, cls)

    # -- renamed and re-parametrised tests -----------------------------------------------------------------------
    def _base_known(self, base_first: RunResult | None) -> bool:
        return base_first is not None and base_first.collection_done and base_first.started

    def _match(self, head: RunResult, base_first: RunResult | None) -> Matches:
        if not (self._base_known(base_first) and head.collection_done):
            return Matches()
        assert base_first is not None
        gone = self._gone(head, base_first)
        ctx = self.ctx
        matches = match_tests(base_first.all_collected, head.all_collected, lambda h: _base_id(h, self.renames),
                              lambda p: ctx.text("base", p), lambda p: ctx.text("head", p), gone)
        self.test_renames = dict(matches.head_to_base)
        return matches

    def _gone(self, head: RunResult, base_first: RunResult) -> list[str]:
        """Base node ids with no counterpart at head (following renamed files and renamed test functions), not
        counting the tests of a file that fails to collect at head."""
        at_head = {self._bid(h) for h in head.all_collected}
        broken = [self._bid(e) for e in head.collection_errors]
        return [b for b in base_first.all_collected
                if b not in at_head and not any(b == e or b.startswith((e + "::", e.rstrip("/") + "/")) for e in broken)]

    # -- attempts ------------------------------------------------------------------------------------------------
    def _round(self, side: str, ids: list[str], tree: Path, roots: list[str], tops: list[str], progress) -> bool:
        """One more attempt on ``side`` of every test in ``ids`` (head node ids), in one pytest run. False when
        the run had a problem (no further attempts on that side)."""
        self.rounds[side] += 1
        n = self.rounds[side]
        if side == "head":
            run = self._run(tree, roots, tops, nodeids=ids, on_event=progress.task(f"attempt {n + 1}"))
            history, key = self.head_attempts, (lambda i: i)
        else:
            run = self._run(tree, roots, tops, nodeids=[self._bid(i) for i in ids],
                            on_event=progress.task(f"base attempt {n}"))
            self._check_isolation(run, tree, "base")
            history, key = self.base_attempts, self._bid
        for nid in ids:
            oc = run.outcomes.get(key(nid))
            history.setdefault(nid, []).append(oc.outcome if oc else "not run")
        if run.problem:
            what = f"attempt {n + 1} at head" if side == "head" else f"attempt {n} at base"
            self._problem("reruns" if side == "head" else "base attempts", f"{what}: {run.problem}", side)
            return False
        return True

    def _base_state(self, nid: str) -> str | None:
        outs = self.base_attempts.get(nid)
        if not outs:
            return None
        if outs[0] == "skipped":
            return "skipped"
        p, f = _passes(outs), _fails(outs, "base")
        return "mixed" if p and f else "passed" if p else "failed" if f else "none"

    def _classify(self, head: RunResult, base_first: RunResult | None, sides: dict, cache: TestCache, tid: str | None,
                  fingerprint: str | None, base_all: bool, progress, matches: Matches) -> Classified:
        """Every test failing at head, attempted again until its story is clear, then classified.

        A test is rerun at head until it passes (flaky) or has failed ``bound`` times (a regression when it passes
        at base, new when base lacks it). A test that also fails at base is attempted on each side until it passes
        somewhere (flaky) or has failed ``half`` times on each (pre-existing, :data:`PREEXISTING_ATTEMPTS`)."""
        c = Classified(matches=matches)
        bound, half = self.bound, self.half
        base_known = self._base_known(base_first)
        base_ids = set(base_first.all_collected) if base_known and base_first is not None else set()
        base_tree, base_roots, base_tops = sides["base"]

        def unknown_reason() -> str:
            return ((self.base_isolation_detail and f"base not isolated: {self.base_isolation_detail}")
                    or self.base_run_failed or "the base suite could not be collected")

        failing = head.failing()
        for nid in failing:
            self.head_attempts[nid] = [head.outcomes[nid].outcome]
        status: dict[str, str] = {}
        for nid in failing:
            if not base_known:
                status[nid] = "unknown"
            elif self._bid(nid) not in base_ids:
                status[nid] = "absent"
            elif self.base_isolated is False:
                status[nid] = "unknown"
            else:
                status[nid] = "present"
        asked: set[str] = set()
        live = {"head": True, "base": base_tree is not None}

        def head_passed(n: str) -> bool:
            return _passes(self.head_attempts[n]) > 0

        def head_needed(n: str) -> int:
            if head_passed(n):
                return 0
            if status[n] == "present":
                state = self._base_state(n)
                if state == "mixed":
                    return 0
                if state == "failed":
                    return half
            return bound

        def base_needed(n: str) -> int:
            if status[n] != "present" or head_passed(n) or self._base_state(n) != "failed":
                return 0
            return half

        def ask_base(ids: list[str]) -> None:
            asked.update(ids)
            if base_tree is None:
                return
            self._base_outcomes_for([self._bid(n) for n in ids], base_tree, base_roots, base_tops, cache, tid,
                                    fingerprint)
            for n in ids:
                bo = self.base_outcomes.get(self._bid(n))
                if bo is not None and self.base_isolated is not False:
                    self.base_attempts[n] = [bo.outcome]

        for _ in range(bound + half + 1):  # each pass makes at least one attempt; every need is bounded
            # the base outcome of a test that failed twice at head (once when there are no reruns)
            ask = [n for n in failing if status[n] == "present" and n not in asked and not head_passed(n)
                   and (_fails(self.head_attempts[n], "head") >= min(2, bound) or not live["head"])]
            if ask:
                ask_base(ask)
                if self.base_isolated is False:
                    for n in failing:
                        if status[n] == "present":
                            status[n] = "unknown"
            need_head = [n for n in failing if live["head"]
                         and _fails(self.head_attempts[n], "head") < head_needed(n)
                         and len(self.head_attempts[n]) < bound + half]
            need_base = [n for n in failing if live["base"]
                         and _fails(self.base_attempts.get(n, []), "base") < base_needed(n)
                         and len(self.base_attempts.get(n, [])) < half + bound]
            if not need_head and not need_base:
                if any(status[n] == "present" and n not in asked and not head_passed(n) for n in failing):
                    live["head"] = False  # the head side is done: ask base for what is left
                    continue
                break
            if need_head:
                live["head"] = self._round("head", need_head, *sides["head"], progress)
            if need_base and base_tree is not None:
                live["base"] = self._round("base", need_base, base_tree, base_roots, base_tops, progress)
                if self.base_isolated is False:
                    for n in failing:
                        if status[n] == "present":
                            status[n] = "unknown"

        for nid in failing:
            fails = _fails(self.head_attempts[nid], "head")
            if head_passed(nid):
                c.flaky.append(nid)
                continue
            st = status[nid]
            state = self._base_state(nid) if st == "present" else None
            if st == "absent" or state == "skipped":
                c.new.append(nid)
            elif st == "unknown":
                c.base_unknown.append(nid)
                c.why_unknown[nid] = unknown_reason()
            elif state == "mixed":
                c.flaky.append(nid)
                c.flaky_at_base.add(nid)
                continue
            elif state == "passed":
                c.regressions.append(nid)
            elif state == "failed":
                c.preexisting.append(nid)
                continue
            else:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = self.base_run_failed or "it did not run at base"
                continue
            if (nid in c.new or nid in c.regressions) and fails < bound:
                c.short.add(nid)

        # files that fail to collect at head
        base_errors = dict(base_first.collection_errors) if base_known and base_first is not None else {}
        isolated = self.base_isolated is not False
        for nid in head.collection_errors:
            b = self._bid(nid)
            if not base_known:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = unknown_reason()
            elif b in base_errors:
                if isolated:
                    c.preexisting.append(nid)
                else:
                    c.base_unknown.append(nid)
                    c.why_unknown[nid] = unknown_reason()
            elif any(i == b or i.startswith((b.rstrip("/") + "/", b + "::")) for i in base_ids):
                if isolated:
                    c.regressions.append(nid)
                else:
                    c.base_unknown.append(nid)
                    c.why_unknown[nid] = unknown_reason()
            else:
                c.new.append(nid)

        # removed: collected at base, not at head, and not renamed or re-parametrised
        if base_known and head.collection_done and base_first is not None:
            c.removed = [b for b in self._gone(head, base_first) if b not in matches.explained]
        else:
            c.removed = None

        # fixed and skipped now: only knowable with the whole base suite run, and a trustworthy base
        if base_all and self.base_isolated is True and not self.base_run_failed and self.base_outcomes:
            c.fixed, c.skipped_now = [], []
            for nid, oc in head.outcomes.items():
                bo = self.base_outcomes.get(self._bid(nid))
                if bo is None:
                    continue
                if oc.outcome == "passed" and bo.outcome in FAILING:
                    c.fixed.append(nid)
                elif oc.outcome == "skipped" and bo.outcome == "passed":
                    c.skipped_now.append(nid)
        return c

    # -- base ------------------------------------------------------------------------------------------------
    def _record_base(self, run: RunResult, cache: TestCache, tid: str | None, fingerprint: str | None) -> None:
        if self.base_isolated is False:
            return  # outcomes of some other code: neither shown as the base's nor cached
        self.base_outcomes.update(run.outcomes)
        for nid, msg in run.collection_errors.items():
            self.base_outcomes.setdefault(nid, TestOutcome("error", "collect", 0.0, msg, nid, None))
        if self.base_isolated and not run.problem:
            cache.put(tid, fingerprint, {n: o.to_json() for n, o in run.outcomes.items()})
        cache.put_durations(self.project, {n: o.duration for n, o in run.outcomes.items()})

    def _base_outcomes_for(self, ids: list[str], tree: Path, roots: list[str], tops: list[str], cache: TestCache,
                           tid: str | None, fingerprint: str | None) -> None:
        """Fill self.base_outcomes for base node ids: from the cache, else one run at base of just those."""
        wanted = [i for i in ids if i not in self.base_outcomes]
        if not wanted:
            return
        invalid = 0
        for nid, data in cache.get(tid, fingerprint, wanted).items():
            try:
                self.base_outcomes[nid] = TestOutcome.from_json(data)
            except (KeyError, TypeError, ValueError, AttributeError):
                invalid += 1  # a poisoned or corrupt row: a miss, run again below
        from ..sqlitedb import note_invalid

        note_invalid("test outcome", invalid)
        wanted = [i for i in wanted if i not in self.base_outcomes]
        if not wanted:
            return
        self.rounds["base"] += 1
        run = self._run(tree, roots, tops, nodeids=wanted)
        self._check_isolation(run, tree, "base")
        if run.problem:
            self.base_run_failed = f"test run at base: {run.problem}"
            self._problem("base", self.base_run_failed, "base")
        if self.base_isolated is False:
            return
        self.base_outcomes.update(run.outcomes)
        if not run.problem:
            cache.put(tid, fingerprint, {n: run.outcomes[n].to_json() for n in wanted if n in run.outcomes})
        cache.put_durations(self.project, {n: o.duration for n, o in run.outcomes.items()})

    def _base_all_sequential(self, head: RunResult, base_first: RunResult | None, tree: Path, roots: list[str],
                             tops: list[str], cache: TestCache, tid: str | None, fingerprint: str | None,
                             progress) -> RunResult | None:
        """``base_tests="all"`` without the parallel run: the whole base suite (or, for a shard, the base ids of
        this shard's head tests), after the head run."""
        if self.opts.shard is not None:
            if base_first is None or not base_first.collection_done:
                return base_first
            present = set(base_first.all_collected)
            ids = [b for b in (self._bid(h) for h in head.collected) if b in present]
            self._base_outcomes_for(ids, tree, roots, tops, cache, tid, fingerprint)
            return base_first
        run = self._run(tree, roots, tops, on_event=progress.task("base"))
        self._check_isolation(run, tree, "base")
        if run.problem:
            self.base_run_failed = f"test run at base: {run.problem}"
            self._problem("base", self.base_run_failed, "base")
            return run if run.collection_done else base_first
        self._record_base(run, cache, tid, fingerprint)
        return run

    def _store_head(self, head: RunResult, c: Classified, cache: TestCache, tid: str | None, fingerprint: str | None) -> None:
        cache.put_durations(self.project, {n: o.duration for n, o in head.outcomes.items()})
        if tid and fingerprint and not head.problem:
            flaky = set(c.flaky)
            cache.put(tid, fingerprint, {n: o.to_json() for n, o in head.outcomes.items() if n not in flaky})

    # -- the report ---------------------------------------------------------------------------------------------
    def _attempts_json(self) -> dict[str, Any]:
        heads = [len(v) for v in self.head_attempts.values()]
        bases = [len(v) for v in self.base_attempts.values()]
        return {"bound": self.bound, "preexisting_bound": self.half, "head_reruns": self.rounds["head"],
                "base_runs": self.rounds["base"], "most_at_head": max(heads, default=0), "most_at_base": max(bases, default=0)}

    def _result(self, head: RunResult, base_first: RunResult | None, c: Classified, duration: float) -> dict[str, Any]:
        counts = head.counts()
        errors = counts["error"] + len(head.collection_errors)
        h = {"passed": counts["passed"], "failed": counts["failed"], "errors": errors, "skipped": counts["skipped"],
             "xfailed": counts["xfailed"], "xpassed": counts["xpassed"], "collected": len(head.collected)}
        if head.collection_errors:
            h["collection_errors"] = len(head.collection_errors)
        not_run = len(head.collected) - len(head.outcomes)
        if not_run > 0:
            h["not_run"] = not_run
        ran = h["passed"] + h["failed"] + h["errors"]
        classes = {"regression": c.regressions, "preexisting": c.preexisting, "flaky": c.flaky, "new": c.new,
                   "base_unknown": c.base_unknown, "fixed": c.fixed or [], "skipped_now": c.skipped_now or []}
        of: dict[str, str] = {n: k for k, ids in classes.items() for n in ids}
        details: dict[str, dict[str, Any]] = {}
        for nid, oc in head.outcomes.items():
            if oc.outcome == "passed" and nid not in of:
                continue  # passing tests are counted, not listed
            details[nid] = self._detail(nid, oc, of.get(nid), c)
        for nid, msg in head.collection_errors.items():
            path = nid.split("::", 1)[0]
            details[nid] = self._detail(nid, TestOutcome("error", "collect", 0.0, msg, path, None), of.get(nid), c)
        result = {
            "head": h,
            "regressions": sorted(c.regressions),
            "fixed": sorted(c.fixed) if c.fixed is not None else None,
            "preexisting_failures": sorted(c.preexisting),
            "flaky": sorted(c.flaky),
            "new": sorted(c.new),
            "removed": sorted(c.removed) if c.removed is not None else None,
            "renamed": c.matches.renamed,
            "reparametrised": c.matches.reparametrised,
            "skipped_now": sorted(c.skipped_now) if c.skipped_now is not None else None,
            "base_unknown": sorted(c.base_unknown),
            "details": details,
            "attempts": self._attempts_json(),
            "pass_rate": round(h["passed"] / ran, 4) if ran else None,
            "pass_rate_meaning": PASS_RATE_MEANING,
            "base_isolated": self.base_isolated,
            "base_collected": len(base_first.all_collected) if self._base_known(base_first) and base_first else None,
            "base": self._base_counts(base_first, c),
            "collection_fingerprint": collection_fingerprint(head),
            "exit_status": head.exit_code,
            "shard": f"{self.opts.shard[0]}/{self.opts.shard[1]}" if self.opts.shard else None,
            "duration": round(duration, 3),
            "summary": "",
        }
        if self.opts.shard:
            result["shard_plan"] = head.shard_plan
            result["shard_basis"] = head.shard_basis
        result["summary"] = summary_line(result, head)
        return result

    def _base_counts(self, base_first: RunResult | None, c: Classified) -> dict[str, int | None]:
        """Counts at base: collected from the base collection; outcomes only when the whole base suite ran."""
        base: dict[str, int | None] = {"collected": None, "passed": None, "failed": None, "errors": None, "skipped": None}
        if self._base_known(base_first) and base_first is not None:
            base["collected"] = len(base_first.all_collected)
            if c.fixed is not None and base_first.outcomes:
                counts = base_first.counts()
                base.update(passed=counts["passed"], failed=counts["failed"],
                            errors=counts["error"] + len(base_first.collection_errors), skipped=counts["skipped"])
        return base

    def _detail(self, nid: str, oc: TestOutcome, cls: str | None, c: Classified) -> dict[str, Any]:
        b = self._bid(nid)
        bo = self.base_outcomes.get(b)
        if bo is not None:
            base_outcome: str | None = bo.outcome
        elif cls == "new" and nid not in self.base_outcomes:
            base_outcome = "absent"
        else:
            base_outcome = None
        head_attempts = self.head_attempts.get(nid, [oc.outcome])
        d = {"outcome": oc.outcome, "phase": oc.phase, "message": oc.message, "duration": round(oc.duration, 4),
             "path": oc.path, "line": oc.line, "base_outcome": base_outcome, "reruns": list(head_attempts[1:]),
             "attempts": {"head": list(head_attempts), "base": list(self.base_attempts.get(nid, []))}}
        if cls:
            d["classification"] = cls
        if nid in c.short:
            d["attempts_short"] = True
        if b != nid:
            d["base_nodeid"] = b
        return d

    def _facts(self, result: dict[str, Any]) -> None:
        for name, value, subject, detail in section_facts(result):
            self.check.fact(name, value, subject=subject, detail=detail)

    def _findings(self, head: RunResult, base_first: RunResult | None, c: Classified) -> list[Finding]:
        out: list[Finding] = []
        bound = self.bound

        def head_outcome(nid: str) -> TestOutcome:
            if nid in head.outcomes:
                return head.outcomes[nid]
            return TestOutcome("error", "collect", 0.0, head.collection_errors.get(nid), nid.split("::", 1)[0], None)

        def what(oc: TestOutcome) -> str:
            if oc.phase == "collect":
                return "fails to collect"
            return {"error": f"errors in {oc.phase}", "failed": "fails"}.get(oc.outcome, oc.outcome)

        def msg(oc: TestOutcome) -> str:
            return f": {oc.message}" if oc.message else ""

        def every(nid: str, side: str = "head") -> str:
            outs = (self.head_attempts if side == "head" else self.base_attempts).get(nid)
            if not outs:
                return ""
            n = len(outs)
            return f" on all {n} attempts" if n > 1 else " (1 attempt)"

        def short(nid: str) -> tuple[str | None, str]:
            if nid not in c.short:
                return None, ""
            n = _fails(self.head_attempts.get(nid, []), "head")
            return "risk", (f" (only {n} failing attempt{'s' if n != 1 else ''} could be made; {bound} rule out an "
                            "intermittent failure: not called breaking)")

        for nid in c.regressions:
            oc = head_outcome(nid)
            bo = self.base_outcomes.get(self._bid(nid))
            at_base = "collected at base" if oc.phase == "collect" else f"{bo.outcome if bo else 'passed'} at base"
            sev, why = short(nid)
            out.append(rules.TEST_REGRESSION.finding(path=oc.path, line=oc.line, object=nid, severity=sev,
                                                     message=f"{at_base}, {what(oc)} at head{every(nid)}{why}{msg(oc)}",
                                                     old=bo.outcome if bo else "collected", new=oc.outcome))
        for nid in c.new:
            oc = head_outcome(nid)
            bo = self.base_outcomes.get(self._bid(nid))
            was = f"skipped at base ({bo.message})" if bo is not None and bo.outcome == "skipped" and bo.message else \
                ("skipped at base" if bo is not None else "not at base")
            sev, why = short(nid)
            out.append(rules.TEST_NEW_FAILING.finding(path=oc.path, line=oc.line, object=nid, severity=sev,
                                                      message=f"{was}, {what(oc)} at head{every(nid)}{why}{msg(oc)}",
                                                      old=bo.outcome if bo else None, new=oc.outcome))
        for nid in c.flaky:
            oc = head_outcome(nid)
            hs = self.head_attempts.get(nid, [])
            if nid in c.flaky_at_base:
                bs = self.base_attempts.get(nid, [])
                k = next((i + 1 for i, r in enumerate(bs) if r in PASSING), len(bs))
                text = (f"{what(oc)} at head{every(nid)}; at base it failed, then passed on attempt {k} of {len(bs)}: "
                        f"intermittent, not a regression{msg(oc)}")
            else:
                k = next((i + 1 for i, r in enumerate(hs) if r in PASSING), len(hs))
                text = f"{what(oc)} at head, then passed on attempt {k} of {len(hs)} (bound {bound}){msg(oc)}"
            out.append(rules.TEST_FLAKY.finding(path=oc.path, line=oc.line, object=nid, message=text, old=None,
                                                new="flaky"))
        for nid in c.preexisting:
            oc = head_outcome(nid)
            bo = self.base_outcomes.get(self._bid(nid))
            base_oc = bo.outcome if bo else "error"
            at_base = "fails to collect" if oc.phase == "collect" else base_oc
            out.append(rules.TEST_FAILING_AT_BASE.finding(
                path=oc.path, line=oc.line, object=nid,
                message=f"{what(oc)} at head{every(nid)} and {at_base} at base too{every(nid, 'base')} "
                        f"(pre-existing){msg(oc)}",
                old=base_oc, new=oc.outcome, preexisting=True))
        for nid in c.base_unknown:
            oc = head_outcome(nid)
            out.append(rules.TEST_FAILING_BASE_UNKNOWN.finding(
                path=oc.path, line=oc.line, object=nid,
                message=f"{what(oc)} at head{every(nid)}; its outcome at base is unknown "
                        f"({c.why_unknown.get(nid, 'not run')}){msg(oc)}", old=None, new=oc.outcome))
        for b in c.removed or []:
            path, line = base_first.locations.get(b, (None, None)) if base_first is not None else (None, None)
            gone_file = path is not None and path not in self.ctx.files("head") and path not in self.renames.values()
            why = "its file was deleted" if gone_file else "no test with this id at head"
            out.append(rules.TEST_REMOVED.finding(path=path, line=line, object=b,
                                                  message=f"collected at base, gone at head ({why}): the evidence it gave is lost",
                                                  old="collected", new=None))
        head_loc = {n: head.locations.get(n, (None, None)) for n in head.all_collected}
        for r in c.matches.renamed:
            first = next((h for h in head.all_collected if function_key(h) == r["head"]), None)
            path, line = head_loc.get(first, (None, None)) if first else (None, None)
            cases = f" ({r['cases']} cases)" if r["cases"] > 1 else ""
            out.append(rules.TEST_RENAMED.finding(path=path or split_id(r["head"])[0], line=line, object=r["base"],
                                                  message=f"renamed to {r['head']}{cases}: the same definition under a new "
                                                          "name, not a removed test",
                                                  old=r["base"], new=r["head"]))
        for r in c.matches.reparametrised:
            first = r["added"][0]
            path, line = head_loc.get(first, (None, None))
            fewer = r["head_cases"] < r["base_cases"]
            removed_ids = ", ".join(split_id(i)[2] or "(unparametrised)" for i in r["removed"][:5])
            more = f" and {len(r['removed']) - 5} more" if len(r["removed"]) > 5 else ""
            text = (f"parameters changed: {r['base_cases']} case(s) at base, {r['head_cases']} at head "
                    f"({len(r['removed'])} gone: {removed_ids}{more}; {len(r['added'])} new)")
            if fewer:
                text += ": fewer cases, some evidence is lost"
            out.append(rules.TEST_REPARAMETRISED.finding(path=path or split_id(first)[0], line=line, object=r["test"],
                                                         severity="risk" if fewer else None, message=text,
                                                         old=str(r["base_cases"]), new=str(r["head_cases"])))
        for nid in c.skipped_now or []:
            oc = head_outcome(nid)
            out.append(rules.TEST_SKIPPED_NOW.finding(path=oc.path, line=oc.line, object=nid,
                                                      message=f"passed at base, skipped at head{msg(oc)}", old="passed",
                                                      new="skipped"))
        return out


def section_facts(result: dict[str, Any]) -> list[tuple[str, Any, str | None, str | None]]:
    """The tests check's facts, ``(name, value, subject, detail)``, from its report section (a shard's, or merged
    shards'): documented in docs/report-format.md under Facts."""
    h = result.get("head") or {}
    attempts = result.get("attempts") or {}
    bound, half = attempts.get("bound"), attempts.get("preexisting_bound")
    removed = result.get("removed")
    base = result.get("base") or {"collected": result.get("base_collected")}
    return [
        ("outcomes", {k: h.get(k) for k in ("collected", "passed", "failed", "errors", "skipped")}, "head",
         "the first run at head (before reruns); errors include files that failed to collect"),
        ("outcomes", {k: base.get(k) for k in ("collected", "passed", "failed", "errors", "skipped")}, "base",
         "collected at base; outcomes only when the whole base suite ran (--base-tests all), else null"),
        ("attempts", attempts or None, None,
         f"a failure is consistent after {bound} failing attempts at head (pre-existing: {half} on each side); "
         "a pass on any attempt makes the test flaky" if bound else None),
        ("flaky", list(result.get("flaky") or []), None, None),
        ("regressions", list(result.get("regressions") or []), None, None),
        ("new-failing", list(result.get("new") or []), None, None),
        ("removed", list(removed) if removed is not None else None, None,
         "null when the base suite could not be collected"),
        ("renamed", [dict(r) for r in result.get("renamed") or []], None, None),
        ("reparametrised", [{k: r.get(k) for k in ("test", "head_test", "base_cases", "head_cases")}
                            for r in result.get("reparametrised") or []], None, None),
        ("collection-fingerprint", result.get("collection_fingerprint"), None,
         "sha256 (16 hex digits) of the node ids collected at head: the same in every shard of one suite"),
    ]


def summary_line(result: dict[str, Any], head: RunResult | None = None) -> str:
    """``54 collected: 53 passed, 1 failed (pre-existing at base); 0 regressions``."""
    h = result["head"]
    if head is not None and head.no_tests:
        text = "no tests collected at head (pytest exit status 5)"
    else:
        failing = h["failed"] + h["errors"]
        parts = [f"{h['passed']} passed"]
        if failing:
            kinds = [("pre-existing at base", len(result["preexisting_failures"])),
                     ("regression", len(result["regressions"])), ("flaky", len(result["flaky"])),
                     ("new", len(result["new"])), ("unknown at base", len(result.get("base_unknown") or []))]
            named = [(k, n) for k, n in kinds if n]
            if len(named) == 1 and named[0][1] == failing:
                why = named[0][0] if named[0][0] != "regression" else "regression"
                parts.append(f"{failing} failed ({why})")
            elif named:
                parts.append(f"{failing} failed (" + ", ".join(
                    f"{n} {k}{'s' if k == 'regression' and n != 1 else ''}" for k, n in named) + ")")
            else:
                parts.append(f"{failing} failed")
        for key, label in (("skipped", "skipped"), ("xfailed", "xfailed"), ("xpassed", "xpassed"), ("not_run", "not run")):
            if h.get(key):
                parts.append(f"{h[key]} {label}")
        text = f"{h['collected']} collected: " + ", ".join(parts)
    n = len(result["regressions"])
    text += f"; {n} regression{'s' if n != 1 else ''}"
    if result.get("new"):
        text += f", {len(result['new'])} new failing"
    if result.get("removed"):
        text += f", {len(result['removed'])} removed"
    if result.get("skipped_now"):
        text += f", {len(result['skipped_now'])} skipped now"
    if result.get("fixed"):
        text += f", {len(result['fixed'])} fixed"
    if result.get("shard"):
        text += f" (shard {result['shard']})"
    return text
