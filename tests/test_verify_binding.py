"""What a verb is said of: the sixth round's rules that bind a claim's words to the thing they are about. Each test
has the bait a careless reading gets wrong (a file named after "in", a name that does the removing, a suite said
of the base, a "risk" column) and the case the rule must still decide. Wordings are our own."""

from __future__ import annotations

from test_verify import C, F, make_report, make_tests
from test_verify_precision import _defs, _report, got, verdicts

from changeproof.verify import verify


# -- a file named after a preposition is where something happened, not what happened --------------------------

def test_a_thing_in_a_file_dropped_is_not_the_file_deleted():
    r = _report(changes=[C("pkg/__init__.py"), C("pkg/mod.py")])
    assert "contradicted" not in verdicts("The eager import in `pkg/__init__.py` was dropped.", r)
    assert ("path-status", "confirmed") in got("The eager import in `pkg/__init__.py` was dropped.", r)
    # a file the change does not touch is still contradicted, and the file itself said deleted still decides
    assert "contradicted" in verdicts("The eager import in `pkg/other.py` was dropped.", r)
    assert "contradicted" in verdicts("`pkg/mod.py` was deleted.", r)


def test_a_key_first_file_with_another_subject_is_not_the_file_renamed():
    r = _report(changes=[C("pyproject.toml", category="config")])
    assert "contradicted" not in verdicts("pyproject.toml: the script moved from `logtail` to `ltail`.", r)
    assert "confirmed" not in verdicts("pyproject.toml: the script moved from `logtail` to `ltail`.", r)
    assert "contradicted" in verdicts("`pyproject.toml`: renamed to `setup.cfg`.", r)


def test_a_clause_after_the_file_with_its_own_subject_says_nothing_of_the_file():
    r = _report(changes=[C("pkg/render/__init__.py", "added"), C("pkg/render/inline.py", "added")])
    text = "I split `pkg/render.py` into `pkg/render/` (`inline.py`, `__init__.py`) and checked that nothing public moved."
    assert "contradicted" not in verdicts(text, r)


# -- a name that does the removing is not what was removed ------------------------------------------------------

def test_a_function_that_drops_rows_was_not_removed():
    r = _report([F("object-removed", obj="pkg.mod.page", message="function `pkg.mod.page` was removed")])
    ok = _report(facts=[_defs(unchanged=["page"])])
    for text in ("`page()` now drops everything after row 500.", "`page()` dropped the trailing rows."):
        assert ("entity-removed", "contradicted") not in got(text, ok), text
        assert not any(k == "entity-removed" for k, _ in got(text, r)), text
    # said removed, it is still a removal
    assert ("entity-removed", "confirmed") in got("`page()` was dropped.", r)
    assert ("entity-removed", "confirmed") in got("Removed `page()`.", r)


def test_unchanged_code_refutes_a_claim_of_new_structure_not_a_claim_of_new_behaviour():
    r = _report(facts=[_defs(unchanged=["page", "Rect.perimeter"], changed=["Rect.area"])])
    # what it does may change with a constant or a callee while its own code stays the same
    assert "contradicted" not in verdicts("`page()` now drops everything after row 500.", r)
    # what it is, its code says
    assert "contradicted" in verdicts("`Rect.area` and `Rect.perimeter` are now both regular methods.", r)
    assert "contradicted" in verdicts("`page` was modified.", r)


# -- which suite a count is about -------------------------------------------------------------------------------

def test_a_count_said_of_the_base_suite_is_not_compared_with_the_head():
    r = make_report(tests=make_tests(passed=4))
    for text in ("base suite: 3 passed", "Base run: 3 passed", "The old suite had 3 passing tests."):
        assert "contradicted" not in {c.verdict for c in verify(text, r).claims}, text
    assert "contradicted" in {c.verdict for c in verify("head suite: 3 passed", r).claims}


def test_a_count_and_all_passing_are_two_assertions_each_shown_on_its_words():
    r = make_report(tests=make_tests(passed=5, failed=2))
    claims = {c.kind: (c.verdict, c.text) for c in verify("7 tests, all passing", r).claims}
    assert claims["tests-collected"] == ("confirmed", "7 tests")
    assert claims["all-tests-pass"] == ("contradicted", "all passing")


