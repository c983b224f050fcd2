"""Read KEY=VALUE files into os.environ."""
import os
from typing import Dict, Optional


def find_dotenv(filename: str = ".env", strict: bool = False, usecwd: bool = False) -> str:
    start = os.getcwd() if usecwd else os.path.dirname(os.path.abspath(__file__))
    path = start
    while True:
        candidate = os.path.join(path, filename)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(path)
        if parent == path:
            break
        path = parent
    if strict:
        raise FileNotFoundError(filename)
    return ""


def dotenv_values(path: Optional[str] = None, encoding: str = "utf-8-sig") -> Dict[str, Optional[str]]:
    values: Dict[str, Optional[str]] = {}
    with open(path or find_dotenv(), encoding=encoding) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            values[key.strip()] = value.strip().strip("'\"") if sep else None
    return values


def load_dotenv(path: Optional[str] = None, override: bool = False, encoding: str = "utf-8-sig") -> bool:
    values = dotenv_values(path, encoding=encoding)
    for key, value in values.items():
        if value is not None and (override or key not in os.environ):
            os.environ[key] = value
    return bool(values)
