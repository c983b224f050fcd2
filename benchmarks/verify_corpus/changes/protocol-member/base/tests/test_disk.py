from cachebox import Cache, DiskBackend


def test_disk_round_trip(tmp_path):
    cache = Cache(DiskBackend(str(tmp_path)))
    cache.set("k", [1, 2])
    assert cache.get("k") == [1, 2]
