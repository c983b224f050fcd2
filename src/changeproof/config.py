"""Project configuration: the ``[tool.changeproof]`` table of ``pyproject.toml``.

.. code-block:: toml

    [tool.changeproof]
    packages = ["mypkg"]             # import names to analyse (default: discovered)
    exclude = ["mypkg/_vendor/*"]    # path globs left out of the analysis

    [[tool.changeproof.ignore]]
    kind = "parameter-removed"       # a rule id from docs/rules.md, or "*"
    object = "mypkg.internal.*"      # fnmatch glob on the dotted object path
    reason = "internal module, not part of the public API"

An ignore never hides a finding: it marks it as acknowledged (with the reason) so it no longer counts
towards the verdict, and every report still shows it.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Union

from .errors import UserError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

if TYPE_CHECKING:  # pragma: no cover
    from .model import Finding

SECTION = "[tool.changeproof]"
KNOWN_KEYS = ("packages", "ignore", "exclude", "classify", "architecture")
CATEGORIES = ("production", "test", "docs", "config", "ci", "dependencies", "other")
ARCHITECTURE_KEYS = ("independent", "layers", "forbidden")
IGNORE_KEYS = ("kind", "object", "reason")
_KIND_RE = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass
class Ignore:
    kind: str  # a rule id, or "*" for every kind
    object: str  # fnmatch glob on the dotted object path, e.g. "pkg.internal.*"
    reason: str

    def matches(self, finding: Finding) -> bool:
        if self.kind != "*" and self.kind != finding.kind:
            return False
        # a finding without an object is matched only by a pattern that matches anything ("*")
        return fnmatchcase(finding.object or "", self.object)


@dataclass
class Config:
    packages: list[str] | None = None
    ignore: list[Ignore] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    # changed-file classes: category -> path globs, tried before the built-in defaults
    classify: dict[str, list[str]] = field(default_factory=dict)
    # simple architecture contracts, translated to import-linter:
    # independent = ["a", "b"]; layers = ["high", "mid", "low"]; forbidden = [{source = "a", forbidden = ["b"]}]
    architecture: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_toml_text(cls, text: str, source: str = "pyproject.toml", kinds: Kinds = None) -> Config:
        """Parse the ``[tool.changeproof]`` table of pyproject text; ``source`` names it in errors. ``kinds``: the
        rule ids an ignore entry may name (the catalog's; the commands pass it), else only their form is checked."""
        text = text.lstrip("\ufeff")  # a byte-order mark is not TOML, but editors write it
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise UserError(f"{source}: not valid TOML: {e}", hint="fix the syntax of the file") from None
        return cls.from_pyproject(data, source, kinds)

    @classmethod
    def from_snapshot(cls, snapshot: Any, source: str, kinds: Kinds = None) -> Config:
        """The ``[tool.changeproof]`` table of a snapshot's pyproject.toml (read once, see changeproof.configfiles);
        defaults when it has none."""
        from .configfiles import toml

        f = toml(snapshot)
        if f is None:
            return cls()
        if f.data is None:
            raise UserError(f"{source}: not valid TOML: {f.error}", hint="fix the syntax of the file")
        return cls.from_pyproject(f.data, source, kinds)

    @classmethod
    def from_pyproject(cls, data: dict[str, Any], source: str = "pyproject.toml",
                       kinds: Kinds = None) -> Config:
        """The ``[tool.changeproof]`` table of an already-parsed pyproject."""
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise UserError(f"{source}: [tool] must be a table, not {type(tool).__name__}",
                            hint="write tool settings as tables, e.g. [tool.changeproof] with packages = [\"mypkg\"]")
        if "changeproof" not in tool:
            return cls()
        return cls.from_dict(tool["changeproof"], source, kinds)

    @classmethod
    def from_dict(cls, section: Any, source: str = "pyproject.toml", kinds: Kinds = None) -> Config:
        """Validate the already-parsed ``[tool.changeproof]`` table."""
        where = f"{source}: {SECTION}"
        if not isinstance(section, dict):
            raise UserError(f"{source}: tool.changeproof must be a table", hint="write it as [tool.changeproof]")
        unknown = sorted(set(section) - set(KNOWN_KEYS))
        if unknown:
            keys = ", ".join(repr(k) for k in unknown)
            raise UserError(
                f"{where} has unknown key{'s' if len(unknown) > 1 else ''} {keys}",
                hint=f"known keys: {', '.join(KNOWN_KEYS)}",
            )
        packages = None
        if "packages" in section:
            packages = _string_list(section["packages"], f"{where} packages", hint='e.g. packages = ["mypkg"]')
        exclude = []
        if "exclude" in section:
            exclude = _string_list(section["exclude"], f"{where} exclude", hint='e.g. exclude = ["mypkg/_vendor/*"]')
        ignore = []
        if "ignore" in section:
            entries = section["ignore"]
            if not isinstance(entries, list):
                raise UserError(
                    f"{where} ignore must be a list of tables",
                    hint="write each entry as [[tool.changeproof.ignore]] with kind, object and reason",
                )
            ignore = [_ignore(entry, i, where, kinds) for i, entry in enumerate(entries, start=1)]
        classify: dict[str, list[str]] = {}
        if "classify" in section:
            table = section["classify"]
            if not isinstance(table, dict):
                raise UserError(f"{where} classify must be a table", hint='e.g. classify = {test = ["qa/**"]}')
            for cat, globs in table.items():
                if cat not in CATEGORIES:
                    raise UserError(f"{where} classify has unknown category {cat!r}", hint=f"categories: {', '.join(CATEGORIES)}")
                classify[cat] = _string_list(globs, f"{where} classify.{cat}", hint='e.g. test = ["qa/**"]')
        architecture: dict[str, Any] = {}
        if "architecture" in section:
            table = section["architecture"]
            if not isinstance(table, dict):
                raise UserError(f"{where} architecture must be a table", hint='e.g. architecture = {independent = ["a", "b"]}')
            unknown_arch = sorted(set(table) - set(ARCHITECTURE_KEYS))
            if unknown_arch:
                raise UserError(f"{where} architecture has unknown key {unknown_arch[0]!r}", hint=f"known keys: {', '.join(ARCHITECTURE_KEYS)}")
            for key in ("independent", "layers"):
                if key in table:
                    architecture[key] = _string_list(table[key], f"{where} architecture.{key}", hint=f'e.g. {key} = ["a", "b"]')
            if "forbidden" in table:
                items = table["forbidden"]
                if not isinstance(items, list) or not all(isinstance(i, dict) and isinstance(i.get("source"), str)
                                                         and isinstance(i.get("forbidden"), list) for i in items):
                    raise UserError(f"{where} architecture.forbidden must be a list of {{source, forbidden}} tables",
                                    hint='e.g. forbidden = [{source = "app.api", forbidden = ["app.db"]}]')
                architecture["forbidden"] = items
        return cls(packages=packages, ignore=ignore, exclude=exclude, classify=classify, architecture=architecture)


def load_config(root: Path | str, kinds: Kinds = None) -> Config:
    """Read ``[tool.changeproof]`` from ``root/pyproject.toml``; defaults when the file or table is missing."""
    path = Path(root) / "pyproject.toml"
    if not path.is_file():
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"{path}: cannot read: {e}") from None
    return Config.from_toml_text(text, str(path), kinds)


def apply_suppressions(findings: Iterable[Finding], config: Config) -> None:
    """Mark findings that match an ignore entry as acknowledged with its reason (first match wins).

    Findings that are already acknowledged keep their reason.
    """
    if not config.ignore:
        return
    for f in findings:
        if f.acknowledged is not None:
            continue
        for entry in config.ignore:
            if entry.matches(f):
                f.acknowledged = entry.reason
                break


def _string_list(value: Any, what: str, hint: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UserError(f"{what} must be a list of non-empty strings", hint=hint)
    return list(value)


# The rule ids an ignore entry may name, or a function that returns them (called only when an entry names a
# kind: the catalog it reads imports every check).
Kinds = Union[frozenset, Callable[[], frozenset], None]


def _known_kinds() -> frozenset[str] | None:
    """The rule ids an ignore entry may name when the caller gave none: None (only the form is checked).
    The commands pass the catalog's ids; this layer does not import the catalog."""
    return None


def _ignore(entry: Any, index: int, where: str, kinds: Kinds = None) -> Ignore:
    what = f"{where} ignore entry {index}"
    if not isinstance(entry, dict):
        raise UserError(
            f"{what} must be a table with kind, object and reason",
            hint='e.g. { kind = "parameter-removed", object = "pkg.internal.*", reason = "..." }',
        )
    unknown = sorted(set(entry) - set(IGNORE_KEYS))
    if unknown:
        raise UserError(
            f"{what} has unknown key{'s' if len(unknown) > 1 else ''} {', '.join(repr(k) for k in unknown)}",
            hint=f"known keys: {', '.join(IGNORE_KEYS)}",
        )
    for key in IGNORE_KEYS:
        if key not in entry:
            raise UserError(f"{what} has no {key}", hint=_MISSING_HINTS[key])
        if not isinstance(entry[key], str):
            raise UserError(f"{what}: {key} must be a string", hint=_MISSING_HINTS[key])
        if not entry[key].strip():
            raise UserError(f"{what} has an empty {key}", hint=_MISSING_HINTS[key])
    kind, obj, reason = entry["kind"].strip(), entry["object"].strip(), entry["reason"].strip()
    if kind != "*":
        known = kinds() if callable(kinds) else kinds if kinds is not None else _known_kinds()
        if not _KIND_RE.match(kind) or (known is not None and kind not in known):
            import difflib

            close = difflib.get_close_matches(kind, sorted(known or ()), n=3)
            hint = 'see docs/rules.md for the kinds, or use kind = "*"'
            if close:
                hint = f"did you mean {' or '.join(close)}?"
            raise UserError(f"{what} has unknown kind {kind!r}", hint=hint)
    return Ignore(kind=kind, object=obj, reason=reason)


_MISSING_HINTS = {
    "kind": 'use a rule id from docs/rules.md, or kind = "*" for every kind',
    "object": 'object is a glob on the dotted path, e.g. object = "pkg.internal.*" (or "*" for every object)',
    "reason": 'every ignore needs reason = "..." so the acknowledgement is reviewable',
}
