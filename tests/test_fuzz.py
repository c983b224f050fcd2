"""Fuzzing with hypothesis: random Python modules and edits for the API engine, random JSON for the report reader.

A bounded run is part of the suite (FUZZ_EXAMPLES examples per property); a longer one is
``CHANGEPROOF_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest -q tests/test_fuzz.py`` (docs/reliability.md)."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from changeproof.catalog import RULES
from changeproof.model import InvalidReport, report_from_json, validate_report_json

from helpers.api_trees import compare_trees

FUZZ_EXAMPLES = int(os.environ.get("CHANGEPROOF_FUZZ_EXAMPLES", "10"))
SETTINGS = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

NAMES = st.sampled_from(["a", "b", "c", "x", "y", "run", "load", "Client", "Base", "_private", "VALUE"])
TYPES = st.sampled_from(["int", "str", "bytes", "float", "list[int]", "dict[str, int]", "int | None", "Base",
                         "'Client'", "object", "typing.Any", "Optional[str]"])
VALUES = st.sampled_from(["0", "1", "None", "'x'", "()", "[]", "True", "1.5", "-1", "VALUE"])


@st.composite
def params(draw):
    names = draw(st.lists(NAMES, max_size=4, unique=True))
    out, defaulted = [], False
    for n in names:
        text = n + (f": {draw(TYPES)}" if draw(st.booleans()) else "")
        if defaulted or draw(st.booleans()):
            defaulted = True
            text += f" = {draw(VALUES)}"
        out.append(text)
    if draw(st.booleans()):
        out.append("*args" if draw(st.booleans()) else "*")
        if out[-1] == "*":
            out.append(f"{draw(NAMES)}_kw: int = 0")
    if draw(st.booleans()):
        out.append("**kwargs")
    return ", ".join(out)


@st.composite
def function(draw, indent=""):
    deco = draw(st.sampled_from(["", "@staticmethod\n", "@property\n", "@classmethod\n"])) if indent else ""
    kind = draw(st.sampled_from(["def", "async def"]))
    first = {"": "", "@staticmethod\n": "", "@classmethod\n": "cls, ", "@property\n": "self"}.get(deco, "")
    if indent and not deco:
        first = "self, "
    ps = "" if deco == "@property\n" else draw(params())
    ret = f" -> {draw(TYPES)}" if draw(st.booleans()) else ""
    head = f"{first}{ps}".rstrip(", ") if first else ps
    return "".join(f"{indent}{line}\n" for line in deco.splitlines()) + \
        f"{indent}{kind} {draw(NAMES)}({head}){ret}:\n{indent}    return {draw(VALUES)}\n"


@st.composite
def module(draw):
    parts = ["import typing\nfrom typing import Optional\nVALUE = 1\n\n\nclass Base:\n    pass\n"]
    for _ in range(draw(st.integers(0, 5))):
        what = draw(st.sampled_from(["function", "class", "constant", "all"]))
        if what == "function":
            parts.append(draw(function()))
        elif what == "class":
            base = draw(st.sampled_from(["", "(Base)", "(typing.Protocol)", "(Exception)"]))
            body = "".join(draw(function(indent="    ")) for _ in range(draw(st.integers(0, 3)))) or "    pass\n"
            parts.append(f"class {draw(NAMES).title()}{base}:\n{body}")
        elif what == "constant":
            parts.append(f"{draw(NAMES).upper()}: {draw(TYPES)} = {draw(VALUES)}\n")
        else:
            parts.append(f"__all__ = {draw(st.lists(NAMES, max_size=3, unique=True))!r}\n")
    return "\n\n".join(parts)


@pytest.mark.slow
@SETTINGS
@given(source=module())
def test_a_tree_compared_with_itself_yields_nothing(tmp_path_factory, source):
    tmp = tmp_path_factory.mktemp("same")
    tree = {"pkg/__init__.py": "", "pkg/mod.py": source}
    findings, problems = compare_trees(tmp, tree, tree)
    assert findings == [] and problems == []


@pytest.mark.slow
@SETTINGS
@given(old=module(), new=module())
def test_comparing_two_trees_never_crashes(tmp_path_factory, old, new):
    tmp = tmp_path_factory.mktemp("pair")
    findings, problems = compare_trees(tmp, {"pkg/__init__.py": "", "pkg/mod.py": old},
                                       {"pkg/__init__.py": "", "pkg/mod.py": new})
    assert all(f.kind in RULES and f.path for f in findings)
    assert all(p.path and p.message for p in problems)  # e.g. __all__ naming what is not defined


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children,
                                                                                       max_size=4), max_leaves=30)
REPORT_KEYS = ["schema", "tool", "base", "head", "verdict", "semver", "summary", "findings", "problems",
               "semver_certain", "coverage", "changes", "checks", "tests", "facts"]


@st.composite
def report_like(draw):
    """JSON shaped like a report more often than not, with random values where the structure is."""
    data = {k: draw(JSON) for k in draw(st.lists(st.sampled_from(REPORT_KEYS), max_size=len(REPORT_KEYS),
                                                  unique=True))}
    if draw(st.booleans()):
        data["schema"] = draw(st.sampled_from(["changeproof.report/1", "changeproof.report/2"]))
    return data


@pytest.mark.slow
@SETTINGS
@given(data=st.one_of(JSON, report_like()))
def test_any_json_is_a_report_or_said_not_to_be(data):
    try:
        validate_report_json(data)
    except InvalidReport as exc:
        assert str(exc)
        return
    report = report_from_json(data)  # validated: reading it back never fails
    json.dumps(report.to_json())
