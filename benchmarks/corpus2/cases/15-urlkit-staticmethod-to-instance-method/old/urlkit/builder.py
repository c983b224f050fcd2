import urllib.parse
from typing import Dict, Optional


class URLBuilder:
    def __init__(self, base: str, *, safe: str = "/") -> None:
        self.base = base.rstrip("/")
        self.safe = safe

    @staticmethod
    def quote(s: str, safe: str = "/") -> str:
        return urllib.parse.quote(s, safe=safe)

    @staticmethod
    def from_parts(scheme: str, host: str, path: str = "/") -> "URLBuilder":
        return URLBuilder(f"{scheme}://{host}{path}")

    def join(self, *parts: str, query: Optional[Dict[str, str]] = None) -> str:
        url = "/".join([self.base] + [self.quote(p) for p in parts])
        if query:
            url += "?" + urllib.parse.urlencode(query)
        return url