# -- exclusive claims: what "only" is said of --------------------------------------------------------------------

def test_only_in_the_package_is_about_production_files():
    r = _report(changes=[C("geom/point.py"), C("tests/test_point.py", category="test"), C("pyproject.toml", category="config")])
    for text in ("[OK] only `geom/point.py` changed in the package", "Only `geom/point.py` changed among the production files."):
        assert "contradicted" not in verdicts(text, r), text
    r2 = _report(changes=[C("geom/point.py"), C("geom/shape.py")])
    assert "contradicted" in verdicts("Only `geom/point.py` changed among the production files.", r2)


def test_only_a_name_in_a_file_is_not_only_that_file():
    r = _report(changes=[C("pkg/formats.py"), C("pkg/base.py")],
                findings=[F("parameter-added-optional", severity="info", obj="pkg.formats.Csv.export", path="pkg/formats.py",
                            param="header", message="new optional parameter `header`")])
    assert "contradicted" not in verdicts("In `formats.py` only `Csv.export` changed.", r)


# -- a loose word for a new file, and what a file says ---------------------------------------------------------

def test_a_changelog_said_updated_when_it_was_created_is_not_refuted():
    r = _report(changes=[C("pkg/mod.py"), C("CHANGELOG.md", "added", "docs")])
    for text in ("changelog updated: yes", "`CHANGELOG.md` updated."):
        assert "contradicted" not in verdicts(text, r), text
        assert "confirmed" not in verdicts(text, r), text
    assert "contradicted" in verdicts("changelog updated: yes", _report(changes=[C("pkg/mod.py")]))


def test_what_a_file_lists_or_checks_is_not_confirmed_by_its_status():
    r = _report(changes=[C("pkg/mod.py"), C("CHANGELOG.md", "added", "docs"), C("tests/test_layout.py", "added", "test")])
    for text in ("`CHANGELOG.md` is new in this PR and lists the keyword-only change and the removed constant.",
                 "The new `tests/test_layout.py` checks that `pkg.render` is `pkg.block.render`."):
        assert "confirmed" not in verdicts(text, r), text
    assert "confirmed" in verdicts("`CHANGELOG.md` is new in this PR.", r)


def test_every_file_of_a_list_is_judged():
    r = _report(changes=[C("pkg/config.py"), C("pkg/cli.py")])
    assert "contradicted" in verdicts("Production code touched: pkg/config.py, pkg/cli.py and pkg/__init__.py.", r)
    assert "confirmed" in verdicts("Production code touched: pkg/config.py and pkg/cli.py.", r)


def test_a_name_living_in_a_new_module_is_not_itself_added():
    r = _report([F("object-added", severity="info", obj="pkg.clean.clean_text", path="pkg/clean.py",
                   message="new function `pkg.clean.clean_text`")], changes=[C("pkg/clean.py")])
    assert "confirmed" not in verdicts("`clean_text` lives in a new module, `pkg/text.py`.", r)


# -- dependency scope and stated constraints --------------------------------------------------------------------

def test_an_extra_is_not_a_core_dependency():
    extra = F("dependency-added", severity="info", category="dependencies", obj="colorama", path="pyproject.toml",
              message="`colorama>=0.4` was added to optional[color]: only installations that ask for the extra get it")
    r = _report([extra], changes=[C("pyproject.toml", category="config")])
    assert "contradicted" not in verdicts("The core dependencies are unchanged.", r)
    assert "contradicted" in verdicts("No dependency was added.", r)
    # the constraint said is the constraint measured, or the claim is not confirmed
    assert "confirmed" not in verdicts("A new extra, `color`, pulls in `colorama>=0.5`.", r)


# -- behaviour said kept is not confirmed by the absence of an API finding ------------------------------------------

def test_behaves_as_before_is_not_confirmed_without_running_the_code():
    r = _report(changes=[C("pkg/mod.py")])
    assert "confirmed" not in verdicts("And `Exporter.from_name(\"jsonl\")` behaves exactly as before too.", r)


# -- document forms -----------------------------------------------------------------------------------------------

