"""Imports: every import of a project module still resolves at head; with --exec, every module still imports.

Static (always, nothing runs): each ``import x.y`` and ``from x import name`` in every ``.py`` file of the
head tree (production code, tests, scripts) that targets a project module, relative imports included, must
resolve at head: the module exists and ``name`` is defined there, re-exported there, a submodule, or served
by the module's ``__getattr__``. Imports inside ``try: ... except ImportError`` (or ``contextlib.suppress``)
are optional and not checked; imports under ``if TYPE_CHECKING:`` are checked but reported as risk (type
checkers fail, the program does not). The same unresolved import at base (same file, same target) is
pre-existing.

Dynamic (only with ``--exec``): every project module is imported in a fresh interpreter at base and at
head (the side's own tree first on ``PYTHONPATH``, no bytecode written, each module under the run's
timeout, the process group killed when it expires). A module that imports at base and fails at head is
``import-broken``; a failure that is a circular import (``partially initialized module``) is
``circular-import`` and names the cycle, computed from the head's module-level imports. If a side's
imports resolve outside its own tree (an installed copy shadowing it), that side is not trusted and the run
says so as a problem.
"""

from __future__ import annotations

import ast
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ...api.compare import signature_text
from ...astutil import ImportTable
from ...model import Finding, Problem
from ...project.modules import ProjectFiles, pseudo_name
from . import rules
from ..base import Check, CheckContext, Skip, finding

__all__ = ["CHECK", "Imports", "find_cycle", "import_graph"]


_CIRCULAR = re.compile(r"partially initiali[sz]ed module|circular import", re.IGNORECASE)
_PARTIAL_MODULE = re.compile(r"partially initiali[sz]ed module '([\w.]+)'")


# =============================================================================================== static

@dataclass
class _Import:
    line: int
    module: str  # absolute module the statement names
    name: str | None  # imported name (None for `import x.y`, "*" for star imports)
    text: str  # the statement
    type_checking: bool


def _absolute(module: str, is_pkg: bool, level: int, ref: str | None) -> str | None:
    if level == 0:
        return ref or None
    parts = module.split(".")
    if not is_pkg:
        parts = parts[:-1]
    if level - 1 > len(parts):
        return None
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    if not parts:
        return None
    base = ".".join(parts)
    return f"{base}.{ref}" if ref else base


def _imports(table: ImportTable, module: str, is_pkg: bool, source: str) -> list[_Import]:
    """Every import statement, anywhere in the file, except optional ones (guarded against ImportError)."""
    out: list[_Import] = []
    lines = source.splitlines()

    def text_of(node: ast.stmt) -> str:
        if node.lineno - 1 < len(lines):
            first = lines[node.lineno - 1].strip()
            if (node.end_lineno or node.lineno) == node.lineno:
                return first
        return ast.unparse(node)

    for b in table.bindings:
        if b.optional:
            continue
        node = b.node
        if b.name is None:
            out.append(_Import(node.lineno, b.module, None, text_of(node), b.type_checking))
            continue
        if node.module == "__future__":
            continue
        absmod = _absolute(module, is_pkg, node.level, node.module)
        if absmod is not None:
            out.append(_Import(node.lineno, absmod, b.name, text_of(node), b.type_checking))
    return out


@dataclass
class _Failure:
    imp: _Import
    target: str  # dotted: module or module.name
    why: str


