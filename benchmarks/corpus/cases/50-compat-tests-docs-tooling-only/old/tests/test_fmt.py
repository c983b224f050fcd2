from humanbytes import format_size, parse_size


def helper(n, precision=1):
    return format_size(n, precision)


def test_format():
    assert helper(2048) == "2.0 KiB"


def test_parse():
    assert parse_size("1 KiB") == 1024
