import re
from typing import Dict, List, Optional, TextIO

from ._errors import ParseError

Section = Dict[str, str]

_SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")


def _strip_comment(line: str) -> str:
    return line.split(" ;", 1)[0].strip()


def loads(text: str, *, strict: bool = True) -> Dict[str, Section]:
    data: Dict[str, Section] = {}
    current: Optional[Section] = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw)
        if not line or line.startswith((";", "#")):
            continue
        m = _SECTION.match(line)
        if m:
            current = data.setdefault(m["name"], {})
        elif "=" in line and current is not None:
            k, v = line.split("=", 1)
            current[k.strip()] = v.strip()
        elif strict:
            raise ParseError(lineno, raw)
    return data


def load(fp: TextIO, *, strict: bool = True) -> Dict[str, Section]:
    return loads(fp.read(), strict=strict)


def sections(data: Dict[str, Section]) -> List[str]:
    return list(data)
