from typing import Any

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - optional speedup
    _orjson = None

if _orjson is not None:

    def dumps(obj: Any, *, sort_keys: bool = False) -> str:
        option = _orjson.OPT_SORT_KEYS if sort_keys else 0
        return _orjson.dumps(obj, option=option).decode()

    def loads(text: str) -> Any:
        return _orjson.loads(text)

else:
    import json

    def dumps(obj: Any, *, sort_keys: bool = False) -> str:
        return json.dumps(obj, sort_keys=sort_keys, separators=(",", ":"))

    def loads(text: str) -> Any:
        return json.loads(text)
