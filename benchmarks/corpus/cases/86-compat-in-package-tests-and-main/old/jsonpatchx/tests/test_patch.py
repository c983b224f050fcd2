from jsonpatchx import apply_patch, make_patch


def roundtrip(a, b):
    return apply_patch(a, make_patch(a, b))


def test_roundtrip():
    assert roundtrip({"a": 1}, {"b": 2}) == {"b": 2}


class TestRemove:
    def test_remove(self):
        assert apply_patch({"a": 1}, [{"op": "remove", "path": "/a"}]) == {}
