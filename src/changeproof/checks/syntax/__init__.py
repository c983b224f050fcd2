"""Syntax: every Python file the change adds or modifies must still parse (and compile).

A file that does not parse cannot be imported: every module that imports it fails with SyntaxError, and
pytest cannot collect it. Each head file is parsed with ``ast.parse`` and, for ``.py`` files, compiled
from the tree (which also catches errors the parser leaves to the compiler, such as ``return`` outside a
function or ``nonlocal`` at module level); nothing is executed.

A file that already failed at base (same path, or the old path of a rename) is reported as pre-existing.
Code using syntax newer than the running interpreter (``type X = int``, ``def f[T]()`` on 3.11) is not a
syntax error: it is reported as "could not analyse", with what the project's ``requires-python`` implies. So
is any parse failure in a project whose ``requires-python`` leaves out the running interpreter: it may be syntax
newer than the interpreter knows, and only a supported Python can tell.
"""

from __future__ import annotations

import ast
import re
import sys
import warnings
from dataclasses import dataclass
from fnmatch import fnmatchcase

from ...configfiles import pytest_skips
from ...model import Finding, Problem
from ...project.files import classify
from . import rules
from ..base import Check, CheckContext, Skip, finding

__all__ = ["CHECK", "Syntax", "parse_error", "requires_python"]

SUFFIXES = (".py", ".pyi")

# Newer syntax recognised by the message older parsers give for it (needs_python works on the source).
_NEWER_MESSAGES = [
    ((3, 14), re.compile(r"multiple exception types must be parenthesized"),
     ((3, 14), "unparenthesized `except A, B:` (PEP 758)")),
]


@dataclass
class ParseError:
    line: int | None
    column: int | None
    message: str
    text: str | None  # the offending line
    needs: tuple[tuple[int, int], str] | None = None  # (version, feature) when it is newer syntax


def _line_of(source: bytes, lineno: int | None) -> str | None:
    if not lineno or lineno < 1:
        return None
    lines = source.decode("utf-8", "replace").splitlines()
    return lines[lineno - 1].rstrip() if lineno <= len(lines) else None


def _null_line(source: bytes) -> int | None:
    cut = source.find(b"\0")
    return source.count(b"\n", 0, cut) + 1 if cut >= 0 else None


def parse_error(source: bytes, path: str) -> ParseError | None:
    """Why ``source`` does not parse (or compile) as Python, or None when it does. Never raises."""
    from ...astutil import source_problem

    problem = source_problem(source)
    if problem is not None:  # not Python source at all: said as such, never "needs a newer Python"
        line = _null_line(source)
        return ParseError(line, None, problem, _line_of(source, line), needs=None)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(source, filename=path)
            if not path.endswith(".pyi"):
                compile(tree, path, "exec", dont_inherit=True)
        return None
    except SyntaxError as exc:
        text = exc.text.rstrip("\r\n").rstrip() if isinstance(exc.text, str) and exc.text.strip() else None
        lineno = exc.lineno
        if lineno is None and b"\0" in source:  # null bytes: no position given
            lineno = _null_line(source)
        err = ParseError(lineno, exc.offset, exc.msg or str(exc), text or _line_of(source, lineno))
    except ValueError as exc:  # null bytes (older interpreters)
        lineno = _null_line(source)
        err = ParseError(lineno, None, str(exc), _line_of(source, lineno))
    except (RecursionError, MemoryError):
        return ParseError(None, None, "too deeply nested to parse", None, needs=None)
    # not at the top: the api package imports the rule catalog, which imports the check modules
    from ...api.summary import needs_python

    from ...astutil import decodable

    if not decodable(source):  # not text: Python's message says so; no guessing at newer syntax in garbage
        return err
    newer = needs_python(source.decode("utf-8", "replace"))
    if newer is None:
        newer = next((need for version, pattern, need in _NEWER_MESSAGES
                      if sys.version_info < version and pattern.search(err.message)), None)
    if newer is not None:
        err.needs = newer
    return err


def requires_python(ctx: CheckContext, path: str) -> tuple[str, str] | None:
    """The ``requires-python`` of the project holding ``path`` at head: (specifier text, file it is in), from the
    nearest pyproject.toml or setup.cfg (see :func:`changeproof.configfiles.requires_python`)."""
    return ctx.project.head.requires_python(path)


def _older_lines(spec_text: str, needed: tuple[int, int]) -> list[str] | None:
    """The 3.x lines older than ``needed`` that the specifier admits; None if it does not parse."""
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        spec = SpecifierSet(spec_text)
    except InvalidSpecifier:
        return None
    out = []
    for minor in range(needed[1]):
        if any(spec.contains(f"3.{minor}.{patch}", prereleases=True) for patch in (0, 1, 2, 5, 10, 20, 99)):
            out.append(f"3.{minor}")
    return out


def _newer_message(err: ParseError, declared: tuple[str, str] | None) -> str:
    assert err.needs is not None
    (major, minor), feature = err.needs
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    text = f"needs Python >= {major}.{minor} ({feature}); changeproof runs on Python {here}, so it cannot parse it"
    if declared is None:
        return (f"{text}. The project declares no requires-python, so the file fails on any Python older than "
                f"{major}.{minor}: declare requires-python >={major}.{minor}, or run changeproof under Python "
                f">= {major}.{minor} to check the file")
    spec, where = declared
    older = _older_lines(spec, (major, minor))
    if older is None:
        return f"{text}. The project's requires-python {spec!r} ({where}) does not parse"
    if older:
        span = "/".join(older) if len(older) <= 3 else f"{older[0]} to {older[-1]}"
        return (f"{text}. The project declares requires-python {spec} ({where}), so this file breaks on "
                f"{span}: raise requires-python to >={major}.{minor} or avoid the newer syntax")
    return (f"{text}. The project requires Python {spec} ({where}), so this is expected; run changeproof under "
            f"Python >= {major}.{minor} to check the file")


