import os
import sys
from typing import Any, Mapping, Optional, Union

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from .errors import MissingKeyError


class Settings:
    def __init__(self, data: Mapping[str, Any], source: Optional[str] = None) -> None:
        self._data = dict(data)
        self.source = source

    def get(self, key: str, default: Any = None) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def require(self, key: str) -> Any:
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise MissingKeyError(key)
        return value

    def section(self, name: str) -> "Settings":
        return Settings(self._data.get(name, {}), self.source)


def _apply_env(data: dict, prefix: str) -> dict:
    for name, value in os.environ.items():
        if name.startswith(prefix):
            data[name[len(prefix):].lower()] = value
    return data


def load(path: Union[str, "os.PathLike[str]"] = "settings.toml", *, env_prefix: str = "APP_", strict: bool = False) -> Settings:
    """Read *path* and overlay environment variables starting with *env_prefix*."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        if strict:
            raise
        data = {}
    return Settings(_apply_env(data, env_prefix), os.fspath(path))


def load_dict(data: Mapping[str, Any], *, env_prefix: str = "APP_") -> Settings:
    return Settings(_apply_env(dict(data), env_prefix))