class _StaticSide:
    def __init__(self, side, exists: set[str], tops: set[str]):
        self.side = side
        self.exists = exists
        self.tops = tops

    def module_exists(self, m: str) -> bool:
        return self.side.is_internal(m) or m in self.exists

    def failures(self, imports: list[_Import]) -> list[_Failure]:
        side = self.side
        out: list[_Failure] = []
        missing_reported: set[tuple[int, str]] = set()
        for imp in imports:
            mod = imp.module
            if mod.split(".")[0] not in self.tops:
                continue
            if imp.name is None:
                parts = mod.split(".")
                for i in range(1, len(parts) + 1):
                    prefix = ".".join(parts[:i])
                    if not self.module_exists(prefix):
                        out.append(_Failure(imp, mod, f"module `{prefix}` does not exist"))
                        break
                continue
            if not self.module_exists(mod):
                if (imp.line, mod) in missing_reported:
                    continue  # `from gone import a, b`: one finding for the statement
                missing_reported.add((imp.line, mod))
                missing = mod
                parts = mod.split(".")
                for i in range(1, len(parts) + 1):
                    if not self.module_exists(".".join(parts[:i])):
                        missing = ".".join(parts[:i])
                        break
                out.append(_Failure(imp, mod, f"module `{missing}` does not exist"))
                continue
            if imp.name == "*" or imp.name.startswith("__") and imp.name.endswith("__"):
                continue  # module dunders (`__all__`, `__version__`) are not modelled
            if mod in side.broken or mod not in side.summaries:
                continue  # nothing more to verify (or a module that does not parse: reported elsewhere)
            sub = f"{mod}.{imp.name}"
            if self.module_exists(sub):
                continue
            t = side.resolve(mod, imp.name)
            if imp.type_checking and (t is None or t.startswith("u:")):
                # type checkers also see what the target defines or imports under TYPE_CHECKING
                t = side.resolve_annotation_name(mod, imp.name) or t
            if t is not None and not t.startswith("u:"):
                continue
            if t is None:
                summ = side.summaries.get(mod) or {}
                if "__getattr__" in summ.get("members", {}):
                    continue
                out.append(_Failure(imp, sub, f"`{imp.name}` is not defined in `{mod}`"))
                continue
            _, umod, uname = t.split(":", 2)
            if umod in side.broken or umod not in side.summaries and self.module_exists(umod):
                continue  # re-exported from a module that does not parse, or that is not summarised (an extension)
            if imp.name in (side.summaries.get(mod) or {}).get("members", {}):
                continue  # defined in `mod` itself; the re-import that shadows it is optional
            out.append(_Failure(imp, sub, f"`{mod}` imports `{imp.name}` from `{umod}`, which does not define `{uname}`"
                                if umod != mod else f"`{imp.name}` is not defined in `{mod}`"))
        return out


def _binding_shape(side, module: str) -> dict:
    """What each name of a module's namespace is bound to, without the definitions' contents."""
    return {name: ("def",) if b[0] == "def" else tuple(b[:3]) for name, b in side.namespace(module).items()}


def _affected(pf) -> set[str]:
    """Modules an import could newly fail on: added, removed or unparsable on one side, names or re-exports
    changed, and (transitively) modules re-exporting from those."""
    b, h = pf.base_model, pf.head_model
    out: set[str] = set(pf.exists["base"] ^ pf.exists["head"])
    for m in set(b.modules) | set(h.modules):
        bs, hs = b.summaries.get(m), h.summaries.get(m)
        if bs is None or hs is None:
            out.add(m)
            continue
        if bs is hs:
            continue
        if bs.get("all") != hs.get("all") or bs.get("getattr") != hs.get("getattr") or \
                _binding_shape(b, m) != _binding_shape(h, m):
            out.add(m)
    grew = True
    while grew:  # a module that re-exports from an affected module is affected
        grew = False
        for m, summ in h.summaries.items():
            if m in out:
                continue
            for entry in summ.get("imports", []):
                ref, name = entry[1], entry[2]
                if name is not None and h.absolute(m, ref) in out:
                    out.add(m)
                    grew = True
                    break
    return out


def _describe(side, dotted: str) -> str | None:
    """What a dotted name was on a side, as text: `def f(...)`, `class C`, `module m`."""
    if side.is_internal(dotted):
        return f"module {dotted}"
    mod, _, name = dotted.rpartition(".")
    if not mod or mod not in side.summaries:
        return None
    t = side.resolve(mod, name)
    if not t or not t.startswith("d:"):
        return None
    obj = side.obj(t) or {}
    if obj.get("k") == "function":
        return signature_text(name, obj.get("params", []), obj.get("ret"), is_async=bool(obj.get("async")))
    if obj.get("k") == "class":
        return f"class {name}"
    return f"{name} ({obj.get('k', 'attribute')})"


