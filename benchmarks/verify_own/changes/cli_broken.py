"""A CLI whose entry module now imports a helper module that does not exist (a rename half done), a syntax error
in a script, and a module moved."""

TESTS = True

BASE = {
    "pyproject.toml": '''[project]
name = "pkgtool"
version = "0.5.0"
requires-python = ">=3.10"

[project.scripts]
pkgtool = "pkgtool.cli:main"
''',
    "pkgtool/__init__.py": "",
    "pkgtool/cli.py": '''"""The pkgtool command."""
import sys

from pkgtool.helpers import parse_args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    print(args)
    return 0
''',
    "pkgtool/helpers.py": '''def parse_args(argv: list[str]) -> dict:
    return {"args": list(argv)}
''',
    "tests/test_cli.py": '''from pkgtool.cli import main


def test_main():
    assert main([]) == 0
''',
}

HEAD = {
    "pkgtool/cli.py": '''"""The pkgtool command."""
import sys

from pkgtool.argparsing import parse_args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    print(args)
    return 0
''',
    "pkgtool/helpers.py": None,
    "pkgtool/args.py": '''def parse_args(argv: list[str]) -> dict:
    return {"args": list(argv), "count": len(argv)}
''',
}
