"""Dependencies: what the change does to the project's declared dependencies.

Sources, each requirement parsed with ``packaging`` (a requirement that does not parse is reported as a
problem with its file and line, never dropped silently):

* ``pyproject.toml``: ``[project] dependencies`` (group "runtime"), ``[project.optional-dependencies]``
  ("optional[x]"), ``[dependency-groups]`` (PEP 735, "group[x]", ``include-group`` followed),
  ``[tool.poetry.dependencies]`` ("runtime"; ``optional = true`` ones "optional[extra]"), poetry's
  ``dev-dependencies`` and ``group.<x>.dependencies`` ("group[x]", caret and tilde turned into PEP 440
  ranges: ``^1.2`` is ``>=1.2,<2.0``, ``~1.2`` is ``>=1.2,<1.3``), ``[tool.pdm.dev-dependencies]`` and
  ``[tool.uv] dev-dependencies``, and requirement files named by ``[tool.setuptools.dynamic]``.
* ``setup.cfg``: ``[options] install_requires`` ("runtime", ``file:`` followed) and
  ``[options.extras_require]`` ("optional[x]").
* ``setup.py``, read statically (never run): the ``setup(...)`` call's ``install_requires`` ("runtime"),
  ``extras_require`` ("optional[x]") and ``tests_require`` ("group[tests]"), as literal lists, dicts and
  module-level names bound to them; a requirements file the call reads (``open("requirements.txt")``) is that
  project's runtime group; anything else is a problem and the project's declarations are not compared.
* requirement files: ``requirements*.txt``/``.in``, every ``.txt``/``.in`` under a ``requirements/``
  directory, ``constraints*.txt`` and anything they include. ``-r`` includes are followed within the
  snapshot and merged into the including file's group, so only files no other file includes form a group
  (named by its path, e.g. "requirements-dev.txt"); ``-c`` files are groups of their own; ``-e`` and URL or
  path entries are compared as written.

Groups have a role. Runtime dependencies come from the package metadata (pyproject, setup.cfg, setup.py): a
requirements file in a project that declares them there is an environment file (pins for a deployment, a CI
job), and a requirements file is development tooling when its name or folder says so (``requirements-dev.txt``,
``requirements/docs.txt``, ``docs/requirements.txt``) or when all it does is include such files. Only a
requirements file of a project without package metadata is read as runtime. Changes to development and
environment groups are info: they install nothing with the package.

A project's runtime, optional and group declarations are the same group wherever they are written in that
project directory, so moving a requirement from setup.cfg to pyproject.toml, between a requirements file and
a file it includes, reordering, reformatting or re-commenting is not a change. Files under test directories
and ``[tool.changeproof] exclude`` globs are not read.
"""

from __future__ import annotations

import ast
import configparser
import posixpath
import re
import sys
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

from ...model import Finding, Problem
from ..base import Check, CheckContext, Skip, finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["CHECK", "Dependencies", "import_names", "narrowing", "poetry_specifier"]

# words in a requirements file's or extra's name that make it development tooling, not runtime
_DEV_WORDS = frozenset({"dev", "develop", "development", "test", "tests", "testing", "lint", "linting", "docs", "doc",
                        "typing", "types", "mypy", "ci", "style", "format", "fmt", "bench", "benchmark", "benchmarks",
                        "coverage", "cov", "qa", "tox", "local", "debug", "precommit", "check", "checks", "tools",
                        "build", "release", "all-dev"})
FILE_GROUP = "\0file"  # the scope of a requirements-file group (no directory is named with a NUL)
_REQ_NAME = re.compile(r"^(requirements|constraints)([._-].*)?\.(txt|in)$", re.IGNORECASE)
_CONSTRAINTS_NAME = re.compile(r"^constraints([._-].*)?\.(txt|in)$", re.IGNORECASE)

# distributions whose import name is not their normalised name
_KNOWN_IMPORTS: dict[str, tuple[str, ...]] = {
    "beautifulsoup4": ("bs4",), "pyyaml": ("yaml",), "pillow": ("PIL",), "python-dateutil": ("dateutil",),
    "scikit-learn": ("sklearn",), "scikit-image": ("skimage",), "opencv-python": ("cv2",),
    "opencv-python-headless": ("cv2",), "opencv-contrib-python": ("cv2",), "protobuf": ("google.protobuf",),
    "python-dotenv": ("dotenv",), "attrs": ("attr", "attrs"), "pyjwt": ("jwt",), "psycopg2-binary": ("psycopg2",),
    "psycopg-binary": ("psycopg",), "python-multipart": ("multipart", "python_multipart"),
    "pycryptodome": ("Crypto",), "pycryptodomex": ("Cryptodome",), "pyopenssl": ("OpenSSL",),
    "python-jose": ("jose",), "setuptools": ("setuptools", "pkg_resources"), "pyzmq": ("zmq",),
    "pyserial": ("serial",), "python-magic": ("magic",), "python-json-logger": ("pythonjsonlogger",),
    "google-api-python-client": ("googleapiclient",), "faiss-cpu": ("faiss",), "faiss-gpu": ("faiss",),
    "websocket-client": ("websocket",), "grpcio": ("grpc",), "grpcio-tools": ("grpc_tools",),
    "grpcio-status": ("grpc_status",), "python-slugify": ("slugify",), "python-socketio": ("socketio",),
    "python-engineio": ("engineio",), "google-generativeai": ("google.generativeai",),
    "msgpack-python": ("msgpack",), "pymupdf": ("fitz", "pymupdf"), "docx2txt": ("docx2txt",),
    "python-docx": ("docx",), "python-pptx": ("pptx",), "pyhumps": ("humps",), "mysqlclient": ("MySQLdb",),
    "tensorflow-cpu": ("tensorflow",), "tensorflow-gpu": ("tensorflow",), "discord-py": ("discord",),
    "ruamel-yaml": ("ruamel.yaml",), "typing-extensions": ("typing_extensions",),
}


# --------------------------------------------------------------------------------------------- model


@dataclass
class Dep:
    """One declared requirement."""

    name: str  # canonical distribution name (or the text, for an entry that names no distribution)
    text: str  # as written
    norm: tuple  # what equality means: name, extras, specifiers, marker, url
    path: str
    line: int | None
    req: Any = None  # packaging Requirement, None for entries compared as written
    spec_text: str | None = None  # a poetry constraint, as written


