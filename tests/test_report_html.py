"""The HTML report, read as HTML: self-contained, every text from the repository escaped, every finding there."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from helpers import reports

from changeproof.report import render

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "div", "h1", "h2", "span", "code", "label",
                "select", "option", "section", "p", "b", "ul", "li", "a", "details", "summary", "table", "colgroup", "col",
                "thead", "tbody", "tr", "th", "td", "pre", "input", "button", "article", "footer", "script"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.mark.parametrize("name", ["empty", "demo-additive", "demo-risky", "hostile"])
def test_page_is_self_contained(name):
    report = reports.empty() if name == "empty" else reports.hostile() if name == "hostile" else reports.load(name)
    html = render(report, "html")
    page = parse(html)
    tags = {t for t, _ in page.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for tag, attrs in page.tags:
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)  # no inline handlers, hostile or ours
        for a in ("src", "href"):
            assert not (attrs.get(a) or "").startswith(("http:", "https:", "//")), (tag, attrs)  # nothing from the network
    assert sum(1 for t, _ in page.tags if t == "script") == 1  # ours, and only ours
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_hostile_text_is_escaped_everywhere():
    report = reports.hostile()
    html = render(report, "html")
    page = parse(html)
    text = "".join(page.text)
    # the hostile string comes back as text wherever it was put: names, paths, messages, code, checks, tests, facts
    assert text.count("window.pwned=1") >= 10
    assert "window.pwned" not in "".join(page.scripts)
    assert not [t for t, _ in page.tags if t == "img"]
    # attribute values carry it escaped: parsed back, it is the same string, not new attributes
    names = [a.get("data-name") for t, a in page.tags if t == "article"]
    assert any(n and reports.HOSTILE in n for n in names)
    assert html.count("<script>") == 1 and html.count("</script>") == 1


def test_every_finding_is_on_the_page_with_its_evidence():
    report = reports.load("demo-risky")
    page = parse(render(report, "html"))
    articles = [a for t, a in page.tags if t == "article"]
    assert len(articles) == len(report.findings)
    text = "".join(page.text)
    for f in report.findings:
        assert f.kind in text and f"{f.path}:{f.line}" in text
    # identical old and new are shown once, not as a change
    assert "the same at base and head" in text
    assert "Coverage: complete" in text
    assert "AssertionError: assert None is True" in text  # test failure messages


def test_incomplete_coverage_is_in_the_banner():
    report = reports.hostile()
    assert report.verdict == "breaking" and not report.complete
    text = "".join(parse(render(report, "html")).text)
    banner = text[text.index("Verdict: breaking"): text.index("Findings the change introduced")]
    assert "Coverage: incomplete" in banner and "not checked: imports" in banner
    assert "could not be analysed" in banner
