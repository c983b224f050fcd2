import textwrap


def wrap_text(text: str, width: int = 78, initial_indent: str = "", subsequent_indent: str = "") -> str:
    return textwrap.fill(text, width, initial_indent=initial_indent, subsequent_indent=subsequent_indent)