# =============================================================================================== dynamic

_CHILD = r"""
import importlib, json, os, sys, traceback
proto = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr
tree = os.path.realpath(sys.argv[1])
mods = json.loads(sys.stdin.read())
sys.stdin = open(os.devnull)
def inside(p):
    try:
        return bool(p) and os.path.isabs(p) and os.path.realpath(p).startswith(tree + os.sep)
    except Exception:
        return False
for name in mods:
    proto.write(json.dumps({"start": name}) + "\n")
    rec = {"module": name, "ok": True}
    try:
        m = importlib.import_module(name)
        f = getattr(m, "__file__", None)
        if not f:
            f = next(iter(getattr(m, "__path__", None) or []), None)
        rec["file"] = f
    except BaseException as e:
        rec.update(ok=False, error=type(e).__name__, message=str(e)[:2000])
        if isinstance(e, ImportError):
            rec["missing"] = getattr(e, "name", None)
        frames = [(f.filename, f.lineno) for f in traceback.extract_tb(e.__traceback__) if inside(f.filename)]
        if isinstance(e, SyntaxError) and e.filename and inside(e.filename):
            frames.append((e.filename, e.lineno))
        if frames:
            rec["where"] = [os.path.relpath(os.path.realpath(frames[-1][0]), tree).replace(os.sep, "/"), frames[-1][1]]
    proto.write(json.dumps(rec) + "\n")
"""


_MAX_TIMEOUTS = 5  # per side: past this many hung imports the rest is not attempted


@dataclass
class _SideRun:
    results: dict[str, dict]
    timed_out: list[str]
    crashed: list[str]
    skipped: list[str] = field(default_factory=list)  # not attempted after a hang


def _kill(proc: subprocess.Popen) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # pragma: no cover - Windows
            proc.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover
        pass


