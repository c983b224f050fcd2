"""Tests that look removed but are not: renamed in their file, or given new parameters.

A node id collected at base and not at head is lost evidence (``test-removed``) unless the test is still there
under another id:

* **re-parametrised**: the same test function (same file, class and name) is collected at head with other
  parameter ids (``test_add[1-2]`` at base, ``test_add[small]`` at head; or a plain test that became
  parametrised). Its cases are compared as a group: fewer cases at head is lost evidence (risk), otherwise info.
* **renamed**: a test function gone at head and a test function new at head, in the same file (after git's
  file renames), whose definitions are the same apart from the name: same parameters, decorators and body,
  compared as syntax trees (so comments and formatting do not matter). The match must be one to one: a body
  that fits several new functions (or several gone ones) is not a rename.

Functions are found from the node id's path and its ``::``-separated names (classes, then the function) in the
file's source on each side; tests that are not Python functions in that file (doctests, generated items) are
never matched, and stay removed.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


def split_id(nodeid: str) -> tuple[str, str, str]:
    """``(path, names, parameters)``: ``tests/t.py::C::test_x[1-2]`` -> ``("tests/t.py", "C::test_x", "[1-2]")``."""
    path, _, rest = nodeid.partition("::")
    if "[" in rest:
        names, _, params = rest.partition("[")
        return path, names, "[" + params
    return path, rest, ""


def function_key(nodeid: str) -> str:
    """The node id without its parameter ids: the test function it comes from."""
    path, names, _ = split_id(nodeid)
    return f"{path}::{names}" if names else path


@dataclass
class Matches:
    renamed: list[dict] = field(default_factory=list)  # {"base": key, "head": key, "cases": n}
    reparametrised: list[dict] = field(default_factory=list)  # {"test", "head_test", "base_cases", "head_cases", "removed", "added"}
    head_to_base: dict[str, str] = field(default_factory=dict)  # head node id -> base node id (renames, same parameters)
    explained: set[str] = field(default_factory=set)  # base node ids that are not removed after all


def _find_function(tree: ast.Module, names: list[str]) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    scope: list[ast.stmt] = tree.body
    for i, name in enumerate(names):
        last = i == len(names) - 1
        found = None
        for node in scope:
            kinds = (ast.FunctionDef, ast.AsyncFunctionDef) if last else (ast.ClassDef,)
            if isinstance(node, kinds) and node.name == name:
                found = node  # the last definition of the name wins, as at import
        if found is None:
            return None
        if last:
            return found  # type: ignore[return-value]
        scope = found.body  # type: ignore[union-attr]
    return None


class _Sources:
    """Parsed test files of one side, and the fingerprint of a test function: its definition without its name."""

    def __init__(self, read: Callable[[str], str | None]):
        self.read = read
        self.trees: dict[str, ast.Module | None] = {}

    def fingerprint(self, key: str) -> str | None:
        path, names, _ = split_id(key)
        if not names:
            return None
        if path not in self.trees:
            text = self.read(path)
            try:
                self.trees[path] = ast.parse(text) if text is not None else None
            except (SyntaxError, ValueError, RecursionError):
                self.trees[path] = None
        tree = self.trees[path]
        fn = _find_function(tree, names.split("::")) if tree is not None else None
        if fn is None:
            return None
        parts = [type(fn).__name__, ast.dump(fn.args)] + [ast.dump(d) for d in fn.decorator_list]
        parts += [ast.dump(s) for s in fn.body]
        return "\n".join(parts)


def match_tests(base_ids: Iterable[str], head_ids: Iterable[str], to_base: Callable[[str], str],
                read_base: Callable[[str], str | None], read_head: Callable[[str], str | None],
                gone: Iterable[str]) -> Matches:
    """Which of ``gone`` (base node ids not collected at head) were renamed or re-parametrised.

    ``to_base`` maps a head node id to its base form (following renamed files); ``read_base`` / ``read_head``
    give a file's text on each side (a head path for ``read_head``)."""
    base_list = list(base_ids)
    head_list = list(head_ids)
    head_base_form = {h: to_base(h) for h in head_list}
    base_set = set(base_list)
    added = [h for h in head_list if head_base_form[h] not in base_set]
    out = Matches()

    base_by_key: dict[str, list[str]] = {}
    for b in base_list:
        base_by_key.setdefault(function_key(b), []).append(b)
    head_by_key: dict[str, list[str]] = {}  # keyed by the base form of the head id's function
    for h in head_list:
        head_by_key.setdefault(function_key(head_base_form[h]), []).append(h)
    gone_by_key: dict[str, list[str]] = {}
    for b in gone:
        gone_by_key.setdefault(function_key(b), []).append(b)
    added_by_key: dict[str, list[str]] = {}
    for h in added:
        added_by_key.setdefault(function_key(head_base_form[h]), []).append(h)

    # the same function, other parameter ids
    for key in sorted(set(gone_by_key) & set(added_by_key)):
        removed, new = sorted(gone_by_key[key]), sorted(added_by_key[key])
        head_key = function_key(new[0])
        out.reparametrised.append({"test": key, "head_test": head_key, "base_cases": len(base_by_key.get(key, [])),
                                   "head_cases": len(head_by_key.get(key, [])), "removed": removed, "added": new})
        out.explained.update(removed)

    # a function gone and a function new in the same file, the same apart from the name
    gone_keys = [k for k in gone_by_key if k not in head_by_key]  # every case of the function is gone
    new_keys = [k for k in added_by_key if k not in base_by_key]  # every case of the function is new
    if gone_keys and new_keys:
        base_src, head_src = _Sources(read_base), _Sources(read_head)
        head_key_of = {k: function_key(added_by_key[k][0]) for k in new_keys}  # base form -> head form
        new_fp: dict[str, str] = {}
        for k in new_keys:
            fp = head_src.fingerprint(head_key_of[k])
            if fp is not None:
                new_fp[k] = fp
        old_fp: dict[str, str] = {}
        for k in gone_keys:
            if any(split_id(k)[0] == split_id(n)[0] for n in new_fp):
                fp = base_src.fingerprint(k)
                if fp is not None:
                    old_fp[k] = fp

        def same_file(a: str, b: str) -> bool:
            return split_id(a)[0] == split_id(b)[0]

        for k, fp in sorted(old_fp.items()):
            news = [n for n, nfp in new_fp.items() if nfp == fp and same_file(k, n)]
            olds = [o for o, ofp in old_fp.items() if ofp == fp and same_file(o, k)]
            if len(news) != 1 or len(olds) != 1:
                continue  # ambiguous: several functions with this definition
            n = news[0]
            cases = sorted(gone_by_key[k])
            out.renamed.append({"base": k, "head": head_key_of[n], "cases": len(cases)})
            out.explained.update(cases)
            by_params = {split_id(b)[2]: b for b in cases}
            for h in added_by_key[n]:
                b = by_params.get(split_id(h)[2])
                if b is not None:
                    out.head_to_base[h] = b
    return out
