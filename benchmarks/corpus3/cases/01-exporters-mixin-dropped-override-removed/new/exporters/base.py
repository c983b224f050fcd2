from __future__ import annotations

import json
from typing import Iterable


class JsonMixin:
    """Adds JSON serialisation of the instance attributes."""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


class Exporter:
    def export(self, rows: Iterable[dict]) -> str:
        return "\n".join(str(r) for r in rows)
