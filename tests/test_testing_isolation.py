"""The base run tests the base's code, even when the environment has the project installed editable (from the
working tree, i.e. head): the classic way a "pre-existing" failure is really head's code run twice."""

from __future__ import annotations

import os
import sysconfig
import venv
from pathlib import Path

import pytest
from helpers.checkrepo import make_context

from changeproof.checks.tests import Tests
from changeproof.testing.engine import isolation
from changeproof.testing.run import run_pytest

pytestmark = pytest.mark.slow


def editable_venv(where: Path, project_src: Path) -> str:
    """A fresh venv that sees pytest (a .pth to this environment's site-packages) and has the project
    installed editable the way setuptools/hatch do it for a src layout: a .pth naming ``src/``."""
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(where)
    python = where / "bin" / "python"
    site = next(where.glob("lib/python*/site-packages"))
    (site / "this-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    (site / "__editable__.shop-1.0.pth").write_text(str(project_src) + "\n")
    return str(python)


def test_editable_install_of_head_does_not_leak_into_the_base_run(tmp_path, monkeypatch):
    monkeypatch.setenv("CHANGEPROOF_CACHE_DIR", str(tmp_path / "cache"))
    base = {"pyproject.toml": "[project]\nname = 'shop'\nversion = '1.0'\n",
            "src/shop/__init__.py": "def price(n):\n    return 10 * n\n",
            "tests/test_shop.py": "from shop import price\n\n\ndef test_price():\n    assert price(3) == 30\n"}
    head = {"src/shop/__init__.py": "def price(n):\n    return 10 * n + 1  # a rounding 'fix'\n"}  # same signature
    (tmp_path / "ctx").mkdir()
    ctx = make_context(tmp_path / "ctx", base, head, run_tests=True, test_options={"progress": False, "reruns": 0})
    python = editable_venv(tmp_path / "venv", ctx.repo / "src")
    ctx.test_options["python"] = python
    try:
        check = Tests()
        found = check.run(ctx)
        result = check.result
        # the base run saw base code: the failure is a regression, and the run says it was isolated
        assert result["regressions"] == ["tests/test_shop.py::test_price"]
        assert result["base_isolated"] is True and result["preexisting_failures"] == []
        assert result["details"]["tests/test_shop.py::test_price"]["base_outcome"] == "passed"
        assert [f.kind for f in found] == ["test-regression"] and ctx.problems == []

        # without the base tree first on PYTHONPATH the same run imports the editable (head) code: it fails at
        # base too, and would have been called pre-existing; the isolation check catches exactly that
        base_tree = ctx.tree("base")
        naive = run_pytest(base_tree, python=python, nodeids=["tests/test_shop.py::test_price"], import_check=["shop"],
                           timeout_total=120)
        assert naive.outcomes["tests/test_shop.py::test_price"].outcome == "failed"
        ok, detail = isolation(naive, base_tree)
        assert ok is False
        assert detail == f"shop imports from {os.path.realpath(ctx.repo / 'src' / 'shop' / '__init__.py')}" or \
            detail == f"shop imports from {ctx.repo / 'src' / 'shop' / '__init__.py'}"
    finally:
        ctx.close()
