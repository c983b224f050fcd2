import sys

PY2 = sys.version_info[0] == 2
PY3 = not PY2
string_types = (str,)


def ensure_str(s, encoding="utf-8", errors="strict"):
    return s.decode(encoding, errors) if isinstance(s, bytes) else s