@dataclass
class Group:
    key: tuple[str, str]  # (scope, name): a project directory and a group name, or (FILE_GROUP, path)
    label: str  # "runtime", "optional[dev]", "group[test]", "requirements-dev.txt"
    kind: str  # runtime | optional | dev | constraints
    deps: list[Dep] = field(default_factory=list)
    files: set[str] = field(default_factory=set)
    includes: set[tuple[str, str]] = field(default_factory=set)  # groups whose entries this one takes in


@dataclass
class _Side:
    groups: dict[tuple[str, str], Group] = field(default_factory=dict)
    problems: list[tuple[str, int | None, str]] = field(default_factory=list)  # path, line, message
    read: set[str] = field(default_factory=set)  # every file that contributed
    scopes: set[str] = field(default_factory=set)  # project directories (a pyproject.toml or setup.cfg)
    unreadable_scopes: set[str] = field(default_factory=set)  # project directories whose declarations did not parse
    unreadable_names: set[str] = field(default_factory=set)  # names of requirements that did not parse

    def group(self, key: tuple[str, str], label: str, kind: str) -> Group:
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = Group(key, label, kind)
        return g


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _is_dev(name: str) -> bool:
    words = {w for w in re.split(r"[-_.\s/]+", name.lower()) if w}
    return bool(words & _DEV_WORDS) or name.lower() in _DEV_WORDS


def _norm(req: Any) -> tuple:
    marker = str(req.marker) if req.marker is not None else ""
    return (_canon(req.name), tuple(sorted(_canon(e) for e in req.extras)), frozenset(req.specifier), marker,
            req.url or "")


def _make_dep(text: str, path: str, line: int | None, problems: list, *, lenient: bool = False) -> Dep | None:
    """A Dep from a PEP 508 string; a string that does not parse is a problem (or, lenient, compared as written)."""
    from packaging.requirements import InvalidRequirement, Requirement

    text = text.strip()
    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        if lenient and _looks_like_location(text):
            egg = re.search(r"[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)", text)
            name = _canon(egg.group(1)) if egg else text
            return Dep(name, text, ("as-written", " ".join(text.split())), path, line)
        problems.append((path, line, f"cannot parse requirement {text!r}: {exc}"))
        guess = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        if guess:
            problems.append((None, None, _canon(guess.group(1))))  # a name to leave out of added / removed
        return None
    return Dep(_canon(req.name), text, _norm(req), path, line, req)


def _looks_like_location(text: str) -> bool:
    return ("://" in text or text.startswith(("git+", "hg+", "svn+", "bzr+", ".", "/", "~", "file:"))
            or text.endswith((".whl", ".tar.gz", ".zip", ".tar.bz2")))


# ------------------------------------------------------------------------------------------ locating


