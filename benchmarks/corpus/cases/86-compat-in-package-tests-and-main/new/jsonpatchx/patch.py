import copy
from typing import Any, Dict, List


def make_patch(src: Dict[str, Any], dst: Dict[str, Any]) -> List[Dict[str, Any]]:
    ops: List[Dict[str, Any]] = []
    for k in src.keys() - dst.keys():
        ops.append({"op": "remove", "path": f"/{k}"})
    for k, v in dst.items():
        if src.get(k, object()) != v:
            ops.append({"op": "add", "path": f"/{k}", "value": v})
    return ops


def apply_patch(doc: Dict[str, Any], patch: List[Dict[str, Any]]) -> Dict[str, Any]:
    out = copy.deepcopy(doc)
    for op in patch:
        key = op["path"].lstrip("/")
        if op["op"] == "remove":
            out.pop(key, None)
        else:
            out[key] = op["value"]
    return out