def test_items_under_an_item_that_only_names_something_are_said_of_it():
    r = _report(facts=[_defs(unchanged=["Store.restock"], changed=["Store.find"])])
    doc = "# What changed\n\n- `pkg.mod.Store.restock`\n  - code unchanged\n- `pkg.mod.Store.find`\n  - code unchanged\n"
    found = [(c.line, c.kind, c.verdict) for c in verify(doc, r).claims]
    assert (4, "entity-kept", "confirmed") in found
    assert (6, "entity-kept", "contradicted") in found
    # the name alone, with items under it, asserts nothing; "code unchanged" is not "no production code changed"
    assert not any(line == 3 for line, _, _ in found)
    assert not any(kind == "no-production-changes" for _, kind, _ in found)


def test_a_risk_registers_risk_column_names_what_could_happen():
    r = _report(facts=[_defs(unchanged=["Point.moved"])])
    doc = ("| id | risk | evidence | likelihood |\n| --- | --- | --- | --- |\n"
           "| R7 | `Point.moved` changed | body untouched | none |\n")
    assert [(c.kind, c.verdict) for c in verify(doc, r).claims] == [("entity-kept", "confirmed")]
    # a table of risk levels still says the level ("Breaking changes | None")
    doc = "| Risk | Level |\n|---|---|\n| Breaking changes | None |\n"
    assert ("no-breaking-changes", "contradicted") in got(doc, _report([F("object-removed", message="`f` was removed")]))


def test_a_value_said_to_change_with_an_arrow_is_not_said_kept():
    r = _report([F("parameter-default-changed", severity="risk", obj="pkg.mod.scale", param="factor", old="2", new="2.0",
                   message="default of `factor` changed from `2` to `2.0`")])
    assert "contradicted" not in verdicts("`factor` default 2 -> 2.0", r)
    assert "contradicted" in verdicts("`factor` keeps its default of 2", r)


# -- requires-python, from the dependencies check's fact -------------------------------------------------------

def _pyreq(base, head):
    from changeproof.model import Fact

    return Fact("dependencies", "requires-python", {"pyproject.toml": {"base": base, "head": head}})


def test_requires_python_claims_are_judged_by_the_declared_specifiers():
    raised = _report(facts=[_pyreq(">=3.9", ">=3.10")], changes=[C("pyproject.toml", category="config")])
    kept = _report(facts=[_pyreq(">=3.9", ">=3.9")])
    cases = [("requires-python is still `>=3.9`", raised, "contradicted"), ("requires-python is still `>=3.9`", kept, "confirmed"),
             ("`requires-python` stays `>=3.8`", kept, "contradicted"),
             ("requires-python went from >=3.9 to >=3.10", raised, "confirmed"),
             ("requires-python went from >=3.9 to >=3.11", raised, "contradicted"),
             ("requires-python went from >=3.9 to >=3.10", kept, "contradicted"),
             ('"requires_python": ">= 3.9"', kept, "confirmed"), ('"requires_python": ">=3.9"', raised, "contradicted"),
             ("The Python floor was raised to 3.10.", raised, "confirmed"),
             ("The code still supports Python 3.9.", raised, "contradicted")]
    for text, r, verdict in cases:
        assert verdict in verdicts(text, r), (text, verdicts(text, r))
    # no fact, no verdict either way; and a negation is left unread rather than misread
    assert {"not_verifiable"} == verdicts("requires-python is still `>=3.9`", _report())
    assert not {"confirmed", "contradicted"} & verdicts("requires-python was not raised.", raised)


# -- more forms: a CSV block, a before/after table with a status column, the base suite on the head code ------------

def test_a_csv_block_is_read_as_a_table():
    r = _report([F("object-removed", message="function `pkg.mod.f` was removed")],
                changes=[C("pkg/mod.py"), C("tests/test_mod.py", category="test"), C("pyproject.toml", category="config")])
    doc = "```csv\nitem,before,after,status\nfiles changed,,3,ok\nbreaking,,no,ok\n`pkg/__init__.py`,,untouched,ok\n```\n"
    found = {(c.line, c.kind, c.verdict) for c in verify(doc, r).claims}
    assert (3, "changed-file-count", "confirmed") in found
    assert (4, "no-breaking-changes", "contradicted") in found
    assert (5, "path-status", "confirmed") in found


