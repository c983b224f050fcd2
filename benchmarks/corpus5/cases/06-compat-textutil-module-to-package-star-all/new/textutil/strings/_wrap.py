__all__ = ["Wrapper"]
class Wrapper:
    def __init__(self, width: int = 70) -> None:
        self.width = width
    def wrap(self, s: str) -> list:
        return [s]
