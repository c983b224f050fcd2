"""The imports check: static resolution of project imports everywhere, and (with --exec) real imports."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers.checkrepo import make_context

from changeproof.checks.imports import CHECK, find_cycle, import_graph

PYPROJECT = '[project]\nname = "wsapp"\nversion = "1"\n'

MANAGER_BASE = '''
class UnifiedWebSocketManager:
    def remove_connection(self, connection_id: str) -> None:
        pass


def get_manager() -> UnifiedWebSocketManager:
    return UnifiedWebSocketManager()


def remove_connection(connection_id: str) -> None:
    get_manager().remove_connection(connection_id)
'''

MANAGER_HEAD = '''
class UnifiedWebSocketManager:
    def remove_connection(self, connection_id: str) -> None:
        pass


def remove_connection(connection_id: str) -> None:
    UnifiedWebSocketManager().remove_connection(connection_id)
'''

ROUTES = '''
from typing import TYPE_CHECKING

from wsapp import UnifiedWebSocketManager, manager
from wsapp.manager import get_manager, remove_connection
from wsapp.manager import never_existed

try:
    from wsapp.extras import fast_path
except ImportError:
    fast_path = None

if TYPE_CHECKING:
    from wsapp.manager import get_manager as typed_get_manager


def disconnect(conn: str) -> None:
    remove_connection(conn)
'''

TEST_BASE = '''
import wsapp.legacy
from wsapp.legacy import old_handler
from wsapp.manager import remove_connection


def test_remove():
    remove_connection("c1")
'''

API_INIT = '''
from ..manager import get_manager
'''


def _base() -> dict[str, str]:
    return {
        "pyproject.toml": PYPROJECT,
        "src/wsapp/__init__.py": "from .manager import UnifiedWebSocketManager\n",
        "src/wsapp/manager.py": MANAGER_BASE,
        "src/wsapp/routes.py": ROUTES,
        "src/wsapp/legacy.py": "def old_handler():\n    pass\n",
        "src/wsapp/api/__init__.py": API_INIT,
        "tests/test_manager.py": TEST_BASE,
    }


def _line(text: str, needle: str) -> int:
    for i, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return i
    raise AssertionError(needle)


@pytest.fixture(scope="module")
def static(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("imports")
    ctx = make_context(tmp, _base(), {"src/wsapp/manager.py": MANAGER_HEAD, "src/wsapp/legacy.py": None})
    check = CHECK()
    findings = check.run(ctx)
    yield ctx, check, findings
    ctx.close()


def test_removed_name(static):
    _, _, findings = static
    [f] = [f for f in findings if f.path == "src/wsapp/routes.py" and f.line == _line(ROUTES, "import get_manager, remove")]
    assert f.kind == "import-broken" and f.severity == "breaking" and not f.preexisting
    assert f.object == "wsapp.manager.get_manager"
    assert "`get_manager` is not defined in `wsapp.manager`" in f.message
    assert f.old.startswith("def get_manager()") and f.new == "from wsapp.manager import get_manager, remove_connection"


def test_relative_import_and_removed_module(static):
    _, _, findings = static
    [rel] = [f for f in findings if f.path == "src/wsapp/api/__init__.py"]
    assert rel.object == "wsapp.manager.get_manager" and rel.line == 2
    tests = sorted((f.line, f.object) for f in findings if f.path == "tests/test_manager.py")
    assert tests == [(2, "wsapp.legacy"), (3, "wsapp.legacy")]
    msg = next(f.message for f in findings if f.path == "tests/test_manager.py")
    assert "module `wsapp.legacy` does not exist" in msg


def test_type_checking_is_risk_and_preexisting_and_optional(static):
    _, check, findings = static
    routes = {f.line: f for f in findings if f.path == "src/wsapp/routes.py"}
    tc = routes[_line(ROUTES, "typed_get_manager")]
    assert tc.severity == "risk" and "TYPE_CHECKING" in tc.message
    pre = routes[_line(ROUTES, "never_existed")]
    assert pre.preexisting
    assert _line(ROUTES, "fast_path") not in routes  # optional import under try/except ImportError
    assert _line(ROUTES, "from wsapp import UnifiedWebSocketManager") not in routes  # re-export and submodule
    assert len(routes) == 3
    assert check.outcome(findings).endswith("5 broken, 1 pre-existing")
    assert "dynamic" not in check.outcome(findings)


def test_cycle_search():
    graph = {"a": [("b", 1)], "b": [("c", 4), ("a", 2)], "c": [("a", 9)]}
    assert find_cycle(graph, "a") == [("a", 1), ("b", 2)]
    assert find_cycle({"a": [("b", 1)], "b": []}, "a") is None


# ------------------------------------------------------------------------------------------------ dynamic

DYN_BASE = {
    "pyproject.toml": PYPROJECT,
    "src/wsapp/__init__.py": "",
    "src/wsapp/manager.py": "class UnifiedWebSocketManager:\n    pass\n",
    "src/wsapp/registry.py": "class Registry:\n    pass\n",
    "src/wsapp/backends.py": "import importlib\n\nDRIVER = importlib.import_module('wsapp.drivers.redis_driver')\n",
    "src/wsapp/drivers/__init__.py": "",
    "src/wsapp/drivers/redis_driver.py": "NAME = 'redis'\n",
    "src/wsapp/slow/__init__.py": "import time\n\ntime.sleep(30)\n",
    "src/wsapp/slow/child.py": "VALUE = 2\n",
    "src/wsapp/zz_last.py": "VALUE = 1\n",
}

DYN_HEAD = {
    "src/wsapp/manager.py": "from wsapp.registry import Registry\n\n\nclass UnifiedWebSocketManager:\n    registry = Registry\n",
    "src/wsapp/registry.py": "from wsapp.manager import UnifiedWebSocketManager\n\n\nclass Registry:\n    pass\n",
    "src/wsapp/drivers/redis_driver.py": None,
}


@pytest.fixture(scope="module")
def dynamic(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dyn")
    ctx = make_context(tmp, DYN_BASE, DYN_HEAD, execute=True, timeout=2.0)
    check = CHECK()
    started = time.monotonic()
    findings = check.run(ctx)
    elapsed = time.monotonic() - started
    yield ctx, check, findings, elapsed
    ctx.close()


def test_dynamic_import_error(dynamic):
    _, _, findings, _ = dynamic
    [f] = [f for f in findings if f.kind == "import-broken"]
    assert f.object == "wsapp.backends" and f.path == "src/wsapp/backends.py" and f.line == 3
    assert f.severity == "breaking"
    assert "imports at base but fails at head: ModuleNotFoundError" in f.message and "wsapp.drivers" in f.message


def test_dynamic_circular_import_names_the_cycle(dynamic):
    _, _, findings, _ = dynamic
    [f] = [f for f in findings if f.kind == "circular-import"]
    assert f.severity == "breaking"
    assert f.new in ("wsapp.manager -> wsapp.registry -> wsapp.manager", "wsapp.registry -> wsapp.manager -> wsapp.registry")
    assert "src/wsapp/manager.py:1 imports `wsapp.registry`" in f.message
    assert "src/wsapp/registry.py:1 imports `wsapp.manager`" in f.message
    assert "partially initialized module" in f.message


def test_dynamic_timeout_is_a_problem_not_a_hang(dynamic):
    ctx, check, _, elapsed = dynamic
    slow = [p for p in ctx.problems if "`wsapp.slow`" in p.message]
    assert {p.side for p in slow} == {"base", "head"}
    assert all("did not finish within 2 s" in p.message and p.path == "src/wsapp/slow/__init__.py" for p in slow)
    # its submodule would hang the same way (the package runs first): not attempted, and said so
    skipped = [p for p in ctx.problems if "not imported at" in p.message]
    assert {p.side for p in skipped} == {"base", "head"} and all("wsapp.slow.child" in p.message for p in skipped)
    assert elapsed < 15
    # modules after the slow one were still imported, in a fresh interpreter
    # (wsapp, backends, drivers, manager, registry, zz_last; redis_driver is gone at head)
    assert check.outcome([]).endswith("; dynamic: 6 modules imported at base and head, 2 failing at head only")


def test_not_isolated(tmp_path: Path):
    # a project module named like a module the interpreter has loaded already: its import resolves elsewhere
    base = {"pyproject.toml": PYPROJECT, "src/stat.py": "X = 1\n"}
    ctx = make_context(tmp_path, base, {"src/stat.py": "X = 2\n"}, execute=True, timeout=10.0)
    try:
        check = CHECK()
        assert check.run(ctx) == []
    finally:
        ctx.close()
    assert any(p.message.startswith("base not isolated: imports resolved to ") for p in ctx.problems)
    assert "dynamic: 0 modules" in check.outcome([])


def test_import_graph_module_level_only(tmp_path: Path):
    ctx = make_context(tmp_path, {"pyproject.toml": PYPROJECT, "src/wsapp/__init__.py": "",
                                  "src/wsapp/a.py": "import wsapp.b\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                                    "    from wsapp import c\n\ndef f():\n    from wsapp import c\n",
                                  "src/wsapp/b.py": "from . import a\n", "src/wsapp/c.py": ""}, {})
    try:
        _, new = ctx.api()
        graph = import_graph(new.model)
    finally:
        ctx.close()
    assert graph["wsapp.a"] == [("wsapp.b", 1)]
    assert graph["wsapp.b"] == [("wsapp.a", 1)]
