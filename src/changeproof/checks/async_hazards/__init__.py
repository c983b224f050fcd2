"""Async and performance hazards: blocking calls added inside ``async def``, logging calls added.

**Blocking calls** (``blocking-call-in-async``). The engine is ruff's flake8-async port, run as a subprocess
(``ruff check --select ASYNC2 --output-format json --no-cache --isolated``) on the changed production files
of both sides, copied to a temporary directory outside the repository. ``ASYNC2`` is the blocking-call family:
ASYNC210 (``requests``/``httpx``/``urllib3``/``urllib.request`` module-level HTTP calls), ASYNC212 (methods of
an ``httpx.Client``), ASYNC220-222 (``subprocess``, ``os.system``/``os.popen``/``os.spawn*``, ``os.wait*``),
ASYNC230 (``open()``, ``io.open``), ASYNC240 (``os.path``/``pathlib`` file-system calls), ASYNC250
(``input()``) and ASYNC251 (``time.sleep``). The trio/anyio cancellation rules (ASYNC1xx) are not selected:
they are about cancel scopes, not blocking. ``--isolated`` means the project's ruff configuration does not
switch rules off, but ``# noqa: ASYNC2xx`` comments are honoured (an acknowledged call is not reported).

A small AST complement covers blocking calls ruff has no rule for (each such finding says so):
methods of a ``requests.Session`` (a name or ``self.`` attribute bound anywhere in the file to
``requests.Session()``/``requests.session()``, or such a call chained directly), ``socket.create_connection``/
``getaddrinfo``/``gethostbyname``, ``sqlite3.connect`` and ``shutil`` file-tree copies, moves and deletions.
Like ruff, it looks at calls whose innermost enclosing function is an ``async def`` (not a nested ``def`` or
``lambda``); imported aliases (``from shutil import rmtree``) are followed.

Only what the change introduced counts: diagnostics are matched between base and head by (rule, file -
renames followed, the stripped text of the source line), counting multiplicity, never by line number, so a
moved call is not new. Unchanged files are not looked at. Already-present calls are dropped, not reported.

**Logging** (``logging-added``, info): calls ``<logger>.debug/info/warning/warn/error/exception/critical/
fatal/log(...)`` where the receiver is ``logging``, a name such as ``logger``/``log``/``LOGGER``/``_logger``
(or ending in ``logger``), or a name bound to ``logging.getLogger(...)``/``structlog.get_logger(...)``. Calls are
matched by file and normalised call text; one finding per file gives the added calls' counts by level and
which are inside an ``async def``.

Both parts look at production code only: the modules changeproof's API engine discovers, minus
``[tool.changeproof] exclude``.
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from ...astutil import NESTING_TOO_DEEP, ImportTable, statements
from ...astutil import dotted as _dotted
from ...model import Finding, Problem
from . import rules
from ..base import Check, CheckContext, Skip, finding, parsed_ok

if TYPE_CHECKING:  # pragma: no cover
    from ...project import ProjectSide

ID = "async-hazards"


RUFF_SELECT = "ASYNC2"
_CHUNK = 400  # files per ruff invocation (command-line length)
_HINTS = {
    "ASYNC210": "use an async HTTP client (httpx.AsyncClient, aiohttp)",
    "ASYNC212": "use httpx.AsyncClient",
    "ASYNC220": "use asyncio.create_subprocess_exec",
    "ASYNC221": "use asyncio.create_subprocess_exec / create_subprocess_shell",
    "ASYNC222": "await the process from asyncio.create_subprocess_exec",
    "ASYNC230": "use aiofiles or anyio.open_file, or asyncio.to_thread",
    "ASYNC240": "use anyio.Path or asyncio.to_thread",
    "ASYNC250": "read input with asyncio.to_thread(input)",
    "ASYNC251": "use await asyncio.sleep(...)",
}
# the AST complement: (rule label, qualified name or a test) for calls ruff has no rule for
_COMPLEMENT = {
    "socket.create_connection": "CP-socket", "socket.getaddrinfo": "CP-socket", "socket.gethostbyname": "CP-socket",
    "sqlite3.connect": "CP-sqlite3",
    "shutil.copy": "CP-shutil", "shutil.copy2": "CP-shutil", "shutil.copyfile": "CP-shutil",
    "shutil.copytree": "CP-shutil", "shutil.rmtree": "CP-shutil", "shutil.move": "CP-shutil",
}
_SESSION_FACTORIES = {"requests.Session", "requests.session", "requests.sessions.Session"}
_SESSION_METHODS = {"get", "post", "put", "patch", "delete", "head", "options", "request", "send"}
_COMPLEMENT_HINTS = {  # label -> (why it blocks, what to do)
    "CP-requests-session": ("requests.Session methods block; ruff's ASYNC210 covers only module-level calls",
                            "use httpx.AsyncClient or aiohttp"),
    "CP-socket": ("a blocking socket/DNS call, which ruff has no rule for",
                  "use asyncio.open_connection or loop.getaddrinfo"),
    "CP-sqlite3": ("sqlite3 blocks on disk I/O, which ruff has no rule for", "use aiosqlite or asyncio.to_thread"),
    "CP-shutil": ("shutil file operations block on disk I/O, which ruff has no rule for", "use asyncio.to_thread"),
}

LOG_METHODS = {"debug": "debug", "info": "info", "warning": "warning", "warn": "warning", "error": "error",
               "exception": "exception", "critical": "critical", "fatal": "critical", "log": "log"}
_LEVEL_ORDER = ["debug", "info", "warning", "error", "exception", "critical", "log"]
_LOGGER_FACTORIES = ("getLogger", "get_logger", "getChild", "bind")


class AsyncHazardsCheck(Check):
    id = ID
    title = "Async and performance hazards"
    reads = "changed production .py files on both sides: ruff's flake8-async (ASYNC2xx) diagnostics, logging calls"
    runs_code = False

    def run(self, ctx: CheckContext) -> list[Finding]:
        pairs = [(h, b) for h, b in ctx.project.changed_production if h.endswith(".py")]
        if not pairs:
            raise Skip("no changed production Python files")
        findings: list[Finding] = []
        ruff = find_ruff()
        self.fact("files-checked", sorted(h for h, _ in pairs), detail="changed production Python files")
        if ruff is None:
            ctx.problems.append(Problem("ruff", "async-hazards: ruff is not installed, so blocking calls in async "
                                                "functions were not checked (pip install ruff)"))
            self.fact("blocking-calls-added", None, detail="not measured: ruff is not installed")
        else:
            blocking = _blocking(ctx, ruff, pairs)
            findings += blocking
            self.fact("blocking-calls-added", sorted(f"{f.path}:{f.line}" for f in blocking if not f.preexisting),
                      detail="blocking calls (sleep, sync I/O, subprocess...) the change added inside async functions")
        levels: Counter[str] = Counter()
        logging = _logging(ctx, pairs, levels)
        findings += logging
        self.fact("logging-added", {"files": sorted({f.path for f in logging if f.path}), "by_level": dict(levels)},
                  detail="logging calls the change added to production code, by level")
        return findings


    @classmethod
    def prefetch(cls, ctx: CheckContext) -> list[tuple]:
        """Both sides' blocking calls ruff has no rule for (when ruff is there) and logging calls, file by file."""
        fns = [_logging_of] + ([_complement_of] if find_ruff() is not None else [])
        return [("side", fn, role, path) for head, base in ctx.project.changed_production if head.endswith(".py")
                for role, path in (("head", head), ("base", base)) if path is not None for fn in fns]


