__all__ = ["slugify", "truncate", "Wrapper"]
def slugify(s: str, sep: str = "-") -> str:
    return s.lower().replace(" ", sep)
def truncate(s: str, n: int = 10) -> str:
    return s[:n]
class Wrapper:
    def __init__(self, width: int = 70) -> None:
        self.width = width
    def wrap(self, s: str) -> list:
        return [s]
