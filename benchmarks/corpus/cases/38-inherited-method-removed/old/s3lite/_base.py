from typing import Any, Dict, Optional


class _ClientBase:
    def __init__(self, endpoint: str, region: Optional[str] = None) -> None:
        self.endpoint = endpoint
        self.region = region or "us-east-1"
        self._closed = False

    def close(self) -> None:
        self._closed = True

    def __enter__(self) -> "_ClientBase":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def stats(self) -> Dict[str, Any]:
        return {"endpoint": self.endpoint, "closed": self._closed}

    def presign(self, key: str, expires: int = 3600) -> str:
        return f"{self.endpoint}/{key}?X-Expires={expires}"
