from typing import Any, Dict


class Session(Dict[str, Any]):
    def __init__(self, sid: str, data: Dict[str, Any] | None = None) -> None:
        super().__init__(data or {})
        self.sid = sid
        self.modified = False

    def __setitem__(self, key: str, value: Any) -> None:
        self.modified = True
        super().__setitem__(key, value)
