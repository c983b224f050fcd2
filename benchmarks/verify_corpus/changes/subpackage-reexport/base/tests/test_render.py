from mdlite import render, render_inline
from mdlite.render import render as render_from_module


def test_heading():
    assert render("## Title") == "<h2>Title</h2>"


def test_paragraphs():
    assert render("one\ntwo\n\nthree") == "<p>one two</p>\n<p>three</p>"


def test_inline():
    assert render_inline("**a** *b* `c<d`") == "<strong>a</strong> <em>b</em> <code>c&lt;d</code>"


def test_module_path():
    assert render_from_module is render
