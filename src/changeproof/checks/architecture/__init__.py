"""Architecture: import contracts checked by import-linter on both sides, plus two static signals.

**Import contracts** (``boundary-violation``). Contracts come from head's import-linter configuration
(``setup.cfg [importlinter]``, ``.importlinter`` or ``pyproject.toml [tool.importlinter]``, searched in that
order, like ``lint-imports`` does) and from ``[tool.changeproof.architecture]``, which is translated into an
import-linter INI file written to a temporary directory outside the repository:

* ``independent = ["a", "b"]``  -> one ``independence`` contract over the modules;
* ``layers = ["high", "mid", "low"]`` -> one ``layers`` contract (highest first, full module names);
* ``forbidden = [{source = "a.api", forbidden = ["a.db", "requests"]}]`` -> one ``forbidden`` contract per
  entry (``include_external_packages`` is switched on when a forbidden module is not a package of the tree).

The same contracts (head's) are checked on both trees, each in its own ``python -c`` subprocess that uses
import-linter's application API (``read_user_options`` + ``create_report``, grimp caching off so nothing is
written into the tree) and writes every broken contract's import chains, with grimp's import details (line
number and text of each import statement), as JSON. That is sturdier than parsing ``lint-imports`` output,
whose wording, wrapping and colouring change between versions and which does not give the import texts.

Isolation: grimp finds root packages through ``importlib``, so the tree's import roots (``src/``, the tree
root, ``lib/``, ``python/`` - wherever the root package is) go first on ``PYTHONPATH`` and the subprocess
verifies that each root package resolves inside that tree. If one does not (an editable install of head, or a
copy on the user's ``PYTHONPATH`` winning over a namespace package of the tree), that side is reported as a
Problem ("not isolated") and no comparison is made.

What counts: a broken import chain at head is new when the same chain (contract, importer -> imported for
each link) is not broken at base and at least one of its imports is a statement that base does not have
(grimp's line text, not the line number). The new import statements are reported, each at the importer's
file:line with the contract's name. Chains already broken at base are reported once with
``preexisting=True`` (listed apart, never held against the change). When the base tree has no copy of a
root package (the change adds the package) or import-linter cannot run on base, the comparison falls back to
"does the importer's base file contain that import statement". An import under ``if TYPE_CHECKING:`` is
counted like import-linter counts it (unless the contract's ``exclude_type_checking_imports`` says
otherwise), but reported as ``risk``: it couples the code statically, not at runtime. When head has no
broken contract, base is not linted at all (nothing could be new).

**Relative imports** (``relative-import-added``) and **duplicate definitions** (``duplicate-definition``) are
static and run whether or not there are contracts; see their rules below. Both look only at production
code: the modules changeproof's API engine discovers (packages, not tests, docs, examples or scripts),
minus ``[tool.changeproof] exclude``. What already exists at base is dropped (not reported).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...astutil import statements
from ...model import Finding, Problem
from . import rules
from ..base import Check, CheckContext, finding, parsed_ok

if TYPE_CHECKING:  # pragma: no cover
    from ...project import ProjectSide

ID = "architecture"
_WHAT = "its imports and definitions"  # what is not checked in a file that does not parse


# names expected to repeat across modules: entry points, framework conventions (Django Meta, Migration,
# Command), per-package configuration
COMMON_NAMES = frozenset({"main", "setup", "teardown", "run", "cli", "app", "create_app", "Config", "Settings",
                          "Meta", "Migration", "Command"})
ABSOLUTE_SHARE = 0.9  # base share of absolute in-project imports from which a relative import is reported
_PREFIXES = ("src/", "", "lib/", "python/")  # where root packages usually live, tried in order
_CONFIG_FILES = ("setup.cfg", ".importlinter", "pyproject.toml")  # import-linter's own search order
_CONTRACT_WHY = {
    "independence": "modules declared independent must not import each other, directly or indirectly",
    "layers": "a lower layer must not import a higher one, directly or indirectly",
    "forbidden": "the source modules must not import the forbidden ones",
}


class ArchitectureCheck(Check):
    id = ID
    title = "Architecture"
    reads = ("import-linter contracts ([tool.importlinter], .importlinter, [tool.changeproof.architecture]) on "
             "both trees; imports and top-level definitions of changed production modules")
    runs_code = False  # grimp parses the code; nothing of the project is imported or run

    def __init__(self) -> None:
        super().__init__()
        self._notes: list[str] = []

    def run(self, ctx: CheckContext) -> list[Finding]:
        self._notes = []
        findings: list[Finding] = []
        sources = _contract_sources(ctx)
        if sources is None:
            self._notes.append("no import contracts")
        else:
            findings += _boundaries(ctx, sources, self._notes)
        self.fact("import-contracts", 0 if sources is None else len(sources),
                  detail="sources of import contracts checked with import-linter on both trees")
        self.fact("boundary-violations-added", sorted({f"{f.path}:{f.line}" for f in findings
                                                        if f.kind == "boundary-violation" and not f.preexisting}),
                  detail="imports the change added that break an import contract")
        findings += _relative_imports(ctx, self)
        findings += _duplicates(ctx, self)
        return findings

    @classmethod
    def prefetch(cls, ctx: CheckContext) -> list[tuple]:
        """The relative imports and top-level definitions of the changed production files, both sides."""
        return [("side", fn, role, path) for head, base in ctx.project.changed_production
                for role, path in (("head", head), ("base", base)) if path is not None
                for fn in (_relative_of, _top_defs_of)]

    def outcome(self, findings: list[Finding]) -> str:
        text = super().outcome(findings)
        notes = getattr(self, "_notes", None)
        return text + (f" ({'; '.join(notes)})" if notes else "")


CHECK = ArchitectureCheck


# ------------------------------------------------------------------------------------ import contracts

class _Source:
    """One import-linter configuration file and the root packages it names."""

    def __init__(self, label: str, path: Path, tops: list[str], translated: bool):
        self.label, self.path, self.tops, self.translated = label, path, tops, translated


def _contract_sources(ctx: CheckContext) -> list[tuple[str, Any]] | None:
    """What declares contracts at head: ("file", name) for an import-linter config, ("changeproof", table)."""
    out: list[tuple[str, Any]] = []
    head = ctx.project.head
    for name in _CONFIG_FILES:
        if name == "pyproject.toml":
            pyproject = head.toml(name)
            if pyproject is None:
                continue
            found = "importlinter" in pyproject.table("tool")  # invalid TOML: the runner says so
        else:
            ini = head.ini(name)
            if ini is None:
                continue
            if ini.parser is None:
                ctx.problems.append(Problem(name, f"architecture: cannot read {name}: {ini.error}", "head"))
            found = ini.parser is not None and ini.parser.has_section("importlinter")
        if found:
            out.append(("file", name))
            break
    arch = ctx.config.architecture or {}
    if any(arch.get(k) for k in ("independent", "layers", "forbidden")):
        out.append(("changeproof", arch))
    return out or None


def _find_root(tree: Path, top: str) -> str | None:
    """The import root (relative to the tree, "" for the tree itself) holding package or module ``top``."""
    for prefix in _PREFIXES:
        base = tree / prefix if prefix else tree
        if (base / top).is_dir() or (base / f"{top}.py").is_file():
            return prefix.rstrip("/")
    for init in sorted(tree.glob(f"*/{top}/__init__.py")):
        if not init.parent.parent.name.startswith("."):
            return init.parent.parent.name
    return None


def _top(name: str) -> str:
    return name.strip().split(".")[0]


def _translate(arch: dict[str, Any], head_tree: Path) -> tuple[str, list[str]]:
    """``[tool.changeproof.architecture]`` as an import-linter INI file, and its root packages."""
    contracts: list[tuple[str, str, dict[str, list[str] | str]]] = []
    internal: list[str] = []
    external = False
    if arch.get("independent"):
        mods = list(arch["independent"])
        contracts.append((f"independent: {', '.join(mods)}", "independence", {"modules": mods}))
        internal += mods
    if arch.get("layers"):
        mods = list(arch["layers"])
        contracts.append((f"layers: {' > '.join(mods)}", "layers", {"layers": mods}))
        internal += mods
    for item in arch.get("forbidden") or []:
        source, forbidden = str(item["source"]), [str(f) for f in item["forbidden"]]
        internal.append(source)
        for f in forbidden:
            if _find_root(head_tree, _top(f)) is not None:
                internal.append(f)
            else:
                external = True
        contracts.append((f"forbidden: {source} must not import {', '.join(forbidden)}", "forbidden",
                          {"source_modules": [source], "forbidden_modules": forbidden}))
    tops = sorted({_top(m) for m in internal})
    lines = ["[importlinter]", "root_packages =", *[f"    {t}" for t in tops]]
    if external:
        lines.append("include_external_packages = True")
    for i, (name, kind, options) in enumerate(contracts, start=1):
        lines += ["", f"[importlinter:contract:changeproof-{i}]", f"name = {name}",
                  f"type = {kind}"]
        for key, value in options.items():
            lines += [f"{key} ="] + [f"    {v}" for v in value]
    return "\n".join(lines) + "\n", tops


def _config_tops(path: Path) -> list[str]:
    """Root packages named by an import-linter configuration, read with import-linter's own reader."""
    from importlinter.api import read_configuration

    options = read_configuration(str(path))["session_options"]
    tops = options.get("root_packages") or options.get("root_package") or []
    if isinstance(tops, str):
        tops = [tops]
    return [t.strip() for t in tops if t.strip()]


