import urllib.parse
from typing import Dict, Optional


class URL:
    def __init__(self, raw: str) -> None:
        self._parts = urllib.parse.urlsplit(raw)

    @staticmethod
    def parse(raw: str) -> "URL":
        return URL(raw)

    def with_query(self, params: Dict[str, str], *, replace: bool = True) -> "URL":
        query = urllib.parse.urlencode(params)
        if not replace and self._parts.query:
            query = self._parts.query + "&" + query
        return URL(urllib.parse.urlunsplit(self._parts._replace(query=query)))

    def __str__(self) -> str:
        return urllib.parse.urlunsplit(self._parts)


def join(base: str, path: str, /) -> str:
    return urllib.parse.urljoin(base, path)


def quote(text: str, safe: str, encoding: Optional[str] = None) -> str:
    return urllib.parse.quote(text, safe=safe, encoding=encoding)
