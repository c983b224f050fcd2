"""The project's own configuration files (``pyproject.toml``, ``setup.cfg`` and other INI files, YAML files such as
docker-compose's), each parsed once per snapshot, whoever asks: the runner (version, ``[tool.changeproof]``), the
API engine (declared source directories), the syntax check (``requires-python``), the dependencies, architecture
and config-drift checks. TOML with ``tomllib``, INI with ``configparser``, YAML with PyYAML's safe loader (its node
API, so line numbers are kept and anchors, aliases and merge keys are what YAML says they are).

A file that does not parse is not an exception here: :class:`TomlFile` / :class:`IniFile` say why, and each
caller decides what that means for it (a UserError for ``[tool.changeproof]``, a "could not analyse" entry for
the dependencies check, nothing for a version lookup).
"""

from __future__ import annotations

import configparser
import posixpath
import re
import sys
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:  # pragma: no cover
    from .git import Snapshot

__all__ = ["IniFile", "TomlFile", "YamlFile", "ini", "project_version", "requires_python", "source_dirs", "toml",
           "yaml"]


@dataclass(frozen=True)
class TomlFile:
    path: str
    text: str  # decoded as UTF-8 (undecodable bytes replaced), a leading byte-order mark dropped
    data: dict[str, Any] | None  # None when the file is not valid TOML
    error: str | None = None  # the parser's message when it is not
    line: int | None = None  # where the parser stopped, when it says

    def table(self, *keys: str) -> dict[str, Any]:
        """A nested table (``table("tool", "poetry")``), {} when absent or not a table."""
        node: Any = self.data or {}
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return node if isinstance(node, dict) else {}


@dataclass(frozen=True)
class IniFile:
    path: str
    text: str
    parser: configparser.ConfigParser | None  # no interpolation, duplicate keys allowed; None when unreadable
    error: str | None = None
    line: int | None = None


@dataclass(frozen=True)
class YamlFile:
    path: str
    text: str
    root: Any  # the document's root node (a yaml.Node), None for an empty document or when it does not parse
    error: str | None = None  # the first line of PyYAML's message when it does not parse


_PARSED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # snapshot -> {(kind, path): parsed file}


def _memo(snapshot: Snapshot) -> dict:
    memo = _PARSED.get(snapshot)
    if memo is None:
        memo = _PARSED[snapshot] = {}
    return memo


def _text(snapshot: Snapshot, path: str) -> str | None:
    if path not in snapshot.files():
        return None
    return snapshot.read(path).decode("utf-8", "replace").lstrip("\ufeff")


