"""The finding kinds of this check: id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ...model import rule

ID = "syntax"
TITLE = "Syntax"

SYNTAX_ERROR = rule(
    "syntax-error",
    ID,
    "breaking",
    "A Python file no longer parses",
    """
    A Python file added or modified by the change is not valid Python for the interpreter changeproof runs
    on: `ast.parse` (or compiling the parsed tree) raises SyntaxError. Importing the module raises
    SyntaxError, so every module that imports it fails too, the application does not start, and pytest
    cannot collect a broken test file. The finding gives the line and the parser's message, with the
    offending line as `new`. A file no import can reach (under a directory that is not a valid package name,
    such as `.temp/` or `my-scripts/`) is a risk: only running it directly fails. A file that already failed to parse at base is reported as pre-existing and
    not held against the change; a deleted file is not checked. Syntax newer than the running interpreter
    (`type X = int`, `def f[T]()`, `except*`) is not reported as an error but as a file that could not be
    analysed, naming the Python version it needs and what the project's `requires-python` says about it; so
    is any parse failure in a project whose `requires-python` leaves out the running interpreter (it may be
    syntax newer than the interpreter knows). Instead: fix the syntax before merging (a test run or `python -m compileall` catches it).
    """,
    """
def total(items):
    return sum(item.price for item in items)
""",
    """
def total(items):
    return sum(item.price for item in items
# SyntaxError: '(' was never closed
""",
)

RULES = (SYNTAX_ERROR,)
