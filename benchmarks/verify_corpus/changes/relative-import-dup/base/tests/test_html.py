from textkit import escape, heading, strip_tags


def test_strip_tags():
    assert strip_tags("<p>Hi <b>there</b></p>") == "Hi there"


def test_escape():
    assert escape('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"


def test_heading_anchor():
    assert heading("Getting Started") == "## Getting Started {#getting-started}"
