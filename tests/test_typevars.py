"""Type variables in signatures: rigid when both sides are generic (renaming is not a change), solved by the
caller (up to their bound) when only one side is."""

from __future__ import annotations

from pathlib import Path

from changeproof.api import compare_dirs

HEAD = "from typing import Hashable, Iterable, List, Optional, TypeVar, Union\n\nT = TypeVar('T')\nU = TypeVar('U')\nH = TypeVar('H', bound=Hashable)\n\n"


def findings(tmp_path: Path, old: str, new: str) -> set[tuple[str, str, str | None]]:
    for side, body in (("old", old), ("new", new)):
        d = tmp_path / side / "pkg"
        d.mkdir(parents=True)
        (d / "__init__.py").write_text(HEAD + body)
    return {(f.kind, f.severity, f.parameter) for f in compare_dirs(tmp_path / "old", tmp_path / "new") if f.severity != "info"}


def test_return_made_optional_widens(tmp_path):
    assert findings(tmp_path, "def get(x: T) -> T: ...\n", "def get(x: T) -> Optional[T]: ...\n") == {("return-type-widened", "breaking", None)}


def test_parameter_fixed_to_a_concrete_type_narrows(tmp_path):
    assert ("parameter-type-narrowed", "breaking", "x") in findings(tmp_path, "def f(x: T) -> T: ...\n", "def f(x: int) -> T: ...\n")


def test_renaming_a_type_variable_is_not_a_change(tmp_path):
    assert findings(tmp_path, "def f(x: T, y: List[T]) -> Union[T, int]: ...\n", "def f(x: U, y: List[U]) -> Union[U, int]: ...\n") == set()


def test_generalising_to_a_bounded_type_variable_is_compatible(tmp_path):
    old = "def unique(items: Iterable[Hashable]) -> List[Hashable]: ...\n"
    new = "def unique(items: Iterable[H]) -> List[H]: ...\n"
    assert findings(tmp_path, old, new) == set()


def test_a_bound_still_limits_what_is_accepted(tmp_path):
    # before: any object; after: only Hashable values solve H
    found = findings(tmp_path, "def f(x: object) -> None: ...\n", "def f(x: H) -> None: ...\n")
    assert {(k, p) for k, _, p in found} == {("parameter-type-narrowed", "x")}
