"""Linking: from per-file summaries to the public API of one side of a change.

The linker builds each module's namespace (definitions, imports, wildcard imports, ``__all__``), resolves
re-exports and aliases to the object they name, computes class hierarchies (MRO over project classes,
inherited members, synthesised constructors of dataclasses, attrs classes, NamedTuples, TypedDicts and pydantic
models), and lists every public path with the object it reaches.

Targets are strings:
``m:pkg.mod`` a module; ``d:pkg.mod:Qual.name`` a definition; ``s:<class target>.__init__`` a synthesised
constructor; ``x:os.path.join`` something outside the project; ``g:pkg.mod:name`` a name served by a module
``__getattr__``; ``u:pkg.mod:name`` an internal reference that does not resolve.

The linker is one :class:`ApiModel` per snapshot, in three parts, one job each: :mod:`.names` (namespaces and what a
name resolves to), :mod:`.classes` (hierarchies, members, constructors) and :mod:`.public` (the public paths and
their report paths); :mod:`.known` holds what it knows of builtins and well-known bases.
"""

from __future__ import annotations

from ..discover import ModuleFile
from .model import ClassInfo, Entry
from .public import PublicApi, target_path

__all__ = ["ClassInfo", "Entry", "ApiModel", "target_path"]


class ApiModel(PublicApi):
    """The linked API of one side (base or head)."""

    def __init__(self, modules: dict[str, ModuleFile], summaries: dict[str, dict], broken: set[str] | None = None):
        self.modules = modules
        self.broken = broken or set()  # modules whose file does not parse
        self.summaries = summaries  # module name -> summary (parse errors excluded)
        self._init_names()
        self._init_classes()
        self._init_public()
