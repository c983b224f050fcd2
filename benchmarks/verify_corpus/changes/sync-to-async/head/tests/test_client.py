import asyncio

import pytest

from fetchq import Client, FetchError, MemoryCache, fetch_all, fetch_all_sync


def test_fetch_all_in_order():
    client = Client(lambda url: url.encode(), user_agent="test")
    assert asyncio.run(fetch_all(client, ["a", "b"])) == [b"a", b"b"]


def test_fetch_all_sync():
    client = Client(lambda url: url.encode(), user_agent="test")
    assert fetch_all_sync(client, ["c"]) == [b"c"]


def test_retries_then_fails():
    calls = []

    def loader(url):
        calls.append(url)
        raise OSError("down")

    with pytest.raises(FetchError):
        Client(loader, retries=2, user_agent="test").fetch_one("x")
    assert len(calls) == 3


def test_cache_is_used():
    calls = []

    def loader(url):
        calls.append(url)
        return b"body"

    client = Client(loader, cache=MemoryCache(), user_agent="test")
    client.fetch_one("x")
    client.fetch_one("x")
    assert calls == ["x"]
