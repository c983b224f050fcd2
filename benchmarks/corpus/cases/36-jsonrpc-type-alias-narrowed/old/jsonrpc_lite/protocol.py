import itertools
import json
from typing import Any, Dict, List, Optional, Union

JSONValue = Union[str, int, float, bool, None, Dict[str, Any], List[Any]]
Params = Union[List[JSONValue], Dict[str, JSONValue]]

_ids = itertools.count(1)


def make_request(method: str, params: Optional[Params] = None) -> str:
    msg: Dict[str, JSONValue] = {"jsonrpc": "2.0", "method": method, "id": next(_ids)}
    if params is not None:
        msg["params"] = params  # type: ignore[assignment]
    return json.dumps(msg)


def parse_response(text: str) -> JSONValue:
    data = json.loads(text)
    if "error" in data:
        raise RuntimeError(data["error"])
    return data["result"]
