"""One side's declarations: pyproject.toml (PEP 621, PEP 735, poetry, pdm, uv, setuptools dynamic), setup.cfg,
setup.py (read statically) and requirements files, read into groups with their role."""

from __future__ import annotations

import ast
import posixpath
import re
from fnmatch import fnmatchcase
from typing import Any

from ...astutil import dotted
from ...project.files import classify
from ..base import CheckContext
from .model import (
    _CONSTRAINTS_NAME,
    FILE_GROUP,
    Declarations,
    Dep,
    canonical,
    is_dev,
    make_dep,
)
from .poetry import poetry_deps
from .requirements import Lines, RequirementsFile, is_requirements_path

# --------------------------------------------------------------------------------------------- reading


def not_read(ctx: CheckContext, path: str) -> bool:
    """Whether a file is left out: excluded by ``[tool.changeproof] exclude``, a test file, or under a fixtures /
    test data folder (a test's sample project declares nothing for this one)."""
    return (any(fnmatchcase(path, g) for g in ctx.config.exclude or [])
            or classify(path, ctx.config) == "test"
            or any(d in ("fixtures", "testdata", "test_data") for d in path.split("/")[:-1]))


class Reader:
    """Reads every dependency declaration of one side into groups."""

    def __init__(self, ctx: CheckContext, side: str, renames: dict[str, str]):
        self.ctx = ctx
        self.side = side
        self.renames = renames  # base path -> head path (only used for the base side)
        self.files = ctx.files(side)
        self.out = Declarations()
        self.claimed: set[str] = set()  # requirement files a pyproject / setup.cfg reads as its declarations

    def _skip(self, path: str) -> bool:
        return not_read(self.ctx, path)

    def _key(self, path: str) -> str:
        return self.renames.get(path, path) if self.side == "base" else path

    def text(self, path: str) -> str:
        self.out.read.add(path)
        return (self.ctx.text(self.side, path) or "").lstrip("\ufeff")

    def read(self) -> Declarations:
        paths = sorted(self.files)
        for p in paths:
            name = posixpath.basename(p)
            if name == "pyproject.toml" and not self._skip(p):
                self._pyproject(p)
            elif name == "setup.cfg" and not self._skip(p):
                self._setup_cfg(p)
            elif name == "setup.py" and not self._skip(p):
                self._setup_py(p)
        self.requirement_paths = [p for p in paths if is_requirements_path(p) and not self._skip(p)]
        return self.out

    def metadata_scopes(self) -> set[str]:
        """Project directories whose package metadata declares runtime dependencies (or could not be read)."""
        return {k[0] for k in self.out.groups if k[1] == "runtime" and k[0] != FILE_GROUP} | self.out.unreadable_scopes

    def finish(self, roots: set[str], metadata: set[str] = frozenset()) -> Declarations:
        """Build the requirements-file groups (``roots``: keys of root files on either side; ``metadata``: project
        directories with package metadata on either side), then tidy up."""
        self._requirement_files(roots, metadata)
        kept = []
        for path, line, message in self.out.problems:
            if path is None:
                self.out.unreadable_names.add(message)
            else:
                kept.append((path, line, message))
        self.out.problems = kept
        return self.out

    # -- pyproject ---------------------------------------------------------------------------------------
    def _scope(self, path: str) -> str:
        return posixpath.dirname(self._key(path))

    def _pyproject(self, path: str) -> None:
        self.out.scopes.add(self._scope(path))
        self.out.read.add(path)
        pyproject = self.ctx.project.side(self.side).toml(path)  # parsed once for the run
        assert pyproject is not None  # listed in the snapshot's files
        text, data = pyproject.text, pyproject.data
        if data is None:
            self.out.problems.append((path, pyproject.line, f"not valid TOML: {pyproject.error}"))
            self.out.unreadable_scopes.add(self._scope(path))
            return
        lines = Lines(text)
        scope = self._scope(path)
        problems = self.out.problems
        project = data.get("project") if isinstance(data.get("project"), dict) else {}
        tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
        p_head = lines.header("project")
        for s in _strings(project.get("dependencies"), path, "[project] dependencies", problems):
            self._add(scope, "runtime", "runtime", make_dep(s, path, lines.at(s, lines.key("dependencies", p_head), p_head), problems))
        opt = project.get("optional-dependencies")
        o_head = lines.header("project.optional-dependencies")
        if isinstance(opt, dict):
            for extra, items in opt.items():
                kind = "dev" if is_dev(extra) else "optional"
                for s in _strings(items, path, f"[project.optional-dependencies] {extra}", problems):
                    dep = make_dep(s, path, lines.at(s, lines.key(extra, o_head), o_head), problems)
                    self._add(scope, f"optional[{canonical(extra)}]", kind, dep)
        dynamic = (tool.get("setuptools") or {}).get("dynamic") if isinstance(tool.get("setuptools"), dict) else None
        if isinstance(dynamic, dict):
            dyn = dynamic.get("dependencies")
            if isinstance(dyn, dict) and "dependencies" in (project.get("dynamic") or []):
                for f in _file_list(dyn.get("file")):
                    self._claimed_file(posixpath.normpath(posixpath.join(posixpath.dirname(path), f)), path, scope,
                                       "runtime", "runtime")
            dyn_opt = dynamic.get("optional-dependencies")
            if isinstance(dyn_opt, dict):
                for extra, spec in dyn_opt.items():
                    if isinstance(spec, dict):
                        for f in _file_list(spec.get("file")):
                            self._claimed_file(posixpath.normpath(posixpath.join(posixpath.dirname(path), f)), path,
                                               scope, f"optional[{canonical(extra)}]", "dev" if is_dev(extra) else "optional")
        # PEP 735
        groups = data.get("dependency-groups")
        g_head = lines.header("dependency-groups")
        if isinstance(groups, dict):
            for gname in groups:
                seen: set[str] = set()
                label = f"group[{canonical(gname)}]"
                for s, anchor in self._expand_groups(groups, gname, path, lines, g_head, set(), seen):
                    self._add(scope, label, "dev", make_dep(s, path, lines.at(s, anchor, g_head), problems))
                group = self.out.group((scope, label), label if not scope else f"{label} of {scope}/", "dev")
                group.includes |= {(scope, f"group[{canonical(g)}]") for g in seen if g != gname}
        # poetry
        poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else {}
        if poetry:
            extras_of = poetry.get("extras") if isinstance(poetry.get("extras"), dict) else {}
            anchor = lines.header("tool.poetry.dependencies")
            for dep, extra in poetry_deps(poetry.get("dependencies"), path, lines, anchor, problems, extras_of):
                if extra is None:
                    self._add(scope, "runtime", "runtime", dep)
                else:
                    label = f"optional[{extra}]" if extra else "optional"
                    self._add(scope, label, "dev" if extra and is_dev(extra) else "optional", dep)
            if "dev-dependencies" in poetry:
                anchor = lines.header("tool.poetry.dev-dependencies")
                for dep, _ in poetry_deps(poetry.get("dev-dependencies"), path, lines, anchor, problems):
                    self._add(scope, "group[dev]", "dev", dep)
            pgroups = poetry.get("group")
            if isinstance(pgroups, dict):
                for gname, gtable in pgroups.items():
                    if not isinstance(gtable, dict):
                        continue
                    anchor = lines.header(f"tool.poetry.group.{gname}.dependencies")
                    kind = "runtime" if gname == "main" else "dev"
                    label = "runtime" if gname == "main" else f"group[{canonical(gname)}]"
                    for dep, _ in poetry_deps(gtable.get("dependencies"), path, lines, anchor, problems):
                        self._add(scope, label, kind, dep)
        # pdm and uv development dependencies
        pdm = tool.get("pdm") if isinstance(tool.get("pdm"), dict) else {}
        if isinstance(pdm.get("dev-dependencies"), dict):
            anchor = lines.header("tool.pdm.dev-dependencies")
            for gname, items in pdm["dev-dependencies"].items():
                for s in _strings(items, path, f"[tool.pdm.dev-dependencies] {gname}", problems):
                    self._add(scope, f"group[{canonical(gname)}]", "dev",
                              make_dep(s, path, lines.at(s, lines.key(gname, anchor), anchor), problems, lenient=True))
        uv = tool.get("uv") if isinstance(tool.get("uv"), dict) else {}
        if "dev-dependencies" in uv:
            anchor = lines.header("tool.uv")
            for s in _strings(uv.get("dev-dependencies"), path, "[tool.uv] dev-dependencies", problems):
                self._add(scope, "group[dev]", "dev", make_dep(s, path, lines.at(s, lines.key("dev-dependencies", anchor), anchor), problems))

    def _expand_groups(self, groups: dict, name: str, path: str, lines: Lines, g_head: int | None,
                       stack: set[str], visited: set[str]) -> list[tuple[str, int | None]]:
        """The requirement strings of a PEP 735 group, its ``include-group`` entries expanded (``visited``
        collects every group taken in)."""
        if name in stack:
            self.out.problems.append((path, None, f"[dependency-groups] {name} includes itself"))
            return []
        stack = stack | {name}
        visited.add(name)
        items = groups.get(name)
        if not isinstance(items, list):
            self.out.problems.append((path, None, f"[dependency-groups] {name} must be a list"))
            return []
        anchor = lines.key(name, g_head)
        out: list[tuple[str, int | None]] = []
        for item in items:
            if isinstance(item, str):
                out.append((item, anchor))
            elif isinstance(item, dict) and isinstance(item.get("include-group"), str):
                target = next((g for g in groups if canonical(g) == canonical(item["include-group"])), None)
                if target is None:
                    self.out.problems.append((path, (anchor + 1) if anchor is not None else None,
                                              f"[dependency-groups] {name} includes the unknown group {item['include-group']!r}"))
                else:
                    out.extend(self._expand_groups(groups, target, path, lines, g_head, stack, visited))
            else:
                self.out.problems.append((path, (anchor + 1) if anchor is not None else None,
                                          f"[dependency-groups] {name}: cannot read the entry {item!r}"))
        return out

    # -- setup.cfg ----------------------------------------------------------------------------------------
    def _setup_cfg(self, path: str) -> None:
        self.out.scopes.add(self._scope(path))
        self.out.read.add(path)
        cfg = self.ctx.project.side(self.side).ini(path)  # parsed once for the run
        assert cfg is not None  # listed in the snapshot's files
        text, parser = cfg.text, cfg.parser
        if parser is None:
            self.out.problems.append((path, cfg.line, f"cannot read setup.cfg: {cfg.error}".splitlines()[0]))
            self.out.unreadable_scopes.add(self._scope(path))
            return
        lines = Lines(text)
        scope = self._scope(path)
        if parser.has_option("options", "install_requires"):
            anchor = lines.key("install_requires", lines.header("options"))
            self._cfg_list(parser.get("options", "install_requires"), path, lines, anchor, scope, "runtime", "runtime")
        if parser.has_section("options.extras_require"):
            head = lines.header("options.extras_require")
            for extra, value in parser.items("options.extras_require"):
                kind = "dev" if is_dev(extra) else "optional"
                self._cfg_list(value, path, lines, lines.key(extra, head), scope, f"optional[{canonical(extra)}]", kind)

    def _cfg_list(self, value: str, path: str, lines: Lines, anchor: int | None, scope: str, group: str, kind: str) -> None:
        value = value.strip()
        if value.startswith("file:"):
            for f in value[5:].split(","):
                if f.strip():
                    self._claimed_file(posixpath.normpath(posixpath.join(posixpath.dirname(path), f.strip())), path,
                                       scope, group, kind)
            return
        for item in value.splitlines():
            item = re.sub(r"(^|\s)#.*$", "", item).strip()
            if item:
                self._add(scope, group, kind, make_dep(item, path, lines.at(item, anchor), self.out.problems))

    # -- setup.py -------------------------------------------------------------------------------------------
    def _setup_py(self, path: str) -> None:
        self.out.read.add(path)
        scope = self._scope(path)
        tree = self.ctx.project.side(self.side).ast(path)  # parsed once for the run, never run
        if tree is None:
            why = self.ctx.project.side(self.side).parse_error(path) or "it does not parse"
            self.out.problems.append((path, None, f"cannot read setup.py's dependencies: {why}"))
            self.out.unreadable_scopes.add(scope)
            self.out.scopes.add(scope)
            return
        call = next((n for n in ast.walk(tree) if isinstance(n, ast.Call)
                     and (dotted(n.func) or "").rsplit(".", 1)[-1] == "setup"), None)
        if call is None:
            return  # not a setuptools script (or the call is hidden): nothing declared here
        self.out.scopes.add(scope)
        assigned = _module_literals(tree)
        lines = Lines(self.text(path))
        for kw in call.keywords:
            if kw.arg == "install_requires":
                self._setup_py_list(kw.value, assigned, path, lines, scope, "runtime", "runtime", kw.value.lineno)
            elif kw.arg == "tests_require":
                self._setup_py_list(kw.value, assigned, path, lines, scope, "group[tests]", "dev", kw.value.lineno)
            elif kw.arg == "extras_require":
                value = assigned.get(kw.value.id, kw.value) if isinstance(kw.value, ast.Name) else kw.value
                if not isinstance(value, ast.Dict) or any(k is None for k in value.keys):
                    self._unreadable_setup_py(path, kw.value.lineno, "extras_require", scope)
                    continue
                for k, v in zip(value.keys, value.values):
                    if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                        self._unreadable_setup_py(path, kw.value.lineno, "extras_require", scope)
                        break
                    extra = k.value.split(":", 1)[0]  # "name:marker" keys
                    kind = "dev" if is_dev(extra) else "optional"
                    self._setup_py_list(v, assigned, path, lines, scope, f"optional[{canonical(extra)}]", kind, v.lineno)

    def _setup_py_list(self, node: ast.expr, assigned: dict[str, ast.expr], path: str, lines: Lines, scope: str,
                       group: str, kind: str, line: int) -> None:
        items = _literal_strings(node, assigned)
        if items is None:
            files = [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                     and is_requirements_path(c.value)]
            if files:  # install_requires=open("requirements.txt").read().splitlines(): that file is the group
                for f in files:
                    self._claimed_file(posixpath.normpath(posixpath.join(posixpath.dirname(path), f)), path, scope, group, kind)
                return
            self._unreadable_setup_py(path, line, group, scope)
            return
        self._add(scope, group, kind, None)
        for item in items:
            for single in item.splitlines():
                single = re.sub(r"(^|\s)#.*$", "", single).strip()
                if single:
                    self._add(scope, group, kind, make_dep(single, path, lines.at(single, line - 1), self.out.problems))

    def _unreadable_setup_py(self, path: str, line: int | None, what: str, scope: str) -> None:
        self.out.problems.append((path, line, f"cannot read the {what} of setup.py without running it: its dependencies "
                                              "are not compared"))
        self.out.unreadable_scopes.add(scope)

    # -- requirement files ----------------------------------------------------------------------------------
    def _claimed_file(self, target: str, owner: str, scope: str, group: str, kind: str) -> None:
        """A requirements file a pyproject / setup.cfg reads its declarations from."""
        if target not in self.files:
            self.out.problems.append((owner, None, f"reads dependencies from {target}, which is not in the snapshot"))
            return
        self.claimed.add(target)
        for dep in self._closure(target, set(), []):
            self._add(scope, group, kind, dep)

    def _closure(self, path: str, seen: set[str], constraints: list[str]) -> list[Dep]:
        """The requirements of a file and of the files it ``-r`` includes (each Dep keeps its own file)."""
        if path in seen:
            return []
        seen.add(path)
        rf = self._parsed(path)
        deps = list(rf.deps)
        for line, kind, target in rf.includes:
            if target not in self.files:
                self.out.problems.append((path, line, f"includes {target}, which is not in the snapshot"))
                continue
            if kind == "r":
                deps.extend(self._closure(target, seen, constraints))
            else:
                constraints.append(target)
        return deps

    def _parsed(self, path: str) -> RequirementsFile:
        cache = self.__dict__.setdefault("_req_cache", {})
        if path not in cache:
            rf = RequirementsFile(path, self.text(path))
            self.out.problems.extend(rf.problems)
            cache[path] = rf
        return cache[path]

    def roots(self) -> set[str]:
        """Keys of the requirement files that form groups of their own on this side: files no other requirement
        file ``-r`` includes, ``requirements.txt`` / ``requirements.in`` even when included (the file installed
        for production, which a development file often includes), and ``-c`` constraint files; never a file a
        pyproject / setup.cfg reads its declarations from."""
        included: set[str] = set()
        constraint_files: set[str] = set()
        for p in self.requirement_paths:
            for _, kind, target in self._parsed(p).includes:
                (included if kind == "r" else constraint_files).add(target)
        self.constraint_files = constraint_files
        roots = {p for p in self.requirement_paths
                 if p not in included or posixpath.basename(p).lower() in ("requirements.txt", "requirements.in")}
        roots |= {c for c in constraint_files if c in self.files and c not in included and not self._skip(c)}
        return {self._key(p) for p in roots if p not in self.claimed}

    def _file_kind(self, root: str, metadata: set[str]) -> str:
        """The role of a requirements file: constraints; development tooling by its name, its folders or because
        it only includes such files; an environment file when its project declares runtime dependencies in
        package metadata; else the runtime declaration of a project that has no metadata (an application)."""
        if _CONSTRAINTS_NAME.match(posixpath.basename(root)) or root in self.constraint_files:
            return "constraints"
        if _dev_path(root):
            return "dev"
        rf = self._parsed(root)
        included = [t for _, k, t in rf.includes if k == "r"]
        if included and not rf.deps and all(_dev_path(t) for t in included):
            return "dev"
        folder = posixpath.dirname(self._key(root))
        if any(m == "" or folder == m or folder.startswith(m + "/") for m in metadata):
            return "environment"
        return "runtime"

    def _requirement_files(self, keys: set[str], metadata: set[str] = frozenset()) -> None:
        back = {self._key(p): p for p in self.files}
        for key in sorted(keys):
            root = back.get(key)
            if root is None or root in self.claimed:
                continue
            seen: set[str] = set()
            deps = self._closure(root, seen, [])
            kind = self._file_kind(root, metadata)
            g = self.out.group((FILE_GROUP, key), key, kind)
            g.files |= seen
            g.deps.extend(deps)

    def _add(self, scope: str, name: str, kind: str, dep: Dep | None) -> None:
        label = name if not scope else f"{name} of {scope}/"
        g = self.out.group((scope, name), label, kind)
        if dep is not None:
            g.deps.append(dep)
            g.files.add(dep.path)


