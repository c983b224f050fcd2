from typing import Any, Optional

def Field(default: Any = ..., *, alias: Optional[str] = None, pattern: Optional[str] = None,
          min_length: Optional[int] = None, description: str = "", frozen: bool = False) -> Any:
    return default