def import_modules(tree: Path, roots: list[Path], modules: list[str], timeout: float) -> _SideRun:
    """Import each module in a fresh interpreter (one process for many modules; a new one after a module
    hangs past ``timeout`` seconds or kills the interpreter)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(r) for r in roots] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONHOME", None)
    run = _SideRun({}, [], [])
    remaining = list(modules)
    while remaining:
        try:
            proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(tree)], cwd=str(tree), env=env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
        except OSError as exc:  # pragma: no cover - no interpreter to run
            run.crashed.extend(remaining)
            run.results.update({m: {"module": m, "ok": False, "error": "OSError", "message": str(exc)} for m in remaining})
            return run
        lines: queue.Queue = queue.Queue()

        def pump(stream=proc.stdout, q=lines) -> None:
            for raw in stream:
                q.put(raw)
            q.put(None)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            proc.stdin.write(json.dumps(remaining).encode())
            proc.stdin.close()
        except OSError:
            pass
        current: str | None = None
        deadline = time.monotonic() + timeout
        stuck = False
        while True:
            try:
                raw = lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                stuck = True
                break
            if raw is None:
                break
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            if "start" in rec:
                current = rec["start"]
                deadline = time.monotonic() + timeout
            else:
                run.results[rec["module"]] = rec
                current = None
        if stuck:
            _kill(proc)
            run.timed_out.append(current or remaining[0])
        else:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill(proc)
            if current is not None:  # the interpreter died while importing it (os._exit, a crash)
                run.crashed.append(current)
                run.results[current] = {"module": current, "ok": False, "error": "ProcessExit",
                                        "message": f"the interpreter exited with status {proc.returncode} while importing it"}
        reader.join(timeout=1)
        done = set(run.results) | set(run.timed_out)
        left = [m for m in remaining if m not in done]
        if stuck:
            # importing a submodule imports its package first: it would hang the same way
            hung = run.timed_out[-1]
            run.skipped.extend(m for m in left if m.startswith(hung + "."))
            left = [m for m in left if not m.startswith(hung + ".")]
            if len(run.timed_out) >= _MAX_TIMEOUTS:
                run.skipped.extend(left)
                break
        if len(left) == len(remaining):  # no progress at all: give up rather than loop
            for m in left:
                run.results[m] = {"module": m, "ok": False, "error": "ProcessExit", "message": "the interpreter did not start"}
            break
        remaining = left
    return run


def import_graph(side) -> dict[str, list[tuple[str, int]]]:
    """Module -> [(imported project module, line)] from module-level imports (TYPE_CHECKING ones excluded)."""
    graph: dict[str, list[tuple[str, int]]] = {}
    for module, summ in side.summaries.items():
        edges: list[tuple[str, int]] = []
        entries = summ.get("imports", [])
        dotted_lines = {(e[1].split(".")[0], e[3]) for e in entries if e[0] == "" and e[2] is None}
        for local, ref, name, line, tc, star, *_ in entries:
            if tc:
                continue
            if local and name is None and local == ref and (ref, line) in dotted_lines:
                continue  # `import pkg.sub` binds `pkg` but the edge that matters is to `pkg.sub`
            absmod = side.absolute(module, ref)
            if not absmod:
                continue
            target = absmod
            if name not in (None, "*") and f"{absmod}.{name}" in side.modules:
                target = f"{absmod}.{name}"
            if target in side.modules and target != module:
                edges.append((target, line))
        graph[module] = edges
    return graph


def find_cycle(graph: dict[str, list[tuple[str, int]]], start: str) -> list[tuple[str, int]] | None:
    """The shortest cycle through ``start``: [(module, line of its import of the next module), ...]."""
    prev: dict[str, tuple[str, int]] = {}
    q = deque([start])
    seen = {start}
    while q:
        node = q.popleft()
        for nxt, line in graph.get(node, []):
            if nxt == start:
                path = [(node, line)]
                while path[-1][0] != start:
                    p, ln = prev[path[-1][0]]
                    path.append((p, ln))
                return list(reversed(path))
            if nxt not in seen:
                seen.add(nxt)
                prev[nxt] = (node, line)
                q.append(nxt)
    return None


def _reachable_cycle(graph: dict[str, list[tuple[str, int]]], start: str) -> list[tuple[str, int]] | None:
    """The shortest cycle through any module ``start`` reaches (itself first)."""
    q = deque([start])
    seen = {start}
    while q:
        node = q.popleft()
        cycle = find_cycle(graph, node)
        if cycle:
            return cycle
        for nxt, _ in graph.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return None


# =============================================================================================== the check

def _import_table(side, path: str) -> None:
    """Builds the file's import table, which the project keeps (nothing else to keep here)."""
    side.imports(path)


