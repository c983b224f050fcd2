import os
from typing import Any, BinaryIO, Mapping

from .base import Readable, Storage


class FileSystemStorage(Storage):
    def __init__(self, location: str = ".") -> None:
        self.location = location

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> "FileSystemStorage":
        return cls(settings.get("MEDIA_ROOT", "."))

    def open(self, name: str, mode: str = "rb") -> BinaryIO:
        return open(os.path.join(self.location, name), mode)  # type: ignore[return-value]

    def save(self, name: str, content: Readable) -> str:
        content.seek(0)
        with open(os.path.join(self.location, name), "wb") as fh:
            fh.write(content.read())
        content.close()
        return name
