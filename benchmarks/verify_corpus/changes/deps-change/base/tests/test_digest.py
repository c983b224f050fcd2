from rssdigest.digest import Entry, make_digest


def test_digest_lists_titles():
    text = make_digest([Entry("a", "https://x.invalid/a"), Entry("b", "https://x.invalid/b")])
    assert text.splitlines() == ["- a <https://x.invalid/a>", "- b <https://x.invalid/b>"]


def test_digest_limit():
    entries = [Entry(str(i), "https://x.invalid") for i in range(5)]
    assert len(make_digest(entries, limit=2).splitlines()) == 2


def test_empty_digest():
    assert make_digest([]) == "(nothing new)"
