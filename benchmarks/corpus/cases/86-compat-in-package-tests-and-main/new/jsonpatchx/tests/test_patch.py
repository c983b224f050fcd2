import pytest

from jsonpatchx import apply_patch, make_patch


@pytest.mark.parametrize("a,b", [({"a": 1}, {"b": 2}), ({}, {"x": None})])
def test_roundtrip(a, b):
    assert apply_patch(a, make_patch(a, b)) == b
