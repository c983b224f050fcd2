"""The comparison's shortcut for unchanged classes (api.stable.same_class) agrees with the fingerprints it avoids,
and the findings are the same with and without it, on every API fixture pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from changeproof.api import compare as compare_mod
from changeproof.api import compare_dirs, compare_loaded, load_side, load_sides
from changeproof.api.stable import Settled, same_class, unchanged_modules
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


def _settled_agreement(old_dir: Path, new_dir: Path) -> tuple[int, int]:
    """Every class Settled holds the same has equal class information and fingerprints on both sides (each side
    built on its own, without borrowing), and the chain Settled gives is class_info's."""
    o = load_side(DirectorySnapshot(old_dir)).model
    n = load_side(DirectorySnapshot(new_dir)).model
    settled = Settled(o, n, unchanged_modules(o, n))
    said = told = 0
    for path, (target, _) in list(o.class_paths.items()):
        if path not in n.class_paths or n.class_paths[path][0] != target:
            continue
        told += 1
        if settled.same(target):
            said += 1
            assert o.class_info(target) == n.class_info(target), (old_dir, target)
            assert settled.chain(target) == o.class_info(target).chain, (old_dir, target)
            assert o.class_fingerprint(target) == n.class_fingerprint(target), (old_dir, target)
    return said, told


def _pair_with_reexports(tmp_path: Path) -> Path:
    """Classes reached through re-exports, wildcard imports, a submodule import and a metaclass; one module changes."""
    base = {
        "pkg/__init__.py": "from .core import *\nfrom . import forms\n",
        "pkg/core.py": "__all__ = ['Base', 'Meta']\n\n\nclass Meta(type):\n    @property\n    def registry(cls):\n        return {}\n\n\n"
                       "class Base(metaclass=Meta):\n    def save(self, force=False):\n        pass\n",
        "pkg/forms/__init__.py": "from .fields import *\n",
        "pkg/forms/fields.py": "from pkg import Base\n\n\nclass Field(Base):\n    pass\n\n\nclass CharField(Field):\n    max_length = 1\n",
        "pkg/models.py": "import pkg.forms\nfrom pkg import forms\n\n\nclass Model(forms.fields.CharField):\n    pass\n\n\n"
                         "class Other(pkg.forms.Field):\n    pass\n",
        "pkg/extra.py": "from .changing import Thing\n\n\nclass Sub(Thing):\n    pass\n\n\nclass Plain:\n    pass\n",
        "pkg/changing.py": "class Thing:\n    def run(self, a):\n        pass\n",
    }
    head = dict(base)
    head["pkg/changing.py"] = "class Thing:\n    def run(self, a, b):\n        pass\n"
    for side, files in (("old", base), ("new", head)):
        for rel, text in files.items():
            p = tmp_path / side / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text)
    return tmp_path


def test_settled_classes_have_the_same_records(tmp_path):
    root = _pair_with_reexports(tmp_path)
    o = load_side(DirectorySnapshot(root / "old")).model
    n = load_side(DirectorySnapshot(root / "new")).model
    settled = Settled(o, n, unchanged_modules(o, n))
    assert settled.same("d:pkg.models:Model") and settled.same("d:pkg.models:Other")  # through `*` and submodules
    assert settled.same("d:pkg.core:Base") and settled.same("d:pkg.extra:Plain")
    assert not settled.same("d:pkg.extra:Sub")  # its base is in the changed module
    assert not settled.same("d:pkg.changing:Thing")
    said, _ = _settled_agreement(root / "old", root / "new")
    assert said >= 5
    for pair in _pairs():
        _settled_agreement(pair / "base", pair / "head")


def test_same_findings_with_and_without_settled_classes(tmp_path, monkeypatch):
    root = _pair_with_reexports(tmp_path)
    pairs = [(root / "old", root / "new")] + [(p / "base", p / "head") for p in _pairs()]
    with_settled = [[f.to_json() for f in compare_dirs(b, h)] for b, h in pairs]
    monkeypatch.setattr(Settled, "same", lambda self, target: False)
    assert with_settled == [[f.to_json() for f in compare_dirs(b, h)] for b, h in pairs]
    assert any(f["object"] == "pkg.Thing.run" or f["object"].endswith("run") for f in with_settled[0])


def _report(old_dir: Path, new_dir: Path, lend: bool) -> tuple[list, list]:
    if lend:  # linked as a pair: the head side borrows from the base side
        b, h = load_sides([(DirectorySnapshot(old_dir), "base"), (DirectorySnapshot(new_dir), "head")])
    else:
        b, h = load_side(DirectorySnapshot(old_dir), role="base"), load_side(DirectorySnapshot(new_dir), role="head")
    findings, problems = compare_loaded(b, h)
    return [f.to_json() for f in findings], [(p.path, p.message, p.side) for p in problems]


def test_a_head_side_linked_with_borrowing_gives_the_same_report(tmp_path):
    root = _pair_with_reexports(tmp_path)
    (root / "new" / "pkg" / "broken.py").write_text("from .nowhere import gone\n\n\nclass K:\n    pass\n")
    (root / "old" / "pkg" / "broken.py").write_text("from .nowhere import gone\n\n\nclass K:\n    pass\n")
    b, h = load_sides([(DirectorySnapshot(root / "old"), "base"), (DirectorySnapshot(root / "new"), "head")])
    assert h.model.lender is not None
    assert h.model._ns["pkg.models"] is b.model._ns["pkg.models"]  # an unchanged module's namespace: borrowed
    assert h.model._ns["pkg.changing"] is not b.model._ns["pkg.changing"]  # the changed one's: built
    pairs = [(root / "old", root / "new")] + [(p / "base", p / "head") for p in _pairs()]
    for old_dir, new_dir in pairs:
        assert _report(old_dir, new_dir, lend=True) == _report(old_dir, new_dir, lend=False), old_dir
