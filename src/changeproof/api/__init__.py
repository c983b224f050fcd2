"""The API engine: summaries (per file, cached by content id) -> linked sides -> comparison -> findings."""

from __future__ import annotations

import contextlib
import fnmatch
import gc
from dataclasses import dataclass, field
from pathlib import Path

from ..configfiles import source_dirs
from ..model import Finding, Problem
from .cache import SummaryCache
from .compare import compare_sides
from .discover import ModuleFile, discover
from .linker import ApiModel
from .parallel import summarise_many


@dataclass
class LoadedApi:
    """One snapshot loaded by the API engine: its linked model, what could not be analysed, the modules whose file
    does not parse, and how many files it took (and parsed, the rest coming from the cache)."""

    model: ApiModel
    problems: list[Problem] = field(default_factory=list)
    broken: set[str] = field(default_factory=set)  # modules whose file did not parse
    files: int = 0
    parsed: int = 0  # files parsed on this run (cache misses)


def load_side(snapshot, packages: list[str] | None = None, cache: SummaryCache | None = None, role: str = "head",
              exclude: list[str] | None = None) -> LoadedApi:
    """Summarise (or fetch from the cache) every module of the project in a snapshot and link them."""
    return load_sides([(snapshot, role)], packages, cache, exclude)[0]


def load_sides(sides: list[tuple[object, str]], packages: list[str] | None = None, cache: SummaryCache | None = None,
               exclude: list[str] | None = None) -> list[LoadedApi]:
    """:func:`load_side` for each (snapshot, role), with the files none of them found in the cache summarised in
    one batch (one set of worker processes for a cold tree, both sides' files shared between them), each content
    once: a file missing on both sides is summarised for the first and taken as it is by the second, as it would
    have been from the cache."""
    plans = []
    found: tuple[list[str], list[str] | None, dict[str, ModuleFile]] | None = None
    for snapshot, role in sides:
        files = snapshot.files()
        paths = [p for p in files if not any(fnmatch.fnmatchcase(p, g) for g in exclude)] if exclude else list(files)
        roots = source_dirs(snapshot)
        if found is not None and found[0] == paths and found[1] == roots:
            modules = dict(found[2])  # the same file list as the side before: the same modules
        else:
            modules = discover(paths, packages, roots)
            found = (paths, roots, modules)
        ids = {m.path: files[m.path] for m in modules.values()}
        cached = cache.get_many(sorted(set(ids.values()))) if cache is not None else {}
        plans.append((snapshot, role, modules, ids, cached))
    batch: list[tuple[object, ModuleFile, str]] = []  # (snapshot, module, content id)
    parsed: list[int] = []
    earlier: set[str] = set()  # contents an earlier side put in the batch
    for snapshot, _role, modules, ids, cached in plans:
        mine = [m for m in modules.values() if ids[m.path] not in cached and ids[m.path] not in earlier]
        parsed.append(len(mine))
        batch += [(snapshot, m, ids[m.path]) for m in mine]
        earlier.update(ids[m.path] for m in mine)
    fresh: dict[str, dict] = {}
    if batch:
        contents: dict[int, dict[str, bytes]] = {}
        for snapshot, _role, *_ in plans:
            wanted = [m.path for snap, m, _ in batch if snap is snapshot]
            if wanted:
                contents[id(snapshot)] = snapshot.read_many(wanted)
        made = summarise_many([(m.path, contents[id(snap)][m.path], m.is_package) for snap, m, _ in batch])
        del contents
        for (_snap, _m, blob), summ in zip(batch, made):
            fresh[blob] = summ
        if cache is not None:
            cache.put_many(fresh)
    out: list[LoadedApi] = []
    for (_s, role, modules, ids, cached), n in zip(plans, parsed):
        # the head of a base/head pair borrows what the base worked out and is the same on both (api.stable.Settled)
        lender = out[0].model if len(plans) == 2 and out else None
        out.append(_link(modules, ids, cached, fresh, role, n, lender))
    return out


def _link(modules: dict[str, ModuleFile], ids: dict[str, str], cached: dict[str, dict], fresh: dict[str, dict],
          role: str, parsed: int, lender: ApiModel | None = None) -> LoadedApi:
    summaries: dict[str, dict] = {}
    loaded = LoadedApi(model=None, files=len(modules), parsed=parsed)  # type: ignore[arg-type]
    for name, m in modules.items():
        summ = cached.get(ids[m.path]) or fresh.get(ids[m.path])
        if summ is None:
            continue
        if "error" in summ:
            err = summ["error"]
            where = f"{m.path}:{err['line']}" if err.get("line") else m.path
            loaded.problems.append(Problem(path=where, message=f"could not analyse: {err['message']}", side=role))
            loaded.broken.add(name)
            continue
        summaries[name] = summ
    model = ApiModel(modules, summaries, broken=loaded.broken)
    model.blob_ids = {name: ids[m.path] for name, m in modules.items()}  # what api.stable compares
    if lender is not None:
        from .stable import Settled, unchanged_modules

        settled = Settled(lender, model, unchanged_modules(lender, model))
        if settled.frame:
            model.lender = settled
            model.borrow_class = settled.borrow
    model.build(members=False)  # class members are listed by the comparison, for classes that differ
    loaded.model = model
    return loaded


