import json
def to_json(obj, indent: int = 2) -> str:
    return json.dumps(obj, indent=indent)
def to_csv(rows, sep: str = ",") -> str:
    return "\n".join(sep.join(map(str, r)) for r in rows)
