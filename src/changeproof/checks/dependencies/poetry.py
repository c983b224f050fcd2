"""Poetry's dependency tables: caret and tilde constraints as the PEP 440 ranges they stand for."""

from __future__ import annotations

import re
from typing import Any

from .model import Dep, canonical, make_dep
from .requirements import Lines

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


def poetry_deps(table: Any, path: str, lines: Lines, anchor: int | None, problems: list,
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
                dep = Dep(canonical(name), shown, ("as-written", repr(sorted(source.items()))), path, line1)
            else:
                dep = make_dep(text, path, line1, problems)
                if dep is None:
                    continue
                dep.text = shown
                dep.spec_text = text
            extra = None
            if optional:
                owners = [e for e, names in (extras_of or {}).items() if canonical(name) in {canonical(n) for n in names}]
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
