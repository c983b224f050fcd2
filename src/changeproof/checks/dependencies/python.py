"""``requires-python``: which Python versions each side lets install the project, and what a change of it drops.

Read from every ``pyproject.toml`` (``[project] requires-python``) and ``setup.cfg`` (``[options]
python_requires``) of a side, the root project and nested ones alike. Two specifiers are compared over Python
releases, not as text: 2.7 and 3.0 to 3.20 (and any 2.x / 3.x minor a specifier names, with its neighbours),
each with the patch levels the specifiers mention (one lower and one higher too), ``.0`` and a late patch. So a
respelt or reordered specifier (``>=3.9`` / ``>= 3.9``, ``<4,>=3.9`` / ``>=3.9,<4``) is no change, and ``<4`` adds
no cap (there is no Python 4).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any

from .compare import split_versions
from .requirements import Lines

FILES = ("pyproject.toml", "setup.cfg")
_LATE_PATCH = 99  # a patch release later than any a specifier names


@dataclass(frozen=True)
class Declared:
    """One file's ``requires-python`` on one side."""

    path: str
    spec: str | None  # as written (stripped); None when the file declares none
    line: int | None  # 1-based line of the key
    error: str | None = None  # why the file could not be read (the value is then unknown)


def read_declared(side: Any, path: str) -> Declared:
    """The ``requires-python`` a pyproject.toml / setup.cfg of a :class:`~changeproof.project.ProjectSide` declares
    itself (not a parent's)."""
    if posixpath.basename(path) == "pyproject.toml":
        f = side.toml(path)
        if f is None:
            return Declared(path, None, None)
        if f.data is None:
            return Declared(path, None, None, f"not valid TOML: {f.error}")
        project = f.data.get("project")
        value = project.get("requires-python") if isinstance(project, dict) else None
        if value is None:
            return Declared(path, None, None)
        lines = Lines(f.text)
        at = lines.key("requires-python", lines.header("project"))
        line = at + 1 if at is not None else None
        if not isinstance(value, str):
            return Declared(path, repr(value), line)  # not a specifier: a problem when it is compared
        return Declared(path, value.strip() or None, line)
    c = side.ini(path)
    if c is None:
        return Declared(path, None, None)
    if c.parser is None:
        return Declared(path, None, None, f"cannot read setup.cfg: {c.error}".splitlines()[0])
    value = c.parser.get("options", "python_requires", fallback=None)
    if value is None or not value.strip():
        return Declared(path, None, None)
    lines = Lines(c.text)
    at = lines.key("python_requires", lines.header("options"))
    return Declared(path, value.strip(), at + 1 if at is not None else None)


# ----------------------------------------------------------------------------------------- comparison


def specifier(text: str) -> Any:
    """A ``SpecifierSet``; raises ``packaging.specifiers.InvalidSpecifier`` when the text is not one."""
    from packaging.specifiers import SpecifierSet

    return SpecifierSet(text)


def python_grid(*specsets: Any) -> list:
    """Python releases that tell the specifier sets apart: 2.7 and 3.0-3.20, every 2.x / 3.x minor a specifier
    names with its neighbours, each at patch 0, at a late patch and at every patch level a specifier names for
    that minor (one lower and one higher too)."""
    from packaging.version import InvalidVersion, Version

    minors: set[tuple[int, int]] = {(2, 7)} | {(3, m) for m in range(21)}
    patches: dict[tuple[int, int], set[int]] = {}
    for ss in specsets:
        for s in ss:
            try:
                v = Version(s.version.removesuffix(".*"))
            except InvalidVersion:
                continue
            if v.major not in (2, 3):
                continue
            minor = v.release[1] if len(v.release) > 1 else 0
            for m in (minor - 1, minor, minor + 1):
                if m >= 0:
                    minors.add((v.major, m))
            if len(v.release) > 2:
                p = v.release[2]
                patches.setdefault((v.major, minor), set()).update(x for x in (p - 1, p, p + 1) if x >= 0)
    out = []
    for major, minor in sorted(minors):
        for p in sorted({0, _LATE_PATCH} | patches.get((major, minor), set())):
            out.append(Version(f"{major}.{minor}.{p}"))
    return out


def python_change(old: Any, new: Any) -> tuple[list, list]:
    """(Python releases ``old`` allows and ``new`` rejects, releases ``new`` allows and ``old`` rejects) over
    :func:`python_grid`; ``old`` / ``new`` are ``SpecifierSet`` objects or texts, "" meaning every version."""
    old = specifier(old) if isinstance(old, str) else old
    new = specifier(new) if isinstance(new, str) else new
    return split_versions(old, new, python_grid(old, new))


