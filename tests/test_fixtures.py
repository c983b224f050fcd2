"""The API-compatibility oracle: fixture pairs whose expected findings are written from the spec.

Each directory ``tests/fixtures/<kind>/`` (one per ``api`` rule), ``tests/fixtures/_compatible/<case>/`` and
``tests/fixtures/_patterns/<case>/`` holds ``old/`` and ``new/`` project trees and an ``expected.json`` listing
every finding the engine must report for the pair, compared as a set of (kind, severity, object, parameter).
``_patterns`` holds one case per pattern seen on real release histories (a reproduction with its bait: near
misses that really are compatible next to the variant that really breaks), in any severity.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from changeproof import catalog as rules
from changeproof.model import SEVERITIES

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
COMPATIBLE = FIXTURES / "_compatible"
PATTERNS = FIXTURES / "_patterns"
DOCS = ROOT / "docs" / "rules.md"
INFO_KINDS = {"object-added", "parameter-added-optional", "parameter-type-widened", "return-type-narrowed", "deprecated"}


def _kind_dirs() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")) and p.name != "__pycache__")


def _compatible_dirs() -> list[Path]:
    if not COMPATIBLE.is_dir():
        return []
    return sorted(p for p in COMPATIBLE.iterdir() if p.is_dir() and not p.name.startswith((".", "__")))


def _pattern_dirs() -> list[Path]:
    if not PATTERNS.is_dir():
        return []
    return sorted(p for p in PATTERNS.iterdir() if p.is_dir() and not p.name.startswith((".", "__")))


def _all_dirs() -> list[Path]:
    return _kind_dirs() + _compatible_dirs() + _pattern_dirs()


def _fixture_id(path: Path) -> str:
    return path.relative_to(FIXTURES).as_posix()


ALL = _all_dirs()
ALL_IDS = [_fixture_id(p) for p in ALL]

Row = tuple  # (kind, severity, object, parameter)


def _load_expected(fixture: Path) -> dict:
    return json.loads((fixture / "expected.json").read_text(encoding="utf-8"))


def _expected_rows(fixture: Path) -> list[Row]:
    return [(f["kind"], f["severity"], f.get("object"), f.get("parameter")) for f in _load_expected(fixture)["findings"]]


def _fmt(row: Row) -> str:
    kind, severity, obj, param = row
    return f"{kind:<28} {severity:<8} {obj}" + (f"  [parameter={param}]" if param is not None else "")


def _compare(old: Path, new: Path) -> list:
    from changeproof.api import compare_dirs  # imported here: the meta tests must run without the engine

    return compare_dirs(old, new)


def _actual_rows(findings) -> list[Row]:
    return [(f.kind, f.severity, f.object, f.parameter) for f in findings]


def _diff_message(label: str, expected: set[Row], actual: set[Row], findings) -> str:
    lines = [f"{label}: findings differ from expected.json"]
    missing = sorted(expected - actual, key=str)
    unexpected = sorted(actual - expected, key=str)
    if missing:
        lines.append("  missing (expected, not reported):")
        lines += [f"    - {_fmt(r)}" for r in missing]
    if unexpected:
        lines.append("  unexpected (reported, not expected):")
        for r in unexpected:
            lines.append(f"    + {_fmt(r)}")
            for f in findings:
                if (f.kind, f.severity, f.object, f.parameter) == r:
                    lines.append(f"        {f.path}:{f.line}: {f.message}")
                    break
    matched = sorted(expected & actual, key=str)
    if matched:
        lines.append("  matched:")
        lines += [f"      {_fmt(r)}" for r in matched]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------- the oracle


@pytest.mark.parametrize("fixture", ALL, ids=ALL_IDS)
def test_fixture_findings(fixture: Path) -> None:
    findings = _compare(fixture / "old", fixture / "new")
    actual_list = _actual_rows(findings)
    actual = set(actual_list)
    expected = set(_expected_rows(fixture))
    assert actual == expected, _diff_message(_fixture_id(fixture), expected, actual, findings)
    duplicates = sorted({r for r in actual_list if actual_list.count(r) > 1}, key=str)
    assert not duplicates, f"{_fixture_id(fixture)}: reported more than once: " + "; ".join(_fmt(r) for r in duplicates)


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("fixture", ALL, ids=ALL_IDS)
def test_fixture_side_against_itself_is_clean(fixture: Path, side: str) -> None:
    findings = _compare(fixture / side, fixture / side)
    rows = set(_actual_rows(findings))
    assert not rows, _diff_message(f"{_fixture_id(fixture)} ({side} vs itself)", set(), rows, findings)


# --------------------------------------------------------------------------------------------- meta tests


def _api_rules() -> dict[str, rules.Rule]:
    return {rid: r for rid, r in rules.RULES.items() if r.category == "api"}


def test_meta_catalog_is_well_formed() -> None:
    api = _api_rules()
    assert api, "no api rules registered"
    for rid, r in api.items():
        assert r.severity in SEVERITIES, rid
        assert r.title and not r.title.endswith("."), rid
        assert len(r.explanation) > 80, f"{rid}: explanation too short"
        assert r.before.strip() and r.after.strip() and r.before != r.after, rid
        for snippet in (r.before, r.after):
            ast.parse(snippet)  # before/after must be valid Python


def test_meta_every_api_rule_has_a_fixture() -> None:
    dirs = {p.name for p in _kind_dirs()}
    missing = sorted(set(_api_rules()) - dirs)
    assert not missing, f"api rules without tests/fixtures/<kind>/: {missing}"


def test_meta_every_api_rule_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    headings = {line[4:].strip() for line in text.splitlines() if line.startswith("### ")}
    missing = sorted(set(_api_rules()) - headings)
    assert not missing, f"api rules without a '### <id>' section in docs/rules.md: {missing}"


def test_meta_docs_match_catalog() -> None:
    assert DOCS.read_text(encoding="utf-8") == rules.render_markdown(), (
        "docs/rules.md is stale: regenerate it with `python -m changeproof.catalog > docs/rules.md`"
    )


def test_meta_fixture_dirs_are_catalog_kinds() -> None:
    unknown = sorted(p.name for p in _kind_dirs() if p.name not in rules.RULES)
    assert not unknown, f"fixture dirs that are not catalog kinds: {unknown}"


@pytest.mark.parametrize("fixture", ALL, ids=ALL_IDS)
def test_meta_fixture_layout(fixture: Path) -> None:
    assert (fixture / "old").is_dir() and (fixture / "new").is_dir(), "needs old/ and new/"
    data = _load_expected(fixture)
    assert set(data) == {"description", "findings"}, f"unexpected keys {sorted(data)}"
    assert isinstance(data["description"], str) and data["description"].strip()
    for f in data["findings"]:
        assert set(f) == {"kind", "severity", "object", "parameter"}, f
        assert f["kind"] in rules.RULES, f"{f['kind']} is not a catalog kind"
        assert f["severity"] in SEVERITIES, f
        assert isinstance(f["object"], str) and f["object"], f
        assert f["parameter"] is None or (isinstance(f["parameter"], str) and not f["parameter"].startswith("*")), f
    rows = _expected_rows(fixture)
    assert len(rows) == len(set(rows)), "duplicate expected findings"


@pytest.mark.parametrize("fixture", _kind_dirs(), ids=[p.name for p in _kind_dirs()])
def test_meta_kind_fixture_exercises_its_kind(fixture: Path) -> None:
    rows = [r for r in _expected_rows(fixture) if r[0] == fixture.name]
    assert rows, f"{fixture.name}: expected.json never mentions its own kind"
    # The fixtures only contain provable changes, so each finding has its kind's default severity.
    for kind, severity, obj, _ in _expected_rows(fixture):
        assert severity == rules.RULES[kind].severity, f"{kind} on {obj}: {severity} != default {rules.RULES[kind].severity}"


@pytest.mark.parametrize("fixture", _compatible_dirs(), ids=[p.name for p in _compatible_dirs()])
def test_meta_compatible_fixture_is_info_only(fixture: Path) -> None:
    for kind, severity, obj, _ in _expected_rows(fixture):
        assert kind in INFO_KINDS and severity == "info", f"{kind}/{severity} on {obj} in a compatible case"


def test_meta_enough_compatible_cases() -> None:
    assert len(_compatible_dirs()) >= 10


@pytest.mark.parametrize("fixture", ALL, ids=ALL_IDS)
def test_meta_fixture_sources_parse(fixture: Path) -> None:
    for side in ("old", "new"):
        sources = sorted((fixture / side).rglob("*.py"))
        assert sources, f"{side}/ has no Python files"
        for path in sources:
            ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    old = {p.relative_to(fixture / "old"): p.read_bytes() for p in (fixture / "old").rglob("*") if p.is_file()}
    new = {p.relative_to(fixture / "new"): p.read_bytes() for p in (fixture / "new").rglob("*") if p.is_file()}
    assert old != new, "old/ and new/ are identical"
