"""Private accelerated helpers (pure-Python fallback)."""


def escape_fast(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")
