import json
class _Dumper:
    def __call__(self, obj, indent: int = 2) -> str:
        return json.dumps(obj, indent=indent)
to_json = _Dumper()
def _join(rows, sep: str = ",") -> str:
    return "\n".join(sep.join(map(str, r)) for r in rows)
to_csv = _join
