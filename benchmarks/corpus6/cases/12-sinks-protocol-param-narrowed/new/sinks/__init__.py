from typing import Protocol


class Sink(Protocol):
    def write(self, data: bytes) -> int: ...
