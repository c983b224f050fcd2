"""The linker's records: what a class is (:class:`ClassInfo`) and one public path (:class:`Entry`)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass
class ClassInfo:
    target: str
    chain: list[str]  # project class targets, self first, then ancestors in C3-ish order
    bases: list[str]  # resolved direct bases (targets)
    external_bases: list[str]  # every external ancestor base
    protocol: bool = False
    abc: bool = False
    enum: bool = False
    kind: str = "class"  # class | dataclass | attrs | namedtuple | typeddict | pydantic
    frozen: bool = False
    members: dict[str, str] = field(default_factory=dict)  # name -> target (own and inherited)


@dataclass(**({"slots": True} if sys.version_info >= (3, 10) else {}))
class Entry:
    """One public path and what it reaches."""

    path: str
    target: str
    kind: str  # module | class | function | property | attribute | enum-member | external | dynamic | unresolved
    obj: dict | None
    module: str | None  # module where the object is defined (for resolving its annotations)
    file: str | None
    line: int | None
    owner: str | None = None  # the class target for members
    member_of: str | None = None  # the parent public path
    shim: bool = False  # served only through a module __getattr__ (a deprecation shim)
