from typing import Optional, Tuple
def select(cols: Tuple[str, ...] = (), limit: Optional[int] = None, offset: int = 0,
           mode: int = 0x10, sep: str = "a" "b", flag: bool = False, scale: float = 1.0) -> list:
    return []
