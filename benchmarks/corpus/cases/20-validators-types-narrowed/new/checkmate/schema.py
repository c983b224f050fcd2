import json
from pathlib import Path
from typing import Any, Dict


class Schema:
    def __init__(self, spec: Dict[str, Any]) -> None:
        self.spec = spec

    def validate(self, doc: Dict[str, Any]) -> bool:
        return all(k in doc for k in self.spec.get("required", []))


def load_schema(path: Path) -> Schema:
    return Schema(json.loads(path.read_text()))
