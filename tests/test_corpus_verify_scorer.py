"""The verify corpus (benchmarks/verify_corpus): its labels are consistent, its changes build, and the scorer
matches verdicts to labels and computes the measures as documented. No `changeproof verify` is run here."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "verify_corpus"


def _load_scorer():
    name = "verify_corpus_score"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, CORPUS / "score.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


score = _load_scorer()
build = score.build
check_labels = score.check_labels


def test_corpus_is_consistent():
    assert check_labels.problems() == []


def test_corpus_size_and_spread():
    counts = check_labels.counts()
    dev, holdout = counts["sets"]["dev"], counts["sets"]["holdout"]
    assert dev["reports"] >= 8 and holdout["reports"] >= 6
    assert len(dev["changes"]) >= 5 and len(holdout["changes"]) >= 5
    assert sum(counts["total"].values()) >= 200
    assert len(counts["styles"]) >= 8
    assert set(counts["total"]) == {"true", "false", "unverifiable"}


@pytest.mark.slow
def test_build_writes_base_and_head_branches(tmp_path):
    repo = build.build("tests-docs-only", tmp_path / "repo")
    out = subprocess.run(["git", "-C", str(repo), "diff", "--name-status", "base..head"], check=True,
                         capture_output=True, text=True).stdout.split("\n")
    assert sorted(line for line in out if line) == sorted(
        ["A\tCHANGELOG.md", "M\tREADME.md", "A\tdocs/usage.md", "A\ttests/test_temperature.py"])


def _label(line, text, label="true"):
    return {"line": line, "text": text, "label": label}


def _claim(line, text, verdict):
    return {"line": line, "text": text, "verdict": verdict}


def test_two_claims_on_a_line_pair_by_words():
    labels = [_label(3, "Tests untouched"), _label(3, "all 7 pass", "false")]
    claims = [_claim(3, "all 7 pass", "contradicted"), _claim(3, "Tests untouched", "confirmed")]
    got = score.match(labels, claims)
    assert [c["verdict"] for c in got] == ["confirmed", "contradicted"]


def test_one_claim_covering_the_line_judges_every_label_on_it():
    labels = [_label(3, "Tests untouched"), _label(3, "all 7 pass", "false")]
    claims = [_claim(3, "- Tests untouched; all 7 pass.", "not_checked")]
    assert [c["verdict"] for c in score.match(labels, claims)] == ["not_checked", "not_checked"]


def test_a_claim_on_another_line_or_about_other_words_matches_nothing():
    labels = [_label(3, "No new dependencies"), _label(3, "version stays at 0.3.1")]
    claims = [_claim(4, "No new dependencies", "confirmed"), _claim(3, "No new dependencies", "confirmed")]
    got = score.match(labels, claims)
    assert got[0]["line"] == 3 and got[1] is None


def test_verdict_spellings_and_nested_json():
    assert score.normalise_verdict("Not verifiable") == "not_verifiable"
    assert score.normalise_verdict("NOT-CHECKED") == "not_checked"
    doc = {"verify": {"claims": [{"line": "2", "text": "x", "verdict": "Confirmed"},
                                 {"line": 5, "status": {"verdict": "contradicted"}, "claim": "y"}]}}
    claims = score.find_claims(doc)
    assert [(c["line"], c["verdict"], c["text"]) for c in claims] == [(2, "confirmed", "x"), (5, "contradicted", "y")]


def test_measures():
    rows = [{"label": "false", "verdict": "contradicted"}, {"label": "false", "verdict": "confirmed"},
            {"label": "true", "verdict": "contradicted"}, {"label": "true", "verdict": "confirmed"},
            {"label": "unverifiable", "verdict": "missing"}, {"label": "true", "verdict": "not_checked"}]
    s = score.score_set(rows)
    assert s["false_confirmed"] == 1
    assert s["contradiction_precision"] == 0.5
    assert s["false_recall"] == 0.5
    assert s["unanswered_share"] == round(2 / 6, 3)
    assert s["true_confirmed_share"] == round(1 / 3, 3)
