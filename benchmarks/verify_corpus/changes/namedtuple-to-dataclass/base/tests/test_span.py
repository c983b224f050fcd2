from spanlib import Span, merge, to_json


def test_length():
    assert Span(2, 7).length == 5


def test_overlaps():
    assert Span(1, 4).overlaps(Span(3, 6))
    assert not Span(1, 3).overlaps(Span(3, 6))


def test_merge_sorted():
    assert merge([Span(5, 8), Span(1, 3), Span(2, 4)]) == [Span(1, 4), Span(5, 8)]


def test_unpack():
    start, end = Span(1, 3)
    assert (start, end) == (1, 3)


def test_to_json():
    assert to_json([Span(1, 2), Span(4, 9)]) == "[[1, 2], [4, 9]]"
