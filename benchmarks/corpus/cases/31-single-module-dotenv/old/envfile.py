"""Read KEY=VALUE files into os.environ."""
import os
from typing import Any, Dict, Optional


def find_dotenv(filename: str = ".env", raise_error_if_not_found: bool = False, usecwd: bool = False) -> str:
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
    if raise_error_if_not_found:
        raise IOError("File not found")
    return ""


def dotenv_values(path: Optional[str] = None, encoding: str = "utf-8") -> Dict[str, Optional[str]]:
    values: Dict[str, Optional[str]] = {}
    with open(path or find_dotenv(), encoding=encoding) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            values[key.strip()] = value.strip().strip("'\"") if sep else None
    return values


def load_dotenv(path: Optional[str] = None, override: bool = False, **kwargs: Any) -> bool:
    """Load variables; extra keyword arguments are passed to dotenv_values()."""
    values = dotenv_values(path, **kwargs)
    for key, value in values.items():
        if value is not None and (override or key not in os.environ):
            os.environ[key] = value
    return bool(values)
