"""The demo ships a copy of the example stability report; it must stay the same as the shared original."""

from pathlib import Path

import pytest

COPY = Path(__file__).resolve().parents[1] / "src" / "changeproof" / "demo" / "stability-report.md"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "stability-report.md"


@pytest.mark.skipif(not SHARED.is_file(), reason="../shared is not beside this checkout")
def test_bundled_example_matches_the_shared_one():
    assert COPY.read_text(encoding="utf-8") == SHARED.read_text(encoding="utf-8")
