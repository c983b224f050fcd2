"""Evidence has a place: every finding on every fixture pair and corpus case carries a file and a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from changeproof.api import compare_dirs

ROOT = Path(__file__).resolve().parents[1]
PAIRS = sorted(p for base in (ROOT / "tests" / "fixtures", ROOT / "tests" / "fixtures" / "_compatible",
                              ROOT / "benchmarks" / "corpus" / "cases", ROOT / "benchmarks" / "corpus2" / "cases")
               if base.is_dir() for p in base.iterdir() if (p / "old").is_dir() and (p / "new").is_dir())


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_finding_has_file_and_line(pair):
    for f in compare_dirs(pair / "old", pair / "new"):
        assert f.path and f.line and f.line >= 1, f
        assert (pair / ("old" if f.kind.endswith("removed") else "new") / f.path).exists() or \
            (pair / "old" / f.path).exists() or (pair / "new" / f.path).exists(), f
