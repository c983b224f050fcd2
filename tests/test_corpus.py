"""The independent accuracy corpus (benchmarks/corpus: realistic old/new packages whose expectations were
written from Python semantics by a separate author) as a regression gate: precision, recall and no false
alarm on compatible-only changes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _score_module():
    spec = importlib.util.spec_from_file_location("corpus_score", BENCH / "corpus" / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6"])
def test_corpus_precision_recall_and_no_false_alarms(name):
    corpus = BENCH / name
    score = _score_module()
    cases = sorted(p for p in (corpus / "cases").iterdir() if (p / "expected.json").exists())
    assert len(cases) >= 20
    results = [score.run_case(c) for c in cases]
    errors = [r for r in results if r.error]
    assert not errors, [(r.name, r.error) for r in errors]
    tp = sum(len(r.tp) for r in results)
    fp = sum(len(r.fp) for r in results)
    fn = sum(len(r.fn) for r in results)
    false_alarms = [r.name for r in results if r.compatible_only and r.fp]
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    detail = {r.name: {"fp": r.fp, "fn": r.fn} for r in results if r.fp or r.fn}
    assert not false_alarms, detail
    assert precision >= 0.98, detail
    assert recall >= 0.97, detail
