"""Documentation only: README and a docs page."""

TESTS = False

BASE = {
    "pyproject.toml": '''[project]
name = "quill"
version = "0.4.0"
requires-python = ">=3.10"
''',
    "quill/__init__.py": "def render(text: str) -> str:\n    return text.strip()\n",
    "README.md": "# quill\n",
    "tests/test_render.py": "from quill import render\n\n\ndef test_render():\n    assert render(' a ') == 'a'\n",
}

HEAD = {
    "README.md": "# quill\n\nRender text.\n\n## Install\n\npip install quill\n",
    "docs/usage.md": "# Usage\n\n```python\nfrom quill import render\n```\n",
}
