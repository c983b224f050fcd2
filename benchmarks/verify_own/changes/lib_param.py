"""A small library: an optional parameter added, a new helper, tests and a changelog; version 1.2.0 -> 1.3.0."""

TESTS = True

BASE = {
    "pyproject.toml": '''[project]
name = "tidyx"
version = "1.2.0"
requires-python = ">=3.10"
dependencies = ["attrs>=22"]
''',
    "src/tidyx/__init__.py": '''"""tidyx: small text helpers."""
from tidyx.text import normalize, slugify

__all__ = ["normalize", "slugify"]
''',
    "src/tidyx/text.py": '''"""Text helpers."""
import re


def normalize(text: str) -> str:
    """Collapse whitespace."""
    return " ".join(text.split())


def slugify(text: str, sep: str = "-") -> str:
    """Lower-case words joined by sep."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return sep.join(words)
''',
    "tests/test_text.py": '''from tidyx import normalize, slugify


def test_normalize():
    assert normalize(" a  b ") == "a b"


def test_slugify():
    assert slugify("Hello World") == "hello-world"


def test_slugify_sep():
    assert slugify("Hello World", sep="_") == "hello_world"
''',
    "CHANGELOG.md": "# Changelog\n\n## 1.2.0\n- first public release\n",
}

HEAD = {
    "pyproject.toml": BASE["pyproject.toml"].replace('version = "1.2.0"', 'version = "1.3.0"'),
    "src/tidyx/__init__.py": '''"""tidyx: small text helpers."""
from tidyx.text import normalize, slugify, truncate

__all__ = ["normalize", "slugify", "truncate"]
''',
    "src/tidyx/text.py": '''"""Text helpers."""
import re


def normalize(text: str) -> str:
    """Collapse whitespace."""
    return " ".join(text.split())


def slugify(text: str, sep: str = "-", max_length: int | None = None) -> str:
    """Lower-case words joined by sep, cut to max_length characters when given."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    slug = sep.join(words)
    return slug if max_length is None else slug[:max_length].rstrip(sep)


def truncate(text: str, width: int, suffix: str = "...") -> str:
    """text cut to width characters, suffix included."""
    if len(text) <= width:
        return text
    return text[: max(0, width - len(suffix))] + suffix
''',
    "tests/test_truncate.py": '''from tidyx import truncate


def test_short_text_unchanged():
    assert truncate("abc", 5) == "abc"


def test_long_text_cut():
    assert truncate("abcdefgh", 6) == "abc..."


def test_custom_suffix():
    assert truncate("abcdefgh", 5, suffix="~") == "abcd~"
''',
    "tests/test_text.py": BASE["tests/test_text.py"] + '''

def test_slugify_max_length():
    assert slugify("Hello big World", max_length=9) == "hello-big"
''',
    "CHANGELOG.md": "# Changelog\n\n## 1.3.0\n- slugify(max_length=)\n- truncate()\n\n## 1.2.0\n- first public release\n",
}
