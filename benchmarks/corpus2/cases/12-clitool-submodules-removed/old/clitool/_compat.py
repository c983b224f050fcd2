import sys

PY2 = sys.version_info[0] == 2
text_type = str


def isidentifier(x: str) -> bool:
    return x.isidentifier()
