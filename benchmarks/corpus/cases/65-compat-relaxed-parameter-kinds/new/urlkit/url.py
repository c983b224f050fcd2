import urllib.parse
from typing import Any, Dict, Optional


class URL:
    def __init__(self, raw: str) -> None:
        self._parts = urllib.parse.urlsplit(raw)

    @classmethod
    def parse(cls, raw: str) -> "URL":
        return cls(raw)

    def with_query(self, params: Dict[str, str], replace: bool = True, *extra: Any, **more: str) -> "URL":
        query = urllib.parse.urlencode({**params, **more})
        if not replace and self._parts.query:
            query = self._parts.query + "&" + query
        return URL(urllib.parse.urlunsplit(self._parts._replace(query=query)))

    def __str__(self) -> str:
        return urllib.parse.urlunsplit(self._parts)


def join(base: str, path: str) -> str:
    return urllib.parse.urljoin(base, path)


def quote(text: str, safe: str = "/", encoding: Optional[str] = None) -> str:
    return urllib.parse.quote(text, safe=safe, encoding=encoding)
