"""The architecture check on real two-commit repositories: import-linter on both trees, relative imports,
duplicate definitions."""

from __future__ import annotations

import subprocess

import pytest

import changeproof.catalog  # noqa: F401  (the catalog imports every check)
from changeproof.checks import architecture
from changeproof.checks.architecture import CHECK
from changeproof.catalog import RULES
from tests.helpers.checkrepo import make_context

INDEPENDENT = """\
[project]
name = "platform"

[tool.changeproof.architecture]
independent = ["auth_service", "netra_backend"]
"""

SERVICES = {
    "pyproject.toml": INDEPENDENT,
    "auth_service/__init__.py": "",
    "auth_service/core/__init__.py": "",
    "auth_service/core/tokens.py": "def validate_token(token):\n    return bool(token)\n",
    "netra_backend/__init__.py": "",
    "netra_backend/routes/__init__.py": "",
    "netra_backend/routes/login.py": "from netra_backend.clients import AuthClient\n\n\ndef login():\n    return AuthClient()\n",
    "netra_backend/clients.py": "class AuthClient:\n    pass\n",
    # already broken at base: not the change's doing
    "netra_backend/legacy.py": "from auth_service.core import tokens\n\n\ndef old():\n    return tokens\n",
}


def run(ctx):
    try:
        return CHECK().run(ctx)
    finally:
        ctx.close()


def active(findings, kind):
    return [f for f in findings if f.kind == kind and not f.preexisting]


def test_kinds_registered_with_category():
    assert RULES["boundary-violation"].severity == "breaking"
    assert RULES["relative-import-added"].severity == "risk"
    assert RULES["duplicate-definition"].severity == "risk"
    assert {RULES[k].category for k in ("boundary-violation", "relative-import-added", "duplicate-definition")} == {
        "architecture"}


