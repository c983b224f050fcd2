import json
from typing import Any


def dumps(obj: Any, *, sort_keys: bool = False) -> str:
    return json.dumps(obj, sort_keys=sort_keys, separators=(",", ":"))


def loads(text: str) -> Any:
    return json.loads(text)
