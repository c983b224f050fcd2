"""The oracle: one fixture per finding kind, for every kind, run through the product's own path.

Layout::

    tests/fixtures/<check id>/<kind>/base/            the project before the change
    tests/fixtures/<check id>/<kind>/head/            the project after it
    tests/fixtures/<check id>/<kind>/expected.json    every finding the change must produce, and no other
    tests/fixtures/<check id>/_<group>/<case>/         more cases for the check, same layout (not tied to a kind)
    tests/fixtures/api/_compatible/<case>/            API changes that must produce nothing but info findings

``expected.json``::

    {"description": "what is planted, then 'Bait:' what looks like the kind and must not be flagged",
     "options": {"execute": true, "run_tests": true, "test_options": {...}},   # optional: what the check needs
     "findings": [{"kind": ..., "severity": ..., "path": ..., "line": ..., "object": ..., "parameter": ...,
                   "preexisting": true}]}                                     # "preexisting" only when true

Each fixture becomes a two-commit git repository (tag ``base``, then ``head``) and goes through
:func:`changeproof.runner.run_checks` with only its check selected, exactly as ``changeproof check base..head
--only <check>`` would run it. The findings must equal the expected ones as a set of (kind, severity, path,
line, object, parameter, preexisting), each reported once. The meta tests keep the catalog, the docs and the
fixtures in step: a kind without its rule row, its docs entry or its fixture fails.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
from pathlib import Path

import pytest

from changeproof import catalog
from changeproof.model import SEVERITIES

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
COMPATIBLE = FIXTURES / "api" / "_compatible"
DOCS = ROOT / "docs" / "rules.md"
INFO_KINDS = {r.id for r in catalog.RULES.values() if r.category == "api" and r.severity == "info"}
FINDING_KEYS = {"kind", "severity", "path", "line", "object", "parameter"}
OPTION_KEYS = {"execute", "run_tests", "test_options"}


def _kind_dirs() -> list[Path]:
    """tests/fixtures/<check>/<kind>/ for every check folder (names starting with _ or . are not kinds)."""
    return sorted(k for c in FIXTURES.iterdir() if c.is_dir() and not c.name.startswith(("_", "."))
                  for k in c.iterdir() if k.is_dir() and not k.name.startswith(("_", ".")))


def _group_dirs() -> list[Path]:
    """tests/fixtures/<check>/_<group>/<case>/: cases of a check that are not one kind's fixture."""
    return sorted(case for c in FIXTURES.iterdir() if c.is_dir() and not c.name.startswith(("_", "."))
                  for g in c.iterdir() if g.is_dir() and g.name.startswith("_") and g.name != "__pycache__"
                  for case in g.iterdir() if case.is_dir() and not case.name.startswith((".", "_")))


def _compatible_dirs() -> list[Path]:
    return [p for p in _group_dirs() if p.parent == COMPATIBLE]


def _fixture_id(path: Path) -> str:
    return path.relative_to(FIXTURES).as_posix()


def _check_of(fixture: Path) -> str:
    """The check a fixture belongs to: tests/fixtures/<check>/<kind>/ or tests/fixtures/<check>/_<group>/<case>/."""
    return fixture.parent.parent.name if fixture.parent.name.startswith("_") else fixture.parent.name


KINDS = _kind_dirs()
ALL = KINDS + _group_dirs()
ALL_IDS = [_fixture_id(p) for p in ALL]

Row = tuple  # (kind, severity, path, line, object, parameter, preexisting)


def _load_expected(fixture: Path) -> dict:
    return json.loads((fixture / "expected.json").read_text(encoding="utf-8"))


def _row(f: dict) -> Row:
    return (f["kind"], f["severity"], f["path"], f["line"], f["object"], f["parameter"], bool(f.get("preexisting")))


def _expected_rows(fixture: Path) -> list[Row]:
    return [_row(f) for f in _load_expected(fixture)["findings"]]


def _actual_rows(findings) -> list[Row]:
    return [(f.kind, f.severity, f.path, f.line, f.object, f.parameter, f.preexisting) for f in findings]


def _fmt(row: Row) -> str:
    kind, severity, path, line, obj, param, pre = row
    return (f"{kind:<28} {severity:<8} {path}:{line}  {obj}" + (f"  [parameter={param}]" if param is not None else "")
            + ("  (pre-existing)" if pre else ""))


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
            lines += [f"        {f.message}" for f in findings if _actual_rows([f])[0] == r][:1]
    matched = sorted(expected & actual, key=str)
    if matched:
        lines.append("  matched:")
        lines += [f"      {_fmt(r)}" for r in matched]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------- the run

