from typing import Any, Dict, List


class FeedReader:
    def __init__(self, urls: List[str]) -> None:
        self.urls = urls

    def read(self) -> List[Dict[str, Any]]:
        return [{"url": u} for u in self.urls]


def fetch_many(urls: List[str]) -> List[Dict[str, Any]]:
    return FeedReader(urls).read()
