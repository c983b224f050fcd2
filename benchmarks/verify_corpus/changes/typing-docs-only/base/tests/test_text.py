from slugline import slugify, title_case, truncate


def test_slugify():
    assert slugify("Hello, World!") == "hello-world"


def test_slugify_custom_sep():
    assert slugify("a b c", sep="_") == "a_b_c"


def test_truncate():
    assert truncate("abcdefghij", limit=8) == "abcde..."
    assert truncate("short") == "short"


def test_title_case():
    assert title_case("the quick fox") == "The Quick Fox"
