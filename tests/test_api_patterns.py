"""Patterns seen on real release histories (issue: precision and recall on real releases): each case under
tests/fixtures/_patterns/<case>/ holds old/ and new/ project trees and expected.json; the API engine must report
exactly the expected findings, compared as a set of (kind, severity, object, parameter), each once, and nothing when
a side is compared with itself. The cases carry their bait: near misses that really are compatible next to the
variant that really breaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PATTERNS = Path(__file__).parent / "fixtures" / "_patterns"
CASES = sorted(p for p in PATTERNS.iterdir() if p.is_dir() and not p.name.startswith((".", "__")))


def _rows(findings) -> list[tuple]:
    return [(f.kind, f.severity, f.object, f.parameter) for f in findings]


def _compare(old: Path, new: Path):
    from changeproof.api import compare_dirs

    return compare_dirs(old, new)


def test_there_are_pattern_cases():
    assert len(CASES) >= 6


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_pattern_findings(case: Path) -> None:
    expected = {(f["kind"], f["severity"], f.get("object"), f.get("parameter"))
                for f in json.loads((case / "expected.json").read_text(encoding="utf-8"))["findings"]}
    findings = _compare(case / "old", case / "new")
    rows = _rows(findings)
    assert set(rows) == expected, (sorted(set(rows) - expected, key=str), sorted(expected - set(rows), key=str))
    assert len(rows) == len(set(rows)), "a finding reported more than once"
    assert all(f.path and f.line for f in findings), [(f.kind, f.object) for f in findings if not (f.path and f.line)]


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_pattern_side_against_itself_is_clean(case: Path, side: str) -> None:
    assert not _rows(_compare(case / side, case / side))
