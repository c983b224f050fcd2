"""The faster paths of the static checks give the answers of the slow ones: calls found by name, statements in
ast.walk's order, nesting depth, definitions compared by lines, trees let go and what the checks derive from
them kept, the runner's prefetch changing nothing in a report."""

from __future__ import annotations

import ast
import re

import changeproof.catalog  # noqa: F401  (the catalog imports every check)
from changeproof import astutil, project
from changeproof.checks.api import definitions
from changeproof.checks.call_sites.scan import CallNames
from changeproof.runner import run_checks
from tests.helpers.checkrepo import make_context, make_repo

TEXT = """\
import os
def caller(x):
    foo(1); x.bar (2)
    foobar(3)  # not foo
    _foo(4)
    1foo
    baz\t(5)
    print("foo(")
    café(6)
    q = [foo
         (7)]
"""


def _alternation_lines(text: str, names: set[str]) -> list[int]:
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\s*\(")
    out: list[int] = []
    for m in pattern.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        if not out or out[-1] != line:
            out.append(line)
    return out


def test_call_names_find_the_lines_the_alternation_finds():
    many = {f"name{i}" for i in range(200)}
    for names in ({"foo"}, {"foo", "bar", "baz", "café"}, many | {"foo", "bar", "baz", "café"}, many | {"bar"},
                  many | {"foo", "a-b"}):  # "a-b": not a run of word characters, keeps the alternation
        assert CallNames(names).lines(TEXT.encode()) == _alternation_lines(TEXT, names), names
    assert CallNames(many | {"foo"}).lines(TEXT.encode()) == [3, 8, 10]


STATEMENTS = """\
match x:
    case 1:
        from . import a
    case _:
        if y:
            from .b import c
try:
    from . import d
except* E:
    from . import e
else:
    import f
finally:
    from . import g
class K:
    def m(self):
        from .. import h; from . import i
    lam = lambda: 1
async def z():
    async with a: from . import k
    async for q in r: pass
    else: from . import l
"""


def test_statements_are_ast_walk_order_restricted_to_statements():
    tree = ast.parse(STATEMENTS)
    kinds = (ast.stmt, ast.excepthandler, ast.match_case)
    assert [id(n) for n in astutil.statements(tree) if isinstance(n, kinds)] == \
        [id(n) for n in ast.walk(tree) if isinstance(n, kinds)]
    assert all(isinstance(n, (ast.Module, *kinds)) for n in astutil.statements(tree))


def _depth(node: ast.AST) -> int:
    return 1 + max((_depth(c) for c in ast.iter_child_nodes(node)), default=0)


def test_too_deep_at_the_boundary():
    for terms in (120, 245, 248, 249, 250, 251, 260):
        tree = ast.parse("x = " + " + ".join(["a"] * terms))
        assert astutil.too_deep(tree) == (_depth(tree) - 1 > astutil.MAX_DEPTH), terms


def _facts(base: str, head: str) -> dict:
    old = definitions._defs(ast.parse(base), base)
    new = definitions._defs(ast.parse(head), head)
    return {n: new[n].same(old[n]) for n in new if n in old}


def test_definitions_compared_by_lines_then_by_tree():
    base = "def f():\n    return 1\n\n\nclass C:\n    def m(self):\n        '''doc'''\n        return 2\n"
    moved = "\n\n" + base.replace("'''doc'''", "'''other doc'''")
    assert _facts(base, moved) == {"f": True, "C.m": True, "C": True}
    changed = base.replace("return 2", "return 3")
    assert _facts(base, changed) == {"f": True, "C.m": False, "C": True}
    # a form feed is no line end for the parser: the lines of `g` are its own, its change is seen
    ff_base = "x = 1 \x0c\ndef g():\n    return 1\n"
    ff_head = "x = 1 \x0c\ndef g():\n    return 2\n"
    assert _facts(ff_base, ff_head) == {"g": False}
    decorated = "@dec(1)\ndef h():\n    pass\n"
    assert _facts(decorated, decorated.replace("dec(1)", "dec(2)")) == {"h": False}


def test_trees_let_go_and_derived_facts_kept(tmp_path, monkeypatch):
    files = {f"pkg/m{i}.py": f"from . import m{i + 1}\n" * 50 for i in range(8)}
    files["pkg/__init__.py"] = ""
    head = {p: t + "x = 1\n" for p, t in files.items() if p != "pkg/__init__.py"}
    ctx = make_context(tmp_path, files, head)
    monkeypatch.setattr(project, "_TREE_BUDGET", 1)  # keep only the last few trees
    calls: list[str] = []

    def count(side, path):
        calls.append(path)
        tree = side.ast(path)
        return len(tree.body) if tree is not None else None

    side = ctx.project.head
    paths = sorted(head)
    first = [side.derived(count, p) for p in paths]
    assert len(side.project._trees) == project._KEEP_AT_LEAST
    assert [side.derived(count, p) for p in paths] == first == [51] * 8
    assert calls == paths  # computed once per file, though the trees were let go
    assert all(side.parses(p) for p in paths) and side.ast(paths[0]) is not None  # parsed again on demand
    ctx.close()


REPO_BASE = {
    "pyproject.toml": "[project]\nname = 'shop'\nversion = '1.0'\n",
    "shop/__init__.py": "",
    "shop/api.py": "import logging\nlog = logging.getLogger(__name__)\n\ndef price(a, b):\n    return a + b\n",
    "shop/views.py": "from .api import price\n\nasync def show():\n    return price(1, 2)\n",
    "shop/broken.py": "def ok():\n    return 1\n",
}
REPO_HEAD = {
    "shop/api.py": "import logging\nlog = logging.getLogger(__name__)\n\ndef price(a, b, c):\n"
                   "    log.info('price')\n    return a + b + c\n",
    "shop/views.py": "import time\nfrom .api import price\n\nasync def show():\n    time.sleep(1)\n"
                     "    return price(1, 2)\n",
    "shop/broken.py": "def ok(:\n    return 1\n",
    "shop/extra.py": "from . import api\n\ndef price():\n    return 0\n",
}


def _report(tmp_path, name, monkeypatch, prefetch: bool) -> dict:
    from changeproof import runner

    if not prefetch:
        monkeypatch.setattr(runner, "_prefetch", lambda ctx, checks: None)
    (tmp_path / name).mkdir()
    repo = make_repo(tmp_path / name, REPO_BASE, REPO_HEAD)
    rev = {t: runner.git.resolve(repo, t) for t in ("base", "head")}
    report = run_checks(repo, "base", rev["base"], "head", rev["head"])
    return {"findings": sorted((f.kind, f.path, f.line, f.message, f.preexisting) for f in report.findings),
            "problems": sorted((p.path, p.message, p.side or "") for p in report.problems),
            "checks": [(c.name, c.status, c.summary) for c in report.checks],
            "facts": sorted(repr((f.check, f.name, f.value)) for f in report.facts)}


def test_prefetch_changes_nothing_in_the_report(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with_prefetch = _report(tmp_path / "a", "r", monkeypatch, prefetch=True)
    without = _report(tmp_path / "b", "r", monkeypatch, prefetch=False)
    assert with_prefetch == without
    kinds = {k for k, *_ in with_prefetch["findings"]}
    assert {"call-site-broken", "blocking-call-in-async", "logging-added"} <= kinds, kinds
    assert any("broken.py" in p for p, *_ in with_prefetch["problems"])