CHECK = AsyncHazardsCheck


def find_ruff() -> str | None:
    """The ruff binary: the `ruff` package's own, the one next to this interpreter, or on PATH."""
    try:
        from ruff.__main__ import find_ruff_bin

        path = find_ruff_bin()
        if path and os.path.isfile(path):
            return str(path)
    except (ImportError, FileNotFoundError):
        pass
    exe = "ruff.exe" if os.name == "nt" else "ruff"
    beside = Path(sys.executable).parent / exe
    if beside.is_file():
        return str(beside)
    return shutil.which("ruff")


# ------------------------------------------------------------------------------------- shared AST helpers

def _scopes(tree: ast.AST) -> dict[int, list[ast.AST]]:
    """id(node) -> the chain of enclosing function/class/lambda nodes, innermost last."""
    out: dict[int, list[ast.AST]] = {}

    def visit(node: ast.AST, chain: list[ast.AST]) -> None:
        for child in ast.iter_child_nodes(node):
            out[id(child)] = chain
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                visit(child, chain + [child])
            else:
                visit(child, chain)

    visit(tree, [])
    return out


_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


def _has_async_def(tree: ast.AST) -> bool:
    """Whether the tree defines an ``async def`` anywhere (statements only: an async def is a statement, and
    statements nest only in statement bodies, never in expressions). Without one nothing runs in an async def."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for name in _BODIES:
            for child in getattr(node, name, None) or ():
                if isinstance(child, ast.AsyncFunctionDef):
                    return True
                stack.append(child)
    return False


def _in_async(chain: list[ast.AST]) -> ast.AsyncFunctionDef | None:
    """The async def a node runs in: its innermost enclosing function, if that is an async def."""
    for node in reversed(chain):
        if isinstance(node, ast.ClassDef):
            return None
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            return None
        if isinstance(node, ast.AsyncFunctionDef):
            return node
    return None


def _qualname(chain: list[ast.AST]) -> str:
    return ".".join(n.name for n in chain if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))


def _enclosing(tree: ast.Module, line: int) -> list[ast.AST]:
    """The function/class chain around a line, innermost last."""
    chain: list[ast.AST] = []
    nodes: list[ast.AST] = list(tree.body)
    while nodes:
        nxt: list[ast.AST] = []
        for n in nodes:
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and \
                    n.lineno <= line <= (n.end_lineno or n.lineno):
                chain.append(n)
                nxt = list(n.body)
                break
            if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and \
                    getattr(n, "lineno", 0) <= line <= (getattr(n, "end_lineno", 0) or 0):
                nxt = [c for c in ast.iter_child_nodes(n) if isinstance(c, ast.stmt)]
                break
        nodes = nxt
    return chain


def _added_lines(old: str | None, new: str) -> set[int]:
    """1-based head lines that the diff shows as inserted or replaced."""
    new_lines = new.splitlines()
    if old is None:
        return set(range(1, len(new_lines) + 1))
    sm = difflib.SequenceMatcher(None, old.splitlines(), new_lines, autojunk=False)
    out: set[int] = set()
    for tag, _i1, _i2, j1, j2 in sm.get_opcodes():
        if tag in ("insert", "replace"):
            out.update(range(j1 + 1, j2 + 1))
    return out


def _new_items(head: list[tuple[tuple, int]], base: Counter, added: set[int]) -> list[tuple[tuple, int]]:
    """The head items (key, line) beyond base's count of the same key; lines the diff added are taken first."""
    by_key: dict[tuple, list[int]] = {}
    for key, line in head:
        by_key.setdefault(key, []).append(line)
    out = []
    for key, lines in by_key.items():
        extra = len(lines) - base.get(key, 0)
        if extra <= 0:
            continue
        ranked = sorted(lines, key=lambda ln: (ln not in added, ln))
        out += [(key, ln) for ln in sorted(ranked[:extra])]
    return sorted(out, key=lambda item: item[1])


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


