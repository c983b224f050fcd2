import json
import urllib.parse
import urllib.request
from typing import Any, Dict, Optional


class Client:
    def __init__(self, base_url: str, token: Optional[str] = None, timeout: float = 30.0, *, user_agent: str = "restez/1.3") -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.user_agent = user_agent

    def _headers(self, extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
        headers = {"User-Agent": self.user_agent, **(extra or {})}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def request(
        self,
        method: str,
        path: str,
        params: Optional[Dict[str, str]] = None,
        body: Any = None,
        headers: Optional[Dict[str, str]] = None,
        *,
        raise_for_status: bool = True,
    ) -> Any:
        url = self.base_url + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method, headers=self._headers(headers))
        with urllib.request.urlopen(req, timeout=self.timeout) as fh:
            return json.loads(fh.read() or b"null")

    def get(self, path: str, params: Optional[Dict[str, str]] = None, **kwargs: Any) -> Any:
        return self.request("GET", path, params, **kwargs)

    @classmethod
    def from_env(cls, prefix: str = "RESTEZ_") -> "Client":
        import os

        return cls(os.environ[prefix + "URL"], os.environ.get(prefix + "TOKEN"))


def get(url: str, timeout: Optional[float] = None) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as fh:
        return json.loads(fh.read())
