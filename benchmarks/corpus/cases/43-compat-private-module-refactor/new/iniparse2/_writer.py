import io
from typing import Dict

from ._reader import Section


def dumps(data: Dict[str, Section]) -> str:
    out = io.StringIO()
    for name, section in data.items():
        out.write(f"[{name}]\n")
        for k, v in section.items():
            out.write(f"{k} = {v}\n")
        out.write("\n")
    return out.getvalue()