class Imports(Check):
    id = "imports"
    title = "Imports"
    reads = ("every import of a project module in the head tree (parsed); with --exec, every project module "
             "imported at base and head in a fresh interpreter")
    runs_code = False  # the static part runs nothing; the dynamic part runs only with --exec and says so

    def run(self, ctx: CheckContext) -> list[Finding]:
        self._checked = 0
        self._broken = 0
        self._dynamic: int | None = None
        pf = ctx.project.python_files
        if not pf.tops:
            raise Skip("no Python package or module found at base or head")
        findings = self._static(ctx, pf)
        self.fact("imports-checked", self._checked, detail="imports of project modules in changed or affected files, "
                                                          "resolved statically at head")
        self.fact("imports-broken", sorted({f.object for f in findings if f.object and not f.preexisting}),
                  detail="import targets that no longer resolve")
        if ctx.execute:
            findings += self._run_dynamic(ctx, pf)
        self.fact("modules-imported", None if self._dynamic is None else {
            "both_sides": self._dynamic, "failing_at_head_only": getattr(self, "_dynamic_broken", 0)},
            detail="with --exec: project modules imported in a fresh interpreter at base and head (null: not run)")
        return findings

    @classmethod
    def prefetch(cls, ctx: CheckContext) -> list[tuple]:
        """The import tables of the changed Python files at head (:meth:`~changeproof.project.ProjectSide.imports`,
        kept for the run), built while each file's tree is at hand."""
        return [("side", _import_table, "head", path) for path in ctx.changed_paths((".py",))]

    # -- static ----------------------------------------------------------------------------------------
    def _static(self, ctx: CheckContext, pf: ProjectFiles) -> list[Finding]:
        if not pf.tops:
            return []
        head = _StaticSide(pf.head_model, pf.exists["head"], pf.tops)
        base = _StaticSide(pf.base_model, pf.exists["base"], pf.tops)
        mention = re.compile(r"\b(?:import|from)\s+(?:\.|(?:" + "|".join(re.escape(t) for t in sorted(pf.tops)) + r")\b)")
        taken: set[str] = set(pf.head_model.modules)
        base_files, head_files = ctx.files("base"), ctx.files("head")
        # an unchanged file can only gain a failing import through a module whose names changed: read the
        # changed files and those that mention such a module
        affected = _affected(pf)
        lasts = sorted({m.rsplit(".", 1)[-1] for m in affected})
        touches = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in lasts) + r")\b") if lasts else None
        scan = [p for p in pf.head_py if base_files.get(pf.renamed.get(p, p)) != head_files.get(p)]
        if touches is not None:
            changed = set(scan)
            scan += [p for p in pf.head_py if p not in changed]
        head_files_text = ctx.project.head.texts(sorted(scan))
        findings: list[Finding] = []
        for path in sorted(scan):
            text = head_files_text[path]
            if not mention.search(text):
                continue
            if base_files.get(pf.renamed.get(path, path)) == head_files.get(path) and not (touches and touches.search(text)):
                continue
            module = pf.head_modules.get(path)
            if module is None:
                module, _ = pseudo_name(path, pf.tops, taken)
                taken.add(module)
            if module in pf.head_model.broken:
                continue
            table = ctx.project.head.imports(path)
            if table is None:
                continue  # does not parse: the syntax check says so
            is_pkg = path.endswith("__init__.py")
            imports = [i for i in _imports(table, module, is_pkg, text) if i.module.split(".")[0] in pf.tops]
            self._checked += len(imports)
            failing = head.failures(imports)
            if not failing:
                continue
            old_path = pf.renamed.get(path, path)
            before: set[tuple[str, str | None]] = set()
            if old_path in base_files:
                btable = ctx.project.base.imports(old_path)
                if btable is not None:
                    bmodule = pf.base_modules.get(old_path, module)
                    btext = ctx.project.base.text(old_path) or ""
                    before = {(f.imp.module, f.imp.name) for f in base.failures(_imports(btable, bmodule, is_pkg, btext))}
            for f in failing:
                pre = (f.imp.module, f.imp.name) in before
                if not pre:
                    self._broken += 1
                was = _describe(pf.base_model, f.target)
                msg = f"`{f.imp.text}` fails at head: {f.why}"
                if was and not pre:
                    msg += f" (at base: `{was}`)"
                if f.imp.type_checking:
                    msg += "; the import is under `if TYPE_CHECKING:`, so type checkers fail but the program does not"
                if pre:
                    msg += "; it did not resolve at base either"
                findings.append(finding(rules.IMPORT_BROKEN, path=path, line=f.imp.line, object=f.target,
                                        old=was, new=f.imp.text, message=msg, preexisting=pre,
                                        severity="risk" if f.imp.type_checking else None))
        return findings

    # -- dynamic ---------------------------------------------------------------------------------------
    def _run_dynamic(self, ctx: CheckContext, pf: ProjectFiles) -> list[Finding]:
        sides = {"base": pf.base_model, "head": pf.head_model}
        plans: dict[str, tuple[Path, list[Path], list[str]]] = {}
        for name, side in sides.items():
            mods = sorted(m for m, mf in side.modules.items()
                          if mf.path.endswith(".py") and m.rsplit(".", 1)[-1] != "__main__" and m not in side.broken)
            if not mods:
                continue
            try:
                tree = ctx.tree(name)
            except Exception as exc:  # noqa: BLE001 - whatever stops a side being written out is a problem, not a crash
                ctx.problems.append(Problem("(imports)", f"modules not imported at {name}: {exc}", name))
                continue
            roots = sorted({(tree / r).resolve() for r in (pf.roots[name] or {""})}, key=str)
            plans[name] = (tree, roots, mods)
        if "head" not in plans:
            return []
        from concurrent.futures import ThreadPoolExecutor  # here: only --exec imports modules

        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {name: pool.submit(import_modules, tree, roots, mods, ctx.timeout) for name, (tree, roots, mods) in plans.items()}
            runs = {name: fut.result() for name, fut in futures.items()}
        trusted: dict[str, bool] = {}
        for name, run in runs.items():
            tree = Path(os.path.realpath(plans[name][0]))
            trusted[name] = True
            for rec in run.results.values():
                f = rec.get("file")
                if rec.get("ok") and f and not os.path.realpath(f).startswith(str(tree) + os.sep):
                    ctx.problems.append(Problem("(imports)", f"{name} not isolated: imports resolved to {f} "
                                                f"(module `{rec['module']}`), not to the {name} tree; its import results are not used", name))
                    trusted[name] = False
                    break
            for m in run.timed_out:
                mf = sides[name].modules.get(m)
                ctx.problems.append(Problem(mf.path if mf else m, f"importing `{m}` at {name} did not finish within "
                                            f"{ctx.timeout:g} s: killed, its import result is unknown", name))
            if run.skipped:
                ctx.problems.append(Problem("(imports)", f"{len(run.skipped)} module{'s' if len(run.skipped) != 1 else ''} "
                                            f"not imported at {name} after imports hung (e.g. `{run.skipped[0]}`)", name))
        base_run, head_run = runs.get("base"), runs["head"]
        if not trusted["head"] or (base_run is not None and not trusted.get("base", False)):
            self._dynamic = 0
            return []
        both = [m for m in head_run.results if base_run is not None and m in base_run.results]
        self._dynamic = len(both)
        graph = import_graph(pf.head_model)
        groups: dict[tuple, list[str]] = {}
        recs: dict[str, dict] = {}
        failing_both: list[str] = []
        # third-party modules the base could not import either: this environment lacks them, the change does not
        absent = {str(r.get("missing")).split(".")[0] for r in (base_run.results.values() if base_run else ())
                  if not r.get("ok") and r.get("error") == "ModuleNotFoundError" and r.get("missing")}
        absent -= pf.tops
        for m, rec in sorted(head_run.results.items()):
            if rec.get("ok"):
                continue
            if rec.get("error") == "ModuleNotFoundError" and str(rec.get("missing")).split(".")[0] in absent:
                failing_both.append(m)
                continue
            brec = base_run.results.get(m) if base_run else None
            if base_run is not None and m in base_run.timed_out:
                continue
            if brec is not None and not brec.get("ok"):
                failing_both.append(m)
                continue
            if brec is None and m in pf.base_model.modules:
                continue  # not imported at base (not importable there): nothing to compare with
            recs[m] = rec
            if _CIRCULAR.search(rec.get("message", "")):
                key: tuple = ("circular", _cycle_key(graph, m, rec))
            else:
                key = ("broken", rec.get("error"), rec.get("message"), tuple(rec.get("where") or ()))
            groups.setdefault(key, []).append(m)
        if failing_both:
            first = failing_both[0]
            r = head_run.results[first]
            ctx.problems.append(Problem("(imports)", f"{len(failing_both)} module{'s' if len(failing_both) != 1 else ''} "
                                        f"failed to import at base and at head, or need a module this environment lacks at both "
                                        f"(not held against the change), e.g. `{first}`: "
                                        f"{r.get('error')}: {r.get('message', '')[:200]}", "head"))
        findings: list[Finding] = []
        for key, modules in groups.items():
            if key[0] == "circular":
                findings.append(self._circular(pf, graph, modules, recs))
            else:
                findings.append(self._broken_import(pf, modules, recs))
        self._dynamic_broken = sum(1 for f in findings if not f.preexisting)
        return findings

    def _broken_import(self, pf: ProjectFiles, modules: list[str], recs: dict[str, dict]) -> Finding:
        head = pf.head_model
        where = recs[modules[0]].get("where")
        # the module whose own file raised, else the first (shortest name: the package before its modules)
        primary = next((m for m in modules if where and head.modules[m].path == where[0]), None) or min(modules, key=lambda m: (m.count("."), m))
        rec = recs[primary]
        mf = head.modules[primary]
        path, line = mf.path, 1
        if where and where[0] == mf.path:
            line = where[1] or 1
        err = f"{rec.get('error')}: {rec.get('message', '')}".rstrip(": ")
        new_module = primary not in pf.base_model.modules
        msg = (f"`{primary}` is new and fails to import at head: {err}" if new_module
               else f"`{primary}` imports at base but fails at head: {err}")
        if where and where[0] != mf.path:
            msg += f" (raised at {where[0]}:{where[1]})"
        others = [m for m in modules if m != primary]
        if others:
            shown = ", ".join(f"`{m}`" for m in others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
            msg += f"; importing {shown} fails the same way"
        severity = None
        missing = rec.get("missing")
        if rec.get("error") == "ModuleNotFoundError" and missing and missing.split(".")[0] not in pf.tops:
            severity = "risk"
            msg += (f"; `{missing}` is not installed where changeproof runs: a new dependency must be declared "
                    "and installed, or this environment lacks it")
        return finding(rules.IMPORT_BROKEN, path=path, line=line, object=primary, old=None if new_module else "imports at base",
                       new=err, message=msg, severity=severity)

    def _circular(self, pf: ProjectFiles, graph, modules: list[str], recs: dict[str, dict]) -> Finding:
        head = pf.head_model
        rec = recs[modules[0]]
        cycle = _cycle_for(graph, modules[0], rec)
        err = f"{rec.get('error')}: {rec.get('message', '')}"
        if cycle:
            names = [m for m, _ in cycle]
            chain = " -> ".join(names + [names[0]])
            steps = "; ".join(f"{head.modules[m].path}:{ln} imports `{cycle[(i + 1) % len(cycle)][0]}`"
                              for i, (m, ln) in enumerate(cycle))
            start = next((c for c in cycle if c[0] in modules), cycle[0])
            path, line, obj = head.modules[start[0]].path, start[1], start[0]
            msg = f"circular import {chain} ({steps}): importing "
        else:
            chain = None
            obj = modules[0]
            path, line = head.modules[obj].path, (rec.get("where") or [None, 1])[1] or 1
            msg = "circular import (the cycle could not be traced from the module-level imports): importing "
        msg += ", ".join(f"`{m}`" for m in modules[:5]) + (f" and {len(modules) - 5} more" if len(modules) > 5 else "")
        msg += f" fails at head and worked at base: {err}"
        return finding(rules.CIRCULAR_IMPORT, path=path, line=line, object=obj, old="imports at base",
                       new=chain or err, message=msg)

    def outcome(self, findings: list[Finding]) -> str:
        checked = getattr(self, "_checked", 0)
        broken = getattr(self, "_broken", 0)
        pre = sum(1 for f in findings if f.preexisting)
        text = f"{checked} import{'s' if checked != 1 else ''} of project modules checked, {broken} broken"
        if pre:
            text += f", {pre} pre-existing"
        dynamic = getattr(self, "_dynamic", None)
        if dynamic is not None:
            text += (f"; dynamic: {dynamic} module{'s' if dynamic != 1 else ''} imported at base and head, "
                     f"{getattr(self, '_dynamic_broken', 0)} failing at head only")
        return text


def _cycle_for(graph, module: str, rec: dict) -> list[tuple[str, int]] | None:
    m = _PARTIAL_MODULE.search(rec.get("message", ""))
    for start in ([m.group(1)] if m else []) + [module]:
        if start in graph:
            cycle = find_cycle(graph, start)
            if cycle:
                return cycle
    return _reachable_cycle(graph, module)


def _cycle_key(graph, module: str, rec: dict) -> frozenset | str:
    cycle = _cycle_for(graph, module, rec)
    return frozenset(m for m, _ in cycle) if cycle else module


CHECK = Imports
