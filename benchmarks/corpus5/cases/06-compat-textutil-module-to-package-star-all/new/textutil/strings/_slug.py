__all__ = ["slugify", "truncate"]
def slugify(s: str, sep: str = "-") -> str:
    return s.lower().replace(" ", sep)
def truncate(s: str, n: int = 10) -> str:
    return s[:n]
