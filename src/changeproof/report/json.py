"""JSON output: exactly ``Report.to_json()``, described by ``schemas/report.schema.json``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report

SCHEMA_FILE = "report.schema.json"


def render_json(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, sort_keys=False) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the ``changeproof.report/1`` format, read from package data."""
    from importlib import resources

    text = (resources.files("changeproof") / "schemas" / SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)
