import pytest

from signup import is_valid_username, validate_email


def test_username_ok():
    assert is_valid_username("alice_01")


def test_username_too_long():
    assert not is_valid_username("a" * 17)


def test_username_too_short():
    assert not is_valid_username("ab")


def test_email_ok():
    assert validate_email(" Bob@Example.com ") == "bob@example.com"


def test_email_bad():
    with pytest.raises(ValueError):
        validate_email("bob@")
