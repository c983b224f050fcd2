import warnings
from typing import Any, Optional

class Table:
    def to_csv(self, path: str, lineterminator: Optional[str] = None, **kwargs: Any) -> None:
        if "line_terminator" in kwargs:
            warnings.warn("line_terminator is deprecated, use lineterminator", FutureWarning, stacklevel=2)
            lineterminator = kwargs.pop("line_terminator")
        if kwargs:
            raise TypeError(f"unexpected keyword arguments {sorted(kwargs)}")
