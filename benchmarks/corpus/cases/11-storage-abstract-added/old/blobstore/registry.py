from typing import Dict, Type

from .backends.base import StorageBackend

_REGISTRY: Dict[str, Type[StorageBackend]] = {}


def register(cls: Type[StorageBackend]) -> Type[StorageBackend]:
    _REGISTRY[cls.scheme] = cls
    return cls


def get_backend(scheme: str) -> StorageBackend:
    return _REGISTRY[scheme]()