def test_a_before_after_table_with_a_status_column_compares_the_pair():
    r = _report(facts=[_pyreq(">=3.9", ">=3.10")], changes=[C("pyproject.toml", category="config")])
    doc = ("| item | before | after | status |\n|---|---|---|---|\n| `requires-python` | `>=3.9` | `>=3.10` | changed |\n"
           "| dependencies | none | none | ok |\n")
    found = {(c.line, c.kind, c.verdict) for c in verify(doc, r).claims}
    assert (3, "python-requirement", "confirmed") in found
    assert not any(line == 4 and kind.startswith("entity-removed") for line, kind, _ in found)


def test_nothing_public_was_removed_is_a_claim_that_nothing_was_removed():
    r = _report([F("object-removed", message="function `pkg.mod.f` was removed")], changes=[C("pkg/mod.py")])
    assert ("nothing-removed", "contradicted") in got("Nothing public was removed.", r)
    assert ("nothing-removed", "confirmed") in got("Nothing public was removed.", _report(changes=[C("pkg/mod.py")]))


def test_the_base_tests_said_to_pass_on_the_new_code_are_the_base_suite_on_head():
    from changeproof.verify.patterns import _test_side

    assert _test_side("the 4 tests from base also pass against the new code") == "base-on-head"
    assert _test_side("4 tests pass") is None


# -- from the sixth round's second pass ----------------------------------------------------------------------

def test_a_bump_level_said_after_the_versions_describes_the_bump():
    from changeproof.model import Fact

    r = _report([F("object-removed", message="method `pkg.mod.Ledger.clear` was removed")],
                facts=[Fact("version", "version", {"base": "1.4.0", "head": "1.5.0", "bump": "minor"})])
    said = got("The version goes from 1.4.0 to 1.5.0, a minor bump.", r)
    assert ("semver", "contradicted") not in said
    # said to be enough, it is a claim about what the change needs
    assert ("semver", "contradicted") in got("A minor bump is enough for this change.", r)


def test_a_version_number_is_not_a_count_of_none():
    r = _report([F("dependency-added", severity="risk", category="dependencies", obj="tomli", path="pyproject.toml",
                   message="`tomli>=2.0` is a new runtime dependency")], changes=[C("pyproject.toml", category="config")])
    assert "contradicted" not in verdicts("Added `tomli>=2.0` as a dependency, only for Python < 3.11.", r)
    assert "contradicted" in verdicts("0 new dependencies.", r)


def test_removed_or_renamed_is_about_removals_only():
    r = _report([F("parameter-added-optional", severity="info", obj="pkg.mod.load", param="path",
                   message="new optional parameter `path`")])
    assert "contradicted" not in verdicts("No public name was removed or renamed.", r)
    assert "contradicted" in verdicts("No public function was added, removed or renamed.", r)


def test_a_yes_no_question_with_notes_is_answered():
    r = _report(changes=[C("geom/point.py")])
    doc = ("| Question | Answer | Notes |\n|---|---|---|\n| `geom/__init__.py` touched? | No | |\n"
           "| `geom/point.py` touched? | Yes | the class |\n")
    found = [(c.line, c.kind, c.verdict) for c in verify(doc, r).claims]
    assert (3, "path-status", "confirmed") in found and not any(v == "contradicted" for _, _, v in found), found


def test_a_goal_is_not_a_claim():
    r = _report([F("object-removed", message="method `pkg.mod.f` was removed")])
    for text in ("Keep the public API of `pkg` stable for the 1.2.x line.", "Ensure no caller has to change."):
        assert not {"confirmed", "contradicted"} & verdicts(text, r), text
    assert "contradicted" in verdicts("The public API of `pkg` is kept stable.", r)


def test_safe_for_a_patch_release_is_refuted_only_by_a_break():
    widened = _report([F("parameter-type-widened", severity="info", obj="pkg.mod.collect", param="into",
                         message="parameter `into` now accepts `list[str] | None`")])
    assert "contradicted" not in verdicts("This is safe for a patch release.", widened)
    assert "contradicted" in verdicts("This is safe for a patch release.", _report([F("object-removed", message="`f` was removed")]))


def test_a_clause_of_its_own_after_a_comma_and_a_name():
    r = _report(facts=[_defs(changed=["split_fields"])])
    assert ("entity-kept", "contradicted") not in got("`__all__` is unchanged, and `split_fields` also gained a `strip=` keyword.", r)