def _tree_files(tree: Path) -> dict[str, bytes]:
    return {p.relative_to(tree).as_posix(): p.read_bytes() for p in sorted(tree.rglob("*"))
            if p.is_file() and not ({"__pycache__", ".pytest_cache"} & set(p.relative_to(tree).parts))}


def make_repo(repo: Path, commits: list[tuple[str, dict[str, bytes]]]) -> None:
    """A repository whose commits (one per (tag, files), in order, each tagged) are written by one
    ``git fast-import`` (two processes in all, where init/add/commit/tag take a dozen); no working tree."""
    from tests.helpers.checkrepo import fast_import

    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env, capture_output=True)
    fast_import(repo, commits)


def run_fixture(fixture: Path, workdir: Path):
    """The report of ``changeproof check base..head --only <check>`` over the fixture's two trees."""
    from changeproof import git
    from changeproof.runner import run_checks

    repo = workdir / "repo"
    make_repo(repo, [("base", _tree_files(fixture / "base")), ("head", _tree_files(fixture / "head"))])
    options = _load_expected(fixture).get("options", {})
    test_options = {"reruns": 0, "cache": False, "test_timeout": 60, "run_timeout": 300, "progress": False,
                    **options.get("test_options", {})}
    return run_checks(repo, "base", git.resolve(repo, "base"), "head", git.resolve(repo, "head"),
                      only=[_check_of(fixture)], execute=bool(options.get("execute")),
                      run_tests=bool(options.get("run_tests")), test_options=test_options)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


# --------------------------------------------------------------------------------------------- the oracle


@pytest.mark.parametrize("fixture", ALL, ids=ALL_IDS)
def test_fixture_findings(fixture: Path, tmp_path: Path, cache_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(cache_dir))  # content-addressed: sharing it is safe
    monkeypatch.delenv("CHANGEPROOF_NO_CACHE", raising=False)
    monkeypatch.delenv("CI", raising=False)
    report = run_fixture(fixture, tmp_path)
    run = next(c for c in report.checks if c.name == _check_of(fixture))
    assert run.status == "ran", f"{_fixture_id(fixture)}: the {run.name} check did not run: {run.summary}"
    actual_list = _actual_rows(report.findings)
    actual, expected = set(actual_list), set(_expected_rows(fixture))
    assert actual == expected, _diff_message(_fixture_id(fixture), expected, actual, report.findings)
    duplicates = sorted({r for r in actual_list if actual_list.count(r) > 1}, key=str)
    assert not duplicates, f"{_fixture_id(fixture)}: reported more than once: " + "; ".join(_fmt(r) for r in duplicates)


API_FIXTURES = [p for p in ALL if _check_of(p) == "api"]


@pytest.mark.parametrize("side", ["base", "head"])
@pytest.mark.parametrize("fixture", API_FIXTURES, ids=[_fixture_id(p) for p in API_FIXTURES])
def test_api_fixture_side_against_itself_is_clean(fixture: Path, side: str) -> None:
    from changeproof.api import compare_dirs

    findings = compare_dirs(fixture / side, fixture / side)
    rows = set(_actual_rows(findings))
    assert not rows, _diff_message(f"{_fixture_id(fixture)} ({side} vs itself)", set(), rows, findings)


# --------------------------------------------------------------------------------------------- meta tests


def test_meta_every_kind_has_a_fixture() -> None:
    have = {(p.parent.name, p.name) for p in KINDS}
    missing = sorted(f"{r.category}/{r.id}" for r in catalog.RULES.values() if (r.category, r.id) not in have)
    assert not missing, f"finding kinds without a fixture tests/fixtures/<check>/<kind>/: {missing}"


def test_meta_every_fixture_is_a_rule_row_of_its_check() -> None:
    unknown = sorted(_fixture_id(p) for p in KINDS
                     if p.name not in catalog.RULES or catalog.RULES[p.name].category != p.parent.name)
    assert not unknown, f"fixture folders that are not a rule row of their check's rules.py: {unknown}"


