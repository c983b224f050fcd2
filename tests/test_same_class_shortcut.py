"""The comparison's shortcut for unchanged classes (api.stable.same_class) agrees with the fingerprints it avoids,
and the findings are the same with and without it, on every API fixture pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from changeproof.api import compare as compare_mod
from changeproof.api import compare_dirs, load_side
from changeproof.api.stable import same_class, unchanged_modules
from changeproof.git import DirectorySnapshot

FIXTURES = Path(__file__).parent / "fixtures" / "api"


def _pairs() -> list[Path]:
    out = []
    for base in sorted(FIXTURES.rglob("base")):
        if base.is_dir() and (base.parent / "head").is_dir():
            out.append(base.parent)
    return out


def _pair_with_shared_files(tmp_path: Path) -> Path:
    """A project where most modules are unchanged, one base module changes, and classes inherit across them."""
    base = {
        "pkg/__init__.py": "from .core import Base, Model\nfrom .util import helper\n",
        "pkg/core.py": "class Base:\n    def save(self, force=False):\n        pass\n\n    def delete(self):\n        pass\n\n\n"
                       "class Model(Base):\n    name: str = ''\n",
        "pkg/util.py": "def helper(x):\n    return x\n",
        "pkg/forms.py": "from .core import Model\n\n\nclass Form:\n    model = Model\n\n    def clean(self):\n        pass\n\n\n"
                        "class ModelForm(Form):\n    def save(self):\n        pass\n",
        "pkg/views.py": "from dataclasses import dataclass\nfrom .core import Base\n\n\nclass View(Base):\n    pass\n\n\n"
                        "@dataclass\nclass Options:\n    depth: int = 1\n",
    }
    head = dict(base)
    head["pkg/core.py"] = base["pkg/core.py"].replace("def save(self, force=False)", "def save(self, force)")
    for side, files in (("old", base), ("new", head)):
        for rel, text in files.items():
            p = tmp_path / side / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text)
    return tmp_path


def _check_agreement(old_dir: Path, new_dir: Path) -> int:
    o = load_side(DirectorySnapshot(old_dir)).model
    n = load_side(DirectorySnapshot(new_dir)).model
    unchanged = unchanged_modules(o, n)
    answered = 0
    for path, (target, _) in list(o.class_paths.items()):
        if path not in n.class_paths or n.class_paths[path][0] != target:
            continue
        same = same_class(o, n, target, unchanged)
        if same is not None:
            answered += 1
            assert same == (o.class_fingerprint(target) == n.class_fingerprint(target)), (old_dir, target)
    return answered


def test_the_shortcut_answers_as_the_fingerprints_do(tmp_path):
    root = _pair_with_shared_files(tmp_path)
    assert _check_agreement(root / "old", root / "new") >= 2  # Form, ModelForm at least: unchanged, answered
    for pair in _pairs():
        _check_agreement(pair / "base", pair / "head")


@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_same_findings_with_and_without_the_shortcut(pair, monkeypatch):
    with_shortcut = [f.to_json() for f in compare_dirs(pair / "base", pair / "head")]
    monkeypatch.setattr(compare_mod, "same_class", lambda *a: None)
    without = [f.to_json() for f in compare_dirs(pair / "base", pair / "head")]
    assert with_shortcut == without


def test_same_findings_on_a_change_to_a_shared_base(tmp_path, monkeypatch):
    root = _pair_with_shared_files(tmp_path)
    with_shortcut = [f.to_json() for f in compare_dirs(root / "old", root / "new")]
    monkeypatch.setattr(compare_mod, "same_class", lambda *a: None)
    assert with_shortcut == [f.to_json() for f in compare_dirs(root / "old", root / "new")]
    assert any(f["kind"] == "parameter-added-required" or f["object"].endswith("save") for f in with_shortcut)
