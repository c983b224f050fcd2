import pytest

from fieldsplit import ParseError, split_fields, split_lines


def test_split_basic():
    assert split_fields("a,b,c") == ("a", "b", "c")


def test_split_quoted_separator():
    assert split_fields('a,"b,c",d') == ("a", "b,c", "d")


def test_unterminated_quote():
    with pytest.raises(ParseError, match="column 3 is never closed"):
        split_fields('a,"b')


def test_split_lines_skips_blank():
    assert len(split_lines("a,b\n\nc,d\n")) == 2


def test_rows_are_tuples():
    assert all(isinstance(row, tuple) for row in split_lines("a,b\nc,d"))