def _dev_path(path: str) -> bool:
    """A requirements file named or placed for development: its name without `requirements`, or a folder of it."""
    stem = posixpath.basename(path).rsplit(".", 1)[0]
    stem = re.sub(r"^requirements", "", stem, flags=re.IGNORECASE)
    return is_dev(stem) or any(is_dev(part) for part in path.split("/")[:-1])


def _module_literals(tree: ast.Module) -> dict[str, ast.expr]:
    """Module-level ``NAME = <expr>`` of a setup.py (the last one wins), to follow ``install_requires=REQUIRES``."""
    out: dict[str, ast.expr] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            out[stmt.targets[0].id] = stmt.value
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
            out[stmt.target.id] = stmt.value
    return out


def _literal_strings(node: ast.expr, assigned: dict[str, ast.expr], depth: int = 0) -> list[str] | None:
    """The strings of a literal list/tuple (also a name bound to one, `a + b`, a plain string), else None."""
    if depth > 8:
        return None
    if isinstance(node, ast.Name) and node.id in assigned:
        return _literal_strings(assigned[node.id], assigned, depth + 1)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple)):
        out: list[str] = []
        for elt in node.elts:
            items = _literal_strings(elt, assigned, depth + 1)
            if items is None:
                return None
            out.extend(items)
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_strings(node.left, assigned, depth + 1), _literal_strings(node.right, assigned, depth + 1)
        return None if left is None or right is None else left + right
    return None


def _strings(value: Any, path: str, where: str, problems: list) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append((path, None, f"{where} must be a list of requirement strings"))
        return []
    out = []
    for v in value:
        if isinstance(v, str):
            out.append(v)
        else:
            problems.append((path, None, f"{where}: cannot read the entry {v!r}"))
    return out


def _file_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []
