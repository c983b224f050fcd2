"""Classes outside the project: which members a standard-library base class provides (imported and listed), so
"this class does not define X" is never claimed when a base it inherits from outside the project has X."""

from __future__ import annotations

import functools
import importlib
from typing import Any

__all__ = ["external_members", "external_provides"]


# standard-library modules whose classes may be looked at (imported) to list the members they provide
_INTROSPECTABLE = frozenset({
    "builtins", "typing", "collections", "collections.abc", "abc", "enum", "numbers", "io", "contextlib",
    "logging", "threading", "asyncio", "json", "pathlib", "argparse", "unittest", "socketserver", "queue",
    "string", "types", "dataclasses", "functools", "http.server", "http.client", "datetime", "decimal",
    "fractions", "random", "weakref", "os", "re", "itertools", "operator", "array", "ast", "codecs",
    "configparser", "html.parser", "concurrent.futures", "socket", "ssl", "subprocess", "tempfile", "sqlite3",
    "urllib.request", "email.message", "xml.sax.handler", "json.decoder", "json.encoder", "selectors",
})


@functools.lru_cache(maxsize=512)
def external_members(target: str) -> frozenset[str] | None:
    """Member names of an external (standard-library) class target such as ``x:collections.abc.Mapping``;
    None when it is not a standard-library class changeproof may inspect."""
    if not target.startswith("x:"):
        return None
    parts = target[2:].split(".")
    for i in range(len(parts) - 1, 0, -1):
        module = ".".join(parts[:i])
        if module not in _INTROSPECTABLE:
            continue
        try:
            obj: Any = importlib.import_module(module)
            for p in parts[i:]:
                obj = getattr(obj, p)
            if not isinstance(obj, type):
                obj = getattr(obj, "__origin__", None)
            return frozenset(dir(obj)) if isinstance(obj, type) else None
        except (ImportError, AttributeError):
            return None
    return None


def external_provides(bases: list[str], name: str) -> bool | None:
    """Whether any external base has ``name``: True, False, or None when some base cannot be listed."""
    unknown = False
    for b in bases:
        members = external_members(b)
        if members is None:
            unknown = True
        elif name in members:
            return True
    return None if unknown else False
