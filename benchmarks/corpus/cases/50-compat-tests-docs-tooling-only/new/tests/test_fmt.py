import pytest

from humanbytes import format_size, parse_size


def helper(n, *, precision):
    return format_size(n, precision)


@pytest.mark.parametrize("n,expected", [(2048, "2.0 KiB"), (10, "10 B")])
def test_format(n, expected):
    assert helper(n, precision=1) == expected
