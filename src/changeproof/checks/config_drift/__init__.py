"""Configuration drift: the environment variables a project reads and declares, before and after the change.

On each side the check collects, without running anything:

* **reads in production Python code** (stdlib ``ast``; tests, docs and vendored trees are left out):
  ``os.environ["X"]`` (required), ``os.environ.get("X", default)``, ``os.getenv("X", default)``,
  ``os.environ.setdefault`` / ``.pop``, ``"X" in os.environ`` (a presence test), through ``import os as
  _os``, ``from os import environ, getenv`` (and ``env = os.environ``), with the name given literally or as a
  module-level string constant (``KEY = "DATABASE_URL"; os.environ[KEY]``). A subscript inside a ``try`` that
  catches ``KeyError`` or guarded by ``"X" in os.environ`` in the same function is not required. Defaults are
  compared by their normalised source text (module-level constants resolved), so reformatting is no change;
* **pydantic settings**: subclasses of ``pydantic_settings.BaseSettings`` / ``pydantic.BaseSettings``,
  directly or through project base classes (same file or imported by name), each field being the variable
  ``env_prefix + FIELD`` (upper-cased unless ``case_sensitive``), honouring ``model_config =
  SettingsConfigDict(env_prefix=...)``, ``class Config: env_prefix = ...``, class keywords and
  ``Field(alias=/validation_alias=/env=)``; required when the field has no default;
* **declarations**: ``.env.example``-style files (``NAME=value``) and each docker-compose service's
  ``environment`` (list or mapping form) and ``ports``, read with PyYAML (anchors, aliases and merge keys are
  what YAML says they are; line numbers are kept).

Only what the change introduced is reported, compared by variable name: a new variable (breaking when it
is required), a variable no longer read (risk), a default that changed (risk; breaking when a default was
removed), a rename (same read sites, similar name), a compose port mapping changed or removed. A read that
merely moved is nothing. Values of credential-like variables are never shown.

The folder: :mod:`.python` (reads in Python code and settings classes), :mod:`.declared` (``.env`` examples and
compose files), :mod:`.scan` (which files, one side's sites), :mod:`.compare` (base against head), :mod:`.check`
(the check), :mod:`.model` (the sites), :mod:`.rules` (the kinds).
"""

from __future__ import annotations

from .check import CHECK, ConfigDrift
from .model import credential_like

__all__ = ["CHECK", "ConfigDrift", "credential_like"]
