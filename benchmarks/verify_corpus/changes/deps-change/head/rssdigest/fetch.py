"""Download a feed."""

__all__ = ["fetch_feed"]


def fetch_feed(url: str, timeout: float = 10.0) -> str:
    import httpx

    response = httpx.get(url, timeout=timeout, follow_redirects=True)
    response.raise_for_status()
    return response.text
