from pathlib import Path
from typing import Any, Dict


def load(text: str, *, strict: bool = False) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for line in text.splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            out[key.strip()] = value.strip()
        elif strict and line.strip():
            raise ValueError(line)
    return out


def load_file(path: Path, *, strict: bool = False) -> Dict[str, Any]:
    return load(path.read_text(), strict=strict)
