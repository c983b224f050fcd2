"""Download a feed."""

__all__ = ["fetch_feed"]


def fetch_feed(url: str, timeout: float = 10.0) -> str:
    import requests

    response = requests.get(url, timeout=timeout)
    response.raise_for_status()
    return response.text
