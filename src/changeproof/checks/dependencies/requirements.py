"""Requirements files: their lines, includes (``-r``, ``-c``) and editable or URL entries."""

from __future__ import annotations

import posixpath
import re

from .model import _REQ_NAME, Dep, canonical, make_dep

# ------------------------------------------------------------------------------------------ locating


class Lines:
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


def requirement_lines(text: str):
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


class RequirementsFile:
    def __init__(self, path: str, text: str):
        self.path = path
        self.deps: list[Dep] = []
        self.includes: list[tuple[int, str, str]] = []  # line, "r" | "c", target path (resolved) or URL
        self.problems: list[tuple[str, int | None, str]] = []
        for line, content in requirement_lines(text):
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
                name = canonical(egg.group(1)) if egg else value
                self.deps.append(Dep(name, content, ("as-written", "-e " + value), path, line))
                continue
            if content.startswith("-"):
                continue  # global options: --index-url, --extra-index-url, --find-links, --pre, --no-binary...
            content = re.split(r"\s+--[a-zA-Z]", content, maxsplit=1)[0].strip()  # --hash=..., --config-settings
            dep = make_dep(content, path, line, self.problems, lenient=True)
            if dep is not None:
                self.deps.append(dep)


def is_requirements_path(path: str) -> bool:
    name = posixpath.basename(path)
    parts = path.split("/")[:-1]
    return bool(_REQ_NAME.match(name)) or ("requirements" in parts and name.lower().endswith((".txt", ".in")))