_RUNNER = r'''
import importlib.util, json, os, sys
from importlib.machinery import PathFinder
ROOTS = []

def is_link(x):
    # a direct import; layers' {"importer", "imported", "routes"} summaries have no line_numbers
    return isinstance(x, dict) and "importer" in x and "imported" in x and "line_numbers" in x

def link(x):
    return {"importer": x["importer"], "imported": x["imported"]}

def walk(obj):
    """Every import chain in a contract check's metadata, whatever the contract type."""
    if isinstance(obj, dict):
        chain = obj.get("chain")
        if isinstance(chain, list) and chain and all(is_link(l) for l in chain):
            yield [link(l) for l in chain]
            for l in obj.get("extra_firsts") or []:
                yield [link(l)] + [link(x) for x in chain[1:]]
            for l in obj.get("extra_lasts") or []:
                yield [link(x) for x in chain[:-1]] + [link(l)]
            return
        if is_link(obj):
            yield [link(obj)]
            return
        for v in obj.values():
            yield from walk(v)
    elif isinstance(obj, (list, tuple)):
        if obj and all(is_link(l) for l in obj):
            if all(obj[i]["imported"] == obj[i + 1]["importer"] for i in range(len(obj) - 1)):
                yield [link(l) for l in obj]  # a chain
            else:
                for l in obj:  # separate direct imports (protected, private-modules contracts)
                    yield [link(l)]
            return
        for v in obj:
            yield from walk(v)

def find_spec(name, package=None):
    """Where module `name` is in the tree's import roots, found without importing anything (not even the parent
    packages of a dotted name, whose __init__ would run): this interpreter runs isolated (-I), so the tree is on
    no search path and a file of the tree can never shadow a module of import-linter or the standard library."""
    parts = name.split(".")
    path, spec = list(ROOTS), None
    for i in range(len(parts)):
        spec = PathFinder.find_spec(".".join(parts[:i + 1]), path)
        if spec is None:
            return None
        path = list(spec.submodule_search_locations or [])
        if i < len(parts) - 1 and not path:
            return None
    return spec

def refuse_plugins(options):
    """Contract types that are not import-linter's own would be imported (project code, in a static check):
    dropped with the contracts that use them, and said."""
    types = options.session_options.get("contract_types") or []
    types = [types] if isinstance(types, str) else list(types)
    refused = [t for t in types if not t.partition(": ")[2].strip().startswith("importlinter.")]
    if not refused:
        return []
    names = {t.partition(": ")[0].strip() for t in refused}
    options.session_options["contract_types"] = [t for t in types if t not in refused]
    dropped = [c.get("name", "?") for c in options.contracts_options if c.get("type") in names]
    options.contracts_options = [c for c in options.contracts_options if c.get("type") not in names]
    return ["contract type %r is not import-linter's (it would run project code); contract %s not checked"
            % (t, ", ".join(repr(n) for n in dropped) or "none") for t in refused]

def main():
    global ROOTS
    out_path, req_path = sys.argv[1], sys.argv[2]
    with open(req_path, encoding="utf-8") as f:
        req = json.load(f)
    tree = os.path.realpath(req["tree"])
    ROOTS = req["roots"]
    importlib.util.find_spec = find_spec  # grimp and import-linter locate root packages through it
    res = {"isolation": [], "configs": []}

    def inside(p):
        p = os.path.realpath(p)
        return p == tree or p.startswith(tree + os.sep)

    for top in req["tops"]:
        try:
            spec = importlib.util.find_spec(top)
        except Exception as e:
            res["isolation"].append("%s: %s: %s" % (top, type(e).__name__, e))
            continue
        if spec is None:
            res["isolation"].append("%s is not importable" % top)
            continue
        locations = list(spec.submodule_search_locations or []) or [spec.origin or "?"]
        outside = [l for l in locations if not inside(l)]
        if outside:
            res["isolation"].append("%s resolves to %s, outside the tree" % (top, outside[0]))
    if not res["isolation"]:
        from importlinter import configuration
        configuration.configure()
        from importlinter.application import use_cases
        register = getattr(use_cases, "_register_built_in_contract_types", None)
        if register is not None:
            register()
        for cfg in req["configs"]:
            entry = {"config": cfg, "error": None, "contracts": [], "details": {}}
            res["configs"].append(entry)
            try:
                options = use_cases.read_user_options(cfg)
                entry["refused"] = refuse_plugins(options)  # before anything imports the contract types
                if register is None and hasattr(use_cases, "_register_contract_types"):
                    use_cases._register_contract_types(options)  # import-linter < 2.16 (the newest on Python 3.10)
                report = use_cases.create_report(options, cache_dir=None)
            except Exception as e:
                entry["error"] = "%s: %s" % (type(e).__name__, e)
                continue
            for name, exc in report.invalid_contract_options.items():
                entry["contracts"].append({"name": name, "invalid": str(getattr(exc, "errors", exc))})
            pairs = {(a, b) for a, b in req.get("query", [])}
            for contract, check in report.get_contracts_and_checks():
                chains = [] if check.kept else list(walk(check.metadata))
                entry["contracts"].append({"name": contract.name, "kept": bool(check.kept),
                                           "type": str(contract.contract_options.get("type", "")), "chains": chains})
                for chain in chains:
                    pairs.update((l["importer"], l["imported"]) for l in chain)
            for a, b in sorted(pairs):
                try:
                    details = report.graph.get_import_details(importer=a, imported=b)
                except Exception:
                    details = []
                entry["details"][a + " " + b] = [[d.get("line_number"), d.get("line_contents") or ""]
                                                 for d in details]
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(res, f)

main()
'''


