"""Classifying test outcomes against base: was this failure there before, or did the change cause it?

The plan (cheap when nothing fails: one pytest run at head, plus a collection at base alongside it):

1. **Head**: the whole suite (or shard K of N) at head: in place when head is the working tree, otherwise in
   a copy of the head revision (``ctx.tree("head")``); the head's import roots first on ``PYTHONPATH``.
   At the same time, in another process: **collect** the base suite (``--collect-only``), or with
   ``base_tests="all"`` run the whole base suite (in parallel when there are two CPUs or more).
2. **Reruns**: every test failing at head (failed, or an error in setup/teardown) is run again at head up to
   ``reruns`` times (default 2); passing once makes it **flaky** (``test-flaky``, risk).
3. **Base**: for each test still failing, its node id at base (a renamed test file is followed through git's
   rename detection) is looked up in the base collection. Absent: a **new failing test**
   (``test-new-failing``, breaking). Present: its base outcome comes from the cache, from the full base run,
   or from a run at base of just those ids. Passed at base: a **regression** (``test-regression``,
   breaking). Failed at base too (or xfailed there): **pre-existing** (``test-failing-at-base``, info,
   ``preexisting=True``: listed, never held against the change). Skipped at base: new failing (it did not
   run at base; the change made it run, and it fails).
4. **Removed**: tests collected at base whose node id (after renames) is not collected at head
   (``test-removed``, risk: the evidence they gave is lost). Tests of a file that fails to collect at head
   are not "removed": the collection error is the finding.
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

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Skip
from ..model import Finding, Problem
from . import TestOptions, rules
from .cache import TestCache, environment_fingerprint, project_id, pycache_dir, tree_id
from .progress import TestProgress
from .run import FAILING, RunResult, TestOutcome, run_pytest, targeted_args

if TYPE_CHECKING:  # pragma: no cover
    from ..checks.base import CheckContext

PLUGIN_VERSION = 1

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


class TestsEngine:
    """One `check --tests` run over a CheckContext: runs, classification, the JSON section, the findings."""

    __test__ = False

    def __init__(self, ctx: CheckContext, check_cls):
        self.ctx = ctx
        self.check_cls = check_cls
        self.opts = TestOptions.from_dict(ctx.test_options)
        self.renames = {c.path: c.old_path for c in ctx.changes if c.status == "renamed" and c.old_path}
        self.cancel = threading.Event()
        self.base_outcomes: dict[str, TestOutcome] = {}  # base node id -> outcome (from any base run or the cache)
        self.reruns: dict[str, list[str]] = {}
        self.base_isolated: bool | None = None
        self.base_isolation_detail: str | None = None
        self.base_run_failed: str | None = None
        self.summary = ""
        self.result: dict[str, Any] | None = None  # the report's `tests` section, once the run is done
        self.in_place: set[Path] = set()  # trees that are the user's own directories, not temporary copies
        self.pycache: Path | None = None
        self.project: str | None = None

    # -- helpers -------------------------------------------------------------------------------------------
    def _problem(self, what: str, message: str, side: str | None) -> None:
        # the runner keeps one problem per (path, side): each kind of trouble gets its own path
        self.ctx.problems.append(Problem(path=f"(tests {what})", message=message, side=side))

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
                    base_first = base_future.result() if base_future is not None else None
                    fingerprint = fp_future.result() if fp_future is not None else None
                    if not head.started:
                        msg = f"the tests did not run at head with {o.python}: {head.problem}"
                        self._problem("run", msg, "head")
                        raise Skip(msg + " (pass --python with an interpreter that has pytest and the project's dependencies)")
                    self._check_isolation(head, head_tree, "head")
                    self._check_isolation(base_first, base_tree, "base")
                    if head.problem:
                        self._problem("run", f"test run at head: {head.problem}", "head")
                    if base_first is not None and base_first.problem:
                        self.base_run_failed = f"test {'run' if parallel_all else 'collection'} at base: {base_first.problem}"
                        self._problem("base", self.base_run_failed, "base")
                    if parallel_all and base_first is not None and not base_first.problem:
                        self._record_base(base_first, cache, base_tid, fingerprint)
                    flaky = self._reruns(head, head_tree, head_roots, head_tops, progress)
                    if base_all and not parallel_all and base_tree is not None and self.base_isolated is not False:
                        base_first = self._base_all_sequential(head, base_first, base_tree, base_roots, base_tops,
                                                               cache, base_tid, fingerprint, progress)
                    cls = self._classify(head, base_first, flaky, base_tree, base_roots, base_tops, cache, base_tid,
                                         fingerprint, base_all)
                except BaseException:
                    self.cancel.set()  # the run still going in the other thread is killed, and nothing new starts
                    raise
            self._store_head(head, cls, cache, head_tid, fingerprint)
        finally:
            cache.close()
        result = self._result(head, cls, time.perf_counter() - started)
        self.result = result
        self.summary = result["summary"]
        return self._findings(head, base_first, cls)

    # -- reruns ----------------------------------------------------------------------------------------------
    def _reruns(self, head: RunResult, tree: Path, roots: list[str], tops: list[str], progress) -> list[str]:
        still = head.failing()
        flaky: list[str] = []
        for i in range(self.opts.reruns):
            if not still:
                break
            rr = self._run(tree, roots, tops, nodeids=still, on_event=progress.task(f"rerun {i + 1}"))
            if rr.problem:
                self._problem("reruns", f"rerun {i + 1} at head: {rr.problem}", "head")
            left = []
            for nid in still:
                oc = rr.outcomes.get(nid)
                self.reruns.setdefault(nid, []).append(oc.outcome if oc else "not run")
                if oc is not None and oc.outcome in ("passed", "xpassed"):
                    flaky.append(nid)
                else:
                    left.append(nid)
            still = left
        return flaky

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
        for nid, data in cache.get(tid, fingerprint, wanted).items():
            try:
                self.base_outcomes[nid] = TestOutcome.from_json(data)
            except (KeyError, TypeError, ValueError):
                continue
        wanted = [i for i in wanted if i not in self.base_outcomes]
        if not wanted:
            return
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
            ids = [b for b in (_base_id(h, self.renames) for h in head.collected) if b in present]
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

    # -- classification ----------------------------------------------------------------------------------------
    def _classify(self, head: RunResult, base_first: RunResult | None, flaky: list[str], base_tree: Path | None,
                  base_roots: list[str], base_tops: list[str], cache: TestCache, tid: str | None,
                  fingerprint: str | None, base_all: bool) -> Classified:
        c = Classified(flaky=list(flaky))
        base_known = base_first is not None and base_first.collection_done and base_first.started
        base_ids = set(base_first.all_collected) if base_known else set()
        base_errors = dict(base_first.collection_errors) if base_known else {}
        isolated = self.base_isolated is not False
        unknown_reason = (self.base_isolation_detail and f"base not isolated: {self.base_isolation_detail}") \
            or self.base_run_failed or "the base suite could not be collected"

        failing = [n for n in head.failing() if n not in flaky]
        need_base: list[str] = []
        for nid in failing:
            b = _base_id(nid, self.renames)
            if not base_known:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = unknown_reason
            elif b not in base_ids:
                c.new.append(nid)
            elif not isolated:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = unknown_reason
            else:
                need_base.append(nid)
        if need_base and base_tree is not None:
            self._base_outcomes_for([_base_id(n, self.renames) for n in need_base], base_tree, base_roots, base_tops,
                                    cache, tid, fingerprint)
        # a base run may just have found out that the base is not isolated, or failed
        isolated = self.base_isolated is not False
        unknown_reason = (self.base_isolation_detail and f"base not isolated: {self.base_isolation_detail}") \
            or self.base_run_failed or "the base suite could not be collected"
        for nid in need_base:
            bo = self.base_outcomes.get(_base_id(nid, self.renames))
            if not isolated:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = f"base not isolated: {self.base_isolation_detail}"
            elif bo is None:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = self.base_run_failed or "it did not run at base"
            elif bo.outcome in ("passed", "xpassed"):
                c.regressions.append(nid)
            elif bo.outcome in ("failed", "error", "xfailed"):
                c.preexisting.append(nid)
            else:  # skipped at base: it did not run there; the change made it run, and it fails
                c.new.append(nid)

        # files that fail to collect at head
        for nid in head.collection_errors:
            b = _base_id(nid, self.renames)
            if not base_known:
                c.base_unknown.append(nid)
                c.why_unknown[nid] = unknown_reason
            elif b in base_errors:
                if isolated:
                    c.preexisting.append(nid)
                else:
                    c.base_unknown.append(nid)
                    c.why_unknown[nid] = unknown_reason
            elif any(i == b or i.startswith((b.rstrip("/") + "/", b + "::")) for i in base_ids):
                if isolated:
                    c.regressions.append(nid)
                else:
                    c.base_unknown.append(nid)
                    c.why_unknown[nid] = unknown_reason
            else:
                c.new.append(nid)

        # removed: collected at base, not at head (following renames); not the tests of a file that fails to collect
        if base_known and head.collection_done:
            at_head = {_base_id(h, self.renames) for h in head.all_collected}
            broken = [_base_id(e, self.renames) for e in head.collection_errors]
            c.removed = [b for b in base_first.all_collected
                         if b not in at_head and not any(b == e or b.startswith((e + "::", e.rstrip("/") + "/")) for e in broken)]
        else:
            c.removed = None

        # fixed and skipped now: only knowable with the whole base suite run, and a trustworthy base
        if base_all and self.base_isolated is True and not self.base_run_failed and self.base_outcomes:
            c.fixed, c.skipped_now = [], []
            for nid, oc in head.outcomes.items():
                bo = self.base_outcomes.get(_base_id(nid, self.renames))
                if bo is None:
                    continue
                if oc.outcome == "passed" and bo.outcome in FAILING:
                    c.fixed.append(nid)
                elif oc.outcome == "skipped" and bo.outcome == "passed":
                    c.skipped_now.append(nid)
        return c

    def _store_head(self, head: RunResult, c: Classified, cache: TestCache, tid: str | None, fingerprint: str | None) -> None:
        cache.put_durations(self.project, {n: o.duration for n, o in head.outcomes.items()})
        if tid and fingerprint and not head.problem:
            flaky = set(c.flaky)
            cache.put(tid, fingerprint, {n: o.to_json() for n, o in head.outcomes.items() if n not in flaky})

    # -- the report ---------------------------------------------------------------------------------------------
    def _result(self, head: RunResult, c: Classified, duration: float) -> dict[str, Any]:
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
            details[nid] = self._detail(nid, oc, of.get(nid))
        for nid, msg in head.collection_errors.items():
            path = nid.split("::", 1)[0]
            details[nid] = self._detail(nid, TestOutcome("error", "collect", 0.0, msg, path, None), of.get(nid))
        result = {
            "head": h,
            "regressions": sorted(c.regressions),
            "fixed": sorted(c.fixed) if c.fixed is not None else None,
            "preexisting_failures": sorted(c.preexisting),
            "flaky": sorted(c.flaky),
            "new": sorted(c.new),
            "removed": sorted(c.removed) if c.removed is not None else None,
            "skipped_now": sorted(c.skipped_now) if c.skipped_now is not None else None,
            "base_unknown": sorted(c.base_unknown),
            "details": details,
            "pass_rate": round(h["passed"] / ran, 4) if ran else None,
            "pass_rate_meaning": PASS_RATE_MEANING,
            "base_isolated": self.base_isolated,
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

    def _detail(self, nid: str, oc: TestOutcome, cls: str | None) -> dict[str, Any]:
        b = _base_id(nid, self.renames)
        bo = self.base_outcomes.get(b)
        if bo is not None:
            base_outcome: str | None = bo.outcome
        elif cls == "new" and nid not in self.base_outcomes:
            base_outcome = "absent"
        else:
            base_outcome = None
        d = {"outcome": oc.outcome, "phase": oc.phase, "message": oc.message, "duration": round(oc.duration, 4),
             "path": oc.path, "line": oc.line, "base_outcome": base_outcome, "reruns": list(self.reruns.get(nid, []))}
        if cls:
            d["classification"] = cls
        if b != nid:
            d["base_nodeid"] = b
        return d

    def _findings(self, head: RunResult, base_first: RunResult | None, c: Classified) -> list[Finding]:
        out: list[Finding] = []

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

        for nid in c.regressions:
            oc = head_outcome(nid)
            bo = self.base_outcomes.get(_base_id(nid, self.renames))
            at_base = "collected at base" if oc.phase == "collect" else f"{bo.outcome if bo else 'passed'} at base"
            runs = 1 + len(self.reruns.get(nid, []))
            every = f" ({runs} of {runs} runs)" if runs > 1 else ""
            out.append(rules.TEST_REGRESSION.finding( path=oc.path, line=oc.line, object=nid,
                               message=f"{at_base}, {what(oc)} at head{every}{msg(oc)}",
                               old=bo.outcome if bo else "collected", new=oc.outcome))
        for nid in c.new:
            oc = head_outcome(nid)
            bo = self.base_outcomes.get(_base_id(nid, self.renames))
            was = f"skipped at base ({bo.message})" if bo is not None and bo.outcome == "skipped" and bo.message else \
                ("skipped at base" if bo is not None else "not at base")
            out.append(rules.TEST_NEW_FAILING.finding( path=oc.path, line=oc.line, object=nid,
                               message=f"{was}, {what(oc)} at head{msg(oc)}", old=bo.outcome if bo else None,
                               new=oc.outcome))
        for nid in c.flaky:
            oc = head_outcome(nid)
            runs = self.reruns.get(nid, [])
            n = next((i + 1 for i, r in enumerate(runs) if r in ("passed", "xpassed")), len(runs))
            out.append(rules.TEST_FLAKY.finding( path=oc.path, line=oc.line, object=nid,
                               message=f"{what(oc)} at head, then passed on rerun {n} of {self.opts.reruns}{msg(oc)}",
                               old=None, new="flaky"))
        for nid in c.preexisting:
            oc = head_outcome(nid)
            bo = self.base_outcomes.get(_base_id(nid, self.renames))
            base_oc = bo.outcome if bo else "error"
            out.append(rules.TEST_FAILING_AT_BASE.finding( path=oc.path, line=oc.line, object=nid,
                               message=f"{what(oc)} at head and {'fails to collect' if oc.phase == 'collect' else base_oc} "
                                       f"at base too (pre-existing){msg(oc)}",
                               old=base_oc, new=oc.outcome, preexisting=True))
        for nid in c.base_unknown:
            oc = head_outcome(nid)
            out.append(rules.TEST_FAILING_BASE_UNKNOWN.finding( path=oc.path, line=oc.line, object=nid,
                               message=f"{what(oc)} at head; its outcome at base is unknown "
                                       f"({c.why_unknown.get(nid, 'not run')}){msg(oc)}", old=None, new=oc.outcome))
        for b in c.removed or []:
            path, line = base_first.locations.get(b, (None, None)) if base_first is not None else (None, None)
            gone_file = path is not None and path not in self.ctx.files("head") and path not in self.renames.values()
            why = "its file was deleted" if gone_file else "no test with this id at head"
            out.append(rules.TEST_REMOVED.finding( path=path, line=line, object=b,
                               message=f"collected at base, gone at head ({why}): the evidence it gave is lost",
                               old="collected", new=None))
        for nid in c.skipped_now or []:
            oc = head_outcome(nid)
            out.append(rules.TEST_SKIPPED_NOW.finding( path=oc.path, line=oc.line, object=nid,
                               message=f"passed at base, skipped at head{msg(oc)}", old="passed", new="skipped"))
        return out


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
