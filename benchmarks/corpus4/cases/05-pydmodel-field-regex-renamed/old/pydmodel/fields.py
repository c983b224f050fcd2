from typing import Any, Optional

def Field(default: Any = ..., *, alias: Optional[str] = None, regex: Optional[str] = None,
          min_items: Optional[int] = None, description: str = "") -> Any:
    return default
