"""Matching tests that look removed against tests that look new: renamed (same definition, new name) or
re-parametrised (same function, other parameter ids). Pure: no pytest run."""

from __future__ import annotations

from changeproof.testing.matching import function_key, match_tests, split_id


def match(base_src: dict, head_src: dict, base_ids: list, head_ids: list, renames: dict | None = None):
    renames = renames or {}

    def to_base(h: str) -> str:
        path, sep, rest = h.partition("::")
        return renames.get(path, path) + sep + rest

    at_head = {to_base(h) for h in head_ids}
    gone = [b for b in base_ids if b not in at_head]
    return match_tests(base_ids, head_ids, to_base, base_src.get, head_src.get, gone)


def test_node_id_parts():
    assert split_id("t/test_a.py::C::test_x[1-a[b]]") == ("t/test_a.py", "C::test_x", "[1-a[b]]")
    assert function_key("t/test_a.py::test_x[1]") == "t/test_a.py::test_x"
    assert function_key("t/test_a.py") == "t/test_a.py"


def test_a_renamed_method_in_a_renamed_file_with_its_parameters():
    base = {"tests/test_old.py": "import pytest\n\nclass TestA:\n    @pytest.mark.parametrize('x', [1, 2])\n"
                                 "    def test_one(self, x):\n        # a comment\n        assert x > 0\n"}
    head = {"tests/test_new.py": "import pytest\n\nclass TestA:\n    @pytest.mark.parametrize('x', [1, 2])\n"
                                 "    def test_first(self, x):\n        assert x > 0  # formatting and comments differ\n"}
    m = match(base, head, ["tests/test_old.py::TestA::test_one[1]", "tests/test_old.py::TestA::test_one[2]"],
              ["tests/test_new.py::TestA::test_first[1]", "tests/test_new.py::TestA::test_first[2]"],
              {"tests/test_new.py": "tests/test_old.py"})
    assert m.renamed == [{"base": "tests/test_old.py::TestA::test_one", "head": "tests/test_new.py::TestA::test_first",
                          "cases": 2}]
    assert m.head_to_base == {"tests/test_new.py::TestA::test_first[1]": "tests/test_old.py::TestA::test_one[1]",
                              "tests/test_new.py::TestA::test_first[2]": "tests/test_old.py::TestA::test_one[2]"}
    assert m.explained == {"tests/test_old.py::TestA::test_one[1]", "tests/test_old.py::TestA::test_one[2]"}


def test_a_changed_body_or_another_file_is_not_a_rename():
    base = {"t/test_a.py": "def test_old():\n    assert f(1) == 1\n", "t/test_b.py": "def test_b():\n    pass\n"}
    head = {"t/test_a.py": "def test_new():\n    assert f(1) == 2\n",
            "t/test_c.py": "def test_b_moved():\n    pass\n", "t/test_b.py": ""}
    m = match(base, head, ["t/test_a.py::test_old", "t/test_b.py::test_b"],
              ["t/test_a.py::test_new", "t/test_c.py::test_b_moved"])
    assert m.renamed == [] and m.explained == set()


def test_an_ambiguous_body_is_not_matched():
    base = {"t/test_a.py": "def test_x():\n    pass\n\n\ndef test_y():\n    pass\n"}
    head = {"t/test_a.py": "def test_p():\n    pass\n\n\ndef test_q():\n    pass\n"}
    m = match(base, head, ["t/test_a.py::test_x", "t/test_a.py::test_y"], ["t/test_a.py::test_p", "t/test_a.py::test_q"])
    assert m.renamed == [] and m.explained == set()


def test_a_function_with_new_parameters_is_reparametrised_and_dropped_cases_are_not():
    src = {"t/test_a.py": "..."}
    m = match(src, src, ["t/test_a.py::test_p[1]", "t/test_a.py::test_p[2]", "t/test_a.py::test_plain",
                         "t/test_a.py::test_drop[1]", "t/test_a.py::test_drop[2]"],
              ["t/test_a.py::test_p[a]", "t/test_a.py::test_plain[x]", "t/test_a.py::test_plain[y]",
               "t/test_a.py::test_drop[1]"])
    rep = {r["test"]: r for r in m.reparametrised}
    assert set(rep) == {"t/test_a.py::test_p", "t/test_a.py::test_plain"}
    assert (rep["t/test_a.py::test_p"]["base_cases"], rep["t/test_a.py::test_p"]["head_cases"]) == (2, 1)
    assert (rep["t/test_a.py::test_plain"]["base_cases"], rep["t/test_a.py::test_plain"]["head_cases"]) == (1, 2)
    # test_drop lost a case and gained none: that case is removed evidence, not a re-parametrisation
    assert "t/test_a.py::test_drop[2]" not in m.explained


def test_an_unparsable_file_or_a_doctest_is_never_matched():
    base = {"t/test_a.py": "def test_old(:\n"}
    head = {"t/test_a.py": "def test_new(:\n"}
    m = match(base, head, ["t/test_a.py::test_old"], ["t/test_a.py::test_new"])
    assert m.renamed == []
    m = match({"pkg/m.py": "x = 1\n"}, {"pkg/m.py": "x = 1\n"}, ["pkg/m.py::pkg.m.f"], ["pkg/m.py::pkg.m.g"])
    assert m.renamed == []
