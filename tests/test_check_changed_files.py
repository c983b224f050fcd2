"""The changed-files check: classification of paths and the report's table of changes."""

from __future__ import annotations

import pytest
from helpers.checkrepo import make_context

from changeproof import model
from changeproof.checks.changed_files import CHECK, changes, classify, package_dirs
from changeproof.config import Config

EXPECTED = {
    # production
    "netra_backend/app/services/websocket_manager.py": "production",
    "netra_backend/app/agents/supervisor/agent_registry.py": "production",
    "src/changeproof/git.py": "production",
    "stubs/mylib.pyi": "production",
    "pkg/_speedups.pyx": "production",
    "scripts/migrate.py": "production",
    # test
    "auth_service/tests/test_oauth.py": "test",
    "auth_service/tests/fixtures/users.json": "test",
    "tests/e2e/test_login_flow.py": "test",
    "tests/e2e/README.md": "test",
    "netra_backend/tests/conftest.py": "test",
    "conftest.py": "test",
    "pkg/test_utils.py": "test",
    "pkg/utils_test.py": "test",
    "app/tests.py": "test",
    "test/unit/data.yaml": "test",
    "testing/helpers.py": "test",
    # docs
    "reports/websocket_audit_2025.md": "docs",
    "reports/nested/analysis.md": "docs",
    "README.md": "docs",
    "docs/index.rst": "docs",
    "docs/conf.py": "docs",
    "docs/diagram.png": "docs",
    "LICENSE": "docs",
    "CHANGELOG.md": "docs",
    "CHANGES.rst": "docs",
    "AUTHORS.txt": "docs",
    "notes.txt": "docs",
    "mkdocs.yml": "docs",
    # ci
    ".github/workflows/ci.yml": "ci",
    ".github/actions/setup/action.yaml": "ci",
    ".gitlab-ci.yml": "ci",
    ".circleci/config.yml": "ci",
    "azure-pipelines.yml": "ci",
    "Jenkinsfile": "ci",
    ".pre-commit-config.yaml": "ci",
    "tox.ini": "ci",
    "noxfile.py": "ci",
    # dependencies
    "requirements.txt": "dependencies",
    "requirements-dev.txt": "dependencies",
    "requirements/base.txt": "dependencies",
    "requirements/prod.in": "dependencies",
    "auth_service/requirements.txt": "dependencies",
    "docs/requirements.txt": "dependencies",
    "constraints.txt": "dependencies",
    "poetry.lock": "dependencies",
    "uv.lock": "dependencies",
    "Pipfile": "dependencies",
    "Pipfile.lock": "dependencies",
    "environment.yml": "dependencies",
    # config
    "pyproject.toml": "config",
    "setup.cfg": "config",
    "setup.py": "config",
    "netra_backend/pyproject.toml": "config",
    "config/settings.yaml": "config",
    "deploy/values.yml": "config",
    "alembic.ini": "config",
    ".env.example": "config",
    ".env": "config",
    "Dockerfile": "config",
    "deploy/Dockerfile.backend": "config",
    "docker-compose.yml": "config",
    "docker-compose.staging.yml": "config",
    "Makefile": "config",
    "MANIFEST.in": "config",
    "package.json": "config",
    ".gitignore": "config",
    # other
    "assets/logo.png": "other",
    "frontend/src/App.tsx": "other",
    "data/sample.csv": "other",
    "scripts/deploy.sh": "other",
    "subdir/notes.txt": "other",
}


def test_default_classification_of_a_realistic_tree():
    config = Config()
    got = {p: classify(p, config) for p in EXPECTED}
    wrong = {p: (got[p], want) for p, want in EXPECTED.items() if got[p] != want}
    assert not wrong, wrong


def test_package_data_next_to_python_code_is_production():
    packages = package_dirs(["netra_backend/__init__.py", "netra_backend/app/__init__.py", "src/pkg/__init__.py",
                             "tests/__init__.py"])
    config = Config()
    assert classify("netra_backend/app/templates/email.html", config, packages=packages) == "production"
    assert classify("netra_backend/app/prompts/agents.yaml", config, packages=packages) == "production"
    assert classify("src/pkg/schemas/report.json", config, packages=packages) == "production"
    assert classify("src/pkg/py.typed", config, packages=packages) == "production"
    # named config files stay config, docs stay docs, tests stay tests, even inside a package
    assert classify("netra_backend/Dockerfile", config, packages=packages) == "config"
    assert classify("netra_backend/.env.example", config, packages=packages) == "config"
    assert classify("netra_backend/app/README.md", config, packages=packages) == "docs"
    assert classify("tests/data/sample.json", config, packages=packages) == "test"
    # outside any package: not package data
    assert classify("data/sample.json", config, packages=packages) == "config"
    assert classify("data/sample.csv", config, packages=packages) == "other"


