"""The syntax check: files that no longer parse, pre-existing breakage, newer syntax as a problem."""

from __future__ import annotations

import sys

import pytest
from helpers.checkrepo import make_context

from changeproof.errors import Skip
from changeproof.checks.syntax import CHECK, parse_error
from changeproof.catalog import RULES

needs_old_python = pytest.mark.skipif(sys.version_info >= (3, 12), reason="the `type` statement parses on 3.12+")

GOOD = "def total(items):\n    return sum(i.price for i in items)\n"
BROKEN = "def total(items):\n    return sum(i.price for i in items\n"


def run(tmp_path, base, head, **kw):
    ctx = make_context(tmp_path, base, head, **kw)
    check = CHECK()
    return check, check.run(ctx), ctx


def test_the_kind_is_in_the_catalog():
    assert RULES["syntax-error"].severity == "breaking"
    assert RULES["syntax-error"].category == "syntax"


def test_a_file_broken_by_the_change_is_breaking_with_line_and_text(tmp_path):
    check, findings, ctx = run(tmp_path, {"shop/cart.py": GOOD, "shop/ok.py": "x = 1\n"},
                               {"shop/cart.py": BROKEN, "shop/ok.py": "x = 2\n"})
    assert len(findings) == 1
    f = findings[0]
    assert (f.kind, f.category, f.severity, f.path, f.preexisting) == ("syntax-error", "syntax", "breaking", "shop/cart.py", False)
    assert f.line == 2
    assert f.new == "    return sum(i.price for i in items"
    assert "was never closed" in f.message and "importing it raises SyntaxError" in f.message
    assert ctx.problems == []
    assert check.outcome(findings) == "2 files parsed, 1 error"


def test_an_added_broken_file_and_a_broken_test_file(tmp_path):
    _, findings, _ = run(tmp_path, {"app.py": GOOD},
                         {"new_mod.py": "class A:\npass\n", "tests/test_app.py": "def test_x(:\n    pass\n"})
    by_path = {f.path: f for f in findings}
    assert set(by_path) == {"new_mod.py", "tests/test_app.py"}
    assert "expected an indented block" in by_path["new_mod.py"].message
    assert by_path["new_mod.py"].new == "pass"
    assert "pytest cannot collect it" in by_path["tests/test_app.py"].message


def test_errors_the_compiler_finds_count_too(tmp_path):
    _, findings, _ = run(tmp_path, {"a.py": GOOD}, {"a.py": GOOD + "\nreturn 5\n"})
    assert len(findings) == 1
    assert "'return' outside function" in findings[0].message
    assert findings[0].line == 4 and findings[0].new == "return 5"


def test_a_file_already_broken_at_base_is_preexisting(tmp_path):
    check, findings, _ = run(tmp_path, {"legacy.py": BROKEN}, {"legacy.py": BROKEN + "\n# touched\n"})
    assert len(findings) == 1
    assert findings[0].preexisting is True and findings[0].severity == "breaking"
    assert "already failed to parse at base" in findings[0].message
    assert check.outcome(findings) == "1 file parsed, 0 errors, 1 pre-existing"


def test_a_renamed_broken_file_is_preexisting(tmp_path):
    _, findings, _ = run(tmp_path, {"old/legacy.py": BROKEN + "# long enough to be detected as a rename\n" * 3},
                         {"old/legacy.py": None, "new/legacy.py": BROKEN + "# long enough to be detected as a rename\n" * 3})
    assert [(f.path, f.preexisting) for f in findings] == [("new/legacy.py", True)]


def test_a_deleted_broken_file_and_valid_edits_report_nothing(tmp_path):
    base = {"broken.py": BROKEN, "good.py": GOOD, "notes.md": "# x\n"}
    head = {"broken.py": None, "good.py": "# a comment\n" + GOOD.replace("    ", "        "), "notes.md": "# y\n"}
    check, findings, ctx = run(tmp_path, base, head)
    assert findings == [] and ctx.problems == []
    assert check.outcome(findings) == "1 file parsed, 0 errors"


def test_nothing_to_parse_is_a_skip(tmp_path):
    ctx = make_context(tmp_path, {"broken.py": BROKEN, "README.md": "a\n"}, {"broken.py": None, "README.md": "b\n"})
    with pytest.raises(Skip, match="no Python files"):
        CHECK().run(ctx)


def test_stub_files_are_parsed(tmp_path):
    _, findings, _ = run(tmp_path, {"pkg/mod.pyi": "def f() -> int: ...\n"}, {"pkg/mod.pyi": "def f( -> int: ...\n"})
    assert [f.path for f in findings] == ["pkg/mod.pyi"]


def test_excluded_paths_are_not_parsed(tmp_path):
    pyproject = '[project]\nname = "x"\n\n[tool.changeproof]\nexclude = ["fixtures/*"]\n'
    check, findings, _ = run(tmp_path, {"pyproject.toml": pyproject}, {"fixtures/bad.py": BROKEN, "ok.py": GOOD})
    assert findings == []
    assert check.outcome(findings) == "1 file parsed, 0 errors (1 excluded)"


def test_null_bytes_are_an_error_not_a_crash(tmp_path):
    _, findings, _ = run(tmp_path, {"a.py": GOOD}, {"a.py": b"x = 1\ny = '\x00'\n"})
    assert len(findings) == 1 and findings[0].line == 2
    assert "null bytes" in findings[0].message and findings[0].new is not None


