"""Value serializers."""
import json
from abc import ABC, abstractmethod
from typing import Any

__all__ = ["JsonSerializer", "Serializer"]


class Serializer(ABC):
    @abstractmethod
    def dumps(self, value: Any) -> bytes: ...

    @abstractmethod
    def loads(self, data: bytes) -> Any: ...


class JsonSerializer(Serializer):
    def dumps(self, value: Any) -> bytes:
        return json.dumps(value, sort_keys=True).encode()

    def loads(self, data: bytes) -> Any:
        return json.loads(data)