def test_configured_globs_win_over_the_defaults():
    config = Config(classify={"test": ["qa/**", "**/e2e_*.py"], "docs": ["reports/"], "production": ["tools/*.sh"],
                              "other": ["docs/generated/**"]})
    assert classify("qa/smoke/check_login.py", config) == "test"
    assert classify("e2e_checkout.py", config) == "test"  # `**/` also matches no directory
    assert classify("app/flows/e2e_checkout.py", config) == "test"
    assert classify("reports/q3/summary.html", config) == "docs"  # a trailing `/` covers everything under it
    assert classify("tools/release.sh", config) == "production"
    assert classify("docs/generated/api.md", config) == "other"
    # unmatched paths fall through to the defaults
    assert classify("app/main.py", config) == "production"
    assert classify("docs/index.md", config) == "docs"


def test_changes_and_summary_from_a_real_repository(tmp_path):
    base = {
        "app/__init__.py": "",
        "app/core.py": "def f():\n    return 1\n",
        "app/old_name.py": "X = 1\nY = 2\nZ = 3\n",
        "tests/test_core.py": "def test_f():\n    assert True\n",
        "docs/guide.md": "# Guide\n",
        "assets/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00binary",
    }
    head = {
        "app/core.py": "def f():\n    return 2\n\n\ndef g():\n    return 3\n",
        "app/old_name.py": None,
        "app/new_name.py": "X = 1\nY = 2\nZ = 3\n",
        "app/data/defaults.json": '{"a": 1}\n',
        "tests/test_core.py": None,
        "tests/test_new.py": "import json\n\n\ndef test_defaults_load():\n    assert json.loads('{}') == {}\n",
        "reports/audit.md": "# Audit\n\nAll good.\n",
        "requirements.txt": "requests>=2\n",
        ".github/workflows/ci.yml": "on: push\n",
        "assets/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00binary2",
    }
    ctx = make_context(tmp_path, base, head)
    got = {c.path: c for c in changes(ctx)}
    assert all(isinstance(c, model.Change) for c in got.values())
    assert got["app/core.py"].status == "modified" and got["app/core.py"].category == "production"
    assert (got["app/core.py"].added, got["app/core.py"].removed) == (5, 1)
    assert got["app/new_name.py"].status == "renamed" and got["app/new_name.py"].old_path == "app/old_name.py"
    assert got["app/data/defaults.json"].category == "production"  # package data
    assert got["tests/test_core.py"].status == "deleted" and got["tests/test_core.py"].category == "test"
    assert got["tests/test_new.py"].category == "test"
    assert got["reports/audit.md"].category == "docs"
    assert got["requirements.txt"].category == "dependencies"
    assert got[".github/workflows/ci.yml"].category == "ci"
    assert got["assets/logo.png"].category == "other" and got["assets/logo.png"].added is None

    check = CHECK()
    assert check.run(ctx) == []
    summary = check.outcome([])
    assert summary.startswith("9 files: 3 production, 2 test, 1 docs, 1 ci, 1 dependencies, 1 other; +")
    added = sum(c.added or 0 for c in got.values())
    removed = sum(c.removed or 0 for c in got.values())
    assert summary.endswith(f"; +{added} -{removed} lines (1 binary)")


def test_classification_follows_the_projects_configuration(tmp_path):
    pyproject = '[project]\nname = "x"\n\n[tool.changeproof]\nclassify = {test = ["qa/**"], docs = ["reports/**"]}\n'
    ctx = make_context(tmp_path, {"pyproject.toml": pyproject}, {"qa/smoke.py": "x = 1\n", "reports/q3.html": "<p>\n"})
    assert {c.path: c.category for c in changes(ctx)} == {"qa/smoke.py": "test", "reports/q3.html": "docs"}


@pytest.mark.parametrize("head", [{}])
def test_an_empty_change(tmp_path, head):
    ctx = make_context(tmp_path, {"a.py": "x = 1\n"}, head)
    check = CHECK()
    assert check.run(ctx) == []
    assert check.outcome([]) == "no files changed"
    assert changes(ctx) == []


def test_benchmarks_and_examples_are_not_production():
    from changeproof.checks.changed_files import classify
    from changeproof.config import Config

    assert classify("benchmarks/corpus/cases/01/old/pkg/mod.py", Config()) == "other"
    assert classify("examples/quickstart.py", Config()) == "other"
    assert classify("src/pkg/examples.py", Config()) == "production"