def _lint(ctx: CheckContext, tree: Path, roots: list[str], tops: list[str], configs: list[Path], tmp: Path,
          side: str, query: list[tuple[str, str]] = ()) -> dict | str:
    """Run import-linter on one tree in a subprocess; its JSON result, or a sentence saying why not."""
    # No project code runs here (a static check): the interpreter is isolated (-I: no PYTHONPATH, no user site,
    # no current directory on sys.path, so the tree's sitecustomize.py or json.py is never imported), the
    # tree's import roots are searched by the runner without importing, and contract types from the tree's
    # configuration are refused.
    roots_abs = [str(tree / r) if r else str(tree) for r in roots]
    req = tmp / f"request-{side}.json"
    out = tmp / f"result-{side}.json"
    req.write_text(json.dumps({"tree": str(tree), "roots": roots_abs, "tops": tops,
                               "configs": [str(c) for c in configs], "query": [list(q) for q in query]}),
                   encoding="utf-8")
    try:
        proc = subprocess.run([sys.executable, "-I", "-B", "-c", _RUNNER, str(out), str(req)], check=False, cwd=tmp,
                              capture_output=True, text=True, timeout=ctx.timeout)
    except subprocess.TimeoutExpired:
        return f"import-linter did not finish within {ctx.timeout:g} s"
    except OSError as e:
        return f"cannot run import-linter: {e}"
    if proc.returncode != 0 or not out.is_file():
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return f"import-linter failed: {last}"
    try:
        return json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return f"import-linter's result could not be read: {e}"