def describe_versions(versions: list, kept: Any) -> str:
    """Grid versions as people say them: whole minors ("2.7, 3.0-3.7"), and for a minor of which ``kept`` (a
    specifier set) still allows some patch levels, which ones ("3.8 before 3.8.1", "3.9.7", "3.11.5 and later
    3.11 releases")."""
    by_minor: dict[tuple[int, int], list] = {}
    for v in versions:
        by_minor.setdefault((v.major, v.minor), []).append(v)
    grid = python_grid(kept)
    whole: list[tuple[int, int]] = []
    parts: list[tuple[tuple[int, int], str]] = []
    for minor, vs in sorted(by_minor.items()):
        probes = sorted({v for v in grid if (v.major, v.minor) == minor} | set(vs))
        allowed = [v for v in probes if v not in vs and kept.contains(v, prereleases=True)]
        if not allowed:
            whole.append(minor)
            continue
        name = f"{minor[0]}.{minor[1]}"
        if max(vs) < min(allowed):
            first = min(allowed)
            parts.append((minor, f"{name}.0" if first.micro == 1 else f"{name} before {first}"))
        elif min(vs) > max(allowed):
            parts.append((minor, f"{min(vs)} and later {name} releases"))
        else:
            parts.append((minor, ", ".join(str(v) for v in vs if v.micro != _LATE_PATCH)))
    # consecutive whole minors of one major as a range; one that reaches the newest minor probed is open-ended
    newest = max((v.major, v.minor) for v in grid)
    runs: list[list[tuple[int, int]]] = []
    for m in whole:
        if runs and runs[-1][-1][0] == m[0] and runs[-1][-1][1] + 1 == m[1]:
            runs[-1].append(m)
        else:
            runs.append([m])
    items = []
    for r in runs:
        first, last = f"{r[0][0]}.{r[0][1]}", f"{r[-1][0]}.{r[-1][1]}"
        if r[-1] == newest and newest[0] == 3:
            items.append((r[0], f"{first} and later"))
        elif len(r) <= 2:
            items.extend((m, f"{m[0]}.{m[1]}") for m in r)
        else:
            items.append((r[0], f"{first}-{last}"))
    items += parts
    texts = [text for _, text in sorted(items)]
    if len(texts) == 1 or texts[-1].endswith("and later"):
        return ", ".join(texts)
    return ", ".join(texts[:-1]) + " and " + texts[-1]


def describe_python_change(old: str | None, new: str | None) -> tuple[str, str] | None:
    """(severity, what changed and why it matters) for a project's requires-python at base and head (None: not
    declared), None when both allow the same Python releases. Raises ``InvalidSpecifier`` for a text that is not
    a specifier."""
    o, n = specifier(old or ""), specifier(new or "")
    if old is not None and new is not None and frozenset(o) == frozenset(n):
        return None
    lost, gained = python_change(o, n)
    if not lost and not gained:
        if old is None:
            return "info", (f"requires-python `{new}` was added: it excludes no Python release (2.7, 3.x), so "
                             f"nobody who could install the project before is refused")
        if new is None:
            return "info", (f"requires-python `{old}` was removed: it excluded no Python release (2.7, 3.x), so "
                            f"the same Pythons may install the project")
        return None
    drops = f"drops Python {describe_versions(lost, n)}" if lost else ""
    allows = f"now allows Python {describe_versions(gained, o)}" if gained else ""
    if old is None:
        head = f"requires-python `{new}` was added (there was none: every Python version could install the project)"
    elif new is None:
        head = f"requires-python `{old}` was removed"
    else:
        head = f"requires-python changed from `{old}` to `{new}`"
    if lost:
        text = (f"{head}: it {drops}{f' and {allows}' if allows else ''}. Users on "
                f"{'that Python' if len({(v.major, v.minor) for v in lost}) == 1 else 'those Pythons'} can no "
                f"longer install this release (pip picks an older release or fails to resolve): dropping a Python is "
                f"an incompatible change")
        return "breaking", text
    if new is None:
        text = (f"{head}: every Python version may now install the project, so it {allows}; nothing that installed "
                f"before is refused, but the code must work there (test those versions)")
    else:
        text = (f"{head}: it {allows}; nothing that installed before is refused, but the code must work there "
                f"(test those versions)")
    return "info", text
