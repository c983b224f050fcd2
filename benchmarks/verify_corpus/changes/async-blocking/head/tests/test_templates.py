import pytest

from notifyhub.templates import render


def test_render_welcome():
    assert render("welcome", name="Bo") == "Welcome, Bo!"


def test_unknown_template():
    with pytest.raises(KeyError):
        render("nope")