def test_meta_every_kind_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    headings = {line[4:].strip() for line in text.splitlines() if line.startswith("### ")}
    missing = sorted(set(catalog.RULES) - headings)
    assert not missing, f"kinds without a '### <id>' section in docs/rules.md: {missing}"
    undocumented = sorted(headings - set(catalog.RULES))
    assert not undocumented, f"docs/rules.md documents kinds that have no rule row: {undocumented}"


def test_meta_docs_match_catalog() -> None:
    assert DOCS.read_text(encoding="utf-8") == catalog.render_markdown(), (
        "docs/rules.md is stale: regenerate it with `python -m changeproof.catalog > docs/rules.md`"
    )


def test_meta_rule_rows_are_well_formed() -> None:
    for rid, r in catalog.RULES.items():
        assert r.severity in SEVERITIES, rid
        assert r.title and not r.title.endswith("."), rid
        assert len(r.explanation) > 80, f"{rid}: explanation too short"
        assert r.before.strip() and r.after.strip() and r.before != r.after, rid
        if r.category == "api":
            for snippet in (r.before, r.after):
                ast.parse(snippet)  # the API kinds' before/after are Python


@pytest.mark.parametrize("fixture", ALL, ids=ALL_IDS)
def test_meta_fixture_layout(fixture: Path) -> None:
    assert (fixture / "base").is_dir() and (fixture / "head").is_dir(), "needs base/ and head/"
    data = _load_expected(fixture)
    assert set(data) <= {"description", "findings", "options"} and {"description", "findings"} <= set(data), sorted(data)
    assert isinstance(data["description"], str) and data["description"].strip()
    assert set(data.get("options", {})) <= OPTION_KEYS, data["options"]
    for f in data["findings"]:
        assert FINDING_KEYS <= set(f) <= FINDING_KEYS | {"preexisting"}, f
        assert f["kind"] in catalog.RULES, f"{f['kind']} is not a catalog kind"
        assert f["severity"] in SEVERITIES, f
        assert isinstance(f["path"], str) and f["path"] and isinstance(f["line"], int) and f["line"] >= 1, f
        assert f.get("preexisting", True) is True, "write preexisting only when it is true"
        assert (fixture / ("base" if f["kind"].endswith("removed") else "head") / f["path"]).is_file() or \
            (fixture / "base" / f["path"]).is_file() or (fixture / "head" / f["path"]).is_file(), f
        assert f["object"] is None or (isinstance(f["object"], str) and f["object"]), f
        assert f["parameter"] is None or (isinstance(f["parameter"], str) and not f["parameter"].startswith("*")), f
    rows = _expected_rows(fixture)
    assert len(rows) == len(set(rows)), "duplicate expected findings"
    base = {p.relative_to(fixture / "base"): p.read_bytes() for p in (fixture / "base").rglob("*") if p.is_file()}
    head = {p.relative_to(fixture / "head"): p.read_bytes() for p in (fixture / "head").rglob("*") if p.is_file()}
    assert base != head, "base/ and head/ are identical"
    for side, files in (("base", base), ("head", head)):
        for rel, data_ in files.items():
            if rel.suffix == ".py" and _check_of(fixture) != "syntax":
                ast.parse(data_, filename=f"{side}/{rel}")  # only the syntax fixtures may hold broken Python


@pytest.mark.parametrize("fixture", KINDS, ids=[_fixture_id(p) for p in KINDS])
def test_meta_kind_fixture_exercises_its_kind_and_has_bait(fixture: Path) -> None:
    rule = catalog.RULES[fixture.name]
    own = [r for r in _expected_rows(fixture) if r[0] == fixture.name]
    assert own, f"{_fixture_id(fixture)}: expected.json has no finding of its own kind"
    assert any(r[1] == rule.severity for r in own), \
        f"{_fixture_id(fixture)}: no finding of {fixture.name} at its default severity {rule.severity}"
    assert "Bait:" in _load_expected(fixture)["description"], \
        f"{_fixture_id(fixture)}: the description must say what bait the trees hold ('Bait: ...')"


@pytest.mark.parametrize("fixture", _compatible_dirs(), ids=[p.name for p in _compatible_dirs()])
def test_meta_compatible_fixture_is_info_only(fixture: Path) -> None:
    for kind, severity, *_ in _expected_rows(fixture):
        assert kind in INFO_KINDS and severity == "info", f"{kind}/{severity} in a compatible case"


def test_meta_enough_compatible_cases() -> None:
    assert len(_compatible_dirs()) >= 10