def _excludes_running(declared: tuple[str, str] | None) -> bool:
    """Whether the project's requires-python leaves out the interpreter changeproof runs on."""
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    if declared is None:
        return False
    try:
        spec = SpecifierSet(declared[0])
    except InvalidSpecifier:
        return False
    here = ".".join(str(x) for x in sys.version_info[:3])
    return not spec.contains(here, prereleases=True)


def _excluded(path: str, globs: list[str]) -> bool:
    return any(fnmatchcase(path, g) for g in globs)


class Syntax(Check):
    id = "syntax"
    title = "Syntax"
    reads = "every Python file (.py, .pyi) added or modified, at head and at base; requires-python"

    def __init__(self) -> None:
        super().__init__()
        self.parsed = 0
        self.errors = 0
        self.preexisting = 0
        self.newer = 0
        self.excluded = 0

    def run(self, ctx: CheckContext) -> list[Finding]:
        targets = [c for c in ctx.changes if c.status != "deleted" and c.path.endswith(SUFFIXES)]
        exclude = list(ctx.config.exclude or [])
        kept = [c for c in targets if not _excluded(c.path, exclude)]
        self.excluded = len(targets) - len(kept)
        if not kept:
            why = "no Python files added or modified"
            if self.excluded:
                why += f" outside [tool.changeproof] exclude ({self.excluded} excluded)"
            raise Skip(why)
        head_data = ctx.head.read_many([c.path for c in kept])
        base_files = ctx.files("base")
        head_files = ctx.files("head")
        findings: list[Finding] = []
        for c in kept:
            self.parsed += 1
            err = parse_error(head_data[c.path], c.path)
            if err is None:
                continue
            base_path = c.old_path or c.path
            at_base: ParseError | None = None
            base_broken = False
            if base_path in base_files:
                if base_files[base_path] == head_files.get(c.path):
                    base_broken = True  # same content: same error
                else:
                    at_base = parse_error(ctx.base.read(base_path), base_path)
                    base_broken = at_base is not None
            if err.needs is not None:
                self.newer += 1
                where = f"{c.path}:{err.line}" if err.line else c.path
                message = _newer_message(err, requires_python(ctx, c.path))
                if base_broken:
                    message += " (it could not be parsed at base either)"
                ctx.problems.append(Problem(path=where, message=message, side="head"))
                continue
            declared = requires_python(ctx, c.path)
            if declared is not None and _excludes_running(declared):
                self.newer += 1
                where = f"{c.path}:{err.line}" if err.line else c.path
                here = f"{sys.version_info[0]}.{sys.version_info[1]}"
                message = (f"does not parse on Python {here} ({err.message}), but the project requires Python "
                           f"{declared[0]} ({declared[1]}): this may be syntax newer than {here} rather than an "
                           f"error; run changeproof under a Python the project supports to check the file")
                if base_broken:
                    message += " (it could not be parsed at base either)"
                ctx.problems.append(Problem(path=where, message=message, side="head"))
                continue
            if err.line is None and err.message.startswith("too deeply"):
                ctx.problems.append(Problem(path=c.path, message=f"could not analyse: {err.message}", side="head"))
                continue
            position = f"line {err.line}" if err.line else "the file"
            if err.line and err.column:
                position += f", column {err.column}"
            severity = None
            folders = c.path.split("/")[:-1]
            skipped = classify(c.path, ctx.config) == "test" and pytest_skips(ctx.head, c.path)
            if skipped:
                severity = "info"
                effect = (f"pytest does not collect it ({skipped}): test "
                          f"data, such as a fixture, rather than a test")
            elif classify(c.path, ctx.config) == "test":
                effect = "pytest cannot collect it, so none of its tests run"
            elif not all(d.isidentifier() for d in folders):
                odd = next(d for d in folders if not d.isidentifier())
                severity = "risk"
                effect = (f"running it fails with SyntaxError; no import reaches it (`{odd}/` is not a valid package "
                          f"name), so nothing that imports modules breaks")
            else:
                effect = "importing it raises SyntaxError, and so does every module that imports it"
            if base_broken:
                self.preexisting += 1
                base_msg = f" ({at_base.message})" if at_base and at_base.message != err.message else ""
                message = (f"{c.path} does not parse: {err.message} ({position}); {effect}. It already failed to "
                           f"parse at base{base_msg}, so the change did not introduce this")
            else:
                self.errors += 1
                message = f"{c.path} does not parse: {err.message} ({position}); {effect}"
            findings.append(finding(rules.SYNTAX_ERROR, path=c.path, line=err.line, message=message,
                                    new=err.text, preexisting=base_broken, severity=severity))
        self.fact("files-checked", sorted(c.path for c in kept), detail="added or modified Python files parsed at head")
        self.fact("files-not-parsing", sorted(f.path for f in findings if not f.preexisting),
                  detail="files that parse at base (or are new) and do not parse at head")
        self.fact("needs-newer-python", self.newer, detail="files that need a newer Python than this one to parse")
        return findings

    def outcome(self, findings: list[Finding]) -> str:
        text = f"{self.parsed} file{'s' if self.parsed != 1 else ''} parsed, {self.errors} error{'s' if self.errors != 1 else ''}"
        if self.preexisting:
            text += f", {self.preexisting} pre-existing"
        if self.newer:
            text += f", {self.newer} need{'s' if self.newer == 1 else ''} a newer Python"
        if self.excluded:
            text += f" ({self.excluded} excluded)"
        return text


CHECK = Syntax

