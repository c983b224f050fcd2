"""[tool.changeproof]: parsing, validation errors that name the file and key, suppressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from changeproof import config as config_mod
from changeproof.config import Config, Ignore, apply_suppressions, load_config
from changeproof.errors import EXIT_BAD_INPUT, UserError
from changeproof.model import Finding

KINDS = frozenset({"parameter-removed", "object-removed", "object-added", "parameter-default-changed"})


@pytest.fixture(autouse=True)
def fixed_catalog(monkeypatch):
    """Keep these tests independent of the exact rule catalog."""
    monkeypatch.setattr(config_mod, "_known_kinds", lambda: KINDS)


def finding(kind="parameter-removed", object="pkg.mod.func") -> Finding:
    return Finding(kind=kind, category="api", severity="breaking", object=object, parameter=None, path="pkg/mod.py",
                   line=1, message="changed")


def write(root: Path, text: str) -> Path:
    (root / "pyproject.toml").write_text(text, encoding="utf-8")
    return root


# --- parsing -------------------------------------------------------------------------------------------------


def test_defaults_without_file(tmp_path):
    cfg = load_config(tmp_path)
    assert cfg == Config()
    assert cfg.packages is None and cfg.ignore == [] and cfg.exclude == []


def test_defaults_without_section(tmp_path):
    write(tmp_path, '[project]\nname = "x"\n\n[tool.other]\na = 1\n')
    assert load_config(tmp_path) == Config()


def test_defaults_are_not_shared():
    a, b = Config(), Config()
    a.ignore.append(Ignore("*", "*", "r"))
    assert b.ignore == []


def test_full_config(tmp_path):
    write(
        tmp_path,
        """
[project]
name = "demo"

[tool.changeproof]
packages = ["pkg", "other"]
exclude = ["pkg/_vendor/*"]

[[tool.changeproof.ignore]]
kind = "parameter-removed"
object = "pkg.internal.*"
reason = "internal module"