def _boundaries(ctx: CheckContext, sources: list[tuple[str, Any]], notes: list[str]) -> list[Finding]:
    from ...git import temporary_directory

    head_tree = ctx.tree("head")
    with temporary_directory(avoid=ctx.repo) as tmp:
        configs: list[_Source] = []
        for kind, value in sources:
            if kind == "file":
                path = head_tree / value
                try:
                    tops = _config_tops(path)
                except Exception as e:  # noqa: BLE001 - import-linter's reader raises many kinds; never a traceback
                    ctx.problems.append(Problem(value, f"architecture: cannot read the import-linter "
                                                       f"configuration: {type(e).__name__}: {e}", "head"))
                    continue
                configs.append(_Source(value, path, tops, translated=False))
            else:
                text, tops = _translate(value, head_tree)
                path = tmp / "changeproof-contracts.ini"
                path.write_text(text, encoding="utf-8")
                configs.append(_Source("[tool.changeproof.architecture]", path, tops, translated=True))
        good = []
        for src in configs:
            if not src.tops:
                ctx.problems.append(Problem(src.label, "architecture: the import-linter configuration names no "
                                                       "root_packages; its contracts were not checked", "head"))
            else:
                good.append(src)
        configs = good
        if not configs:
            return []
        tops = sorted({_top(t) for s in configs for t in s.tops})
        head_roots = {t: _find_root(head_tree, t) for t in tops}
        missing = [t for t, r in head_roots.items() if r is None]
        if missing:
            ctx.problems.append(Problem(configs[0].label, f"architecture: root package {', '.join(missing)} not "
                                        "found at head; the import contracts were not checked", "head"))
            return []
        roots = list(dict.fromkeys(r for r in head_roots.values() if r is not None))
        head = _lint(ctx, head_tree, roots, tops, [s.path for s in configs], tmp, "head")
        if isinstance(head, str) or head["isolation"]:
            why = head if isinstance(head, str) else "head not isolated: " + "; ".join(head["isolation"])
            ctx.problems.append(Problem(configs[0].label, f"architecture: {why}; the import contracts were not "
                                                          "checked", "head"))
            return []
        broken = _collect(ctx, head, configs, side="head")
        if not any(chains for _, _, chains, _ in broken):
            return []

        # base: the same contracts, the same queries
        base_tree = ctx.tree("base")
        base_roots = {t: _find_root(base_tree, t) for t in tops}
        base: dict | None = None
        absent = [t for t, r in base_roots.items() if r is None]
        if absent:
            notes.append(f"{', '.join(absent)} not at base: compared import statements")
        else:
            query = sorted({(l["importer"], l["imported"]) for _, _, chains, _ in broken for c in chains for l in c})
            result = _lint(ctx, base_tree, list(dict.fromkeys(r for r in base_roots.values() if r is not None)),
                           tops, [s.path for s in configs], tmp, "base", query)
            if isinstance(result, dict) and result["isolation"]:
                ctx.problems.append(Problem(configs[0].label, "architecture: base not isolated: "
                                            + "; ".join(result["isolation"]) + "; the import contracts were not "
                                            "compared", "base"))
                return []
            if isinstance(result, str) or any(e["error"] for e in result["configs"]):
                why = result if isinstance(result, str) else next(e["error"] for e in result["configs"] if e["error"])
                ctx.problems.append(Problem(configs[0].label, f"architecture: import-linter could not check base "
                                            f"({why}); new violations were told apart by comparing import statements "
                                            "with base files", "base"))
            else:
                base = result
    return _compare(ctx, broken, base, head_tree, roots, base_roots)


