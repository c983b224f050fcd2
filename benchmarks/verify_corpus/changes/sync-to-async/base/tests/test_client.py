import pytest

from fetchq import Client, FetchError, MemoryCache, fetch_all


def test_fetch_all_in_order():
    client = Client(lambda url: url.encode())
    assert fetch_all(client, ["a", "b"]) == [b"a", b"b"]


def test_retries_then_fails():
    calls = []

    def loader(url):
        calls.append(url)
        raise OSError("down")

    with pytest.raises(FetchError):
        Client(loader, retries=2).fetch_one("x")
    assert len(calls) == 3


def test_cache_is_used():
    calls = []

    def loader(url):
        calls.append(url)
        return b"body"

    client = Client(loader, cache=MemoryCache())
    client.fetch_one("x")
    client.fetch_one("x")
    assert calls == ["x"]
