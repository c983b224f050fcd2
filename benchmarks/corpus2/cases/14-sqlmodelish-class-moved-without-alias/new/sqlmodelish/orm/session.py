from typing import Any, List


class Session:
    def __init__(self) -> None:
        self.new: List[Any] = []

    def add(self, instance: Any) -> None:
        self.new.append(instance)