def _collect(ctx: CheckContext, result: dict, configs: list[_Source], side: str) -> list:
    """(source, contract, chains, details) for every broken or invalid contract of one side's result."""
    out = []
    for src, entry in zip(configs, result["configs"]):
        for why in entry.get("refused") or []:
            ctx.problems.append(Problem(src.label, f"architecture: {why}", side))
        if entry["error"]:
            ctx.problems.append(Problem(src.label, f"architecture: import-linter cannot check the contracts: "
                                                   f"{entry['error']}", side))
            continue
        for contract in entry["contracts"]:
            if "invalid" in contract:
                ctx.problems.append(Problem(src.label, f"architecture: contract {contract['name']!r} is invalid: "
                                                       f"{contract['invalid']}", side))
                continue
            if contract["chains"]:
                out.append((src, contract, contract["chains"], entry["details"]))
    return out


def _module_file(tree: Path, roots: list[str], module: str) -> str | None:
    rel = module.replace(".", "/")
    for r in roots:
        for cand in (f"{rel}.py", f"{rel}/__init__.py"):
            path = f"{r}/{cand}" if r else cand
            if (tree / path).is_file():
                return path
    return None


def _type_checking_lines(ctx: CheckContext, path: str) -> set[int]:
    lines: set[int] = set()
    tree = ctx.project.head.ast(path)
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for stmt in node.body:
                lines.update(range(stmt.lineno, (stmt.end_lineno or stmt.lineno) + 1))
    return lines


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _compare(ctx: CheckContext, broken: list, base: dict | None, head_tree: Path, head_roots: list[str],
             base_roots: dict[str, str | None]) -> list[Finding]:
    base_chains: set[tuple] = set()
    base_details: dict[str, set[str]] = {}
    if base is not None:
        for entry in base["configs"]:
            for contract in entry["contracts"]:
                for chain in contract.get("chains") or []:
                    base_chains.add((entry["config"], contract["name"],
                                     tuple((l["importer"], l["imported"]) for l in chain)))
            for pair, details in entry["details"].items():
                base_details.setdefault(pair, set()).update(" ".join(c.split()) for _, c in details)
    base_import_roots = [r for r in dict.fromkeys(base_roots.values()) if r is not None]

    def base_has(importer: str, imported: str, contents: str) -> bool:
        text = " ".join(contents.split())
        if base is not None:
            return text in base_details.get(f"{importer} {imported}", set())
        # fallback: the importer's base file has that statement
        rel = importer.replace(".", "/")
        for r in base_import_roots:
            for cand in (f"{rel}.py", f"{rel}/__init__.py"):
                src = ctx.text("base", f"{r}/{cand}" if r else cand)
                if src is not None:
                    return any(" ".join(line.split()) == text for line in src.splitlines())
        return False

    findings: list[Finding] = []
    seen: set[tuple] = set()
    for src, contract, chains, details in broken:
        for chain in chains:
            pairs = tuple((l["importer"], l["imported"]) for l in chain)
            known = (str(src.path), contract["name"], pairs) in base_chains
            blamed: list[tuple[dict, int | None, str]] = []
            for l in chain:
                for line, contents in details.get(f"{l['importer']} {l['imported']}", []):
                    if not known and not base_has(l["importer"], l["imported"], contents):
                        blamed.append((l, line, contents))
            preexisting = not blamed
            if preexisting:
                first = chain[0]
                d = details.get(f"{first['importer']} {first['imported']}") or [[None, ""]]
                blamed = [(first, d[0][0], d[0][1])]
            for l, line, contents in blamed:
                key = (src.label, contract["name"], l["importer"], l["imported"], line, preexisting)
                if key in seen:
                    continue
                seen.add(key)
                findings.append(_violation(ctx, src, contract, chain, l, line, contents, preexisting, head_tree,
                                           head_roots))
    return findings


