import os
from typing import BinaryIO

from .base import Readable, Storage


class FileSystemStorage(Storage):
    def __init__(self, location: str = ".") -> None:
        self.location = location

    def open(self, name: str, mode: str = "rb") -> BinaryIO:
        return open(os.path.join(self.location, name), mode)  # type: ignore[return-value]

    def save(self, name: str, content: Readable) -> str:
        with open(os.path.join(self.location, name), "wb") as fh:
            fh.write(content.read())
        return name