@needs_old_python
def test_newer_syntax_is_a_problem_not_an_error_when_the_project_allows_older_pythons(tmp_path):
    pyproject = '[project]\nname = "x"\nrequires-python = ">=3.10"\n'
    check, findings, ctx = run(tmp_path, {"pyproject.toml": pyproject, "pkg/types.py": "X = int\n"},
                               {"pkg/types.py": "type X = int\n"})
    assert findings == []
    assert len(ctx.problems) == 1
    p = ctx.problems[0]
    assert p.path == "pkg/types.py:1" and p.side == "head"
    assert "needs Python >= 3.12 (the `type` statement)" in p.message
    assert "requires-python >=3.10 (pyproject.toml), so this file breaks on 3.10/3.11" in p.message
    assert check.outcome(findings) == "1 file parsed, 0 errors, 1 needs a newer Python"


@needs_old_python
def test_newer_syntax_in_a_project_that_requires_it_is_simply_not_analysable(tmp_path):
    pyproject = '[project]\nname = "x"\nrequires-python = ">=3.12"\n'
    _, findings, ctx = run(tmp_path, {"pyproject.toml": pyproject},
                           {"pkg/generic.py": "def first[T](items: list[T]) -> T:\n    return items[0]\n"})
    assert findings == []
    assert len(ctx.problems) == 1
    assert "generic function syntax" in ctx.problems[0].message
    assert "so this is expected; run changeproof under Python >= 3.12" in ctx.problems[0].message


@needs_old_python
def test_newer_syntax_without_requires_python_says_so(tmp_path):
    _, findings, ctx = run(tmp_path, {"a.py": GOOD}, {"a.py": "type Price = float\n"})
    assert findings == []
    assert "declares no requires-python" in ctx.problems[0].message


def test_parse_error_of_valid_and_invalid_sources():
    assert parse_error(b"x = 1\n", "a.py") is None
    assert parse_error(b"def f(): ...\n", "a.pyi") is None
    err = parse_error(b"if True\n    x = 1\n", "a.py")
    assert err is not None and err.line == 1 and err.text == "if True" and err.needs is None


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="PEP 758 parses on 3.14+")
def test_unparenthesized_except_is_newer_syntax_not_an_error(tmp_path):
    pyproject = '[project]\nname = "x"\nrequires-python = ">=3.14"\n'
    source = "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"
    _, findings, ctx = run(tmp_path, {"pyproject.toml": pyproject}, {"app/deps.py": source})
    assert findings == []
    assert ctx.problems[0].path == "app/deps.py:3" and "PEP 758" in ctx.problems[0].message


@pytest.mark.skipif(sys.version_info >= (3, 99), reason="needs an interpreter the project does not support")
def test_a_project_that_excludes_this_interpreter_gets_a_problem_not_a_finding(tmp_path):
    pyproject = '[project]\nname = "x"\nrequires-python = ">=3.99"\n'
    check, findings, ctx = run(tmp_path, {"pyproject.toml": pyproject, "pkg/a.py": GOOD},
                               {"pkg/a.py": "def f(:\n    pass\n"})
    assert findings == []
    assert len(ctx.problems) == 1
    assert "but the project requires Python >=3.99 (pyproject.toml)" in ctx.problems[0].message
    assert check.outcome(findings) == "1 file parsed, 0 errors, 1 needs a newer Python"


def test_requires_python_of_the_nearest_project_counts(tmp_path):
    base = {"pyproject.toml": '[project]\nname = "root"\nrequires-python = ">=3.99"\n',
            "services/api/setup.cfg": "[options]\npython_requires = >=3.8\n", "services/api/app.py": GOOD}
    _, findings, ctx = run(tmp_path, base, {"services/api/app.py": BROKEN})
    assert [f.path for f in findings] == ["services/api/app.py"] and ctx.problems == []


def test_a_file_no_import_can_reach_is_a_risk(tmp_path):
    _, findings, _ = run(tmp_path, {"a.py": GOOD}, {".temp/scratch.py": "    indented = 1\n", "my-scripts/x.py": BROKEN})
    assert {(f.path, f.severity) for f in findings} == {(".temp/scratch.py", "risk"), ("my-scripts/x.py", "risk")}
    assert "`.temp/` is not a valid package name" in findings[0].message


def test_a_broken_file_pytest_never_collects_is_test_data_not_a_broken_test(tmp_path):
    """Fixtures under a norecursedirs folder (or outside testpaths) are data: no "pytest cannot collect it"."""
    pyproject = '[tool.pytest.ini_options]\ntestpaths = ["tests"]\nnorecursedirs = ["fixtures", ".*"]\n'
    _, findings, _ = run(tmp_path, {"app.py": GOOD, "pyproject.toml": pyproject},
                         {"tests/fixtures/case/bad.py": "def f(:\n", "tests/test_app.py": "def test_x(:\n    pass\n",
                          "qa/test_other.py": "def test_y(:\n"})
    by_path = {f.path: f for f in findings}
    data = by_path["tests/fixtures/case/bad.py"]
    assert data.severity == "info" and "norecursedirs `fixtures`" in data.message
    assert "pytest cannot collect it" not in data.message
    outside = by_path["qa/test_other.py"]
    assert outside.severity == "info" and "outside pytest's testpaths (tests)" in outside.message
    real = by_path["tests/test_app.py"]  # a real test file still breaks its tests
    assert real.severity == "breaking" and "pytest cannot collect it" in real.message