def _violation(ctx: CheckContext, src: _Source, contract: dict, chain: list, l: dict, line: int | None,
               contents: str, preexisting: bool, head_tree: Path, roots: list[str]) -> Finding:
    path = _module_file(head_tree, roots, l["importer"])
    modules = [chain[0]["importer"]] + [x["imported"] for x in chain]
    kind = contract.get("type", "")
    where = f"{path}:{line}" if path and line else (path or l["importer"])
    msg = f"`{l['importer']}` imports `{l['imported']}` ({where}" + (f": `{contents}`)" if contents else ")")
    msg += (" and was already breaking" if preexisting else ", which breaks") + f" the contract '{contract['name']}'"
    if kind:
        msg += f" ({kind}" + (f": {_CONTRACT_WHY[kind]})" if kind in _CONTRACT_WHY else ")")
    if len(chain) > 1:
        msg += f"; import chain: {' -> '.join(modules)}"
    msg += ". Declared in " + ("[tool.changeproof.architecture]" if src.translated else src.label) + "."
    severity = None
    if path and line and line in _type_checking_lines(ctx, path):
        severity = "risk"
        msg += " The import is under `if TYPE_CHECKING:`: a static coupling (type checkers and IDEs need the other " \
               "side installed), not a runtime one."
    return finding(rules.BOUNDARY_VIOLATION, path=path, line=line, object=l["importer"], message=msg,
                   new=contents or None, severity=severity, preexisting=preexisting)


# -------------------------------------------------------------------------------------- relative imports

_REL_RE = re.compile(r"^[ \t]*from[ \t]+\.", re.MULTILINE)
_IMPORT_WORD = re.compile(r"^[ \t]*(?:from|import)[ \t]+(\w+)", re.MULTILINE)
_DEF_WORD = re.compile(r"^(?:async[ \t]+def|def|class)[ \t]+(\w+)", re.MULTILINE)
_WORD = re.compile(r"\w+")
_FACT_KIND = "architecture"


def _row(text: str) -> dict:
    """What the relative-import share and the duplicate search read in a file: its relative imports (count), the
    first word of each import statement (counts), the name after each line-initial `def`/`class`."""
    return {"rel": len(_REL_RE.findall(text)), "imp": dict(Counter(_IMPORT_WORD.findall(text))),
            "def": sorted(set(_DEF_WORD.findall(text)))}


def _valid_row(row: object) -> bool:
    return (isinstance(row, dict) and set(row) == {"rel", "imp", "def"} and type(row["rel"]) is int
            and isinstance(row["imp"], dict) and all(type(v) is int for v in row["imp"].values())
            and isinstance(row["def"], list) and all(isinstance(n, str) for n in row["def"]))


def _rows(ctx: CheckContext, side: str, paths: list[str]) -> dict[str, dict]:
    """:func:`_row` of each file of ``paths`` the side has, by content id through the fact cache: a warm run reads
    only the files it has not seen."""
    from ...project.factcache import engine_id

    project = ctx.project.side(side)
    files = project.files
    paths = [p for p in paths if p in files]
    engine = engine_id(sys.modules[__name__])
    cache = ctx.project.fact_cache
    known = cache.get_many(_FACT_KIND, engine, sorted({files[p] for p in paths}), _valid_row)
    fresh: dict[str, dict] = {}
    texts = project.texts([p for p in paths if files[p] not in known])
    for p, text in texts.items():
        if files[p] not in fresh:
            fresh[files[p]] = _row(text)
    cache.put_many(_FACT_KIND, engine, fresh)
    return {p: known.get(files[p]) or fresh[files[p]] for p in paths if files[p] in known or p in texts}