class _Lines:
    """Finds the line of a requirement in a file the parser gives no positions for (TOML, cfg)."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def header(self, *names: str) -> int | None:
        """0-based line of a ``[table]`` header (or ``[section]``) among names."""
        wanted = {n.replace('"', "").replace("'", "").replace(" ", "") for n in names}
        for i, line in enumerate(self.lines):
            s = line.strip()
            if s.startswith("[") and not s.startswith("[["):
                inner = s.split("#", 1)[0].strip().strip("[]").replace('"', "").replace("'", "").replace(" ", "")
                if inner in wanted:
                    return i
        return None

    def key(self, name: str, start: int | None) -> int | None:
        """0-based line of ``name =`` within the table starting at ``start``."""
        if start is None:
            return None
        pattern = re.compile(rf"""^\s*["']?{re.escape(name)}["']?\s*=""", re.IGNORECASE)
        for i in range(start + 1, len(self.lines)):
            if re.match(r"""^\[\[?\s*[A-Za-z"']""", self.lines[i]):
                break  # the next table
            if pattern.match(self.lines[i]):
                return i
        return None

    def find(self, needles: list[str], start: int | None) -> int | None:
        """1-based line of the first needle at or after ``start`` (0-based), else anywhere, else None."""
        for begin in ((start or 0), 0):
            for i in range(begin, len(self.lines)):
                if any(n in self.lines[i] for n in needles):
                    return i + 1
        return None

    def at(self, needle: str, *anchors: int | None) -> int | None:
        anchor = next((a for a in anchors if a is not None), None)
        found = self.find([f'"{needle}"', f"'{needle}'", needle], anchor)
        if found is not None:
            return found
        return anchor + 1 if anchor is not None else None


# ------------------------------------------------------------------------------------ requirement files


def _requirement_lines(text: str):
    """(line number, logical line) pairs: continuations joined, comments dropped."""
    pending, start = "", 0
    for i, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not pending:
            start = i
        line = re.sub(r"(^|\s)#.*$", "", raw)
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        if full:
            yield start, full
    if pending.strip():
        yield start, pending.strip()


_INCLUDE = re.compile(r"^(-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?<=-r)|(?<=-c))(\S.*)$")
_EDITABLE = re.compile(r"^(-e|--editable)(?:\s*=\s*|\s+)(\S.*)$")


class _ReqFile:
    def __init__(self, path: str, text: str):
        self.path = path
        self.deps: list[Dep] = []
        self.includes: list[tuple[int, str, str]] = []  # line, "r" | "c", target path (resolved) or URL
        self.problems: list[tuple[str, int | None, str]] = []
        for line, content in _requirement_lines(text):
            m = _INCLUDE.match(content)
            if m:
                target = m.group(2).strip()
                kind = "c" if m.group(1) in ("-c", "--constraint") else "r"
                if "://" in target:
                    self.problems.append((path, line, f"cannot follow the remote include {content!r}"))
                else:
                    self.includes.append((line, kind, posixpath.normpath(posixpath.join(posixpath.dirname(path), target))))
                continue
            m = _EDITABLE.match(content)
            if m:
                value = m.group(2).strip()
                egg = re.search(r"[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)", value)
                name = _canon(egg.group(1)) if egg else value
                self.deps.append(Dep(name, content, ("as-written", "-e " + value), path, line))
                continue
            if content.startswith("-"):
                continue  # global options: --index-url, --extra-index-url, --find-links, --pre, --no-binary...
            content = re.split(r"\s+--[a-zA-Z]", content, maxsplit=1)[0].strip()  # --hash=..., --config-settings
            dep = _make_dep(content, path, line, self.problems, lenient=True)
            if dep is not None:
                self.deps.append(dep)


def _is_requirements_path(path: str) -> bool:
    name = posixpath.basename(path)
    parts = path.split("/")[:-1]
    return bool(_REQ_NAME.match(name)) or ("requirements" in parts and name.lower().endswith((".txt", ".in")))


# --------------------------------------------------------------------------------------------- poetry


def _caret_tilde(op: str, version: str) -> str:
    from packaging.version import Version

    v = Version(version)
    rel = list(v.release)
    n = len(version.split("+")[0].split("."))
    rel = (rel + [0] * n)[: max(n, 1)]
    if op == "^":
        i = next((k for k, x in enumerate(rel) if x != 0), len(rel) - 1)
    else:  # ~
        i = 1 if len(rel) >= 2 else 0
    upper = rel[:i] + [rel[i] + 1]
    upper += [0] * (max(len(rel), 2) - len(upper))
    return f">={version},<{'.'.join(str(x) for x in upper)}"


def poetry_specifier(constraint: str) -> str:
    """A poetry version constraint as a PEP 440 specifier: ``^1.2`` is ``>=1.2,<2.0``, ``~1.2`` is ``>=1.2,<1.3``,
    ``1.2.3`` is ``==1.2.3``, ``*`` is any. Raises ValueError for ``||`` alternatives (no single specifier)."""
    s = constraint.strip()
    if s in ("", "*"):
        return ""
    if "||" in s or re.search(r"\s\|\s", s):
        raise ValueError(f"the poetry constraint {constraint!r} has alternatives (||), which no PEP 440 specifier expresses")
    out = []
    for part in re.split(r"\s*,\s*|\s+(?=[<>=!~^])", s):
        part = part.strip()
        if not part or part == "*":
            continue
        m = re.match(r"^(\^|~=|~|>=|<=|!=|==|>|<|=)?\s*(\S+)$", part)
        if not m:
            raise ValueError(f"cannot read the poetry constraint {constraint!r}")
        op, ver = m.group(1) or "", m.group(2)
        if op in ("^", "~"):
            out.append(_caret_tilde(op, ver))
        elif op in ("", "="):
            out.append(f"=={ver}")
        else:
            out.append(f"{op}{ver}")
    return ",".join(out)


def _python_marker(constraint: str) -> str:
    spec = poetry_specifier(constraint)
    parts = []
    for item in spec.split(","):
        if not item:
            continue
        m = re.match(r"^(~=|>=|<=|!=|==|>|<)(.+)$", item)
        if m:
            var = "python_full_version" if m.group(2).count(".") >= 2 else "python_version"
            parts.append(f'{var} {m.group(1)} "{m.group(2)}"')
    return " and ".join(parts)


def _poetry_deps(table: Any, path: str, lines: _Lines, anchor: int | None, problems: list,
                 extras_of: dict[str, list[str]] | None = None) -> list[tuple[Dep, str | None]]:
    """(Dep, extra names it belongs to or None) for a poetry dependencies table; optional ones get their extras."""
    out: list[tuple[Dep, str | None]] = []
    if not isinstance(table, dict):
        return out
    for name, value in table.items():
        if name.lower() == "python":
            continue
        line = lines.key(name, anchor)
        line1 = line + 1 if line is not None else (anchor + 1 if anchor is not None else None)
        shown = lines.lines[line].strip() if line is not None else f"{name} = {value!r}"
        for item in (value if isinstance(value, list) else [value]):
            try:
                optional = isinstance(item, dict) and bool(item.get("optional"))
                text = _poetry_pep508(name, item)
            except ValueError as exc:
                problems.append((path, line1, str(exc)))
                continue
            if text is None:  # git / path / url source: compared as written
                source = {k: item[k] for k in ("git", "rev", "tag", "branch", "path", "url", "subdirectory") if k in item}
                dep = Dep(_canon(name), shown, ("as-written", repr(sorted(source.items()))), path, line1)
            else:
                dep = _make_dep(text, path, line1, problems)
                if dep is None:
                    continue
                dep.text = shown
                dep.spec_text = text
            extra = None
            if optional:
                owners = [e for e, names in (extras_of or {}).items() if _canon(name) in {_canon(n) for n in names}]
                extra = ",".join(sorted(owners)) or ""
            out.append((dep, extra))
    return out


def _poetry_pep508(name: str, value: Any) -> str | None:
    if isinstance(value, str):
        return f"{name}{poetry_specifier(value)}"
    if not isinstance(value, dict):
        raise ValueError(f"cannot read the poetry dependency {name} = {value!r}")  # noqa: TRY004 (caught as a problem)
    if any(k in value for k in ("git", "path", "url")):
        return None
    extras = value.get("extras") or []
    text = name + (f"[{','.join(extras)}]" if extras else "") + poetry_specifier(str(value.get("version", "*")))
    markers = []
    if value.get("python"):
        pm = _python_marker(str(value["python"]))
        if pm:
            markers.append(f"({pm})" if " and " in pm else pm)
    if value.get("markers"):
        markers.append(f"({value['markers']})")
    if value.get("platform"):
        markers.append(f'sys_platform == "{value["platform"]}"')
    return text + ("; " + " and ".join(markers) if markers else "")


# --------------------------------------------------------------------------------------------- reading


class _Reader:
    """Reads every dependency declaration of one side into groups."""

    def __init__(self, ctx: CheckContext, side: str, renames: dict[str, str]):
        self.ctx = ctx
        self.side = side
        self.renames = renames  # base path -> head path (only used for the base side)
        self.files = ctx.files(side)
        self.out = _Side()
        self.claimed: set[str] = set()  # requirement files a pyproject / setup.cfg reads as its declarations

    def _skip(self, path: str) -> bool:
        from ..changed_files import classify

        return (any(fnmatchcase(path, g) for g in self.ctx.config.exclude or [])
                or classify(path, self.ctx.config) == "test"
                or any(d in ("fixtures", "testdata", "test_data") for d in path.split("/")[:-1]))

    def _key(self, path: str) -> str:
        return self.renames.get(path, path) if self.side == "base" else path

    def text(self, path: str) -> str:
        self.out.read.add(path)
        return (self.ctx.text(self.side, path) or "").lstrip("\ufeff")

    def read(self) -> _Side:
        paths = sorted(self.files)
        for p in paths:
            name = posixpath.basename(p)
            if name == "pyproject.toml" and not self._skip(p):
                self._pyproject(p)
            elif name == "setup.cfg" and not self._skip(p):
                self._setup_cfg(p)
            elif name == "setup.py" and not self._skip(p):
                self._setup_py(p)
        self.requirement_paths = [p for p in paths if _is_requirements_path(p) and not self._skip(p)]
        return self.out

    def metadata_scopes(self) -> set[str]:
        """Project directories whose package metadata declares runtime dependencies (or could not be read)."""
        return {k[0] for k, g in self.out.groups.items() if k[1] == "runtime" and k[0] != FILE_GROUP} | self.out.unreadable_scopes

    def finish(self, roots: set[str], metadata: set[str] = frozenset()) -> _Side:
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
        text = self.text(path)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            self.out.problems.append((path, int(m.group(1)) if m else None, f"not valid TOML: {exc}"))
            self.out.unreadable_scopes.add(self._scope(path))
            return
        lines = _Lines(text)
        scope = self._scope(path)
        problems = self.out.problems
        project = data.get("project") if isinstance(data.get("project"), dict) else {}
        tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
        p_head = lines.header("project")
        for s in _strings(project.get("dependencies"), path, "[project] dependencies", problems):
            self._add(scope, "runtime", "runtime", _make_dep(s, path, lines.at(s, lines.key("dependencies", p_head), p_head), problems))
        opt = project.get("optional-dependencies")
        o_head = lines.header("project.optional-dependencies")
        if isinstance(opt, dict):
            for extra, items in opt.items():
                kind = "dev" if _is_dev(extra) else "optional"
                for s in _strings(items, path, f"[project.optional-dependencies] {extra}", problems):
                    dep = _make_dep(s, path, lines.at(s, lines.key(extra, o_head), o_head), problems)
                    self._add(scope, f"optional[{_canon(extra)}]", kind, dep)
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
                                               scope, f"optional[{_canon(extra)}]", "dev" if _is_dev(extra) else "optional")
        # PEP 735
        groups = data.get("dependency-groups")
        g_head = lines.header("dependency-groups")
        if isinstance(groups, dict):
            for gname in groups:
                seen: set[str] = set()
                label = f"group[{_canon(gname)}]"
                for s, anchor in self._expand_groups(groups, gname, path, lines, g_head, set(), seen):
                    self._add(scope, label, "dev", _make_dep(s, path, lines.at(s, anchor, g_head), problems))
                group = self.out.group((scope, label), label if not scope else f"{label} of {scope}/", "dev")
                group.includes |= {(scope, f"group[{_canon(g)}]") for g in seen if g != gname}
        # poetry
        poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else {}
        if poetry:
            extras_of = poetry.get("extras") if isinstance(poetry.get("extras"), dict) else {}
            anchor = lines.header("tool.poetry.dependencies")
            for dep, extra in _poetry_deps(poetry.get("dependencies"), path, lines, anchor, problems, extras_of):
                if extra is None:
                    self._add(scope, "runtime", "runtime", dep)
                else:
                    label = f"optional[{extra}]" if extra else "optional"
                    self._add(scope, label, "dev" if extra and _is_dev(extra) else "optional", dep)
            if "dev-dependencies" in poetry:
                anchor = lines.header("tool.poetry.dev-dependencies")
                for dep, _ in _poetry_deps(poetry.get("dev-dependencies"), path, lines, anchor, problems):
                    self._add(scope, "group[dev]", "dev", dep)
            pgroups = poetry.get("group")
            if isinstance(pgroups, dict):
                for gname, gtable in pgroups.items():
                    if not isinstance(gtable, dict):
                        continue
                    anchor = lines.header(f"tool.poetry.group.{gname}.dependencies")
                    kind = "runtime" if gname == "main" else "dev"
                    label = "runtime" if gname == "main" else f"group[{_canon(gname)}]"
                    for dep, _ in _poetry_deps(gtable.get("dependencies"), path, lines, anchor, problems):
                        self._add(scope, label, kind, dep)
        # pdm and uv development dependencies
        pdm = tool.get("pdm") if isinstance(tool.get("pdm"), dict) else {}
        if isinstance(pdm.get("dev-dependencies"), dict):
            anchor = lines.header("tool.pdm.dev-dependencies")
            for gname, items in pdm["dev-dependencies"].items():
                for s in _strings(items, path, f"[tool.pdm.dev-dependencies] {gname}", problems):
                    self._add(scope, f"group[{_canon(gname)}]", "dev",
                              _make_dep(s, path, lines.at(s, lines.key(gname, anchor), anchor), problems, lenient=True))
        uv = tool.get("uv") if isinstance(tool.get("uv"), dict) else {}
        if "dev-dependencies" in uv:
            anchor = lines.header("tool.uv")
            for s in _strings(uv.get("dev-dependencies"), path, "[tool.uv] dev-dependencies", problems):
                self._add(scope, "group[dev]", "dev", _make_dep(s, path, lines.at(s, lines.key("dev-dependencies", anchor), anchor), problems))

    def _expand_groups(self, groups: dict, name: str, path: str, lines: _Lines, g_head: int | None,
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
                target = next((g for g in groups if _canon(g) == _canon(item["include-group"])), None)
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
        text = self.text(path)
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string(text, source=path)
        except configparser.Error as exc:
            m = re.search(r"line (\d+)", str(exc))
            self.out.problems.append((path, int(m.group(1)) if m else None, f"cannot read setup.cfg: {exc}".splitlines()[0]))
            self.out.unreadable_scopes.add(self._scope(path))
            return
        lines = _Lines(text)
        scope = self._scope(path)
        if parser.has_option("options", "install_requires"):
            anchor = lines.key("install_requires", lines.header("options"))
            self._cfg_list(parser.get("options", "install_requires"), path, lines, anchor, scope, "runtime", "runtime")
        if parser.has_section("options.extras_require"):
            head = lines.header("options.extras_require")
            for extra, value in parser.items("options.extras_require"):
                kind = "dev" if _is_dev(extra) else "optional"
                self._cfg_list(value, path, lines, lines.key(extra, head), scope, f"optional[{_canon(extra)}]", kind)

    def _cfg_list(self, value: str, path: str, lines: _Lines, anchor: int | None, scope: str, group: str, kind: str) -> None:
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
                self._add(scope, group, kind, _make_dep(item, path, lines.at(item, anchor), self.out.problems))

    # -- setup.py -----------------------------------------------------------------------------------------
    def _setup_py(self, path: str) -> None:
        text = self.text(path)
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError) as exc:
            self.out.problems.append((path, getattr(exc, "lineno", None), "cannot parse setup.py to read its dependencies"))
            self.out.unreadable_scopes.add(self._scope(path))
            self.out.scopes.add(self._scope(path))
            return
        call = next((n for n in ast.walk(tree) if isinstance(n, ast.Call)
                     and (_dotted(n.func) or "").rsplit(".", 1)[-1] == "setup"), None)
        if call is None:
            return  # not a setuptools script (or the call is hidden): nothing declared here
        scope = self._scope(path)
        self.out.scopes.add(scope)
        assigned = _module_literals(tree)
        lines = _Lines(text)
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
                    kind = "dev" if _is_dev(extra) else "optional"
                    self._setup_py_list(v, assigned, path, lines, scope, f"optional[{_canon(extra)}]", kind, v.lineno)

    def _setup_py_list(self, node: ast.expr, assigned: dict[str, ast.expr], path: str, lines: _Lines, scope: str,
                       group: str, kind: str, line: int) -> None:
        items = _literal_strings(node, assigned)
        if items is None:
            files = [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                     and _is_requirements_path(c.value)]
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
                    self._add(scope, group, kind, _make_dep(single, path, lines.at(single, line - 1), self.out.problems))

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

    def _parsed(self, path: str) -> _ReqFile:
        cache = self.__dict__.setdefault("_req_cache", {})
        if path not in cache:
            rf = _ReqFile(path, self.text(path))
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
    """A requirements file named or placed for development: its name without `requirements` or a folder of it."""
    stem = posixpath.basename(path).rsplit(".", 1)[0]
    stem = re.sub(r"^requirements", "", stem, flags=re.IGNORECASE)
    return _is_dev(stem) or any(_is_dev(part) for part in path.split("/")[:-1])


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return f"{head}.{node.attr}" if head else None
    return None


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


