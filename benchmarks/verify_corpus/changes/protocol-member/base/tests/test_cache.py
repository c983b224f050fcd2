from cachebox import Cache, MemoryBackend


def test_set_and_get():
    cache = Cache(MemoryBackend())
    cache.set("k", {"a": 1})
    assert cache.get("k") == {"a": 1}


def test_get_or_set_calls_once():
    calls = []
    cache = Cache(MemoryBackend())
    for _ in range(2):
        cache.get_or_set("k", lambda: calls.append(1) or 42)
    assert calls == [1]