def _relative_imports(ctx: CheckContext, check: Check) -> list[Finding]:
    """Relative imports the change added to production code: always counted (a fact), reported as findings only
    where the project's production code was (at least ABSOLUTE_SHARE) absolute-import at base."""
    pairs = ctx.project.changed_production
    base_prod = ctx.project.base.production_modules
    tops = sorted({name.split(".")[0] for name in base_prod.values()})
    rel = absolute = 0
    if tops and pairs and all(_WORD.fullmatch(t) for t in tops):
        # the same counts from each file's row (cached by content id): an import statement's first word is a
        # root package's name exactly when the alternation below matches it
        for row in _rows(ctx, "base", list(base_prod)).values():
            rel += row["rel"]
            absolute += sum(row["imp"].get(t, 0) for t in tops)
    elif tops and pairs:
        abs_re = re.compile(r"^[ \t]*(?:from|import)[ \t]+(?:" + "|".join(map(re.escape, tops)) + r")\b", re.MULTILINE)
        for text in ctx.project.base.texts(list(base_prod)).values():
            rel += len(_REL_RE.findall(text))
            absolute += len(abs_re.findall(text))
    reported = bool(rel + absolute) and absolute / (rel + absolute) >= ABSOLUTE_SHARE
    share = f"{absolute} of {rel + absolute} in-project imports ({100 * absolute / (rel + absolute):.0f}%)" \
        if rel + absolute else ""
    severity = "risk" if rel == 0 else "info"
    head_prod = ctx.project.head.production_modules
    findings = []
    added: list[str] = []
    for path, old in pairs:
        text = ctx.text("head", path)
        if text is None or not parsed_ok(ctx, "head", path, check=ID, what=_WHAT):
            continue
        new_nodes = ctx.project.head.derived(_relative_of, path)
        if not new_nodes:
            continue
        base_count: Counter[str] = Counter()
        old_text = ctx.text("base", old) if old else None
        old_nodes = ctx.project.base.derived(_relative_of, old) if old_text is not None else None
        if old_nodes is not None:
            base_count.update(stmt for _node, stmt in old_nodes)
        for node, stmt in sorted(new_nodes, key=lambda n: n[0].lineno):
            if base_count[stmt] > 0:
                base_count[stmt] -= 1
                continue
            added.append(f"{path}:{node.lineno}")
            if not reported:
                continue
            absolute_form = _absolute(head_prod.get(path, ""), path, node)
            hint = f" Write `{absolute_form}` instead." if absolute_form else ""
            findings.append(finding(rules.RELATIVE_IMPORT_ADDED, path=path, line=node.lineno, object=head_prod.get(path),
                new=ast.get_source_segment(text, node) or stmt, severity=severity,
                message=(f"relative import `{stmt}` added, while at base the project's production code used absolute "
                         f"imports for {share}{'' if rel else ', no relative import'}.{hint}")))
    check.fact("relative-imports-added", added,
               detail=f"relative imports the change added to {len(pairs)} changed production file(s), whatever the "
                      f"project's import style")
    check.fact("absolute-import-share", {"absolute": absolute, "relative": rel,
                                         "share": round(absolute / (rel + absolute), 3) if rel + absolute else None},
               detail="in-project imports of the production code at base: absolute vs relative")
    return findings


def _relative_of(side: ProjectSide, path: str) -> list[tuple[ast.ImportFrom, str]] | None:
    """Every relative import of one file of a side, with its text (``ast.unparse``), in ``ast.walk`` order; None
    when it does not parse. The nodes are kept, not the tree."""
    tree = side.ast(path)
    if tree is None:
        return None
    return [(n, ast.unparse(n)) for n in statements(tree) if isinstance(n, ast.ImportFrom) and n.level > 0]


def _absolute(module: str, path: str, node: ast.ImportFrom) -> str | None:
    """The absolute spelling of a relative import, from the importing module's dotted name."""
    if not module:
        return None
    package = module.split(".") if path.endswith("/__init__.py") else module.split(".")[:-1]
    if node.level - 1 > len(package) - 1:
        return None
    base = package[: len(package) - (node.level - 1)]
    target = ".".join(base + ([node.module] if node.module else []))
    names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in node.names)
    return f"from {target} import {names}"


# ---------------------------------------------------------------------------------- duplicate definitions