def test_cross_service_import_found_preexisting_and_type_checking_apart(tmp_path):
    head = {
        "netra_backend/routes/login.py": (
            "from netra_backend.clients import AuthClient\n"
            "from auth_service.core.tokens import validate_token\n\n\n"
            "def login(token):\n    return validate_token(token) and AuthClient()\n"),
        # the pre-existing import moves down two lines: still pre-existing
        "netra_backend/legacy.py": "\"\"\"Legacy.\"\"\"\n\nfrom auth_service.core import tokens\n\n\ndef old():\n    return tokens\n",
        "netra_backend/typing_only.py": (
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from auth_service.core.tokens import validate_token\n"),
    }
    findings = run(make_context(tmp_path, SERVICES, head))
    new = active(findings, "boundary-violation")
    by_path = {f.path: f for f in new}
    assert set(by_path) == {"netra_backend/routes/login.py", "netra_backend/typing_only.py"}
    f = by_path["netra_backend/routes/login.py"]
    assert (f.line, f.severity, f.object) == (2, "breaking", "netra_backend.routes.login")
    assert f.new == "from auth_service.core.tokens import validate_token"
    assert "independent: auth_service, netra_backend" in f.message and "independence" in f.message
    assert "[tool.changeproof.architecture]" in f.message
    tc = by_path["netra_backend/typing_only.py"]
    assert (tc.line, tc.severity) == (4, "risk") and "TYPE_CHECKING" in tc.message
    pre = [f for f in findings if f.kind == "boundary-violation" and f.preexisting]
    assert [(f.path, f.line) for f in pre] == [("netra_backend/legacy.py", 3)]


def test_no_new_violation_means_base_is_not_linted(tmp_path, monkeypatch):
    calls = []
    real = architecture._lint

    def spy(ctx, tree, roots, tops, configs, tmp, side, query=()):
        calls.append(side)
        return real(ctx, tree, roots, tops, configs, tmp, side, query)

    monkeypatch.setattr(architecture, "_lint", spy)
    base = {k: v for k, v in SERVICES.items() if k != "netra_backend/legacy.py"}
    findings = run(make_context(tmp_path, base, {"netra_backend/clients.py": "class AuthClient:\n    x = 1\n"}))
    assert findings == [] and calls == ["head"]


LAYERED_PYPROJECT = """\
[project]
name = "shop"

[tool.importlinter]
root_package = "shop"

[[tool.importlinter.contracts]]
name = "shop layers"
type = "layers"
layers = ["shop.api", "shop.services", "shop.db"]
"""

SHOP = {
    "pyproject.toml": LAYERED_PYPROJECT,
    "src/shop/__init__.py": "",
    "src/shop/api.py": "from shop.services import checkout\n\nROUTES = [checkout]\n",
    "src/shop/services.py": "from shop.db import save\n\n\ndef checkout():\n    save()\n",
    "src/shop/db.py": "def save():\n    pass\n",
}


def test_layers_contract_from_importlinter_config_in_src_layout(tmp_path):
    head = {"src/shop/db.py": "def save():\n    from shop.services import checkout\n    return checkout\n"}
    findings = run(make_context(tmp_path, SHOP, head))
    [f] = findings
    assert (f.kind, f.path, f.line, f.severity) == ("boundary-violation", "src/shop/db.py", 2, "breaking")
    assert "'shop layers'" in f.message and "layers" in f.message and "pyproject.toml" in f.message
    assert "shop.db -> shop.services" in f.message or "`shop.db` imports `shop.services`" in f.message


def test_indirect_chain_reported_at_the_new_link(tmp_path):
    base = dict(SHOP, **{"src/shop/helpers.py": "from shop.api import ROUTES\n"})  # helpers -> api is allowed
    findings = run(make_context(tmp_path, base, {"src/shop/db.py": "import shop.helpers\n\n\ndef save():\n    pass\n"}))
    [f] = findings
    assert (f.path, f.line, f.new, f.preexisting) == ("src/shop/db.py", 1, "import shop.helpers", False)
    assert "import chain: shop.db -> shop.helpers -> shop.api" in f.message


def test_forbidden_external_package_and_package_added_at_head(tmp_path):
    pyproject = '[tool.changeproof.architecture]\nforbidden = [{source = "billing.api", forbidden = ["requests"]}]\n'
    base = {"pyproject.toml": pyproject, "README.md": "x\n"}
    head = {"billing/__init__.py": "", "billing/api.py": "import requests\n\n\ndef pay():\n    requests.post('x')\n"}
    findings = run(make_context(tmp_path, base, head))
    [f] = active(findings, "boundary-violation")
    assert (f.path, f.line, f.new) == ("billing/api.py", 1, "import requests")
    assert "billing.api must not import requests" in f.message


def test_a_foreign_copy_on_pythonpath_is_never_consulted(tmp_path, monkeypatch):
    # a different copy of netra_backend on the user's PYTHONPATH (as an installed/editable copy would be)
    other = tmp_path / "elsewhere"
    (other / "netra_backend").mkdir(parents=True)
    (other / "netra_backend" / "__init__.py").write_text("")
    monkeypatch.setenv("PYTHONPATH", str(other))
    seen = []
    real_run = subprocess.run

    def spy(cmd, *args, **kwargs):
        if "-c" in cmd:
            seen.append(cmd)
        return real_run(cmd, *args, **kwargs)

    monkeypatch.setattr(architecture.subprocess, "run", spy)
    # at base netra_backend is a namespace package (no __init__.py), so the regular copy elsewhere wins
    base = {k: v for k, v in SERVICES.items() if k not in ("netra_backend/__init__.py", "netra_backend/legacy.py")}
    head = {"netra_backend/__init__.py": "",
            "netra_backend/routes/login.py": "from auth_service.core.tokens import validate_token\n"}
    ctx = make_context(tmp_path, base, head)
    findings = run(ctx)
    # the linting interpreter is isolated (-I: PYTHONPATH ignored) and searches only the tree's import roots, so
    # the tree's namespace package is what is linted, at base as at head: the new import is found
    assert [f.kind for f in findings] == ["boundary-violation"]
    assert not [p for p in ctx.problems if "isolated" in p.message]
    assert len(seen) == 2 and all(cmd[1:3] == ["-I", "-B"] for cmd in seen)


def test_runner_rejects_a_tree_whose_package_resolves_elsewhere(tmp_path):
    other = tmp_path / "installed"
    (other / "pkg").mkdir(parents=True)
    (other / "pkg" / "__init__.py").write_text("")
    tree = tmp_path / "tree"
    (tree / "pkg").mkdir(parents=True)
    (tree / "pkg" / "__init__.py").write_text("")
    work = tmp_path / "work"
    work.mkdir()
    ctx = make_context(tmp_path, {"a.txt": "x\n"}, {})
    try:
        # the import root given is wrong (the installed copy): the verification must say so
        result = architecture._lint(ctx, other, [""], ["pkg"], [], work, "base")
        assert result["isolation"] == []  # resolves inside the tree it was asked about
        result = architecture._lint(ctx, tree, [str(other)], ["pkg"], [], work, "base")
        assert result["isolation"] and "outside the tree" in result["isolation"][0]
    finally:
        ctx.close()


def test_invalid_contract_and_missing_root_package_are_problems(tmp_path):
    pyproject = '[tool.changeproof.architecture]\nindependent = ["alpha", "ghost"]\n'
    base = {"pyproject.toml": pyproject, "alpha/__init__.py": ""}
    ctx = make_context(tmp_path, base, {"alpha/x.py": "import os\n"})
    findings = run(ctx)
    assert findings == []
    assert any("ghost" in p.message and "not found at head" in p.message for p in ctx.problems)


# ------------------------------------------------------------------------------------------ static parts

APP = {
    "app/__init__.py": "",
    "app/core.py": "from app import util\n\n\nclass WebSocketManager:\n    pass\n\n\ndef main():\n    pass\n",
    "app/util.py": "import os\nfrom app.core import WebSocketManager\n\n\ndef util():\n    pass\n",
    "app/api/__init__.py": "from app.api import routes\n",
    "app/api/routes.py": "from app.core import WebSocketManager\nfrom app import util\n",
    "tests/test_core.py": "from .helpers import x\n",  # tests do not count
}


def test_relative_import_added_in_absolute_project_and_no_contracts_note(tmp_path):
    head = {
        "app/api/routes.py": "from app.core import WebSocketManager\nfrom app import util\nfrom ..util import os\n",
        "tests/test_core.py": "from .helpers import x\nfrom .other import y\n",
    }
    check = CHECK()
    ctx = make_context(tmp_path, APP, head)
    try:
        findings = check.run(ctx)
    finally:
        ctx.close()
    [f] = findings
    assert (f.kind, f.path, f.line, f.severity) == ("relative-import-added", "app/api/routes.py", 3, "risk")
    assert f.new == "from ..util import os"
    assert "5 of 5 in-project imports (100%)" in f.message and "from app.util import os" in f.message
    assert "no import contracts" in check.outcome(findings)


def test_relative_import_moved_or_in_mixed_project_not_reported(tmp_path):
    extra = "".join(f"from app.core import main as m{i}\n" for i in range(5))
    base = dict(APP, **{"app/util.py": "import os\nfrom .core import WebSocketManager\n",  # 1 of 10 relative
                        "app/extra.py": extra})
    head = {"app/util.py": "import os\nimport sys\nfrom .core import WebSocketManager\n",  # moved: same text
            "app/api/routes.py": "from app.core import WebSocketManager\nfrom . import routes as again\n"}
    findings = run(make_context(tmp_path, base, head))
    [f] = findings  # only the genuinely new one, and as info: base already had a relative import
    assert (f.path, f.line, f.severity) == ("app/api/routes.py", 2, "info")
    assert "9 of 10 in-project imports (90%)" in f.message
    mixed = dict(APP, **{"app/util.py": "from .core import WebSocketManager\n",
                         "app/api/routes.py": "from ..core import WebSocketManager\n"})
    (tmp_path / "m").mkdir()
    assert run(make_context(tmp_path / "m", mixed, {"app/x.py": "from .core import main\n"})) == []


def test_duplicate_definition_added(tmp_path):
    head = {
        "app/realtime.py": ("class WebSocketManager:\n    pass\n\n\ndef main():\n    pass\n\n\n"
                            "def _helper():\n    pass\n\n\ndef broadcast():\n    pass\n\n\ndef util():\n    pass\n"),
        # an existing definition edited in place is not new
        "app/core.py": "from app import util\n\n\nclass WebSocketManager:\n    x = 1\n\n\ndef main():\n    pass\n",
        "tests/test_realtime.py": "class WebSocketManager:\n    pass\n",
    }
    findings = run(make_context(tmp_path, APP, head))
    [f] = findings
    assert (f.kind, f.path, f.line, f.object) == ("duplicate-definition", "app/realtime.py", 1, "app.realtime.WebSocketManager")
    assert "app/core.py:4" in f.message and "tests/" not in f.message


def test_unparsable_changed_file_is_a_problem_not_a_traceback(tmp_path):
    ctx = make_context(tmp_path, APP, {"app/broken.py": "def oops(:\n"})
    assert run(ctx) == []
    assert any(p.path == "app/broken.py" and "cannot parse" in p.message for p in ctx.problems)


@pytest.mark.parametrize("layout", ["setup.cfg", ".importlinter"])
def test_ini_configurations_are_read(tmp_path, layout):
    section = "[importlinter]\nroot_package = shop\n\n[importlinter:contract:one]\nname = no db in api\n" \
              "type = forbidden\nsource_modules =\n    shop.api\nforbidden_modules =\n    shop.db\n"
    base = {layout: section, "shop/__init__.py": "", "shop/api.py": "", "shop/db.py": ""}
    findings = run(make_context(tmp_path, base, {"shop/api.py": "import os\nfrom shop import db\n"}))
    [f] = findings
    assert (f.path, f.line, f.kind) == ("shop/api.py", 2, "boundary-violation") and "no db in api" in f.message


def test_worktree_head_leaves_no_files_behind(tmp_path):
    head = {"netra_backend/routes/login.py": "from auth_service.core.tokens import validate_token\n"}
    ctx = make_context(tmp_path, SERVICES, head, commit_head=False)
    findings = run(ctx)
    assert [(f.path, f.line) for f in active(findings, "boundary-violation")] == [("netra_backend/routes/login.py", 1)]
    status = subprocess.run(["git", "-C", str(ctx.repo), "status", "--porcelain", "--untracked-files=all"],
                            capture_output=True, text=True, check=True).stdout
    assert status.split() == ["M", "netra_backend/routes/login.py"]  # no cache, no __pycache__
