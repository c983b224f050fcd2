from taglib import collect, merge


def test_collect_into_given_list():
    into = ["python"]
    assert collect(["Python", "Rust"], into) == ["python", "rust"]
    assert into == ["python", "rust"]


def test_merge_keeps_first_occurrence():
    assert merge(["b", "a"], ["A", "c"]) == ["b", "a", "c"]


def test_collect_calls_are_independent():
    assert collect(["x"]) == ["x"]
    assert collect(["y"]) == ["y"]