# ----------------------------------------------------------------------------------------- comparison


def _probes(*specsets: Any) -> list:
    """Versions that tell two specifier sets apart: every version either mentions, and each of its release
    components one lower and one higher (with and without the later components zeroed)."""
    from packaging.version import InvalidVersion, Version

    found: set = {Version("0"), Version("0.0.1"), Version("99999")}
    for ss in specsets:
        for s in ss:
            if s.operator == "===":
                continue
            text = s.version.removesuffix(".*")
            try:
                v = Version(text)
            except InvalidVersion:
                continue
            found.add(v)
            rel = list(v.release) + [0] * max(0, 3 - len(v.release))
            found.add(Version(".".join(map(str, rel))))
            for i in range(len(rel)):
                for d in (-1, 1):
                    r = rel.copy()
                    r[i] += d
                    if r[i] < 0:
                        continue
                    found.add(Version(".".join(map(str, r))))
                    found.add(Version(".".join(map(str, r[: i + 1] + [0] * (len(r) - i - 1)))))
    return sorted(found)


def narrowing(old: Any, new: Any) -> tuple[list, list]:
    """(versions allowed by ``old`` and rejected by ``new``, versions rejected by ``old`` and allowed by
    ``new``) among the probe versions of both specifier sets (``SpecifierSet`` or text)."""
    from packaging.specifiers import SpecifierSet

    old = SpecifierSet(old) if isinstance(old, str) else old
    new = SpecifierSet(new) if isinstance(new, str) else new
    lost, gained = [], []
    for v in _probes(old, new):
        a, b = old.contains(v, prereleases=True), new.contains(v, prereleases=True)
        if a and not b:
            lost.append(v)
        elif b and not a:
            gained.append(v)
    return lost, gained


