"""Summarising on several cores gives the summaries of one process, and survives a failing worker."""

from __future__ import annotations

from changeproof.api import parallel
from changeproof.api.summary import summarise


def _items(n: int) -> list[tuple[str, bytes, bool]]:
    items = []
    for i in range(n):
        body = f"from typing import Optional\n\n\nclass C{i}:\n    x: int = {i}\n\n    def m(self, a: Optional[str] = None) -> 'C{i}':\n        return self\n\n\ndef f{i}(a, *, b={i}):\n    pass\n"
        items.append((f"pkg/m{i}.py", (body * (1 + i % 3)).encode(), False))
    items.append(("pkg/__init__.py", b"__all__ = ['x']\nx = 1\n", True))
    items.append(("pkg/broken.py", b"def f(:\n", False))
    return items


def test_same_summaries_as_one_process(monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_JOBS", "2")
    items = _items(2 * parallel.MIN_FILES_PER_JOB + 5)
    assert parallel.plan_jobs(len(items), parallel.usable_cores()) == 2
    assert parallel.summarise_many(items) == [summarise(s, p, k) for p, s, k in items]


def test_a_failing_worker_has_its_share_parsed_here(monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_JOBS", "3")
    monkeypatch.setattr(parallel, "_BOOTSTRAP", "import sys; sys.stdin.buffer.read(); sys.exit(3)")
    items = _items(3 * parallel.MIN_FILES_PER_JOB)
    assert parallel.summarise_many(items) == [summarise(s, p, k) for p, s, k in items]


def test_a_worker_writing_garbage_is_ignored(monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_JOBS", "2")
    monkeypatch.setattr(parallel, "_BOOTSTRAP", "import sys; sys.stdin.buffer.read(); sys.stdout.write('no pickle')")
    items = _items(2 * parallel.MIN_FILES_PER_JOB)
    assert parallel.summarise_many(items) == [summarise(s, p, k) for p, s, k in items]


def test_one_job_below_the_threshold_or_with_one_core():
    assert parallel.plan_jobs(parallel.MIN_FILES_PER_JOB - 1, 8) == 1
    assert parallel.plan_jobs(1000, 1) == 1
    assert parallel.plan_jobs(1000, 2) == 2
    assert parallel.plan_jobs(3 * parallel.MIN_FILES_PER_JOB, 8) == 3


def test_shares_are_balanced_and_complete():
    sizes = [100, 1, 1, 1, 50, 50, 3]
    parts = parallel.shares(sizes, 2)
    assert sorted(i for p in parts for i in p) == list(range(len(sizes)))
    loads = [sum(sizes[i] for i in p) for p in parts]
    assert max(loads) - min(loads) <= 10
