from __future__ import annotations
def select(cols: tuple[str, ...] = tuple(), limit: int | None = None, offset: int = 0x0,
           mode: int = 16, sep: str = "ab", flag: bool = (False), scale: float = 1.) -> list:
    return []
