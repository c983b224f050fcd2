"""Session storage backends."""
from ._file import DEFAULT_DIR, FileBackend
from ._memory import MemoryBackend

__all__ = ["DEFAULT_DIR", "FileBackend", "MemoryBackend", "get_backend"]


def get_backend(url: str) -> "MemoryBackend | FileBackend":
    if url.startswith("file://"):
        return FileBackend(url[len("file://"):])
    return MemoryBackend()
