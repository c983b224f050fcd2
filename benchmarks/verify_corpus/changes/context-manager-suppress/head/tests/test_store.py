from kvstore import Store


def test_set_get_delete():
    s = Store()
    s.set("a", 1)
    assert s.get("a") == 1
    s.delete("a")
    assert s.get("a", "gone") == "gone"
