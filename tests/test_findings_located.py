"""Evidence has a place: every finding on every corpus case carries a file and a line (the fixtures pin theirs
exactly, in tests/test_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from changeproof.api import compare_dirs

ROOT = Path(__file__).resolve().parents[1]
PAIRS = sorted((p, "old", "new") for d in (ROOT / "benchmarks" / "corpus" / "cases", ROOT / "benchmarks" / "corpus2" / "cases")
               if d.is_dir() for p in d.iterdir() if (p / "old").is_dir() and (p / "new").is_dir())


@pytest.mark.parametrize("pair,base,head", PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}" if isinstance(p, Path) else p)
def test_every_finding_has_file_and_line(pair, base, head):
    for f in compare_dirs(pair / base, pair / head):
        assert f.path and f.line and f.line >= 1, f
        assert (pair / (base if f.kind.endswith("removed") else head) / f.path).exists() or \
            (pair / base / f.path).exists() or (pair / head / f.path).exists(), f