def _show(version: Any, *specsets: Any) -> str:
    """A probe version as one of the specifiers spells it (``2`` rather than ``2.0.0``) when one does."""
    from packaging.version import InvalidVersion, Version

    for ss in specsets:
        for s in ss:
            text = s.version.removesuffix(".*")
            try:
                if Version(text) == version:
                    return text
            except InvalidVersion:
                continue
    return str(version)


def _describe_change(old: Dep, new: Dep) -> tuple[str, str] | None:
    """(severity, what changed and why it matters) for the same dependency on both sides, None if equivalent."""
    if old.norm == new.norm:
        return None
    if old.req is None or new.req is None:
        return ("risk", (f"its source changed from `{old.text}` to `{new.text}`: a different build of the package "
                         f"is installed"))
    risky, parts = False, []
    o, n = old.req, new.req
    if (o.url or "") != (n.url or ""):
        risky = True
        parts.append(f"its source changed from {o.url or 'the package index'} to {n.url or 'the package index'}")
    lost_x = sorted(set(map(_canon, o.extras)) - set(map(_canon, n.extras)))
    new_x = sorted(set(map(_canon, n.extras)) - set(map(_canon, o.extras)))
    if lost_x:
        risky = True
        parts.append(f"the extra{'s' if len(lost_x) > 1 else ''} [{', '.join(lost_x)}] no longer requested: code "
                     f"that needs what {'they' if len(lost_x) > 1 else 'it'} installed fails with ImportError")
    if new_x:
        parts.append(f"now also requests the extra{'s' if len(new_x) > 1 else ''} [{', '.join(new_x)}]")
    om, nm = (str(o.marker) if o.marker else ""), (str(n.marker) if n.marker else "")
    if om != nm:
        if not om:
            risky = True
            parts.append(f"it is now installed only where `{nm}` holds: elsewhere, importing it fails")
        elif not nm:
            parts.append(f"it is now installed everywhere (before: only where `{om}` holds)")
        else:
            risky = True
            parts.append(f"its environment marker changed from `{om}` to `{nm}`: environments that matched before "
                         f"may no longer get it")
    if frozenset(o.specifier) != frozenset(n.specifier):
        lost, gained = narrowing(o.specifier, n.specifier)
        ot, nt = str(o.specifier) or "any version", str(n.specifier) or "any version"
        if lost:
            risky = True
            text = (f"the allowed versions narrowed from `{ot}` to `{nt}`: {_show(lost[0], o.specifier, n.specifier)} was allowed and is now rejected, "
                    f"so environments that have it installed must change it, and resolution can fail against "
                    f"other pins")
            low_o = next((v for v in _probes(o.specifier, n.specifier) if o.specifier.contains(v, prereleases=True)), None)
            low_n = next((v for v in _probes(o.specifier, n.specifier) if n.specifier.contains(v, prereleases=True)), None)
            if low_o is not None and low_n is not None and low_n.major > low_o.major and low_o.release != (0,):
                text += (f"; the oldest allowed version moves from {_show(low_o, o.specifier)} to "
                         f"{_show(low_n, n.specifier)}, a new major version: expect "
                         f"incompatible changes in the dependency's API")
            parts.append(text)
        elif gained:
            parts.append(f"the allowed versions widened from `{ot}` to `{nt}` ({_show(gained[0], o.specifier, n.specifier)} "
                         f"is now allowed): nothing installed before is rejected, but untested versions may now be "
                         f"installed")
    if not parts:
        return None
    return ("risk" if risky else "info", "; ".join(parts))


