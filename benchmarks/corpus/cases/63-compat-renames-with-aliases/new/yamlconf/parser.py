from pathlib import Path
from typing import Any, Dict


def read(text: str, *, strict: bool = False) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for line in text.splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            out[key.strip()] = value.strip()
        elif strict and line.strip():
            raise ValueError(line)
    return out


def read_file(path: Path, *, strict: bool = False) -> Dict[str, Any]:
    return read(path.read_text(), strict=strict)


# Backwards-compatible names.
load = read
load_file = read_file