[[tool.changeproof.ignore]]
kind = "*"
object = "pkg.experimental"
reason = "  experimental API, may change  "
""",
    )
    cfg = load_config(tmp_path)
    assert cfg.packages == ["pkg", "other"]
    assert cfg.exclude == ["pkg/_vendor/*"]
    assert cfg.ignore == [
        Ignore("parameter-removed", "pkg.internal.*", "internal module"),
        Ignore("*", "pkg.experimental", "experimental API, may change"),
    ]


def test_inline_ignore_tables():
    cfg = Config.from_toml_text(
        '[tool.changeproof]\nignore = [{ kind = "object-removed", object = "a.*", reason = "gone on purpose" }]\n',
        "main:pyproject.toml",
    )
    assert cfg.ignore == [Ignore("object-removed", "a.*", "gone on purpose")]


def test_from_toml_text_without_section():
    assert Config.from_toml_text("", "HEAD:pyproject.toml") == Config()
    assert Config.from_toml_text('[project]\nname = "x"\n', "HEAD:pyproject.toml") == Config()


def test_load_config_accepts_str_root(tmp_path):
    write(tmp_path, '[tool.changeproof]\npackages = ["p"]\n')
    assert load_config(str(tmp_path)).packages == ["p"]


# --- validation ----------------------------------------------------------------------------------------------


def error(text: str, source: str = "pyproject.toml") -> UserError:
    with pytest.raises(UserError) as e:
        Config.from_toml_text(text, source)
    assert e.value.exit_code == EXIT_BAD_INPUT
    assert str(e.value).startswith(f"{source}:")
    return e.value


IGNORE_OK = 'kind = "object-removed"\nobject = "a"\nreason = "r"\n'


def test_error_missing_reason_names_entry():
    e = error(
        "[tool.changeproof]\n"
        f"[[tool.changeproof.ignore]]\n{IGNORE_OK}"
        '[[tool.changeproof.ignore]]\nkind = "object-removed"\nobject = "a"\n'
    )
    assert e.message == "pyproject.toml: [tool.changeproof] ignore entry 2 has no reason"
    assert e.hint == 'every ignore needs reason = "..." so the acknowledgement is reviewable'


@pytest.mark.parametrize("key", ["kind", "object", "reason"])
def test_error_missing_ignore_key(key):
    entry = {"kind": '"object-removed"', "object": '"a"', "reason": '"r"'}
    del entry[key]
    body = "".join(f"{k} = {v}\n" for k, v in entry.items())
    e = error(f"[[tool.changeproof.ignore]]\n{body}")
    assert f"ignore entry 1 has no {key}" in e.message
    assert e.hint


def test_error_empty_reason():
    e = error('[[tool.changeproof.ignore]]\nkind = "*"\nobject = "a"\nreason = "   "\n')
    assert "ignore entry 1 has an empty reason" in e.message


def test_error_reason_wrong_type():
    e = error('[[tool.changeproof.ignore]]\nkind = "*"\nobject = "a"\nreason = 3\n')
    assert "ignore entry 1: reason must be a string" in e.message


def test_error_unknown_key_lists_known_ones():
    e = error('[tool.changeproof]\npackages = ["p"]\nignores = []\n')
    assert "unknown key 'ignores'" in e.message
    assert "[tool.changeproof]" in e.message
    assert e.hint == "known keys: packages, ignore, exclude, classify, architecture"


def test_error_unknown_key_in_ignore_entry():
    e = error(f'[[tool.changeproof.ignore]]\n{IGNORE_OK}why = "x"\n')
    assert "ignore entry 1 has unknown key 'why'" in e.message
    assert "kind, object, reason" in e.hint


def test_error_unknown_kind_suggests_close_match():
    e = error('[[tool.changeproof.ignore]]\nkind = "parameter-remove"\nobject = "a"\nreason = "r"\n')
    assert "ignore entry 1 has unknown kind 'parameter-remove'" in e.message
    assert "parameter-removed" in e.hint


def test_error_unknown_kind_without_close_match():
    e = error('[[tool.changeproof.ignore]]\nkind = "zzz"\nobject = "a"\nreason = "r"\n')
    assert "unknown kind 'zzz'" in e.message
    assert "docs/rules.md" in e.hint


def test_kind_pattern_checked_even_without_catalog(monkeypatch):
    monkeypatch.setattr(config_mod, "_known_kinds", lambda: None)
    assert Config.from_toml_text('[[tool.changeproof.ignore]]\nkind = "any-kind"\nobject = "a"\nreason = "r"\n')
    e = error('[[tool.changeproof.ignore]]\nkind = "Not a kind"\nobject = "a"\nreason = "r"\n')
    assert "unknown kind" in e.message


@pytest.mark.parametrize(
    "body, fragment",
    [
        ('packages = "pkg"', "packages must be a list of non-empty strings"),
        ("packages = [1]", "packages must be a list of non-empty strings"),
        ('packages = [""]', "packages must be a list of non-empty strings"),
        ('exclude = "x"', "exclude must be a list of non-empty strings"),
        ('ignore = "x"', "ignore must be a list of tables"),
        ('ignore = ["x"]', "ignore entry 1 must be a table"),
    ],
)
def test_error_wrong_types(body, fragment):
    e = error(f"[tool.changeproof]\n{body}\n")
    assert fragment in e.message
    assert e.hint


def test_error_section_not_a_table():
    e = error('[tool]\nchangeproof = "yes"\n')
    assert "must be a table" in e.message


def test_error_invalid_toml(tmp_path):
    write(tmp_path, "[tool.changeproof\n")
    with pytest.raises(UserError) as e:
        load_config(tmp_path)
    assert str(tmp_path / "pyproject.toml") in e.value.message
    assert "not valid TOML" in e.value.message


def test_error_names_the_source():
    e = error('[tool.changeproof]\nnope = 1\n', source="v1.2:pyproject.toml")
    assert e.message.startswith("v1.2:pyproject.toml: [tool.changeproof]")


def test_load_config_error_names_the_file(tmp_path):
    write(tmp_path, "[tool.changeproof]\nnope = 1\n")
    with pytest.raises(UserError) as e:
        load_config(tmp_path)
    assert e.value.message.startswith(f"{tmp_path / 'pyproject.toml'}: [tool.changeproof]")


def test_real_catalog_kinds_are_accepted(monkeypatch):
    monkeypatch.undo()  # the real _known_kinds: the commands pass the catalog's ids
    from changeproof.runner import known_kinds

    kinds = known_kinds()
    kind = next(iter(sorted(kinds)))
    cfg = Config.from_toml_text(f'[[tool.changeproof.ignore]]\nkind = "{kind}"\nobject = "a"\nreason = "r"\n', kinds=kinds)
    assert cfg.ignore[0].kind == kind
    with pytest.raises(UserError):
        Config.from_toml_text('[[tool.changeproof.ignore]]\nkind = "no-such-kind-at-all"\nobject = "a"\nreason = "r"\n', kinds=kinds)


# --- suppressions --------------------------------------------------------------------------------------------


def test_glob_on_object_path():
    cfg = Config(ignore=[Ignore("parameter-removed", "pkg.internal.*", "internal")])
    inside = finding(object="pkg.internal.helper")
    deep = finding(object="pkg.internal.sub.func")
    module_itself = finding(object="pkg.internal")
    outside = finding(object="pkg.public.func")
    other_kind = finding(kind="object-removed", object="pkg.internal.helper")
    apply_suppressions([inside, deep, module_itself, outside, other_kind], cfg)
    assert inside.acknowledged == "internal"
    assert deep.acknowledged == "internal"
    assert module_itself.acknowledged is None
    assert outside.acknowledged is None
    assert other_kind.acknowledged is None


def test_star_kind_matches_every_kind():
    cfg = Config(ignore=[Ignore("*", "pkg.experimental.*", "experimental")])
    fs = [finding(kind=k, object="pkg.experimental.x") for k in sorted(KINDS)]
    fs.append(finding(object="pkg.stable.x"))
    apply_suppressions(fs, cfg)
    assert [f.acknowledged for f in fs] == ["experimental"] * len(KINDS) + [None]


def test_first_match_wins():
    cfg = Config(ignore=[
        Ignore("parameter-removed", "pkg.a.*", "first"),
        Ignore("*", "pkg.*", "second"),
    ])
    a, b = finding(object="pkg.a.f"), finding(object="pkg.b.f")
    apply_suppressions([a, b], cfg)
    assert (a.acknowledged, b.acknowledged) == ("first", "second")


def test_existing_acknowledgement_is_kept():
    f = finding()
    f.acknowledged = "earlier"
    apply_suppressions([f], Config(ignore=[Ignore("*", "*", "later")]))
    assert f.acknowledged == "earlier"


def test_glob_is_case_sensitive_and_exact():
    cfg = Config(ignore=[Ignore("*", "pkg.Client.send", "r")])
    exact = finding(object="pkg.Client.send")
    other_case = finding(object="pkg.client.send")
    longer = finding(object="pkg.Client.send_all")
    apply_suppressions([exact, other_case, longer], cfg)
    assert exact.acknowledged == "r"
    assert other_case.acknowledged is None and longer.acknowledged is None


def test_finding_without_object():
    none_obj = finding(object=None)
    apply_suppressions([none_obj], Config(ignore=[Ignore("*", "pkg.*", "r")]))
    assert none_obj.acknowledged is None
    apply_suppressions([none_obj], Config(ignore=[Ignore("*", "*", "everything")]))
    assert none_obj.acknowledged == "everything"


def test_no_ignores_changes_nothing():
    fs = [finding(), finding(object="x")]
    apply_suppressions(fs, Config())
    assert all(f.acknowledged is None for f in fs)


def test_suppressed_findings_stay_in_report_and_leave_verdict():
    from changeproof.model import Report, Revision

    fs = [finding(object="pkg.internal.f"), finding(object="pkg.public.f")]
    report = Report(Revision("a", None), Revision("b", None), findings=fs)
    cfg = load_config_text('[[tool.changeproof.ignore]]\nkind = "*"\nobject = "pkg.*.f"\nreason = "ok"\n')
    apply_suppressions(report.findings, cfg)
    assert len(report.findings) == 2
    assert report.verdict == "safe"
    assert report.counts()["acknowledged"] == 2


def test_parsed_config_applies(tmp_path):
    write(tmp_path, '[[tool.changeproof.ignore]]\nkind = "object-removed"\nobject = "pkg.old*"\n'
                    'reason = "deprecated for 2 releases"\n')
    fs = [finding(kind="object-removed", object="pkg.old_api"), finding(kind="object-removed", object="pkg.new_api")]
    apply_suppressions(fs, load_config(tmp_path))
    assert fs[0].acknowledged == "deprecated for 2 releases"
    assert fs[1].acknowledged is None


def load_config_text(text: str) -> Config:
    return Config.from_toml_text(text, "pyproject.toml")
