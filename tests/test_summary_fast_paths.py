"""The summary's shortcuts give exactly what the general code gives."""

from __future__ import annotations

import ast
import sysconfig
from pathlib import Path

from changeproof.api.summary import _fast_text

CASES = ["x", "a.b.c", "None", "True", "False", "0", "42", "10**20", "'abc'", "'a b-c_d.e'", '"it\'s"', "'a\\\\b'",
         "'é'", "'\\n'", "u'x'", "b'x'", "1.5", "1e309", "-1", "f(x).y", "list[int]", "...", "'tab\\there'"]


def test_fast_text_is_unparse_where_it_answers():
    for source in CASES:
        node = ast.parse(source, mode="eval").body
        fast = _fast_text(node)
        assert fast is None or fast == ast.unparse(node), source


def test_fast_text_is_unparse_on_real_code():
    """Every expression of a few standard library modules: the shortcut answers most, and always as unparse does."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    answered = 0
    for name in ("inspect.py", "typing.py", "argparse.py", "dataclasses.py", "subprocess.py"):
        tree = ast.parse((stdlib / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.expr):
                fast = _fast_text(node)
                if fast is not None:
                    answered += 1
                    assert fast == ast.unparse(node), ast.dump(node)
    assert answered > 1000
