from textkit.urls import build_url, slugify


def test_build_url():
    assert build_url("https://x.invalid/", "Blog", "My Post") == "https://x.invalid/blog/my-post"


def test_urls_slugify_separator():
    assert slugify("a b", sep="_") == "a_b"
