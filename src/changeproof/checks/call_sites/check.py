"""The call-sites check: which names changed, which files call them, and each such call checked at base and head."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...api.linker import ApiModel
from ...api.linker import target_path as natural_path
from ...astutil import parse as parse_source
from ...model import Finding, Problem
from ...project.factcache import engine_id
from ...project.modules import ProjectFiles, consumer_files, pseudo_name
from ..base import Check, CheckContext, Skip, finding
from . import rules
from .binding import CallShape, first_fit
from .resolve import Resolver, described, is_declaration
from .scan import CallNames, FileScan

_MAX_FILE = 2_000_000  # bytes: larger "Python" files are generated data, not code worth scanning
# ------------------------------------------------------------------------------------------------ changes

def _changed_names(base_model: ApiModel, head_model: ApiModel, same: set[str], extra: list[tuple[dict, dict]] = ()) -> set[str]:
    """Leaf names of definitions that differ between the sides (or exist on one only), and of classes
    inheriting from one: a call whose callee's name is not in here cannot reach a changed callable.
    ``extra``: (base, head) summaries of changed files that are not project modules (tests, scripts)."""
    names: set[str] = set()
    changed_classes: set[str] = set()

    def diff(module: str, qual: str, a: dict, b: dict) -> None:
        for name in set(a) | set(b):
            x, y = a.get(name), b.get(name)
            if x == y or (x is not None and y is not None and _no_lines(x) == _no_lines(y)):
                continue  # unchanged, or only moved up or down the file
            names.add(name)
            q = f"{qual}.{name}" if qual else name
            if (x or {}).get("k") == "class" or (y or {}).get("k") == "class":
                changed_classes.add(f"d:{module}:{q}")
                diff(module, q, (x or {}).get("members", {}) if (x or {}).get("k") == "class" else {},
                     (y or {}).get("members", {}) if (y or {}).get("k") == "class" else {})

    for module in set(base_model.summaries) | set(head_model.summaries):
        if module in same:
            continue
        a, b = base_model.summaries.get(module), head_model.summaries.get(module)
        if a is b:
            continue
        diff(module, "", (a or {}).get("members", {}), (b or {}).get("members", {}))
    for i, (a, b) in enumerate(extra):
        diff(f"<file{i}>", "", (a or {}).get("members", {}), (b or {}).get("members", {}))
    if changed_classes:
        for side in (base_model, head_model):
            for module, summ in side.summaries.items():
                for name, obj in summ.get("members", {}).items():
                    if obj.get("k") != "class" or name in names:
                        continue
                    info = side.class_info(f"d:{module}:{name}")
                    if info is not None and any(c in changed_classes for c in info.chain):
                        names.add(name)
    return names


def _no_lines(obj):
    """A summary record without its line numbers: a definition that only moved compares equal."""
    if isinstance(obj, dict):
        return {k: _no_lines(v) for k, v in obj.items() if k != "line"}
    if isinstance(obj, list):
        return [_no_lines(v) for v in obj]
    return obj


# ------------------------------------------------------------------------------------------------ the callers

_CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=]")  # PEP 263: a declared encoding (first two lines)


def _tree(ctx: CheckContext, caller: _Caller) -> ast.Module | None:
    """The caller's syntax tree: the project's (parsed once for every check) for a head file whose bytes are ASCII
    with no encoding declared, since its text then parses exactly as its bytes do; else parsed from the bytes."""
    if not caller.consumer and caller.data.isascii() and not any(_CODING.match(line) for line in
                                                                  caller.data.split(b"\n", 2)[:2]):
        return ctx.project.head.ast(caller.path)
    tree, _ = parse_source(caller.data, caller.path)
    return tree

_FACT_KIND = "call-sites"


def _engine() -> str:
    import sys

    from . import scan

    return engine_id(sys.modules[__name__], scan)


def _valid_called(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(n, str) for n in value)


def _mentioning(ctx: CheckContext, paths: list[str], calls: CallNames,
                lines: dict[str, list[int]]) -> dict[str, bytes]:
    """The contents of the head files of ``paths`` that may call one of the names: with names that are runs of
    word characters, a file whose called names (cached by content id) include none of them is not read. The
    lines of a file read for the first time go to ``lines`` (found in the same pass as its called names)."""
    if not paths:
        return {}
    if not calls.indexable:
        return ctx.head.read_many(paths)
    files = ctx.files("head")
    cache = ctx.project.fact_cache
    known = cache.get_many(_FACT_KIND, _engine(), sorted({files[p] for p in paths}), _valid_called)
    names = calls.names
    wanted = [p for p in paths if files[p] not in known or not names.isdisjoint(known[files[p]])]
    contents = ctx.head.read_many(wanted) if wanted else {}
    fresh: dict[str, list[str]] = {}
    for p in wanted:
        blob = files[p]
        if blob not in known:
            data = contents[p]
            if len(data) > _MAX_FILE:
                fresh[blob], lines[p] = [], []
            else:
                fresh[blob], lines[p] = calls.called_and_lines(data)
    cache.put_many(_FACT_KIND, _engine(), fresh)
    return contents


# ------------------------------------------------------------------------------------------------ the check

@dataclass
class _Caller:
    path: str  # report path
    module: str  # (pseudo) module name
    data: bytes
    base_path: str | None  # the same file at base (for pseudo-modules' own definitions), None when new
    lines: list[int]  # lines with a call-like mention of a changed name
    consumer: bool = False  # a --consumer file: the same on both sides


@dataclass
class _Stats:
    calls: int = 0
    callees: set[str] = field(default_factory=set)
    broken: int = 0


class CallSites(Check):
    id = "call-sites"
    title = "Call sites"
    reads = "every call in the head tree (production code, tests, --consumer checkouts) to a project callable whose signature changed"
    runs_code = False

    def run(self, ctx: CheckContext) -> list[Finding]:
        self._stats = _Stats()
        self._names: set[str] = set()
        findings = self._run(ctx)
        self.fact("changed-callables", len(self._names),
                  detail="project callables whose signature changed or that were removed (names whose call sites "
                         "were looked for)")
        self.fact("calls-checked", self._stats.calls, detail="calls to those callables found and bound at head")
        self.fact("callees-called", sorted(self._stats.callees), detail="the changed callables that have callers")
        self.fact("calls-broken", sorted({f.object for f in findings if f.object and not f.preexisting}),
                  detail="callables with at least one call that no longer binds")
        return findings

    def _run(self, ctx: CheckContext) -> list[Finding]:
        pf = ctx.project.python_files
        if not pf.tops:
            raise Skip("no Python package or module found at base or head")
        base_model, head_model = pf.base_model, pf.head_model
        files_b, files_h = ctx.files("base"), ctx.files("head")
        same_modules = {name for path, name in pf.head_modules.items()
                        if pf.base_modules.get(path) == name and files_b.get(path) == files_h.get(path)}
        # changed files that are not project modules: their own functions are callees of their own calls
        others = [p for p in pf.head_py if p not in pf.head_modules
                  and files_b.get(pf.renamed.get(p, p)) != files_h.get(p)]
        extra: list[tuple[dict, dict]] = []
        if others:
            got_h = ctx.project.summaries(ctx.head.read_many(others))
            olds = [pf.renamed.get(p, p) for p in others if pf.renamed.get(p, p) in files_b]
            got_b = ctx.project.summaries(ctx.base.read_many(olds)) if olds else {}
            extra = [(got_b.get(pf.renamed.get(p, p)) or {}, got_h[p]) for p in others]
        names = _changed_names(base_model, head_model, same_modules, extra)
        self._names = names
        if not names:
            return []
        callers = self._callers(ctx, pf, names)
        if not callers:
            return []
        # pseudo-modules: files the engine does not treat as project modules, on both sides
        extra_h: dict[str, tuple[str, bytes]] = {}
        extra_b: dict[str, tuple[str, bytes]] = {}
        base_paths = set(files_b)
        for c in callers:
            if c.module in head_model.modules:
                continue
            extra_h[c.module] = (c.path, c.data)
            if c.consumer:
                extra_b[c.module] = (c.path, c.data)
            elif c.base_path is not None and c.base_path in base_paths:
                extra_b[c.module] = (c.base_path, ctx.base.read(c.base_path))
        head_side, bad_h = ctx.project.augmented(head_model, extra_h) if extra_h else (head_model, set())
        base_side, _ = ctx.project.augmented(base_model, extra_b) if extra_b else (base_model, set())
        rb, rh = Resolver(base_side, pf.tops, pf.exists["base"]), Resolver(head_side, pf.tops, pf.exists["head"])
        findings: list[Finding] = []
        for caller in callers:
            if caller.module in bad_h or caller.module in head_model.broken:
                continue
            tree = _tree(ctx, caller)
            if tree is None:
                continue
            try:
                calls = FileScan(caller.module, tree, head_side, names).run(caller.lines)
            except RecursionError:
                ctx.problems.append(Problem(caller.path, "call sites not checked: the file is too deeply nested", "head"))
                continue
            seen: set[tuple] = set()
            for call, ref in calls:
                f = self._check_call(caller, call, ref, rb, rh)
                if f is not None and (f.line, f.object, f.message) not in seen:
                    seen.add((f.line, f.object, f.message))
                    findings.append(f)
        return findings

    def _callers(self, ctx: CheckContext, pf: ProjectFiles, names: set[str]) -> list[_Caller]:
        """The files worth parsing: those that mention a changed name."""
        out: list[_Caller] = []
        taken: set[str] = set(pf.head_model.modules)
        calls = CallNames(names)
        head_paths = [p for p in pf.head_py]
        found: dict[str, list[int]] = {}
        contents = _mentioning(ctx, head_paths, calls, found)
        base_files = set(ctx.files("base"))
        for path in head_paths:
            data = contents.get(path)
            if data is None:
                continue  # calls none of the names (known from the file's content id)
            lines = found[path] if path in found else calls.lines(data) if len(data) <= _MAX_FILE else []
            if not lines:
                continue
            module = pf.head_modules.get(path)
            if module is None:
                module, _ = pseudo_name(path, pf.tops, taken)
                taken.add(module)
            base_path = pf.renamed.get(path, path)
            out.append(_Caller(path, module, data, base_path if base_path in base_files else None, lines))
        for i, consumer in enumerate(ctx.consumers):
            consumer = Path(consumer)
            if not consumer.is_dir():
                ctx.problems.append(Problem(str(consumer), "consumer not checked: not a directory", None))
                continue
            label = consumer.resolve().name or f"consumer{i + 1}"
            for rel, full in consumer_files(consumer):
                try:
                    data = full.read_bytes()
                except OSError as exc:
                    ctx.problems.append(Problem(f"{label}/{rel}", f"could not read: {exc.strerror or exc}", None))
                    continue
                lines = calls.lines(data) if len(data) <= _MAX_FILE else []
                if not lines:
                    continue
                if parse_source(data, rel)[0] is None:
                    ctx.problems.append(Problem(f"{label}/{rel}", "call sites not checked: the file does not parse", None))
                    continue
                module, _ = pseudo_name(rel, pf.tops, taken, prefix=f"__consumer{i}__.")
                taken.add(module)
                out.append(_Caller(f"{label}/{rel}", module, data, None, lines, consumer=True))
        return out

    def _check_call(self, caller: _Caller, call: ast.Call, ref: tuple, rb: Resolver, rh: Resolver) -> Finding | None:
        res_h = rh.resolve(ref)
        if res_h.kind == "unknown":
            return None
        res_b = rb.resolve(ref)
        cb = rb.callee(res_b) if res_b.kind == "obj" else None
        if res_h.kind == "missing":
            path, text = (cb.path, cb.text) if cb is not None else described(rb, res_b)
            if path is None:
                return None  # not a project function or class at base either
            return self._gone(caller, call, path, text, "this call fails")
        if cb is not None and res_h.kind == "obj" and res_h.target != res_b.target and is_declaration(rh.side, res_h.target) \
                and not is_declaration(rb.side, res_b.target):
            # the implementation is gone: the call now reaches a Protocol's stub or an abstract declaration
            owner = (natural_path(res_h.target.rsplit(".", 1)[0]) or "").rsplit(".", 1)[-1]
            return self._gone(caller, call, cb.path, cb.text, f"this call now reaches the declaration in `{owner}` "
                              "(a stub that does nothing, or an abstract method), not an implementation")
        ch = rh.callee(res_h)
        if ch is None:
            if cb is not None and res_h.kind == "obj" and res_h.target:
                obj = rh.side.obj(res_h.target) or {}
                if obj.get("k") == "property":
                    self._stats.calls += 1
                    self._stats.callees.add(cb.path)
                    self._stats.broken += 1
                    return finding(rules.CALL_SITE_BROKEN, path=caller.path, line=call.lineno, object=cb.path,
                                   old=cb.text, new=f"@property {cb.path.rsplit('.', 1)[-1]}",
                                   message=f"`{cb.display}` is a property at head: this call calls the value it returns")
            return None
        if cb is None or cb.key == ch.key:
            return None  # new at head, not a known callable at base, or its binding signature is unchanged
        self._stats.calls += 1
        self._stats.callees.add(ch.path)
        shape = CallShape.of(call)
        name = ch.display.rsplit(".", 1)[-1]
        reasons_h = first_fit(ch, shape, name, now=True)
        if not reasons_h:
            return None
        reasons_b = first_fit(cb, shape, name, now=False)
        pre = bool(reasons_b)
        if not pre:
            self._stats.broken += 1
        params = {p for _, p in reasons_h if p}
        message = f"`{ch.display}` changed and this call no longer binds: " + "; ".join(r for r, _ in reasons_h)
        if pre:
            message = f"this call to `{ch.display}` does not bind: " + "; ".join(r for r, _ in reasons_h) + \
                      " (it did not bind the base signature either)"
        return finding(rules.CALL_SITE_BROKEN, path=caller.path, line=call.lineno, object=ch.path,
                       parameter=params.pop() if len(params) == 1 else None, old=cb.text, new=ch.text,
                       message=message, preexisting=pre)

    def _gone(self, caller: _Caller, call: ast.Call, path: str, text: str | None, what: str) -> Finding:
        """A call to a callable that no longer exists (as an implementation) at head."""
        self._stats.calls += 1
        self._stats.callees.add(path)
        self._stats.broken += 1
        parts = path.split(".")
        short = ".".join(parts[-2:]) if len(parts) > 1 else path
        return finding(rules.CALL_SITE_BROKEN, path=caller.path, line=call.lineno, object=path, old=text, new=None,
                       message=f"`{short}` no longer exists at head: {what} (it was `{text}` at base)")

    def outcome(self, findings: list[Finding]) -> str:
        s = getattr(self, "_stats", None) or _Stats()
        pre = sum(1 for f in findings if f.preexisting)
        text = (f"{s.calls} call site{'s' if s.calls != 1 else ''} to {len(s.callees)} changed "
                f"callable{'s' if len(s.callees) != 1 else ''} checked, {s.broken} broken")
        if pre:
            text += f", {pre} pre-existing"
        return text

CHECK = CallSites
