import json
from pathlib import Path
from typing import Any, Dict, Union


class Schema:
    def __init__(self, spec: Dict[str, Any]) -> None:
        self.spec = spec

    def validate(self, doc: Dict[str, Any]) -> bool:
        return all(k in doc for k in self.spec.get("required", []))


def load_schema(path: Union[str, Path]) -> Schema:
    return Schema(json.loads(Path(path).read_text()))
