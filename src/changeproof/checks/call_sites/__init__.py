"""Call sites: every call to a project callable whose signature changed must still bind at head.

The API check says *what* changed in a signature; this check finds *who* it breaks. Every ``.py`` file of the
head snapshot (production code, tests, scripts; and every file under each ``--consumer`` directory) is
parsed, and each call whose callee resolves statically to a project function, method or class is checked
against the callee's signature at base and at head:

- positional count (``*args`` absorbs extras), keyword names (``**kwargs`` absorbs unknown ones), required
  parameters provided, positional-only parameters not passed by keyword; a call with ``*x`` / ``**y``
  unpacking is not held to the parts the unpacking could cover;
- a callee that no longer exists at head (a removed method still called elsewhere) is broken too.

Callees are resolved without running anything: names imported from project modules (``from pkg.mod import
f``, ``import pkg.mod as m; m.f()``), module-level functions and classes of the same file, ``Class(...)``
constructors (explicit ``__init__`` or the synthesised constructor of a dataclass / attrs class / NamedTuple),
``Class.method(...)``, ``self.method(...)`` and ``cls.method(...)`` inside the class's own methods, and
instances whose type is evident in the same function (``x = Manager(...); x.send(...)``, a parameter annotated
``mgr: Manager``). Anything else (a value returned by a function, a global reassigned elsewhere, ``super()``)
is not guessed at.

Only callables whose binding signature (parameter names, kinds, which have defaults) differs between base
and head are checked. A call that does not bind the base signature either is pre-existing.

Files the API engine does not treat as project modules (tests, scripts, consumer code) join the linked sides as
pseudo-modules (:mod:`changeproof.project.modules`), so their imports and definitions resolve through the same
linker.

The folder: :mod:`.scan` (the calls of one file), :mod:`.resolve` (what a callee is on each side),
:mod:`.binding` (whether a call binds a signature), :mod:`.check` (the check), :mod:`.rules` (the kind).
"""

from __future__ import annotations

from .check import CHECK, CallSites

__all__ = ["CHECK", "CallSites"]