# ---------------------------------------------------------------------------------------------- imports


def import_names(distribution: str) -> tuple[str, ...]:
    """The import names a distribution most likely provides: its normalised name (lowercased, ``-`` and ``.``
    as ``_``), or the known name for well-known mismatches (``pyyaml`` is ``yaml``, ``pillow`` is ``PIL``)."""
    canon = _canon(distribution)
    if canon in _KNOWN_IMPORTS:
        return _KNOWN_IMPORTS[canon]
    if canon.startswith("google-cloud-"):
        return ("google.cloud." + canon[len("google-cloud-"):].replace("-", "_"),)
    if canon.startswith("types-") or canon.endswith("-stubs"):
        return ()  # type stubs: nothing is imported at run time
    return (canon.replace("-", "_"),)


@dataclass
class _Use:
    path: str
    line: int
    text: str
    guarded: bool  # inside try/except ImportError or `if TYPE_CHECKING:`
    category: str


def _guard_catches(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    names = {t.attr if isinstance(t, ast.Attribute) else getattr(t, "id", "") for t in types}
    return bool(names & {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})


_TRY_TYPES = (ast.Try, ast.TryStar) if sys.version_info >= (3, 11) else (ast.Try,)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports_in(tree: ast.AST, wanted: dict[str, str]) -> list[tuple[str, ast.stmt, bool]]:
    """(distribution, import statement, guarded) for imports of any wanted import name (name -> distribution);
    guarded: inside the body of a try that catches ImportError, or under ``if TYPE_CHECKING:``."""
    out: list[tuple[str, ast.stmt, bool]] = []

    def match(module: str) -> str | None:
        for name, dist in wanted.items():
            if module == name or module.startswith(name + "."):
                return dist
        return None

    def walk(node: ast.AST, guarded: bool) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                dist = match(alias.name)
                if dist:
                    out.append((dist, node, guarded))
            return
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                dist = match(node.module) or next((d for a in node.names if (d := match(f"{node.module}.{a.name}"))), None)
                if dist:
                    out.append((dist, node, guarded))
            return
        if isinstance(node, _TRY_TYPES):
            catches = any(_guard_catches(h) for h in node.handlers)
            for stmt in node.body:
                walk(stmt, guarded or catches)
            for part in (node.handlers, node.orelse, node.finalbody):
                for stmt in part:
                    walk(stmt, guarded)
            return
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for stmt in node.body:
                walk(stmt, True)
            for stmt in node.orelse:
                walk(stmt, guarded)
            return
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.stmt, ast.excepthandler)) or type(child).__name__ == "match_case":
                walk(child, guarded)

    walk(tree, False)
    return out


def _uses(ctx: CheckContext, dists: set[str]) -> dict[str, list[_Use]]:
    """Where head production and test code imports each distribution (by its import names)."""
    from ..changed_files import classify

    wanted: dict[str, str] = {}
    local = _local_modules(ctx.files("head"))
    for d in dists:
        for name in import_names(d):
            if name.split(".")[0] not in local:  # a module of the repository itself, not the distribution
                wanted[name] = d
    if not wanted:
        return {}
    candidates = []
    for path in ctx.files("head"):
        if not path.endswith(".py") or any(fnmatchcase(path, g) for g in ctx.config.exclude or []):
            continue
        category = classify(path, ctx.config)
        if category in ("production", "test"):
            candidates.append((path, category))
    firsts = {n.split(".")[0] for n in wanted}
    alternatives = "|".join(re.escape(f) for f in sorted(firsts))
    word = re.compile(rf"\b(?:{alternatives})\b")
    data = ctx.head.read_many([p for p, _ in candidates])
    out: dict[str, list[_Use]] = {}
    for path, category in candidates:
        text = data[path].decode("utf-8", "replace")
        if not word.search(text):
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError):
            continue  # the syntax check reports it
        lines = text.splitlines()
        for dist, node, guarded in _imports_in(tree, wanted):
            snippet = lines[node.lineno - 1].strip() if node.lineno <= len(lines) else ""
            out.setdefault(dist, []).append(_Use(path, node.lineno, snippet, guarded, category))
    return out


def _local_modules(files: dict[str, str]) -> set[str]:
    """Top-level module names the repository itself provides (packages and modules at the root or under src/)."""
    out = set()
    for p in files:
        parts = p.split("/")
        if parts[0] == "src" and len(parts) > 1:
            parts = parts[1:]
        if len(parts) == 1 and parts[0].endswith(".py"):
            out.add(parts[0][:-3])
        elif len(parts) == 2 and parts[1] in ("__init__.py", "__init__.pyi"):
            out.add(parts[0])
    return out


# ---------------------------------------------------------------------------------------------- check


