"""The verify corpora as a regression gate: each change built as a repository and checked for real
(`check --format json`, with `--tests` where the change says so), each labelled report verified against it.

Targets (issue 9): no false claim confirmed; contradiction precision >= 0.95; at least 80% of false claims
contradicted; at most 20% of claims unanswered (not checked, or not listed at all)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
pytestmark = pytest.mark.slow


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def own_reports(tmp_path_factory):
    build = _load(BENCH / "verify_own" / "build.py", "verify_own_build")
    out = tmp_path_factory.mktemp("verify-own")
    saved = os.environ.get("CHANGEPROOF_CACHE_DIR")
    os.environ["CHANGEPROOF_CACHE_DIR"] = str(out / "cache")
    try:
        # each distinct change is its own repository and `check` process (tests included), two at a time: most
        # of a run is waiting on the processes it starts (git, pytest); the shared cache is safe under concurrent
        # runs. A change taken as it is from the verify corpus gets the report of its twin (build.build_all).
        build.build_all(build.changes(), out, workers=2)
    finally:
        if saved is None:
            os.environ.pop("CHANGEPROOF_CACHE_DIR", None)
        else:
            os.environ["CHANGEPROOF_CACHE_DIR"] = saved
    return out


def test_own_corpus_meets_the_targets(own_reports):
    score = _load(BENCH / "verify_own" / "score.py", "verify_own_score")
    s = score.score(own_reports)
    assert s["claims"] >= 120 and s["false_claims"] >= 40
    assert s["false_confirmed"] == 0, s
    assert s["contradiction_precision"] >= 0.95, s
    assert s["false_recall"] >= 0.80, s
    assert s["unanswered"] <= 0.20, s
