from typing import Protocol, Union


class Sink(Protocol):
    def write(self, data: Union[bytes, str]) -> int: ...
