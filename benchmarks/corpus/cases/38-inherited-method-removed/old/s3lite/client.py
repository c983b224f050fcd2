from typing import Dict, List

from ._base import _ClientBase


class Bucket:
    def __init__(self, client: "Client", name: str) -> None:
        self.client = client
        self.name = name
        self._objects: Dict[str, bytes] = {}

    def put(self, key: str, data: bytes) -> None:
        self._objects[key] = data

    def keys(self) -> List[str]:
        return sorted(self._objects)


class Client(_ClientBase):
    """S3-compatible client."""

    def bucket(self, name: str) -> Bucket:
        return Bucket(self, name)