@dataclass(frozen=True)
class _TopDef:
    """A top-level class or function: what the duplicate search reads of it (not its tree)."""

    name: str
    lineno: int
    kind: str  # "class", "def", "async def"


def _expected_to_repeat(node: _TopDef) -> bool:
    name = node.name
    if name.startswith(("_", "test_", "Test")) or name in COMMON_NAMES:
        return True
    # a one-word lowercase function name (parse, load, render) is too generic to signal a duplicated concept
    return node.kind != "class" and name.isalpha() and name.islower()


def _top_defs(tree: ast.Module) -> list[_TopDef]:
    return [_TopDef(n.name, n.lineno, _def_kind(n)) for n in tree.body
            if isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))]


def _top_defs_of(side: ProjectSide, path: str) -> list[_TopDef] | None:
    """:func:`_top_defs` of one file of a side, None when it does not parse."""
    tree = side.ast(path)
    return _top_defs(tree) if tree is not None else None


def _def_kind(node: ast.stmt | _TopDef) -> str:
    if isinstance(node, _TopDef):
        return node.kind
    return "class" if isinstance(node, ast.ClassDef) else ("async def" if isinstance(node, ast.AsyncFunctionDef) else "def")


def _duplicates(ctx: CheckContext, check: Check) -> list[Finding]:
    """Top-level definitions the change added to production code whose name another production module already
    defines: every one is a fact; findings leave out names expected to repeat (private, test_, generic words)."""
    pairs = ctx.project.changed_production
    added: list[tuple[str, _TopDef]] = []
    for path, old in pairs:
        text = ctx.text("head", path)
        if text is None or not parsed_ok(ctx, "head", path, check=ID, what=_WHAT):
            continue
        old_names: set[str] = set()
        old_text = ctx.text("base", old) if old else None
        old_defs = ctx.project.base.derived(_top_defs_of, old) if old_text is not None else None
        if old_defs is not None:
            old_names = {n.name for n in old_defs}
        added += [(path, n) for n in ctx.project.head.derived(_top_defs_of, path) if n.name not in old_names]
    check.fact("definitions-added", [f"{path}:{n.lineno}:{n.name}" for path, n in added],
               detail="top-level classes and functions the change added to production modules")
    if not added:
        check.fact("duplicate-definitions-added", [], detail="added definitions whose name another production module "
                                                            "already defines at top level")
        return []
    names = sorted({n.name for _, n in added})
    head_prod = ctx.project.head.production_modules
    wanted = set(names)
    if all(_WORD.fullmatch(n) for n in names):  # a file defines one of them when its row's def words say so
        rows = _rows(ctx, "head", sorted(head_prod))
        defining = [p for p in sorted(head_prod) if p in rows and not wanted.isdisjoint(rows[p]["def"])]
    else:
        pattern = re.compile(r"^(?:async[ \t]+def|def|class)[ \t]+(" + "|".join(map(re.escape, names)) + r")\b",
                             re.MULTILINE)
        defining = [p for p, text in ctx.project.head.texts(sorted(head_prod)).items() if pattern.search(text)]
    where: dict[str, list[tuple[str, int, str]]] = {}
    for path in defining:
        for node in ctx.project.head.derived(_top_defs_of, path) or ():
            if node.name in names:
                where.setdefault(node.name, []).append((path, node.lineno, _def_kind(node)))
    findings = []
    duplicates = []
    for path, node in added:
        others = [w for w in where.get(node.name, []) if w[0] != path]
        if not others:
            continue
        duplicates.append({"name": node.name, "at": f"{path}:{node.lineno}", "also": [f"{p}:{line}" for p, line, _ in others]})
        if _expected_to_repeat(node):
            continue
        listed = ", ".join(f"{kind} {node.name} at {p}:{line}" for p, line, kind in others[:5])
        if len(others) > 5:
            listed += f" and {len(others) - 5} more"
        kind = _def_kind(node)
        module = head_prod.get(path)
        findings.append(finding(rules.DUPLICATE_DEFINITION, path=path, line=node.lineno,
            object=f"{module}.{node.name}" if module else node.name, new=f"{kind} {node.name}",
            message=(f"{kind} {node.name} added here, while {len(others)} other production module"
                     f"{'s' if len(others) != 1 else ''} already define{'' if len(others) != 1 else 's'} "
                     f"{node.name} at top level: {listed}. Two definitions of one name drift apart and callers "
                     "import the wrong one; reuse the existing one or choose a name that says how it differs.")))
    check.fact("duplicate-definitions-added", duplicates, detail="added definitions whose name another production "
                                                                 "module already defines at top level (all names, "
                                                                 "generic ones included)")
    return findings
