"""Parse and write INI files."""
import io
import re
from typing import Dict, List, Optional, TextIO

__version__ = "1.1.0"

Section = Dict[str, str]


class ParseError(ValueError):
    def __init__(self, lineno: int, line: str) -> None:
        super().__init__(f"line {lineno}: cannot parse {line!r}")
        self.lineno = lineno


_SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]$")


def loads(text: str, *, strict: bool = True) -> Dict[str, Section]:
    data: Dict[str, Section] = {}
    current: Optional[Section] = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
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


def dumps(data: Dict[str, Section]) -> str:
    out = io.StringIO()
    for name, section in data.items():
        out.write(f"[{name}]\n")
        for k, v in section.items():
            out.write(f"{k} = {v}\n")
        out.write("\n")
    return out.getvalue()


def sections(data: Dict[str, Section]) -> List[str]:
    return list(data)
