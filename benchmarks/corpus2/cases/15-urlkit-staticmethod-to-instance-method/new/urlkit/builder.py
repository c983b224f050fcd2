import urllib.parse
from typing import Dict, Optional


class URLBuilder:
    def __init__(self, base: str, *, safe: str = "/") -> None:
        self.base = base.rstrip("/")
        self.safe = safe

    def quote(self, s: str, safe: str = "/") -> str:
        """Quote using this builder's safe characters in addition to *safe*."""
        return urllib.parse.quote(s, safe=safe + self.safe)

    @classmethod
    def from_parts(cls, scheme: str, host: str, path: str = "/") -> "URLBuilder":
        return cls(f"{scheme}://{host}{path}")

    def join(self, *parts: str, query: Optional[Dict[str, str]] = None) -> str:
        url = "/".join([self.base] + [self.quote(p) for p in parts])
        if query:
            url += "?" + urllib.parse.urlencode(query)
        return url