def _line(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


def toml(snapshot: Snapshot, path: str = "pyproject.toml") -> TomlFile | None:
    """The TOML file at ``path`` of the snapshot, parsed once; None when the snapshot has no such file."""
    memo = _memo(snapshot)
    key = ("toml", path)
    if key not in memo:
        text = _text(snapshot, path)
        if text is None:
            memo[key] = None
        else:
            try:
                memo[key] = TomlFile(path, text, tomllib.loads(text))
            except (tomllib.TOMLDecodeError, ValueError) as exc:
                memo[key] = TomlFile(path, text, None, str(exc), _line(str(exc)))
    return memo[key]


def ini(snapshot: Snapshot, path: str = "setup.cfg") -> IniFile | None:
    """The INI file at ``path`` (setup.cfg, .importlinter...), parsed once; None when the snapshot has none."""
    memo = _memo(snapshot)
    key = ("ini", path)
    if key not in memo:
        text = _text(snapshot, path)
        if text is None:
            memo[key] = None
        else:
            parser = configparser.ConfigParser(interpolation=None, strict=False)
            try:
                parser.read_string(text, source=path)
                memo[key] = IniFile(path, text, parser)
            except configparser.Error as exc:
                memo[key] = IniFile(path, text, None, str(exc), _line(str(exc)))
    return memo[key]


def yaml(snapshot: Snapshot, path: str) -> YamlFile | None:
    """The YAML file at ``path`` composed into nodes (first document), once; None when the snapshot has none."""
    import yaml as pyyaml

    memo = _memo(snapshot)
    key = ("yaml", path)
    if key not in memo:
        text = _text(snapshot, path)
        if text is None:
            memo[key] = None
        else:
            try:
                memo[key] = YamlFile(path, text, pyyaml.compose(text, Loader=pyyaml.SafeLoader))
            except pyyaml.YAMLError as exc:
                memo[key] = YamlFile(path, text, None, str(exc).splitlines()[0])
    return memo[key]


def project_version(snapshot: Snapshot) -> str | None:
    """The version pyproject.toml declares (``[project] version``, else ``[tool.poetry] version``)."""
    f = toml(snapshot)
    if f is None or f.data is None:
        return None
    version = f.table("project").get("version") or f.table("tool", "poetry").get("version")
    return version if isinstance(version, str) else None


def requires_python(snapshot: Snapshot, path: str) -> tuple[str, str] | None:
    """The ``requires-python`` of the project holding ``path``: (specifier text, file it is in), from the nearest
    pyproject.toml (``[project] requires-python``) or setup.cfg (``python_requires``), from the file's directory
    up to the root."""
    d = posixpath.dirname(path)
    while True:
        for name in ("pyproject.toml", "setup.cfg"):
            candidate = posixpath.join(d, name) if d else name
            spec = None
            if name == "pyproject.toml":
                f = toml(snapshot, candidate)
                if f is None or f.data is None:
                    continue
                value = f.table("project").get("requires-python")
                spec = value if isinstance(value, str) else None
            else:
                c = ini(snapshot, candidate)
                if c is None or c.parser is None:
                    continue
                spec = c.parser.get("options", "python_requires", fallback=None)
            if spec and spec.strip():
                return spec.strip(), candidate
        if not d:
            return None
        d = posixpath.dirname(d)


def source_dirs(snapshot: Snapshot) -> list[str] | None:
    """Import roots the build configuration declares, when they are not the usual `src/` or the root:
    setuptools `package-dir` / `packages.find.where` / setup.cfg `package_dir`, maturin `python-source`,
    hatch `packages`. None when nothing is declared (discovery then looks for itself)."""
    found: list[str] = []
    f = toml(snapshot)
    if f is not None and f.data is not None:
        st = f.table("tool", "setuptools")
        pkg_dir = st.get("package-dir")
        if isinstance(pkg_dir, dict) and isinstance(pkg_dir.get(""), str):
            found.append(pkg_dir[""])
        find = st.get("packages", {})
        if isinstance(find, dict) and isinstance(find.get("find"), dict):
            where = find["find"].get("where")
            if isinstance(where, list):
                found += [w for w in where if isinstance(w, str)]
        source = f.table("tool", "maturin").get("python-source")
        if isinstance(source, str):
            found.append(source)
        hatch = f.table("tool", "hatch", "build", "targets", "wheel")
        if isinstance(hatch.get("packages"), list):
            found += [p.rsplit("/", 1)[0] if "/" in p else "" for p in hatch["packages"] if isinstance(p, str)]
    c = ini(snapshot)
    if c is not None and c.parser is not None:
        raw = c.parser.get("options", "package_dir", fallback="")
        for line in raw.replace(";", "\n").splitlines():
            key, _, value = line.partition("=")
            if _ and key.strip() == "" and value.strip():
                found.append(value.strip())
        where = c.parser.get("options.packages.find", "where", fallback="").strip()
        if where:
            found.append(where)
    found = [f_.strip().strip("/") for f_ in found]
    found = [f_ for f_ in found if f_ not in ("", ".", "src")]
    return sorted(set(found)) or None


# pytest's own default for norecursedirs
_PYTEST_NORECURSE = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}")


def pytest_options(snapshot: Snapshot) -> dict[str, list[str]]:
    """``testpaths`` and ``norecursedirs`` from the first pytest configuration pytest itself would read
    (pytest.ini, pyproject.toml's [tool.pytest.ini_options], tox.ini [pytest], setup.cfg [tool:pytest]); pytest's
    defaults where none says."""
    def words(value: Any) -> list[str]:
        if isinstance(value, list):
            return [str(v) for v in value]
        return str(value).split() if value else []

    found: dict[str, Any] | None = None
    for path, section in (("pytest.ini", "pytest"), (".pytest.ini", "pytest")):
        f = ini(snapshot, path)
        if f is not None and f.parser is not None and f.parser.has_section(section):
            found = dict(f.parser.items(section))
            break
    if found is None:
        t = toml(snapshot)
        if t is not None and t.table("tool", "pytest", "ini_options"):
            found = t.table("tool", "pytest", "ini_options")
    for path, section in (("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        if found is not None:
            break
        f = ini(snapshot, path)
        if f is not None and f.parser is not None and f.parser.has_section(section):
            found = dict(f.parser.items(section))
    found = found or {}
    return {"testpaths": words(found.get("testpaths")),
            "norecursedirs": words(found.get("norecursedirs")) or list(_PYTEST_NORECURSE)}


def pytest_skips(snapshot: Snapshot, path: str) -> str | None:
    """Why pytest, run at the project root, would not collect the test file at ``path`` (its configuration's
    testpaths or norecursedirs), or None when it would."""
    from fnmatch import fnmatch

    options = pytest_options(snapshot)
    folders = path.split("/")[:-1]
    for folder in folders:
        for pattern in options["norecursedirs"]:
            if fnmatch(folder, pattern):
                return f"`{folder}/` matches pytest's norecursedirs `{pattern}`"
    paths = [t.strip("/") for t in options["testpaths"] if t.strip("/") not in ("", ".")]
    if paths and not any(path == t or path.startswith(t + "/") for t in paths):
        return f"it is outside pytest's testpaths ({', '.join(paths)})"
    return None
