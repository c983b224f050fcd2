"""docs/reliability.md's table of what is tested says how many inputs each test tries: recounted here from the tests
themselves (their parametrisations and input lists), so the table cannot drift from the suite."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import test_fuzz
import test_hostile_cli
import test_hostile_trees
import test_report_safety
import test_repository_untouched

from changeproof.report import FORMATS

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"


def _function(path: str, name: str) -> ast.FunctionDef:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name)


def _param_count(path: str, name: str, argument: int = 1) -> int:
    """Values of the function's @pytest.mark.parametrize list (a literal list; the first one found)."""
    for deco in _function(path, name).decorator_list:
        if isinstance(deco, ast.Call) and len(deco.args) > argument and isinstance(deco.args[argument], ast.List):
            return len(deco.args[argument].elts)
    raise AssertionError(f"{name}: no literal parametrize list")


def _list_lengths(path: str, name: str, *variables: str) -> int:
    fn = _function(path, name)
    return sum(len(node.value.elts) for node in ast.walk(fn) if isinstance(node, ast.Assign)
               and isinstance(node.value, ast.List) and any(getattr(t, "id", None) in variables for t in node.targets))


def _calls(path: str, name: str, callee: str) -> int:
    return sum(1 for n in ast.walk(_function(path, name))
               if isinstance(n, ast.Call) and getattr(n.func, "id", None) == callee)


def _tests_in(path: str, contains: tuple[str, ...] = ("",)) -> int:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return sum(1 for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")
               and any(c in n.name for c in contains))


def expected_rows() -> dict[str, str]:
    """Test column -> inputs column, computed."""
    untouched, commands = "tests/test_repository_untouched.py", test_repository_untouched.COMMANDS
    archives = _tests_in("tests/test_sources.py", ("zip_bomb",)) + \
        _param_count("tests/test_sources.py", "test_unsafe_archive_member_is_refused", 1)
    return {
        "tests/test_hostile_trees.py::test_unsafe_tree_paths_are_never_written_and_said":
            f"{len(test_hostile_trees.UNSAFE_TREES)} trees",
        "tests/test_hostile_trees.py::test_unsafe_path_rules":
            f"{_list_lengths('tests/test_hostile_trees.py', 'test_unsafe_path_rules', 'ok', 'bad')} paths",
        "tests/test_hostile_trees.py::test_static_architecture_check_runs_no_project_code":
            f"{_calls('tests/test_hostile_trees.py', 'test_static_architecture_check_runs_no_project_code', '_marker')}"
            " planted modules",
        "tests/test_hostile_inputs.py": f"{_tests_in('tests/test_hostile_inputs.py')} tests",
        "tests/test_hostile_cli.py::test_not_a_report_is_exit_2_with_what_is_wrong":
            f"{len(test_hostile_cli.BAD_REPORTS)} documents x "
            f"{_param_count('tests/test_hostile_cli.py', 'test_not_a_report_is_exit_2_with_what_is_wrong')} commands",
        "tests/test_hostile_cli.py::test_demo_directory_errors":
            f"{_param_count('tests/test_hostile_cli.py', 'test_demo_directory_errors')} directories",
        "tests/test_report_safety.py::test_no_secret_in_any_format":
            f"{len(test_report_safety.SECRETS)} secrets x {len(FORMATS)} formats",
        "tests/test_report_safety.py::test_redact_rules":
            f"{_param_count('tests/test_report_safety.py', 'test_redact_rules')} lines",
        "tests/test_report_safety.py::test_non_utf8_names_are_escaped_the_same_in_every_format":
            f"{len(FORMATS)} formats",
        "tests/test_sources.py": f"{archives} archives",
        "tests/test_lifetime.py": f"{_tests_in('tests/test_lifetime.py')} tests",
        "tests/test_fuzz.py": f"{_tests_in('tests/test_fuzz.py')} properties x {test_fuzz.FUZZ_EXAMPLES} examples",
        f"{untouched}::test_every_command_leaves_the_repository_as_it_was":
            f"{len(commands)} command sets ({sum(len(runs) for runs in commands.values())} runs)",
        f"{untouched}::test_ctrl_c_at_each_moment_of_check_tests": f"{len(test_repository_untouched.MOMENTS)} moments",
        f"{untouched}::test_a_crash_inside_a_check": f"{len(test_repository_untouched.CRASHES)} crashes",
        untouched: f"{_tests_in(untouched) - 3} more tests",  # the three parametrised ones have rows of their own
    }


def documented_rows() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## What is tested", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[1].startswith("`tests/"):
            rows[cells[1].strip("`")] = cells[2]
    return rows


def test_the_table_of_what_is_tested_matches_the_tests():
    if "CHANGEPROOF_FUZZ_EXAMPLES" in os.environ:
        import pytest

        pytest.skip("a longer fuzzing run changes the examples per property")
    assert documented_rows() == expected_rows()


def test_the_documented_limits_are_the_code_constants():
    from changeproof import astutil, git

    text = DOC.read_text(encoding="utf-8")
    assert f"`git.MAX_FILE_SIZE`, {git.MAX_FILE_SIZE >> 20} MiB" in text
    assert "`astutil.MAX_DEPTH` levels" in text
    if "CHANGEPROOF_FUZZ_EXAMPLES" not in os.environ:  # a longer run was asked for
        assert f"({test_fuzz.FUZZ_EXAMPLES} examples per property" in text