class Dependencies(Check):
    id = "dependencies"
    title = "Dependencies"
    reads = ("pyproject.toml ([project], optional-dependencies, dependency-groups, poetry, pdm, uv), setup.cfg, "
             "setup.py (statically), requirements and constraints files with their includes; head code's imports "
             "of removed ones")

    def __init__(self) -> None:
        super().__init__()
        self.files = 0
        self.counts = {"added": 0, "removed": 0, "changed": 0}

    def run(self, ctx: CheckContext) -> list[Finding]:
        def relevant(p: str | None) -> bool:
            if not p:
                return False
            name = posixpath.basename(p)
            return name in ("pyproject.toml", "setup.cfg", "setup.py") or name.endswith((".txt", ".in"))

        touched = {p for c in ctx.changes for p in (c.path, c.old_path) if p}
        if not any(relevant(p) for p in touched):
            raise Skip("no dependency declarations changed")
        renames = {c.old_path: c.path for c in ctx.changes if c.status == "renamed" and c.old_path}
        base_reader, head_reader = _Reader(ctx, "base", renames), _Reader(ctx, "head", {})
        base_reader.read()
        head_reader.read()
        roots = base_reader.roots() | head_reader.roots()
        metadata = base_reader.metadata_scopes() | head_reader.metadata_scopes()
        base, head = base_reader.finish(roots, metadata), head_reader.finish(roots, metadata)
        # a requirements file a pyproject / setup.cfg reads (dynamic, file:) on one side only: its entries are
        # compared as that project's group, not as a file group of their own that appears or disappears
        for side, other in ((base, head_reader.claimed), (head, {renames.get(p, p) for p in base_reader.claimed})):
            for key in [k for k in side.groups if k[0] == FILE_GROUP and k[1] in other]:
                del side.groups[key]
        changed_files = touched & (base.read | head.read)
        if not changed_files:
            raise Skip("no dependency declarations changed")
        self.files = len({renames.get(p, p) for p in changed_files})
        self._problems(ctx, base, "base", touched)
        self._problems(ctx, head, "head", touched)

        findings: list[Finding] = []
        removed: list[tuple[Group, Dep]] = []
        changed_names = {key: _changed_names(base.groups.get(key), head.groups.get(key))
                         for key in set(base.groups) | set(head.groups) if key[0] == FILE_GROUP}
        for key in sorted(set(base.groups) | set(head.groups)):
            old_g, new_g = base.groups.get(key), head.groups.get(key)
            g = new_g or old_g
            assert g is not None
            if not ((old_g and old_g.files & touched) or (new_g and new_g.files & touched)):
                continue
            if key[0] != FILE_GROUP and key[0] in (base.unreadable_scopes | head.unreadable_scopes):
                continue  # one side could not be read: reported as a problem, not as every requirement changing
            old_by, new_by = _by_name(old_g), _by_name(new_g)
            # a requirements file that includes another root (requirements-dev.txt: -r requirements.txt) sees
            # that file's changes too: they are reported once, for the included file
            # (and a dependency group that includes another, PEP 735, sees that group's changes)
            covered: set[str] = set()
            if key[0] == FILE_GROUP:
                closure = (old_g.files if old_g else set()) | (new_g.files if new_g else set())
                closure = {renames.get(p, p) for p in closure}
                for other, names in changed_names.items():
                    if other != key and other[0] == FILE_GROUP and other[1] in closure:
                        covered |= names
            for other in (old_g.includes if old_g else set()) | (new_g.includes if new_g else set()):
                covered |= changed_names.get(other) or _changed_names(base.groups.get(other), head.groups.get(other))
            for name in sorted(set(old_by) | set(new_by)):
                if name in covered:
                    continue
                olds, news = old_by.get(name, []), new_by.get(name, [])
                if not olds and name in base.unreadable_names or not news and name in head.unreadable_names:
                    continue  # the other side's declaration did not parse: reported as a problem
                if not olds:
                    new_project = _new_project(key, base)
                    for dep in news:
                        findings.append(self._added(new_g or g, dep, new_project))
                elif not news:
                    for dep in olds:
                        removed.append((old_g or g, dep))
                else:
                    findings.extend(self._compared(new_g or g, name, olds, news))
        if removed:
            findings.extend(self._removed(ctx, removed, head))
        return findings

    # -- findings ---------------------------------------------------------------------------------------
    def _added(self, g: Group, dep: Dep, new_project: bool = False) -> Finding:
        self.counts["added"] += 1
        shown = f"`{dep.text}`"
        if new_project:
            severity = "info"
            where = posixpath.dirname(dep.path) or "the repository root"
            why = (f"{shown} is declared in {g.label} by a project that is new in this change ({where}): nothing "
                   f"that existed before installs it")
        elif g.kind == "runtime":
            severity = "risk"
            why = (f"{shown} is a new runtime dependency ({g.label}): every installation now pulls it in, with its "
                   f"own dependencies; check that it resolves with the existing pins, and its licence and maintenance")
        elif g.kind == "constraints":
            severity = "risk"
            why = f"{shown} is a new constraint ({g.label}): it limits which versions of `{dep.name}` may be installed"
        elif g.kind == "optional":
            severity = "info"
            why = f"{shown} was added to {g.label}: only installations that ask for the extra get it; nothing existing breaks"
        elif g.kind == "environment":
            severity = "info"
            why = (f"{shown} was added to {g.label}, an environment file: the package's runtime dependencies are "
                   f"declared in its metadata, so installing the package does not pull it in")
        else:
            severity = "info"
            why = f"{shown} was added to {g.label} (development tooling): it is not installed with the package"
        return finding(rules.DEPENDENCY_ADDED, path=dep.path, line=dep.line, message=why, object=dep.name,
                       new=dep.text, severity=severity)

    def _compared(self, g: Group, name: str, olds: list[Dep], news: list[Dep]) -> list[Finding]:
        pairs: list[tuple[Dep, Dep]] = []
        if len(olds) == 1 and len(news) == 1:
            pairs = [(olds[0], news[0])]
        else:
            if sorted(map(repr, (d.norm for d in olds))) == sorted(map(repr, (d.norm for d in news))):
                return []
            rest_o, rest_n = list(olds), list(news)
            for o in olds:
                match = next((n for n in rest_n if n.norm == o.norm), None) or next(
                    (n for n in rest_n if n.req is not None and o.req is not None and str(n.req.marker) == str(o.req.marker)), None)
                if match is not None:
                    pairs.append((o, match))
                    rest_o.remove(o)
                    rest_n.remove(match)
            if len(rest_o) == 1 and len(rest_n) == 1:
                pairs.append((rest_o[0], rest_n[0]))
            elif rest_o or rest_n:
                self.counts["changed"] += 1
                anchor = (rest_n or news)[0]
                return [finding(rules.DEPENDENCY_CONSTRAINT_CHANGED, path=anchor.path, line=anchor.line,
                                object=name, severity="risk",
                                message=(f"`{name}` is declared {len(news)} times in {g.label} (it was {len(olds)}), "
                                         f"with different markers or versions: which version each environment gets "
                                         f"changed; check every combination"),
                                old="\n".join(d.text for d in olds), new="\n".join(d.text for d in news))]
        out = []
        for o, n in pairs:
            described = _describe_change(o, n)
            if described is None:
                continue
            severity, what = described
            if g.kind in ("dev", "environment"):
                severity = "info"  # development tooling and environment pins: nothing installed with the package changes
                what += (" (development tooling: not installed with the package)" if g.kind == "dev" else
                         " (an environment file: the package's runtime dependencies are declared in its metadata)")
            self.counts["changed"] += 1
            extra = ""
            if n.spec_text and n.spec_text != n.text:
                extra = f" (read as `{n.spec_text}`)"
            out.append(finding(rules.DEPENDENCY_CONSTRAINT_CHANGED, path=n.path, line=n.line, object=name,
                               severity=severity, old=o.text, new=n.text,
                               message=f"`{name}` in {g.label}{extra}: {what}"))
        return out

    def _removed(self, ctx: CheckContext, removed: list[tuple[Group, Dep]], head: _Side) -> list[Finding]:
        providers: dict[str, list[Group]] = {}
        for g in head.groups.values():
            for d in g.deps:
                providers.setdefault(d.name, []).append(g)
        check = {dep.name for g, dep in removed if g.kind != "constraints"}
        uses = _uses(ctx, check) if check else {}
        out = []
        for g, dep in removed:
            self.counts["removed"] += 1
            severity = "risk"
            if g.kind == "constraints":
                out.append(finding(rules.DEPENDENCY_REMOVED, path=dep.path, line=dep.line, object=dep.name,
                                   old=dep.text, severity="info",
                                   message=(f"the constraint `{dep.text}` was removed from {g.label}: `{dep.name}` may "
                                            f"now resolve to versions it used to exclude")))
                continue
            elsewhere = [p for p in providers.get(dep.name, []) if p.kind != "constraints" and p.key != g.key]
            still = [p for p in elsewhere if p.kind == "runtime" or (g.kind == "optional" and p.kind == "optional")]
            used = uses.get(dep.name, [])
            prod = [u for u in used if u.category == "production" and not u.guarded]
            tests = [u for u in used if u.category == "test" and not u.guarded]
            message = f"`{dep.text}` was removed from {g.label}: environments built from head no longer install it"
            if elsewhere:
                message += f"; it is still declared in {', '.join(sorted({p.label for p in elsewhere}))}"
            if prod and not still and g.kind in ("runtime", "optional"):
                severity = "breaking"
                shown = "; ".join(f"{u.path}:{u.line} `{u.text}`" for u in prod[:3])
                more = f" and {len(prod) - 3} more" if len(prod) > 3 else ""
                message += (f", but production code still imports it ({shown}{more}): that import fails with "
                            f"ModuleNotFoundError")
            elif prod:
                message += f"; production code still imports it ({prod[0].path}:{prod[0].line})"
            elif tests:
                message += (f"; tests still import it ({tests[0].path}:{tests[0].line}"
                            f"{f' and {len(tests) - 1} more' if len(tests) > 1 else ''}), so the test run needs it "
                            f"from somewhere else")
            elif used:
                message += "; the remaining imports of it are guarded (try/except ImportError or TYPE_CHECKING)"
            elif import_names(dep.name):
                message += (f"; no production or test module imports "
                            f"{' or '.join(f'`{n}`' for n in import_names(dep.name))}")
            if g.kind in ("dev", "environment") and severity != "breaking":
                severity = "info"
                message += ("; a development group: nothing installed with the package changes" if g.kind == "dev" else
                            "; an environment file: the package's runtime dependencies are declared in its metadata")
            out.append(finding(rules.DEPENDENCY_REMOVED, path=dep.path, line=dep.line, object=dep.name,
                               old=dep.text, severity=severity, message=message))
        return out

    def _problems(self, ctx: CheckContext, side: _Side, role: str, touched: set[str]) -> None:
        seen = {(p.path, p.message) for p in ctx.problems}
        for path, line, message in side.problems:
            if path not in touched:
                continue
            where = f"{path}:{line}" if line else path
            if (where, message) in seen:
                continue
            seen.add((where, message))
            ctx.problems.append(Problem(path=where, message=message, side=role))

    def summary(self, findings: list[Finding]) -> str:
        if not self.files:
            return "no dependency declarations changed"
        c = self.counts
        return (f"{self.files} dependency file{'s' if self.files != 1 else ''} changed: {c['added']} added, "
                f"{c['removed']} removed, {c['changed']} changed")


def _new_project(key: tuple[str, str], base: _Side) -> bool:
    """Whether a group belongs to a directory that declared no dependencies at base (a project new in the change)."""
    if key[0] != FILE_GROUP:
        return key[0] not in base.scopes
    if key in base.groups:
        return False
    folder = posixpath.dirname(key[1])
    return folder not in base.scopes and not any(k[0] == FILE_GROUP and posixpath.dirname(k[1]) == folder
                                                 for k in base.groups)


def _changed_names(old: Group | None, new: Group | None) -> set[str]:
    """Names whose declarations differ between the two sides of a group."""
    a, b = _by_name(old), _by_name(new)
    return {n for n in set(a) | set(b)
            if sorted(repr(d.norm) for d in a.get(n, [])) != sorted(repr(d.norm) for d in b.get(n, []))}


def _by_name(g: Group | None) -> dict[str, list[Dep]]:
    out: dict[str, list[Dep]] = {}
    if g is not None:
        for d in g.deps:
            out.setdefault(d.name, []).append(d)
    return out


CHECK = Dependencies

# Registered after CHECK: importing the catalog discovers the check modules, and a module imported first must
# already define CHECK when the catalog looks at it.
from . import rules



