"""A function moved to another module and imported back into its old one is still importable from there:
not a removal; a signature change on the way is still reported."""

from __future__ import annotations

from pathlib import Path

from changeproof.api import compare_dirs


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def rows(tmp_path, old, new):
    return {(f.kind, f.object, f.parameter) for f in compare_dirs(write(tmp_path / "old", old), write(tmp_path / "new", new))
            if f.severity != "info"}


OLD = {"pkg/__init__.py": "", "pkg/utils.py": "def helper(a, b=1):\n    return a + b\n"}


def test_moved_and_imported_back_is_not_removed(tmp_path):
    new = {"pkg/__init__.py": "", "pkg/_impl.py": "def helper(a, b=1):\n    return a + b\n",
           "pkg/utils.py": "from ._impl import helper\n"}
    assert rows(tmp_path, OLD, new) == set()


def test_signature_change_on_the_way_is_reported(tmp_path):
    new = {"pkg/__init__.py": "", "pkg/_impl.py": "def helper(a):\n    return a\n", "pkg/utils.py": "from ._impl import helper\n"}
    assert rows(tmp_path, OLD, new) == {("parameter-removed", "pkg.utils.helper", "b")}


def test_all_that_leaves_it_out_still_removes_it(tmp_path):
    new = {"pkg/__init__.py": "", "pkg/_impl.py": "def helper(a, b=1):\n    return a + b\n",
           "pkg/utils.py": "from ._impl import helper\n__all__ = []\n"}
    assert ("object-removed", "pkg.utils.helper", None) in rows(tmp_path, OLD, new) or \
        ("export-removed", "pkg.utils.helper", None) in rows(tmp_path, OLD, new)
