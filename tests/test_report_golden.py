"""Golden files: every format of fixed reports (empty, the demo's two) is pinned, byte for byte, under
tests/golden/; the generated 10,000-finding report is pinned by the SHA-256 of each rendering.

A change to a renderer shows up here as a diff to review. To accept it, regenerate the files and read the diff:
    CHANGEPROOF_UPDATE_GOLDEN=1 python -m pytest tests/test_report_golden.py
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from helpers import reports

from changeproof.report import FORMATS, render

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("CHANGEPROOF_UPDATE_GOLDEN") == "1"
EXT = {"terminal": "txt", "markdown": "md", "json": "json", "html": "html", "sarif": "sarif", "junit": "xml",
       "gitlab": "gitlab.json", "github": "github.txt"}
FIXED = {"empty": reports.empty, "demo-additive": lambda: reports.load("demo-additive"),
         "demo-risky": lambda: reports.load("demo-risky")}
VARIANTS = [(fmt, False) for fmt in FORMATS] + [("terminal", True)]


def rendered(report, fmt: str, verbose: bool) -> str:
    return render(report, fmt, width=100, verbose=verbose)


def check(path: Path, text: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        return
    assert path.exists(), f"{path.name} missing: regenerate with CHANGEPROOF_UPDATE_GOLDEN=1"
    with path.open(encoding="utf-8", newline="") as fh:
        expected = fh.read()
    assert text == expected, f"{path.name} differs from the golden file (CHANGEPROOF_UPDATE_GOLDEN=1 to accept)"


@pytest.mark.parametrize("name", list(FIXED))
@pytest.mark.parametrize("fmt, verbose", VARIANTS, ids=[f"{f}{'-verbose' if v else ''}" for f, v in VARIANTS])
def test_golden(name, fmt, verbose):
    path = GOLDEN / f"{name}{'.verbose' if verbose else ''}.{EXT[fmt]}"
    check(path, rendered(FIXED[name](), fmt, verbose))


def test_every_format_has_a_golden_extension():
    assert set(EXT) == set(FORMATS)


def test_generated_10000_findings_render_pinned():
    """Every format renders the 10,000-finding report (how fast: benchmarks/bench_render.py)."""
    report = reports.generated(10_000)
    digests = {}
    for fmt, verbose in VARIANTS:
        text = rendered(report, fmt, verbose)
        assert text.endswith("\n") and len(text) > 1000
        digests[f"{fmt}{'-verbose' if verbose else ''}"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    path = GOLDEN / "generated-10000.sha256.json"
    check(path, json.dumps(digests, indent=2, sort_keys=True) + "\n")
