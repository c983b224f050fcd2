"""The dependencies check: added, removed and changed requirements across pyproject, setup.cfg, requirements."""

from __future__ import annotations

import pytest
from helpers.checkrepo import make_context

from changeproof.errors import Skip
from changeproof.checks.dependencies import (
    CHECK,
    import_names,
    narrowing,
    poetry_specifier,
)
from changeproof.catalog import RULES


def pyproject(deps: list[str], optional: dict[str, list[str]] | None = None, extra: str = "") -> str:
    text = '[project]\nname = "shop"\nversion = "1.0"\ndependencies = [\n'
    text += "".join(f'    "{d}",\n' for d in deps) + "]\n"
    if optional:
        text += "\n[project.optional-dependencies]\n"
        for name, items in optional.items():
            text += f"{name} = [" + ", ".join(f'"{i}"' for i in items) + "]\n"
    return text + extra


def run(tmp_path, base, head):
    ctx = make_context(tmp_path, base, head)
    check = CHECK()
    findings = check.run(ctx)
    return check, findings, ctx


def by_object(findings):
    return {f.object: f for f in findings}


def test_kinds_are_in_the_catalog():
    assert {k: RULES[k].severity for k in ("dependency-added", "dependency-removed", "dependency-constraint-changed")} == {
        "dependency-added": "info", "dependency-removed": "risk", "dependency-constraint-changed": "info"}
    assert {RULES[k].category for k in ("dependency-added", "dependency-removed")} == {"dependencies"}


