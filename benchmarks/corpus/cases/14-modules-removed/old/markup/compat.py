"""Python 2/3 compatibility helpers (kept for users who imported them)."""
import sys

PY2 = sys.version_info[0] == 2
text_type = str
string_types = (str,)


def iteritems(d):
    return iter(d.items())