# ------------------------------------------------------------------------------------------ blocking calls

def _run_ruff(ctx: CheckContext, ruff: str, root: Path, files: list[str]) -> list[dict] | None:
    out: list[dict] = []
    for start in range(0, len(files), _CHUNK):
        chunk = files[start:start + _CHUNK]
        cmd = [ruff, "check", "--select", RUFF_SELECT, "--output-format", "json", "--no-cache", "--isolated",
               "--exit-zero", "--", *chunk]
        try:
            proc = subprocess.run(cmd, check=False, cwd=root, capture_output=True, text=True, timeout=ctx.timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            ctx.problems.append(Problem("ruff", f"async-hazards: ruff did not run: {e}"))
            return None
        try:
            if proc.returncode != 0:
                raise ValueError((proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"])[-1])
            out += json.loads(proc.stdout or "[]")
        except ValueError as e:
            ctx.problems.append(Problem("ruff", f"async-hazards: ruff failed: {e}"))
            return None
    return out


def _complement(tree: ast.Module, imports: ImportTable) -> list[tuple[str, int, str]]:
    """(rule label, line, called name) of the blocking calls ruff has no rule for, inside async defs."""
    if not _has_async_def(tree):
        return []  # every call it looks for must run inside an async def
    _qualify = imports.qualify
    sessions: set[str] = set()
    for node in ast.walk(tree):
        value = targets = None
        if isinstance(node, ast.Assign):
            value, targets = node.value, node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            value, targets = node.value, [node.target]
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            value, targets = node.context_expr, [node.optional_vars]
        if isinstance(value, ast.Call) and _qualify(_dotted(value.func)) in _SESSION_FACTORIES:
            sessions.update(t for t in (_dotted(x) for x in targets or []) if t)
    scopes = _scopes(tree)
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _in_async(scopes.get(id(node), [])) is None:
            continue
        func = node.func
        name = _qualify(_dotted(func))
        if name in _COMPLEMENT:
            out.append((_COMPLEMENT[name], node.lineno, name))
        elif isinstance(func, ast.Attribute) and func.attr in _SESSION_METHODS:
            receiver = func.value
            if (_dotted(receiver) in sessions) or (
                    isinstance(receiver, ast.Call) and _qualify(_dotted(receiver.func)) in _SESSION_FACTORIES):
                out.append(("CP-requests-session", node.lineno, f"{_dotted(receiver) or 'requests.Session()'}.{func.attr}"))
    return out


def _complement_of(side: ProjectSide, path: str) -> list[tuple[str, int, str]]:
    """:func:`_complement` of one file of a side ([] when it does not parse)."""
    imports = side.imports(path)
    tree = side.ast(path) if imports is not None else None
    return _complement(tree, imports) if tree is not None and imports is not None else []


def _blocking(ctx: CheckContext, ruff: str, pairs: list[tuple[str, str | None]]) -> list[Finding]:
    from ...git import temporary_directory

    head_prod = ctx.project.head.production_modules
    texts: dict[tuple[str, str], str] = {}
    for head, base in pairs:
        t = ctx.text("head", head)
        if t is not None:
            texts[("head", head)] = t
        if base is not None:
            b = ctx.text("base", base)
            if b is not None:
                texts[("base", base)] = b
    # diagnostics per side: (code, head path, stripped line) -> lines, with ruff's message per (path, line)
    found: dict[str, list[tuple[tuple, int]]] = {"head": [], "base": []}
    messages: dict[tuple[str, int, str], str] = {}
    to_head = {base: head for head, base in pairs if base is not None}
    with temporary_directory(avoid=ctx.repo) as tmp:
        files = []
        for (side, path), text in texts.items():
            if not ctx.project.side(side).parses(path) and \
                    ctx.project.side(side).parse_error(path) == NESTING_TOO_DEEP:
                continue  # ruff overflows its stack on what Python cannot parse either; reported below
            target = tmp / side / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            files.append(f"{side}/{path}")
        diagnostics = _run_ruff(ctx, ruff, tmp, sorted(files))
        if diagnostics is None:
            return []
        real = str(tmp.resolve())
        bad: set[tuple[str, str]] = set()
        for d in diagnostics:
            name = os.path.realpath(d.get("filename") or "")
            rel = os.path.relpath(name, real).replace(os.sep, "/")
            side, _, path = rel.partition("/")
            if (side, path) not in texts:
                continue
            code = d.get("code") or "invalid-syntax"
            line = (d.get("location") or {}).get("row") or 0
            if not code.startswith("ASYNC"):
                if code == "invalid-syntax" and (side, path) not in bad:
                    bad.add((side, path))
                    ctx.problems.append(Problem(path, f"async-hazards: ruff cannot parse the file (line {line}: "
                                                      f"{d.get('message')}); its findings may be incomplete", side))
                continue
            hp = path if side == "head" else to_head.get(path, path)
            found[side].append(((code, hp, _line(texts[(side, path)], line)), line))
            if side == "head":
                messages[(hp, line, code)] = d.get("message") or ""
    for (side, path), text in texts.items():
        if not parsed_ok(ctx, side, path, report=side == "head", check=ID, what="blocking calls ruff has no rule for"):
            continue
        hp = path if side == "head" else to_head.get(path, path)
        for label, line, name in ctx.project.side(side).derived(_complement_of, path):
            found[side].append(((label, hp, _line(text, line)), line))
            if side == "head":
                messages[(hp, line, label)] = f"`{name}()`"
    base_count = Counter(key for key, _ in found["base"])
    findings = []
    by_file: dict[str, list[tuple[tuple, int]]] = {}
    for key, line in found["head"]:
        by_file.setdefault(key[1], []).append((key, line))
    for head, base in pairs:
        items = by_file.get(head)
        if not items:
            continue
        text = texts[("head", head)]
        added = _added_lines(texts.get(("base", base)) if base else None, text)
        tree = ctx.project.head.ast(head)
        for (code, path, source), line in _new_items(items, base_count, added):
            chain = _enclosing(tree, line) if tree is not None else []
            qual = _qualname(chain)
            module = head_prod.get(path)
            where = f"async def {qual}()" if qual else "an async function"
            said = messages.get((path, line, code), "")
            if code.startswith("CP-"):
                why, hint = _COMPLEMENT_HINTS[code]
                what = f"{said} in {where}: {why} (changeproof complement {code})"
            else:
                hint = _HINTS.get(code, "use an async equivalent or asyncio.to_thread")
                what = f"`{source}` in {where}: {said} (ruff {code})"
            findings.append(finding(rules.BLOCKING_CALL_IN_ASYNC, path=path, line=line, new=source or None,
                object=f"{module}.{qual}" if module and qual else (module or None),
                message=f"{what}. A blocking call stalls the event loop: every other task waits until it returns; "
                        f"{hint}."))
    return findings


# ------------------------------------------------------------------------------------------------ logging

def _logging_calls(tree: ast.Module) -> list[tuple[str, str, int, bool]]:
    """(level, normalised call text, line, inside async def) of every logging call."""
    bound: set[str] = set()
    for node in statements(tree):  # assignments are statements
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call):
            func = _dotted(node.value.func) or ""
            if func.rsplit(".", 1)[-1] in _LOGGER_FACTORIES:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                bound.update(t for t in (_dotted(x) for x in targets) if t)
    scopes = _scopes(tree) if _has_async_def(tree) else {}  # no async def: no call is inside one
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOG_METHODS):
            continue
        receiver = _dotted(node.func.value)
        if receiver is None:
            continue
        last = receiver.rsplit(".", 1)[-1].lstrip("_").lower()
        if not (receiver in bound or last in {"logging", "log", "logger", "logs"}
                or last.endswith(("logger", "_log"))):
            continue
        level = LOG_METHODS[node.func.attr]
        if level == "log":
            if not node.args:
                continue
            first = (_dotted(node.args[0]) or "").rsplit(".", 1)[-1].lower()
            level = LOG_METHODS.get(first, "log")
        out.append((level, ast.unparse(node), node.lineno, _in_async(scopes.get(id(node), [])) is not None))
    return out


def _logging_of(side: ProjectSide, path: str) -> list[tuple[str, str, int, bool]] | None:
    """:func:`_logging_calls` of one file of a side, None when it does not parse."""
    tree = side.ast(path)
    return _logging_calls(tree) if tree is not None else None


def _logging(ctx: CheckContext, pairs: list[tuple[str, str | None]], added: Counter | None = None) -> list[Finding]:
    """Logging calls the change added, one finding per file; ``added`` counts them by level."""
    head_prod = ctx.project.head.production_modules
    findings = []
    for head, base in pairs:
        text = ctx.text("head", head)
        if text is None or not parsed_ok(ctx, "head", head, check=ID, what="its logging calls"):
            continue
        calls = ctx.project.head.derived(_logging_of, head)
        if not calls:
            continue
        base_text = ctx.text("base", base) if base else None
        base_calls = ctx.project.base.derived(_logging_of, base) if base_text is not None else None
        base_count = Counter((lvl, call) for lvl, call, _, _ in (base_calls or []))
        info = {(lvl, call, line): in_async for lvl, call, line, in_async in calls}
        new = _new_items([((lvl, call), line) for lvl, call, line, _ in calls], base_count, _added_lines(base_text, text))
        if not new:
            continue
        levels = Counter(key[0] for key, _ in new)
        if added is not None:
            added.update(levels)
        counts = ", ".join(f"{levels[lvl]} {lvl}" for lvl in _LEVEL_ORDER if levels[lvl])
        in_async = [line for (lvl, call), line in new if info.get((lvl, call, line))]
        msg = f"{len(new)} logging call{'s' if len(new) != 1 else ''} added ({counts})"
        if in_async:
            msg += f"; {len(in_async)} inside async def (line{'s' if len(in_async) != 1 else ''} " \
                   f"{', '.join(map(str, in_async))})"
        msg += ". Check the levels, the volume on hot paths and loops, and that no secrets or personal data are logged."
        shown = [f"{line}: {_line(text, line)}" for _, line in new[:10]]
        if len(new) > 10:
            shown.append(f"... and {len(new) - 10} more")
        findings.append(finding(rules.LOGGING_ADDED, path=head, line=new[0][1], object=head_prod.get(head),
                                new="\n".join(shown), message=msg))
    return findings
