"""Every number in the measured docs comes from a committed results file of a benchmark script.

docs/performance.md and docs/validation.md state measurements. Each number in them (a time, a ratio, a count,
a line number, a version, a date) must appear in some file under benchmarks/results/, which the scripts in
benchmarks/ write (with the commit and the date they measured). A number typed by hand, copied from an issue or
left over from an older run fails here. Numbers compare by value (0.260 is 0.26; 1,259 is 1259); dotted
versions (8.1.7) compare as written.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
MEASURED_DOCS = ["docs/performance.md", "docs/validation.md"]

_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_RESULTS_PATH = re.compile(r"benchmarks/results/[\w.{},/-]+")


def numbers(text: str) -> set[str]:
    """The numbers in a text, normalised: `1,259` -> `1259`, `0.260` -> `0.26`, `8.1.7` as is."""
    out = set()
    for token in _NUMBER.findall(_THOUSANDS.sub("", text)):
        if token.count(".") == 1:
            try:
                token = format(Decimal(token).normalize(), "f")
            except InvalidOperation:  # pragma: no cover - the regex admits only digits
                pass
        else:
            token = token.lstrip("0") or "0"
        out.add(token)
    return out


def unsupported(doc_text: str, results_text: str) -> list[str]:
    """The numbers of doc_text that results_text does not contain, sorted."""
    have = numbers(results_text)
    return sorted(numbers(doc_text) - have)


def results_text() -> str:
    files = [p for p in sorted(RESULTS.rglob("*")) if p.is_file()]
    assert files, "no results file under benchmarks/results/"
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


def test_numbers_are_normalised():
    assert numbers("took 0.260 s, 1,259 calls, 3x, click 8.1.7, 4.2 -> 5.0, core.py:3072") == {
        "0.26", "1259", "3", "8.1.7", "4.2", "5", "3072"}


def test_a_number_absent_from_the_results_is_reported():
    results = "| click | 0.26 | 1.10 | 32 |"
    assert unsupported("changeproof took 0.260 s and 32 MiB", results) == []
    assert unsupported("changeproof took 0.25 s, 1.1 s for griffe", results) == ["0.25"]


@pytest.mark.parametrize("doc", MEASURED_DOCS)
def test_every_number_in_the_doc_is_in_a_results_file(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    missing = unsupported(text, results_text())
    assert not missing, (f"{doc}: these numbers appear in no file under benchmarks/results/ "
                         f"(rerun the benchmark script and copy its figures): {', '.join(missing)}")


@pytest.mark.parametrize("doc", MEASURED_DOCS)
def test_the_results_files_a_doc_names_exist(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    for ref in _RESULTS_PATH.findall(text):
        ref = ref.rstrip(".,")
        stem, brace, rest = ref.partition("{")
        names = [stem + ext + rest.partition("}")[2] for ext in rest.partition("}")[0].split(",")] if brace else [ref]
        for name in names:
            assert (ROOT / name).exists(), f"{doc} names {name}, which does not exist"


def test_results_files_name_their_commit_and_date():
    """Every results file a person reads (Markdown, text) says which commit it measured and when (the date in its
    first lines or in its name); the JSON files carry the same in their `facts`."""
    for p in sorted(RESULTS.rglob("*")):
        if p.suffix not in (".md", ".txt"):
            continue
        head = "\n".join(p.read_text(encoding="utf-8").splitlines()[:6])
        assert re.search(r"\b[0-9a-f]{7,40}\b", head), f"{p.name}: no commit in its first lines"
        assert re.search(r"\b20\d\d-\d\d-\d\d\b", head + p.name), f"{p.name}: no date in its first lines or name"
