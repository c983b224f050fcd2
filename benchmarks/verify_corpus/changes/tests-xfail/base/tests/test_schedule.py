from cronparse import parse


def test_every_quarter_hour():
    s = parse("*/15 * * * *")
    assert s.minutes == [0, 15, 30, 45]
    assert s.matches(30, 4, 1, 1, 0)
