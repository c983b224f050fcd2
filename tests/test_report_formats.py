"""SARIF, GitLab Code Quality, JUnit XML and GitHub annotations/summary: valid for the tools that read them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import reports

from changeproof.model import Finding, Report, Revision
from changeproof.report import render
from changeproof.report import github, sarif

jsonschema = pytest.importorskip("jsonschema")

# the official SARIF 2.1.0 schema (OASIS, errata01), kept in the repository so the tests need nothing outside it
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

FIXED = {"empty": reports.empty, "demo-additive": lambda: reports.load("demo-additive"),
         "demo-risky": lambda: reports.load("demo-risky"), "hostile": reports.hostile}


@pytest.fixture(scope="module")
def sarif_validator():
    """The official schema with its references resolved once (see _inline_refs): the same constraints, validated
    in 60% of the time (10,000 results); test_sarif_is_valid checks that it answers as the schema as published."""
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(_inline_refs(schema))


@pytest.fixture(scope="module")
def sarif_validator_as_published():
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def _inline_refs(schema: dict) -> dict:
    """``schema`` with every ``{"$ref": "#/definitions/NAME"}`` replaced by the definition itself (one shared object
    per definition, so recursive definitions stay finite). Faithful for this draft-04 schema: a ``$ref``'s siblings
    are ignored by the draft, and no subschema sets an ``id`` of its own (which would change what a reference
    means), both asserted."""
    inlined: dict[str, dict] = {}

    def walk(node, top=False):
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/definitions/") and ref.count("/") == 2, ref
            name = ref.rsplit("/", 1)[1]
            if name not in inlined:
                inlined[name] = {}  # filled below; a reference back to it while walking it gets the same object
                inlined[name].update(walk(schema["definitions"][name]))
            return inlined[name]
        assert top or not isinstance(node.get("id"), str), node.get("id")
        return {k: (v if k in ("enum", "default") else walk(v)) for k, v in node.items()}

    return walk(schema, top=True)


@pytest.fixture(scope="module")
def big() -> Report:
    return reports.generated(10_000)


def finding(severity="breaking", kind="parameter-removed", path="pkg/a.py", line=3, message="m", **kw) -> Finding:
    return Finding(kind=kind, category="api", severity=severity, object=kw.pop("object", "pkg.a.f"),
                   parameter=kw.pop("parameter", None), path=path, line=line, message=message, **kw)


# --- SARIF ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FIXED))
def test_sarif_is_valid(sarif_validator, sarif_validator_as_published, name):
    data = json.loads(render(FIXED[name](), "sarif"))
    errors = sorted(sarif_validator_as_published.iter_errors(data), key=str)
    assert not errors, [e.message for e in errors[:5]]
    assert not list(sarif_validator.iter_errors(data))
    assert data["version"] == "2.1.0"


def test_the_inlined_sarif_schema_finds_what_the_published_one_finds(sarif_validator, sarif_validator_as_published):
    """Broken documents: the validator with references resolved once reports the same errors as the schema."""
    data = json.loads(render(reports.load("demo-risky"), "sarif"))
    result = data["runs"][0]["results"][0]
    broken = [{"version": "2.1.0"}, {**data, "version": "2.0"},
              {**data, "runs": [{**data["runs"][0], "results": [{**result, "level": "fatal"}]}]},
              {**data, "runs": [{**data["runs"][0], "results": [{**result, "locations": [{"physicalLocation": {
                  "region": {"startLine": 0}}}]}]}]},
              {**data, "runs": [{**data["runs"][0], "results": [{**result, "message": {}}]}]}]
    for doc in broken:
        expected = sorted((e.message, list(e.absolute_path)) for e in sarif_validator_as_published.iter_errors(doc))
        assert expected, doc
        assert sorted((e.message, list(e.absolute_path)) for e in sarif_validator.iter_errors(doc)) == expected


def test_sarif_10000_findings_is_valid_and_within_github_limits(sarif_validator, big):
    text = render(big, "sarif")
    data = json.loads(text)
    assert not list(sarif_validator.iter_errors(data))
    run = data["runs"][0]
    assert len(run["results"]) == len(big.findings) <= sarif.MAX_RESULTS
    assert len(text.encode("utf-8")) <= sarif.MAX_BYTES
    assert run["properties"]["resultsLeftOut"] == 0


def test_sarif_results_rules_levels_and_locations():
    report = reports.load("demo-risky")
    run = json.loads(render(report, "sarif"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) and set(ids) == {f.kind for f in report.findings}
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    levels = {"breaking": "error", "risk": "warning", "info": "note"}
    assert len(run["results"]) == len(report.findings)
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] == levels[res["properties"]["severity"]]
        loc = res["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "://" not in uri and loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert loc["region"]["startLine"] >= 1
        assert res["partialFingerprints"]["changeproofFinding/v1"]
    states = {r["properties"]["severity"]: r.get("baselineState") for r in run["results"]}
    assert states["breaking"] == "new"
    assert any(r.get("baselineState") == "unchanged" for r in run["results"])  # the test failing at base too
    assert run["properties"]["verdict"] == "breaking" and run["properties"]["complete"] is True


def test_sarif_fingerprints_survive_a_moved_line():
    a = Report(Revision("a", None), Revision("b", None), findings=[finding(line=3)])
    b = Report(Revision("a", None), Revision("b", None), findings=[finding(line=30)])
    fa = json.loads(render(a, "sarif"))["runs"][0]["results"][0]["partialFingerprints"]
    fb = json.loads(render(b, "sarif"))["runs"][0]["results"][0]["partialFingerprints"]
    assert fa == fb


def test_sarif_acknowledged_is_suppressed_and_problems_are_notifications(sarif_validator):
    report = Report(Revision("a", None), Revision("b", None),
                    findings=[finding(acknowledged="reviewed: internal")],
                    problems=[reports.Problem("pkg/bad.py", "does not parse", "head")])
    data = json.loads(render(report, "sarif"))
    assert not list(sarif_validator.iter_errors(data))
    run = data["runs"][0]
    assert run["results"][0]["suppressions"][0]["justification"] == "reviewed: internal"
    note = run["invocations"][0]["toolExecutionNotifications"][0]
    assert "does not parse" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "pkg/bad.py"


def test_sarif_caps_results_and_size(monkeypatch, sarif_validator):
    report = Report(Revision("a", None), Revision("b", None),
                    findings=[finding(severity=("breaking", "risk", "info")[i % 3], line=i + 1, object=f"pkg.a.f{i}",
                                      message="x" * 500) for i in range(300)])
    monkeypatch.setattr(sarif, "MAX_RESULTS", 100)
    run = json.loads(render(report, "sarif"))["runs"][0]
    assert len(run["results"]) == 100 and run["properties"]["resultsLeftOut"] == 200
    assert all(r["level"] == "error" for r in run["results"])  # the most severe are kept
    monkeypatch.setattr(sarif, "MAX_BYTES", 40_000)
    text = render(report, "sarif")
    run = json.loads(text)["runs"][0]
    assert len(text.encode()) <= 40_000 and 0 < len(run["results"]) < 100
    assert run["properties"]["resultsLeftOut"] == 300 - len(run["results"])
    assert not list(sarif_validator.iter_errors(json.loads(text)))


# --- GitLab Code Quality -------------------------------------------------------------------------------------

GITLAB_SCHEMA = {  # the fields GitLab documents as required for a Code Quality report
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {"type": "object", "required": ["path", "lines"],
                         "properties": {"path": {"type": "string", "minLength": 1},
                                        "lines": {"type": "object", "required": ["begin"],
                                                  "properties": {"begin": {"type": "integer", "minimum": 1}}}}},
        },
    },
}


@pytest.mark.parametrize("name", list(FIXED))
def test_gitlab_code_quality(name):
    report = FIXED[name]()
    issues = json.loads(render(report, "gitlab"))
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert len(issues) == len(report.active_findings)
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_severity_and_location():
    report = Report(Revision("a", None), Revision("b", None),
                    findings=[finding(), finding(severity="risk", kind="parameter-default-changed", line=None),
                              finding(severity="info", kind="object-added", path=None, line=None)])
    issues = json.loads(render(report, "gitlab"))
    assert [i["severity"] for i in issues] == ["critical", "major", "info"]
    assert issues[0]["location"] == {"path": "pkg/a.py", "lines": {"begin": 3}}
    assert issues[2]["location"]["path"] == "."


# --- JUnit ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FIXED))
def test_junit_is_well_formed(name):
    report = FIXED[name]()
    root = ET.fromstring(render(report, "junit"))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases)
    breaking = [f for f in report.active_findings if f.severity == "breaking"]
    assert len(suite.findall(".//failure")) == len(breaking)
    assert int(suite.get("failures")) == len({f.category for f in breaking})


def test_junit_one_case_per_check():
    report = reports.load("demo-risky")
    suite = ET.fromstring(render(report, "junit")).find("testsuite")
    names = [c.get("name") for c in suite.findall("testcase")]
    assert names == [f"{c.title} ({c.name})" for c in report.checks]
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    api = cases["API compatibility (api)"]
    assert len(api.findall("failure")) == sum(1 for f in report.active_findings if f.category == "api" and f.severity == "breaking")
    assert cases["Dependencies (dependencies)"].find("skipped") is not None
    assert cases["Syntax (syntax)"].find("failure") is None
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props == {"verdict": "breaking", "semver": "major", "complete": "true"}


def test_junit_keeps_xml_valid_for_control_characters():
    report = Report(Revision("a", None), Revision("b", None), findings=[finding(message="bad \x00\x1b[31m byte", old="a\x07")])
    failure = ET.fromstring(render(report, "junit")).find(".//failure")
    assert "bad" in failure.text and "\x00" not in failure.text


# --- GitHub --------------------------------------------------------------------------------------------------


def test_workflow_command_escaping():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    report = Report(Revision("a", None), Revision("b", None),
                    findings=[finding(path="pkg/we,ird:name.py", message="line one\nline two: 50%", object="pkg.a.f")])
    line = github.annotations(report).splitlines()[0]
    assert line == "::error file=pkg/we%2Cird%3Aname.py,line=3,title=parameter-removed%3A a.f::line one%0Aline two: 50%25"


def test_annotations_most_severe_first_and_capped():
    findings = [finding(severity="risk", kind="parameter-default-changed", line=i + 1, object=f"pkg.a.r{i}") for i in range(40)]
    findings += [finding(line=i + 1, object=f"pkg.a.b{i}") for i in range(40)]
    findings += [finding(severity="info", kind="object-added", object="pkg.a.new")]
    lines = github.annotations(Report(Revision("a", None), Revision("b", None), findings=findings)).splitlines()
    assert len(lines) == github.MAX_ANNOTATIONS + 1
    assert all(line.startswith("::error ") for line in lines[:40])
    assert all(line.startswith("::warning ") for line in lines[40:50])
    assert lines[-1].startswith("::notice ") and "30 more findings" in lines[-1]
    assert not any("pkg.a.new" in line or "object-added" in line for line in lines)  # info is not annotated


def test_hostile_annotations_stay_one_command_each():
    lines = github.annotations(reports.hostile()).splitlines()
    assert all(line.startswith(("::error ", "::warning ")) for line in lines)
    for line in lines:
        props = line[2:].split("::", 1)[0]
        assert "\n" not in line and "\r" not in line
        # properties are key=value pairs separated by commas: none of the values adds a pair
        assert all("=" in pair for pair in props.split(" ", 1)[1].split(","))


def test_step_summary_fits_github_limit(big):
    text = github.step_summary(big, full_report="changeproof.html")
    assert len(text.encode("utf-8")) <= github.SUMMARY_LIMIT
    assert text.endswith("the full report is in changeproof.html.\n")
    assert text.count("<details>") == text.count("</details>")
    small = reports.load("demo-risky")
    assert github.step_summary(small) == render(small, "markdown")
    tight = github.step_summary(small, limit=3000)
    assert len(tight.encode()) <= 3000 and "cut to fit" in tight


def test_publish_appends_summary_and_writes_annotations(tmp_path, monkeypatch, capsys):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    github.publish(reports.load("demo-risky"))
    text = summary.read_text()
    assert text.startswith("earlier step\n# Stability report")
    err = capsys.readouterr().err
    assert err.count("::error ") == 17 and err.count("::warning ") == 1
