from fetchq import MemoryCache


def test_cache_roundtrip():
    cache = MemoryCache()
    cache.set("a", b"1")
    assert cache.get("a") == b"1" and cache.get("b") is None
