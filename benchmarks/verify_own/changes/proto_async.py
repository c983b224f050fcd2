"""A storage library: a Protocol gains a member, a function becomes async, an enum member is removed, a name
leaves __all__, a parameter becomes keyword-only; a new optional parameter and a CHANGELOG entry."""

TESTS = False

BASE = {
    "pyproject.toml": '''[project]
name = "stowage"
version = "2.0.3"
requires-python = ">=3.10"
''',
    "stowage/__init__.py": '''from stowage.backends import Backend, MemoryBackend, Mode, open_backend, sync_all

__all__ = ["Backend", "MemoryBackend", "Mode", "open_backend", "sync_all"]
''',
    "stowage/backends.py": '''"""Storage backends."""
import enum
from typing import Protocol


class Mode(enum.Enum):
    READ = "r"
    WRITE = "w"
    APPEND = "a"


class Backend(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, value: bytes) -> None: ...


class MemoryBackend:
    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.data.get(key)

    def put(self, key: str, value: bytes) -> None:
        self.data[key] = value


def open_backend(url: str, mode: Mode = Mode.READ) -> Backend:
    return MemoryBackend()


def sync_all(backends: list) -> int:
    return len(backends)
''',
    "CHANGELOG.md": "# Changelog\n\n## 2.0.3\n- fixes\n",
}

HEAD = {
    "stowage/__init__.py": '''from stowage.backends import Backend, MemoryBackend, Mode, open_backend, sync_all

__all__ = ["Backend", "MemoryBackend", "Mode", "open_backend"]
''',
    "stowage/backends.py": '''"""Storage backends."""
import enum
from typing import Protocol


class Mode(enum.Enum):
    READ = "r"
    WRITE = "w"


class Backend(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, value: bytes) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryBackend:
    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.data.get(key)

    def put(self, key: str, value: bytes) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


def open_backend(url: str, *, mode: Mode = Mode.READ, timeout: float = 5.0) -> Backend:
    return MemoryBackend()


async def sync_all(backends: list) -> int:
    return len(backends)
''',
    "CHANGELOG.md": "# Changelog\n\n## 2.1.0\n- Backend.delete\n- open_backend(timeout=)\n\n## 2.0.3\n- fixes\n",
}