def test_added_runtime_is_risk_added_optional_and_group_are_info(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx>=0.27"], {"dev": ["pytest>=8"]})}
    head = {"pyproject.toml": pyproject(["httpx>=0.27", "tenacity>=8.2"], {"dev": ["pytest>=8", "ruff"]},
                                        '\n[dependency-groups]\nlint = ["mypy>=1.10"]\n')}
    check, findings, ctx = run(tmp_path, base, head)
    got = by_object(findings)
    assert set(got) == {"tenacity", "ruff", "mypy"}
    t = got["tenacity"]
    assert (t.kind, t.severity, t.path, t.line, t.new) == ("dependency-added", "risk", "pyproject.toml", 6, "tenacity>=8.2")
    assert "new runtime dependency (runtime)" in t.message
    assert (got["ruff"].severity, got["mypy"].severity) == ("info", "info")
    assert "optional[dev]" in got["ruff"].message and got["ruff"].line == 10
    assert "group[lint]" in got["mypy"].message and got["mypy"].line == 13
    assert ctx.problems == []
    assert check.outcome(findings) == "1 dependency file changed: 3 added, 0 removed, 0 changed"


def test_removed_dependency_still_imported_by_production_code_is_breaking(tmp_path):
    base = {
        "pyproject.toml": pyproject(["httpx>=0.27", "PyYAML>=6", "python-dateutil", "orjson", "rich"]),
        "shop/__init__.py": "",
        "shop/config.py": "import os\nimport yaml\n",
        "shop/times.py": "from dateutil import parser\n",
        "shop/fast.py": "try:\n    import orjson as json\nexcept ImportError:\n    import json\n",
        "tests/test_cli.py": "import rich\n",
    }
    head = {"pyproject.toml": pyproject(["httpx>=0.27"])}
    _, findings, _ = run(tmp_path, base, head)
    got = by_object(findings)
    assert set(got) == {"pyyaml", "python-dateutil", "orjson", "rich"}
    y = got["pyyaml"]
    assert (y.kind, y.severity, y.path, y.line, y.old) == ("dependency-removed", "breaking", "pyproject.toml", 6, "PyYAML>=6")
    assert "shop/config.py:2 `import yaml`" in y.message and "ModuleNotFoundError" in y.message
    assert got["python-dateutil"].severity == "breaking" and "shop/times.py:1" in got["python-dateutil"].message
    assert got["orjson"].severity == "risk" and "guarded" in got["orjson"].message  # try/except ImportError
    assert got["rich"].severity == "risk" and "tests still import it (tests/test_cli.py:1" in got["rich"].message


def test_removed_dependency_nobody_imports_is_risk(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx", "six"]), "shop/__init__.py": "import httpx\n",
            "shop/compat.py": "# six was used here\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import six\n"}
    _, findings, _ = run(tmp_path, base, {"pyproject.toml": pyproject(["httpx"])})
    assert [(f.kind, f.object, f.severity) for f in findings] == [("dependency-removed", "six", "risk")]
    assert "guarded" in findings[0].message


def test_removal_of_a_name_the_repository_provides_itself_is_not_breaking(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx"], {"all": ["shop[fast]", "orjson"]}), "shop/__init__.py": "",
            "shop/api.py": "import shop\n"}
    head = {"pyproject.toml": pyproject(["httpx"], {"all": ["orjson"]})}
    _, findings, _ = run(tmp_path, base, head)
    assert [(f.object, f.severity) for f in findings] == [("shop", "risk")]


def test_moved_from_runtime_to_an_extra_while_still_imported_is_breaking(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx", "redis>=5"]), "shop/__init__.py": "", "shop/cache.py": "import redis\n"}
    head = {"pyproject.toml": pyproject(["httpx"], {"cache": ["redis>=5"]})}
    _, findings, _ = run(tmp_path, base, head)
    got = {(f.kind, f.object): f for f in findings}
    removed = got[("dependency-removed", "redis")]
    assert removed.severity == "breaking" and "still declared in optional[cache]" in removed.message
    assert got[("dependency-added", "redis")].severity == "info"


@pytest.mark.parametrize("old, new, severity, words", [
    (">=1.0", ">=2.0", "risk", ["narrowed", "1.0 was allowed", "new major version"]),
    ("==1.4", "==2.0", "risk", ["narrowed", "from 1.4 to 2.0"]),
    ("==1.4.1", "==1.4.2", "risk", ["narrowed", "1.4.1 was allowed"]),
    (">=1.0,<2", ">=1.0", "info", ["widened", "2 is now allowed"]),
    (">=1.2", ">=1.0", "info", ["widened"]),
    (">=1.0", ">=1.0; python_version < '3.12'", "risk", ["only where"]),
    ("[socks]>=1.0", ">=1.0", "risk", ["extra [socks] no longer requested"]),
])
def test_constraint_changes(tmp_path, old, new, severity, words):
    _, findings, _ = run(tmp_path, {"pyproject.toml": pyproject(["httpx", f"requests{old}"])},
                         {"pyproject.toml": pyproject(["httpx", f"requests{new}"])})
    assert len(findings) == 1
    f = findings[0]
    assert (f.kind, f.object, f.severity, f.line) == ("dependency-constraint-changed", "requests", severity, 6)
    assert (f.old, f.new) == (f"requests{old}", f"requests{new}")
    for w in words:
        assert w in f.message, (w, f.message)


def test_bait_reordering_spacing_comments_and_equivalent_specifiers(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx>=0.27,<1", "requests>=2.0", "rich[jupyter]>=13; python_version<'3.13'"]),
            "requirements.txt": "# pinned for prod\nflask==3.0.0\ngunicorn>=21  # server\n"}
    head = {"pyproject.toml": pyproject(["rich[jupyter] >= 13 ; python_version < '3.13'", "requests>=2",
                                         "httpx <1, >=0.27"]),
            "requirements.txt": "gunicorn >= 21\n\n# web framework\nFlask == 3.0.0\n"}
    check, findings, ctx = run(tmp_path, base, head)
    assert findings == [] and ctx.problems == []
    assert check.outcome(findings) == "2 dependency files changed: 0 added, 0 removed, 0 changed"


def test_bait_moved_between_a_requirements_file_and_a_file_it_includes(tmp_path):
    base = {"requirements.txt": "-r requirements/base.txt\nflask==3.0.0\nredis==5.0.1\n",
            "requirements/base.txt": "pydantic==2.7.0\n",
            "requirements-dev.txt": "-r requirements.txt\npytest==8.2.0\n"}
    head = {"requirements.txt": "-r requirements/base.txt\nflask==3.0.0\n",
            "requirements/base.txt": "pydantic==2.7.0\nredis==5.0.1\n"}
    _, findings, _ = run(tmp_path, base, head)
    assert findings == []


def test_bait_moved_from_setup_cfg_to_pyproject(tmp_path):
    setup_cfg = "[metadata]\nname = shop\n\n[options]\ninstall_requires =\n    httpx>=0.27\n    click>=8\n"
    base = {"setup.cfg": setup_cfg, "pyproject.toml": '[build-system]\nrequires = ["setuptools"]\n'}
    head = {"setup.cfg": "[metadata]\nname = shop\n", "pyproject.toml": pyproject(["click>=8", "httpx>=0.27"])}
    _, findings, _ = run(tmp_path, base, head)
    assert findings == []


def test_requirements_files_includes_constraints_editables_and_bad_lines(tmp_path):
    base = {"requirements.txt": "-c constraints.txt\n--index-url https://pypi.org/simple\nflask==3.0.0\n"
                                "-e git+https://github.com/acme/lib.git@v1#egg=acme-lib\n",
            "constraints.txt": "urllib3<2\n",
            "requirements-dev.txt": "pytest==8.2.0\n"}
    head = {"requirements.txt": "-c constraints.txt\n--index-url https://pypi.org/simple\nflask==3.0.3 \\\n"
                                "    --hash=sha256:0123456789abcdef\n"
                                "-e git+https://github.com/acme/lib.git@v2#egg=acme-lib\n"
                                "https://example.org/wheels/tool-1.0-py3-none-any.whl\n"
                                "not a requirement !!\n",
            "constraints.txt": "urllib3<3\nidna<4\n",
            "requirements-dev.txt": "pytest==8.2.0\nhypothesis\n"}
    _, findings, ctx = run(tmp_path, base, head)
    got = {(f.kind, f.object): f for f in findings}
    flask = got[("dependency-constraint-changed", "flask")]
    assert flask.severity == "risk" and flask.path == "requirements.txt" and flask.line == 3
    assert "in requirements.txt" in flask.message
    acme = got[("dependency-constraint-changed", "acme-lib")]
    assert acme.severity == "risk" and acme.old.endswith("@v1#egg=acme-lib") and acme.new.endswith("@v2#egg=acme-lib")
    wheel = got[("dependency-added", "https://example.org/wheels/tool-1.0-py3-none-any.whl")]
    assert wheel.severity == "risk" and wheel.line == 6
    assert got[("dependency-constraint-changed", "urllib3")].severity == "info"  # widened
    idna = got[("dependency-added", "idna")]
    assert idna.severity == "risk" and "new constraint (constraints.txt)" in idna.message
    assert got[("dependency-added", "hypothesis")].severity == "info"  # requirements-dev.txt: development
    assert len(findings) == 6
    assert [(p.path, p.side) for p in ctx.problems] == [("requirements.txt:7", "head")]
    assert "cannot parse requirement 'not a requirement !!'" in ctx.problems[0].message


def test_poetry_caret_and_groups(tmp_path):
    def poetry(requests: str, dev: str) -> str:
        return ('[tool.poetry]\nname = "shop"\n\n[tool.poetry.dependencies]\npython = "^3.10"\n'
                f'requests = "{requests}"\nhttpx = {{version = "^0.27", extras = ["http2"]}}\n\n'
                f'[tool.poetry.group.dev.dependencies]\npytest = "{dev}"\n')
    _, findings, ctx = run(tmp_path, {"pyproject.toml": poetry("^1.2", "^7.0")},
                           {"pyproject.toml": poetry("^2.0", "~7.4")})
    got = by_object(findings)
    assert set(got) == {"requests", "pytest"} and ctx.problems == []
    r = got["requests"]
    assert (r.severity, r.line, r.old, r.new) == ("risk", 6, 'requests = "^1.2"', 'requests = "^2.0"')
    assert "read as `requests>=2.0,<3.0`" in r.message and "new major version" in r.message
    pytest_ = got["pytest"]  # ~7.4 rejects 7.0, in a development group: nothing installed with the package changes
    assert pytest_.severity == "info" and "group[dev]" in pytest_.message and "development tooling" in pytest_.message


def test_setup_cfg_extras_and_unparsable_toml(tmp_path):
    cfg = "[options]\ninstall_requires =\n    click>=8\n\n[options.extras_require]\nyaml =\n    pyyaml>=6\n"
    head_cfg = cfg.replace("pyyaml>=6", "pyyaml>=6\n    tomli-w")
    _, findings, ctx = run(tmp_path, {"setup.cfg": cfg, "sub/pyproject.toml": pyproject(["a"])},
                           {"setup.cfg": head_cfg, "sub/pyproject.toml": "[project\nname = 'x'\n"})
    assert [(f.kind, f.object, f.severity, f.line) for f in findings] == [("dependency-added", "tomli-w", "info", 8)]
    assert "optional[yaml]" in findings[0].message
    assert [(p.path, p.side) for p in ctx.problems] == [("sub/pyproject.toml:1", "head")]


def test_nothing_to_compare_is_a_skip(tmp_path):
    ctx = make_context(tmp_path, {"pyproject.toml": pyproject(["httpx"]), "app.py": "x = 1\n", "notes.txt": "a\n"},
                       {"app.py": "x = 2\n", "notes.txt": "b\n"})
    with pytest.raises(Skip, match="no dependency declarations changed"):
        CHECK().run(ctx)


def test_helpers():
    assert poetry_specifier("^1.2") == ">=1.2,<2.0"
    assert poetry_specifier("~1.2") == ">=1.2,<1.3"
    assert poetry_specifier("^0.2.3") == ">=0.2.3,<0.3.0"
    assert poetry_specifier("~1.2.3") == ">=1.2.3,<1.3.0"
    assert poetry_specifier("1.4") == "==1.4" and poetry_specifier("*") == ""
    assert poetry_specifier(">=1.2 <1.5") == ">=1.2,<1.5"
    with pytest.raises(ValueError):
        poetry_specifier("^1.0 || ^2.0")
    lost, gained = narrowing(">=1.0,<2", ">=1.5")
    assert str(lost[0]) == "1.0" and gained
    assert narrowing(">=2", ">=2.0") == ([], [])
    assert import_names("PyYAML") == ("yaml",) and import_names("python-dateutil") == ("dateutil",)
    assert import_names("typing-extensions") == ("typing_extensions",) and import_names("Flask_SQLAlchemy") == ("flask_sqlalchemy",)
    assert import_names("google-cloud-storage") == ("google.cloud.storage",) and import_names("types-requests") == ()


def test_a_new_project_declares_its_dependencies_as_info(tmp_path):
    _, findings, _ = run(tmp_path, {"pyproject.toml": pyproject(["httpx"])},
                         {"services/billing/pyproject.toml": pyproject(["stripe>=9"])})
    assert [(f.object, f.severity, f.path) for f in findings] == [("stripe", "info", "services/billing/pyproject.toml")]
    assert "a project that is new in this change (services/billing)" in findings[0].message
    assert "runtime of services/billing/" in findings[0].message


def test_a_development_file_including_the_runtime_file(tmp_path):
    base = {"requirements.txt": "flask==3.0.0\n", "requirements-dev.txt": "-r requirements.txt\npytest==8.2.0\n",
            "app.py": "import flask\n"}
    head = {"requirements.txt": "flask==3.0.0\npyyaml>=6\n",
            "requirements-dev.txt": "-r requirements.txt\npytest==8.2.0\nruff\n"}
    _, findings, _ = run(tmp_path, base, head)
    got = {f.object: (f.severity, f.path, f.line, f.message.split(":")[0]) for f in findings}
    assert got == {"pyyaml": ("risk", "requirements.txt", 2, "`pyyaml>=6` is a new runtime dependency (requirements.txt)"),
                   "ruff": ("info", "requirements-dev.txt", 3, "`ruff` was added to requirements-dev.txt (development tooling)")}


def test_a_file_that_starts_being_included_keeps_its_group(tmp_path):
    base = {"requirements/web.txt": "flask==3.0.0\n", "requirements/dev.txt": "pytest\n"}
    head = {"requirements/dev.txt": "-r web.txt\npytest\n"}
    _, findings, _ = run(tmp_path, base, head)
    assert [(f.kind, f.object, f.path) for f in findings] == [("dependency-added", "flask", "requirements/web.txt")]
    assert "requirements/dev.txt" in findings[0].message


def test_dependency_groups_that_include_others_report_each_change_once(tmp_path):
    def groups(test: list[str]) -> str:
        return pyproject(["httpx"], extra=(
            "\n[dependency-groups]\ntest = [" + ", ".join(f'"{t}"' for t in test) + "]\n"
            'lint = ["ruff"]\nci = [{include-group = "test"}, {include-group = "lint"}]\n'
            'all = [{include-group = "ci"}, {include-group = "test"}]\n'))
    _, findings, ctx = run(tmp_path, {"pyproject.toml": groups(["pytest>=7"])},
                           {"pyproject.toml": groups(["pytest>=8", "hypothesis"])})
    assert sorted((f.kind, f.object, f.message.split(":")[0]) for f in findings) == [
        ("dependency-added", "hypothesis", "`hypothesis` was added to group[test] (development tooling)"),
        ("dependency-constraint-changed", "pytest", "`pytest` in group[test]")]
    assert ctx.problems == []


def test_dynamic_dependencies_read_from_a_requirements_file(tmp_path):
    toml = ('[project]\nname = "shop"\ndynamic = ["dependencies"]\n\n'
            '[tool.setuptools.dynamic]\ndependencies = {file = ["requirements.txt"]}\n')
    base = {"pyproject.toml": toml, "requirements.txt": "flask>=2\n", "shop/__init__.py": "import flask\n"}
    _, findings, _ = run(tmp_path, base, {"requirements.txt": "flask>=2\nredis\n"})
    assert [(f.kind, f.object, f.severity, f.path) for f in findings] == [
        ("dependency-added", "redis", "risk", "requirements.txt")]
    assert "(runtime)" in findings[0].message  # the project's runtime group, not a file group of its own


# --------------------------------------------------------------------------------------------------
# the role of a group: runtime from the package metadata, development and environment files are info


def test_pin_bumps_in_development_and_docs_files_are_info(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx>=0.27"]),
            "requirements/dev.txt": "-r docs.txt\n-r tests.txt\nruff==0.4.0\n",
            "requirements/docs.txt": "sphinx==7.2.0\n", "requirements/tests.txt": "pytest==8.1.0\n",
            "docs/requirements.txt": "furo==2024.1.29\n"}
    head = {"pyproject.toml": pyproject(["httpx>=0.27"]),
            "requirements/dev.txt": "-r docs.txt\n-r tests.txt\nruff==0.5.0\n",
            "requirements/docs.txt": "sphinx==7.3.0\n", "requirements/tests.txt": "pytest==8.2.0\n",
            "docs/requirements.txt": "furo==2024.5.6\nsphinx-copybutton\n"}
    _, findings, _ = run(tmp_path, base, head)
    got = {f.object: f for f in findings}
    assert set(got) == {"ruff", "sphinx", "pytest", "furo", "sphinx-copybutton"}
    assert {f.severity for f in findings} == {"info"}, [(f.object, f.severity) for f in findings]
    assert "development tooling" in got["sphinx"].message


def test_a_requirements_file_of_a_project_with_package_metadata_is_an_environment_file(tmp_path):
    base = {"pyproject.toml": pyproject(["httpx>=0.27"]), "requirements.txt": "httpx==0.27.0\nblack==24.1.0\n"}
    head = {"pyproject.toml": pyproject(["httpx>=0.27"]), "requirements.txt": "httpx==0.27.2\nruff==0.5.0\n"}
    _, findings, _ = run(tmp_path, base, head)
    got = {(f.kind, f.object): f for f in findings}
    assert set(got) == {("dependency-constraint-changed", "httpx"), ("dependency-added", "ruff"),
                        ("dependency-removed", "black")}
    assert {f.severity for f in findings} == {"info"}
    assert "environment file" in got[("dependency-added", "ruff")].message
    assert "new runtime dependency" not in got[("dependency-added", "ruff")].message


def test_a_requirements_file_without_package_metadata_is_the_runtime_declaration(tmp_path):
    base = {"requirements.txt": "flask==3.0.0\n", "app.py": "import flask\n"}
    head = {"requirements.txt": "flask==3.0.0\nredis>=5\n", "app.py": "import flask\n"}
    _, findings, _ = run(tmp_path, base, head)
    assert [(f.kind, f.object, f.severity) for f in findings] == [("dependency-added", "redis", "risk")]


SETUP_PY = """\
from setuptools import setup, find_packages

REQUIRES = ["httpx>=0.27", "click>=8"]

setup(
    name="shop",
    packages=find_packages(),
    install_requires=REQUIRES + ["attrs"],
    extras_require={"yaml": ["pyyaml>=6"], "test": ["pytest"]},
    tests_require=["pytest-cov"],
)
"""


def test_setup_py_is_read_statically_so_a_move_to_pyproject_is_no_change(tmp_path):
    base = {"setup.py": SETUP_PY}
    head = {"setup.py": None,
            "pyproject.toml": pyproject(["httpx>=0.27", "click>=8", "attrs"], {"yaml": ["pyyaml>=6"], "test": ["pytest"]})}
    _, findings, ctx = run(tmp_path, base, head)
    assert [(f.kind, f.object, f.severity) for f in findings] == [("dependency-removed", "pytest-cov", "info")]
    assert ctx.problems == []


def test_setup_py_changes_are_reported_with_their_line(tmp_path):
    head_setup = SETUP_PY.replace('"attrs"', '"attrs", "tenacity>=8"')
    _, findings, _ = run(tmp_path, {"setup.py": SETUP_PY}, {"setup.py": head_setup})
    assert [(f.kind, f.object, f.severity, f.path, f.line) for f in findings] == [
        ("dependency-added", "tenacity", "risk", "setup.py", 8)]


def test_setup_py_reading_a_requirements_file_makes_it_the_runtime_group(tmp_path):
    setup_py = ("from setuptools import setup\n"
                "setup(name='shop', install_requires=open('requirements.txt').read().splitlines())\n")
    base = {"setup.py": setup_py, "requirements.txt": "flask>=2\n"}
    _, findings, _ = run(tmp_path, base, {"setup.py": setup_py, "requirements.txt": "flask>=2\nredis\n"})
    assert [(f.kind, f.object, f.severity) for f in findings] == [("dependency-added", "redis", "risk")]
    assert "(runtime)" in findings[0].message


def test_setup_py_that_cannot_be_read_statically_is_a_problem_not_a_list_of_changes(tmp_path):
    dynamic = "from setuptools import setup\nsetup(name='shop', install_requires=compute())\n"
    base = {"setup.py": dynamic}
    head = {"setup.py": None, "pyproject.toml": pyproject(["httpx"])}
    _, findings, ctx = run(tmp_path, base, head)
    assert findings == []
    assert [p.path for p in ctx.problems] == ["setup.py:2"]
    assert "without running it" in ctx.problems[0].message


# ------------------------------------------------------------------------------------------ requires-python


def project_toml(requires: str | None, name: str = "shop") -> str:
    line = f'requires-python = "{requires}"\n' if requires is not None else ""
    return f'[project]\nname = "{name}"\nversion = "1.0"\n{line}dependencies = ["httpx>=0.27"]\n'


def facts_of(check):
    return {f.name: f.value for f in check.facts}


@pytest.mark.parametrize("old,new,severity,words", [
    (">=3.8", ">=3.10", "breaking", ["drops Python 3.8 and 3.9", "can no longer install"]),
    (">=3.9", ">=3.9,<3.13", "breaking", ["drops Python 3.13 and later"]),
    (">=3.9,<3.14", ">=3.9,<3.12", "breaking", ["drops Python 3.12 and 3.13"]),
    (">=3.9", ">=3.9,!=3.10.*", "breaking", ["drops Python 3.10."]),
    (">=3.8", ">=3.8.1", "breaking", ["drops Python 3.8.0"]),
    (">=3.9", ">=3.9,!=3.11.4", "breaking", ["drops Python 3.11.4"]),
    (">=3.9", "~=3.9.0", "breaking", ["drops Python 3.10 and later"]),
    (">=3.10,<3.13", ">=3.9", "info", ["now allows Python 3.9, 3.13 and later", "nothing that installed before"]),
    (">=3.10", ">=3.8", "info", ["now allows Python 3.8 and 3.9"]),
    (">=3.10", ">=3.11,<3.10", "breaking", ["drops Python 3.10 and later"]),  # allows nothing any more
])
def test_requires_python_changes(tmp_path, old, new, severity, words):
    check, findings, ctx = run(tmp_path, {"pyproject.toml": project_toml(old)}, {"pyproject.toml": project_toml(new)})
    assert [(f.kind, f.severity, f.path, f.line, f.object, f.old, f.new) for f in findings] == [
        ("python-requirement-changed", severity, "pyproject.toml", 4, "requires-python", old, new)]
    for w in words:
        assert w in findings[0].message, (w, findings[0].message)
    assert findings[0].semver == ("major" if severity == "breaking" else "patch")
    assert ctx.problems == []
    assert facts_of(check)["requires-python"] == {"pyproject.toml": {"base": old, "head": new}}
    assert check.outcome(findings).endswith("; requires-python changed in 1 project")


@pytest.mark.parametrize("old,new", [
    (">=3.9", ">= 3.9"),  # respelt
    (">=3.9,<4", "<4, >=3.9"),  # reordered
    (">=3.9", ">=3.9,<4"),  # there is no Python 4
    (">=3.9", ">=3.9.0"),
    ("~=3.9", ">=3.9,<4"),
    ("==3.*", ">=3"),
])
def test_equivalent_requires_python_is_no_finding(tmp_path, old, new):
    check, findings, ctx = run(tmp_path, {"pyproject.toml": project_toml(old)}, {"pyproject.toml": project_toml(new)})
    assert findings == [] and ctx.problems == []
    assert facts_of(check)["requires-python"] == {"pyproject.toml": {"base": old, "head": new}}


def test_requires_python_added_is_breaking_when_it_excludes_a_python(tmp_path):
    check, findings, _ = run(tmp_path, {"pyproject.toml": project_toml(None)}, {"pyproject.toml": project_toml(">=3.9")})
    [f] = findings
    assert (f.severity, f.line, f.old, f.new) == ("breaking", 4, None, ">=3.9")
    assert "was added" in f.message and "drops Python 2.7 and 3.0-3.8" in f.message
    assert facts_of(check)["requires-python"] == {"pyproject.toml": {"base": None, "head": ">=3.9"}}


def test_requires_python_added_that_excludes_nothing_is_info(tmp_path):
    _, findings, _ = run(tmp_path, {"pyproject.toml": project_toml(None)}, {"pyproject.toml": project_toml(">=2.7,<4")})
    # 2.6 is a Python release too: >=2.7 drops it
    assert [(f.severity, f.new) for f in findings] == [("breaking", ">=2.7,<4")]
    _, findings, _ = run(_sub(tmp_path, "b"), {"pyproject.toml": project_toml(None)}, {"pyproject.toml": project_toml(">=2")})
    assert [(f.severity, f.new) for f in findings] == [("info", ">=2")]
    assert "excludes no Python release" in findings[0].message


def test_requires_python_removed_is_info_at_the_base_line(tmp_path):
    cfg = "[metadata]\nname = legacy\n\n[options]\npackages = legacy\npython_requires = >=3.7\n"
    check, findings, _ = run(tmp_path, {"legacy/setup.cfg": cfg},
                             {"legacy/setup.cfg": cfg.replace("python_requires = >=3.7\n", "")})
    [f] = findings
    assert (f.severity, f.path, f.line, f.old, f.new) == ("info", "legacy/setup.cfg", 6, ">=3.7", None)
    assert "was removed" in f.message and "now allows Python 2.7 and 3.0-3.6" in f.message and "(legacy/)" in f.message
    assert facts_of(check)["requires-python"] == {"legacy/setup.cfg": {"base": ">=3.7", "head": None}}


def test_requires_python_moved_from_setup_cfg_to_pyproject_is_no_change(tmp_path):
    cfg = "[metadata]\nname = shop\n\n[options]\npython_requires = >=3.9\ninstall_requires =\n    httpx>=0.27\n"
    check, findings, ctx = run(tmp_path, {"setup.cfg": cfg}, {"setup.cfg": None, "pyproject.toml": project_toml(">=3.9")})
    assert findings == [] and ctx.problems == []
    assert facts_of(check)["requires-python"] == {"pyproject.toml": {"base": None, "head": ">=3.9"},
                                                  "setup.cfg": {"base": ">=3.9", "head": None}}


def test_unparsable_requires_python_is_a_problem_not_a_finding(tmp_path):
    check, findings, ctx = run(tmp_path, {"pyproject.toml": project_toml(">=3.9")},
                               {"pyproject.toml": project_toml(">=3.9,,<3.x")})
    assert findings == []
    assert [(p.path, p.side) for p in ctx.problems] == [("pyproject.toml:4", "head")]
    assert "cannot read requires-python '>=3.9,,<3.x'" in ctx.problems[0].message
    assert facts_of(check)["requires-python"] == {"pyproject.toml": {"base": ">=3.9", "head": ">=3.9,,<3.x"}}
    # not a string at all
    _, findings, ctx = run(_sub(tmp_path, "b"), {"pyproject.toml": project_toml(">=3.9")},
                           {"pyproject.toml": project_toml(">=3.9").replace('"> =3.9"', "3.9").replace('">=3.9"', "3.9")})
    assert findings == [] and [(p.path, p.side) for p in ctx.problems] == [("pyproject.toml:4", "head")]
    assert "cannot read requires-python '3.9'" in ctx.problems[0].message


def test_requires_python_of_nested_projects_and_test_data(tmp_path):
    base = {"pyproject.toml": project_toml(">=3.9"), "plugins/a/pyproject.toml": project_toml(">=3.8", "a"),
            "tests/fixtures/sample/pyproject.toml": project_toml(">=3.6", "sample")}
    head = {"plugins/a/pyproject.toml": project_toml(">=3.9", "a"),
            "tests/fixtures/sample/pyproject.toml": project_toml(">=3.12", "sample")}
    check, findings, _ = run(tmp_path, base, head)
    assert [(f.severity, f.path, f.line) for f in findings] == [("breaking", "plugins/a/pyproject.toml", 4)]
    assert "drops Python 3.8" in findings[0].message and "(plugins/a/)" in findings[0].message
    assert facts_of(check)["requires-python"] == {"plugins/a/pyproject.toml": {"base": ">=3.8", "head": ">=3.9"},
                                                  "pyproject.toml": {"base": ">=3.9", "head": ">=3.9"}}


def test_requires_python_of_a_project_the_change_adds_or_removes_is_no_finding(tmp_path):
    # a new project's requires-python drops nothing (nobody installed it before); a removed one drops nothing either
    # (two runs: a project removed and one added in the same change would be paired as a rename by git)
    check, findings, _ = run(tmp_path, {"pyproject.toml": project_toml(">=3.9")},
                             {"pyproject.toml": project_toml(">=3.10"), "new/pyproject.toml": project_toml(">=3.11", "new")})
    assert [(f.severity, f.path) for f in findings if f.kind == "python-requirement-changed"] == [("breaking", "pyproject.toml")]
    assert facts_of(check)["requires-python"] == {"new/pyproject.toml": {"base": None, "head": ">=3.11"},
                                                  "pyproject.toml": {"base": ">=3.9", "head": ">=3.10"}}
    check, findings, _ = run(_sub(tmp_path, "b"), {"pyproject.toml": project_toml(">=3.9"),
                                                   "old/pyproject.toml": project_toml(">=3.8", "old")},
                             {"pyproject.toml": project_toml(">=3.9"), "old/pyproject.toml": None})
    assert [f for f in findings if f.kind == "python-requirement-changed"] == []
    assert facts_of(check)["requires-python"] == {"old/pyproject.toml": {"base": ">=3.8", "head": None},
                                                  "pyproject.toml": {"base": ">=3.9", "head": ">=3.9"}}


def test_requires_python_fact_is_published_when_the_check_skips_without_reading_base(tmp_path, monkeypatch):
    from changeproof.checks.dependencies import check as module

    reads = []
    real = module.read_declared

    def spy(side, path):
        reads.append((side.role, path))
        return real(side, path)

    monkeypatch.setattr(module, "read_declared", spy)
    cfg = "[options]\npython_requires = >=3.8\n"
    ctx = make_context(tmp_path, {"pyproject.toml": project_toml(">=3.10"), "tools/setup.cfg": cfg,
                                  "other/pyproject.toml": '[project]\nname = "other"\n', "app.py": "x = 1\n"},
                       {"app.py": "x = 2\n"})
    check = CHECK()
    with pytest.raises(Skip, match="no dependency declarations changed"):
        check.run(ctx)
    assert facts_of(check)["requires-python"] == {"pyproject.toml": {"base": ">=3.10", "head": ">=3.10"},
                                                  "tools/setup.cfg": {"base": ">=3.8", "head": ">=3.8"}}
    assert sorted(reads) == [("head", "other/pyproject.toml"), ("head", "pyproject.toml"), ("head", "tools/setup.cfg")]


def test_requires_python_of_a_renamed_project_directory(tmp_path):
    check, findings, _ = run(tmp_path, {"old/pyproject.toml": project_toml(">=3.8")},
                             {"old/pyproject.toml": None, "new/pyproject.toml": project_toml(">=3.8")})
    assert findings == []
    assert facts_of(check)["requires-python"] == {"new/pyproject.toml": {"base": ">=3.8", "head": ">=3.8"}}


def _sub(tmp_path, name):
    (tmp_path / name).mkdir()
    return tmp_path / name
