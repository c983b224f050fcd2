import json
import urllib.parse
import urllib.request
from typing import Any, Dict, Optional


class Client:
    def __init__(self, base_url: str, token: Optional[str] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token

    def _headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def request(self, method: str, path: str, params: Optional[Dict[str, str]] = None, body: Any = None) -> Any:
        url = self.base_url + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method, headers=self._headers())
        with urllib.request.urlopen(req) as fh:
            return json.loads(fh.read() or b"null")

    def get(self, path: str, params: Optional[Dict[str, str]] = None) -> Any:
        return self.request("GET", path, params)

    @classmethod
    def from_env(cls) -> "Client":
        import os

        return cls(os.environ["RESTEZ_URL"], os.environ.get("RESTEZ_TOKEN"))


def get(url: str) -> Any:
    with urllib.request.urlopen(url) as fh:
        return json.loads(fh.read())
