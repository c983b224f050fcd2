from __future__ import annotations

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
        """Look up a dotted key such as ``"db.host"``."""
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

    def section(self, name: str) -> Settings:
        return Settings(self._data.get(name, {}), self.source)


def _apply_env(data: dict, prefix: str, lowercase: bool = True) -> dict:
    for name, value in os.environ.items():
        if name.startswith(prefix):
            key = name[len(prefix):]
            data[key.lower() if lowercase else key] = value
    return data


def load(path: Union[str, os.PathLike[str]], *, env_prefix: str = "APP_", strict: bool = True) -> Settings:
    """Read *path* and overlay environment variables starting with *env_prefix*.

    The path is now required: there is no implicit ``settings.toml`` any more.
    """
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        if strict:
            raise
        data = {}
    return Settings(_apply_env(data, env_prefix), os.fspath(path))


def load_dict(data: Mapping[str, Any], *, env_prefix: str = 'APP_') -> Settings:
    return Settings(_apply_env(dict(data), env_prefix))