def compare_loaded(base: LoadedApi, head: LoadedApi) -> tuple[list[Finding], list[Problem]]:
    findings = compare_sides(base.model, head.model, base.broken, head.broken)
    # every file that does not parse at head, and those that did not parse at base only (their API at base is
    # unknown, so nothing about them can be called removed or added): one entry per file
    head_files = {p.path.split(":")[0] for p in head.problems}
    problems: list[Problem] = list(head.problems) + [p for p in base.problems if p.path.split(":")[0] not in head_files]
    base_unresolved = {(m, n) for m, n, _t in base.model.unresolved}
    seen = set()
    for module, name, what in head.model.unresolved:
        if (module, name) in base_unresolved or (module, name) in seen:
            continue
        seen.add((module, name))
        mf: ModuleFile | None = head.model.modules.get(module)
        if mf is None or not head.model.is_public_module(module):
            continue
        problems.append(Problem(path=mf.path, message=f"`{module}.{name}` {what}: left unresolved", side="head"))
    return findings, problems


def compare_dirs(base: Path, head: Path, packages: list[str] | None = None, cache: SummaryCache | None = None) -> list[Finding]:
    """Findings between two directories (used by the fixture tests and `changeproof api DIR DIR`)."""
    from ..git import DirectorySnapshot

    b, h = load_sides([(DirectorySnapshot(Path(base)), "base"), (DirectorySnapshot(Path(head)), "head")], packages, cache)
    findings, _ = compare_loaded(b, h)
    return findings


def _config_for(snapshot, kinds: frozenset[str] | None = None):
    from ..config import Config

    return Config.from_snapshot(snapshot, f"{snapshot.ref}:pyproject.toml", kinds)


@contextlib.contextmanager
def _no_cyclic_gc():
    """The cyclic garbage collector off while the engine runs: what it builds (syntax trees, summaries of dicts,
    lists and strings, linker records) holds no reference cycle, so each collection would only walk the millions
    of live objects again (about a quarter of the CPU of a cold Django run, at the same peak memory). Reference
    counting still frees everything; the collector's state is restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _list_both(old_snap, new_snap) -> None:
    """List both sides' files: two commits of one repository one after the other (the new side's listing derived
    from the old side's, ``git.pair``), other sides at once (a thread waits for one side's listing while this one
    lists the other). A side whose listing fails here is listed again, and its error raised, where it is first
    needed."""
    import threading

    from ..git import pair

    if pair(old_snap, new_snap):
        with contextlib.suppress(Exception):
            old_snap.files()
        new_snap.files()
        return

    def list_old() -> None:
        with contextlib.suppress(Exception):
            old_snap.files()

    worker = threading.Thread(target=list_old, daemon=True)
    worker.start()
    try:
        new_snap.files()
    finally:
        worker.join()


def run_api(old_spec: str, new_spec: str, cwd: Path, packages: list[str] | None = None, use_cache: bool = True,
            kinds: frozenset[str] | None = None):
    """`changeproof api OLD NEW`: the report for two sides, each a revision, directory, wheel, sdist or name==version."""
    from ..sqlitedb import caches_off

    with _no_cyclic_gc(), (contextlib.nullcontext() if use_cache else caches_off()):
        # everything the engine built is let go (by reference counting) when _run_api returns, before the collector
        # is back: its first collection then walks the report, not every summary and linker record again
        return _run_api(old_spec, new_spec, cwd, packages, use_cache, kinds)


def _run_api(old_spec: str, new_spec: str, cwd: Path, packages: list[str] | None, use_cache: bool,
             kinds: frozenset[str] | None):
    from ..config import apply_suppressions
    from ..model import Report, Revision
    from ..sources import open_side

    cache = SummaryCache(enabled=use_cache)
    try:
        with open_side(old_spec, cwd, role="old") as old_snap, open_side(new_spec, cwd, role="new") as new_snap:
            from ..git import set_aside_together

            _list_both(old_snap, new_snap)
            unanalysable = [Problem(path=path, message=f"could not analyse: {why}", side=side)
                            for path, side, why in set_aside_together(old_snap, new_snap)]
            config = _config_for(new_snap, kinds)
            pkgs = packages or config.packages
            old, new = load_sides([(old_snap, "base"), (new_snap, "head")], pkgs, cache, exclude=config.exclude)
            if not old.model.modules and not new.model.modules:
                from ..errors import UserError

                raise UserError(f"no Python package or module found in {old_spec} or {new_spec}",
                                hint="point at the project root, or name the packages with --package / [tool.changeproof] packages")
            findings, problems = compare_loaded(old, new)
            apply_suppressions(findings, config)
            return Report(base=Revision(old_snap.ref, old_snap.sha), head=Revision(new_snap.ref, new_snap.sha),
                          findings=findings, problems=unanalysable + problems)
    finally:
        cache.close()
