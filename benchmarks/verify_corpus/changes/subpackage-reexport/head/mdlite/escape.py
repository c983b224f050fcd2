"""HTML escaping."""

import html


def escape(text: str) -> str:
    return html.escape(text, quote=False)
