from __future__ import annotations

import os
from pathlib import Path


class _BaseStore:
    def get(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def _path(self, key: str) -> Path:
        raise NotImplementedError


class LocalStore(_BaseStore):
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key

    def put(self, key: str, data: bytes) -> None:
        self._path(key).write_bytes(data)
