from textkit import slugify, truncate


def test_slugify():
    assert slugify("Hello, World!") == "hello-world"


def test_slugify_accents():
    assert slugify("Crème brûlée") == "creme-brulee"


def test_truncate():
    assert truncate("abcdefghij", 6) == "abc..."
