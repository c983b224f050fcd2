"""Tests as evidence: run the project's pytest suite at head, and tell every failure's story against base.

* :mod:`.run` runs pytest on one tree (changeproof's plugin writes what happened as JSON lines);
* :mod:`.engine` classifies: regression, pre-existing, flaky, new, removed, skipped now, fixed;
* :mod:`.cache` remembers outcomes per (git tree, node id, environment) so a base is not run twice;
* :mod:`.progress` draws the progress bar; :mod:`.merge` combines the reports of shards.

``CheckContext.test_options`` is read through :class:`TestOptions`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DEFAULT_RERUNS", "TestOptions"]

# A test failing at head is attempted again until it passes (flaky) or has failed 1 + DEFAULT_RERUNS times: only
# then is the failure consistent enough to be called breaking. The bound is arithmetic: a test that fails
# independently with probability p <= 1/2 on each attempt fails n attempts in a row with probability p**n <= 2**-n.
# With n = 20 that is below one in a million (9.5e-7) per test and run, so 20 runs of a suite with a handful of
# tests failing half the time flip no verdict (20 runs x 5 tests x 2**-20 < 1e-4); n = 10 would leave one flip in
# about 200 such series. It costs attempts only for tests that fail: a flaky one passes again after about
# 1 / (1 - p) attempts (2 at p = 1/2), a consistent failure takes all 20, all failing tests together in each run.
DEFAULT_RERUNS = 19


@dataclass
class TestOptions:
    """What `check --tests` was asked to do (``CheckContext.test_options``, a plain dict, read through this)."""

    __test__ = False

    python: str = field(default_factory=lambda: sys.executable)  # --python
    reruns: int = DEFAULT_RERUNS  # --reruns: further attempts at a test failing at head; passing once makes it flaky
    base_tests: str = "failing"  # --base-tests: "failing" (only what fails at head) or "all" (finds fixed tests)
    test_timeout: float | None = 300.0  # --test-timeout: seconds per test phase; None or 0 = no limit
    run_timeout: float | None = 3600.0  # --run-timeout: seconds per pytest run; None or 0 = no limit
    shard: tuple[int, int] | None = None  # --shard K/N
    extra_args: list[str] = field(default_factory=list)  # after `--`, given to pytest last
    progress: bool | None = None  # progress bar on stderr; None = when stderr is a terminal
    seed: int = 0  # PYTHONHASHSEED of every run
    cache: bool = True  # read and write the test outcome cache

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> TestOptions:
        data = dict(data or {})
        opts = cls()
        if data.get("python"):
            python = str(data["python"])
            # a path relative to where changeproof started (runs start in another directory); symlinks kept:
            # a virtualenv's python is a link, and resolving it would leave the virtualenv
            opts.python = os.path.abspath(python) if os.sep in python or (os.altsep and os.altsep in python) else python
        if data.get("reruns") is not None:
            opts.reruns = max(0, int(data["reruns"]))
        if data.get("base_tests") in ("failing", "all"):
            opts.base_tests = data["base_tests"]
        for name in ("test_timeout", "run_timeout"):
            if name in data:
                value = data[name]
                setattr(opts, name, float(value) if value else None)
        shard = data.get("shard")
        if shard:
            if isinstance(shard, str):
                k, _, n = shard.partition("/")
                shard = (int(k), int(n))
            k, n = int(shard[0]), int(shard[1])
            if not 1 <= k <= n:
                raise ValueError(f"shard {k}/{n} is not K/N with 1 <= K <= N")
            opts.shard = (k, n)
        opts.extra_args = [str(a) for a in data.get("extra_args") or []]
        if data.get("progress") is not None:
            opts.progress = bool(data["progress"])
        if data.get("seed") is not None:
            opts.seed = int(data["seed"])
        if data.get("cache") is not None:
            opts.cache = bool(data["cache"])
        return opts

    def show_progress(self) -> bool:
        if self.progress is not None:
            return self.progress
        return bool(getattr(sys.stderr, "isatty", lambda: False)())
