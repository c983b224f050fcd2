"""Renderers: every format shows every finding, acknowledgement and problem; JSON matches its schema."""

from __future__ import annotations

import copy
import io
import json
import re
import time
from pathlib import Path

import pytest
from rich.console import Console

from changeproof.errors import UserError
from changeproof.model import Finding, Problem, Report, Revision
from changeproof.report import FORMATS, load_schema, render, render_json, render_markdown, render_terminal
from changeproof.report.terminal import render_terminal_text

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]


def finding(kind="parameter-removed", severity="breaking", object="pkg.mod.func", parameter=None, path="pkg/mod.py",
            line=10, message="something changed", old=None, new=None, acknowledged=None) -> Finding:
    return Finding(kind=kind, category="api", severity=severity, object=object, parameter=parameter, path=path,
                   line=line, message=message, old=old, new=new, acknowledged=acknowledged)


def full_report() -> Report:
    return Report(
        base=Revision("main", "0123456789abcdef0123456789abcdef01234567"),
        head=Revision("WORKTREE", None),
        findings=[
            finding("parameter-removed", "breaking", "pkg.Client.send", "timeout", "pkg/client.py", 42,
                    "parameter timeout was removed", "def send(self, msg, timeout=5)", "def send(self, msg)"),
            finding("object-removed", "breaking", "pkg.internal.helper", None, "pkg/internal.py", 7,
                    "pkg.internal.helper was removed", "def helper()", None,
                    acknowledged="internal module, not public API"),
            finding("parameter-default-changed", "risk", "pkg.Client.open", "mode", "pkg/client.py", 50,
                    "default of mode changed | callers relying on it see new behaviour",
                    "def open(self, mode='r|w')", "def open(self, mode='r')"),
            finding("return-type-narrowed", "info", "pkg.parse", None, None, None,
                    "return type narrowed\nfrom list[int] | None", "list[int] | None", "list[int]"),
            finding("object-added", "info", "pkg.Client.close", None, "pkg/client.py", None,
                    "pkg.Client.close was added", None, "def close(self)"),
            finding("object-added", "info", None, None, "pkg/__init__.py", 3, "module-level change [bold]x[/bold]"),
        ],
        problems=[
            Problem("pkg/aliases.py", "does not parse: needs Python >= 3.12 (type statement)", "head"),
            Problem("pkg/broken.py", "does not parse: invalid syntax at line 3", None),
        ],
    )


def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --- dispatch ------------------------------------------------------------------------------------------------


def test_formats_and_dispatch():
    assert set(FORMATS) == {"json", "markdown", "terminal", "html", "sarif", "junit", "gitlab", "github"}
    report = full_report()
    for fmt in FORMATS:
        out = render(report, fmt)
        assert isinstance(out, str) and out.endswith("\n")
    with pytest.raises(UserError) as e:
        render(report, "pdf")
    assert "json" in e.value.hint


# --- JSON ----------------------------------------------------------------------------------------------------


def test_json_is_to_json():
    report = full_report()
    out = render_json(report)
    assert out.endswith("\n")
    assert json.loads(out) == report.to_json()
    assert list(json.loads(out)) == list(report.to_json())  # key order kept
    assert render(report, "json") == out


@pytest.mark.parametrize(
    "report",
    [
        full_report(),
        Report(base=Revision("a", None), head=Revision("b", None)),
        Report(base=Revision("v1", "a" * 40), head=Revision("v2", "b" * 40),
               findings=[finding(severity="risk", acknowledged="known")]),
    ],
    ids=["full", "empty", "acknowledged-only"],
)
def test_json_validates_against_schema(report):
    data = json.loads(render_json(report))
    errors = sorted(validator().iter_errors(data), key=str)
    assert not errors, errors


def test_schema_rejects_bad_reports():
    v = validator()
    good = full_report().to_json()
    assert v.is_valid(good)

    def broken(mutate):
        data = copy.deepcopy(good)
        mutate(data)
        return v.is_valid(data)

    assert not broken(lambda d: d["findings"][0].update(severity="fatal"))
    assert not broken(lambda d: d.pop("verdict"))
    assert not broken(lambda d: d.update(verdict="ok"))
    assert not broken(lambda d: d.update(semver="huge"))
    assert not broken(lambda d: d.update(schema="changeproof.report/3"))
    assert not broken(lambda d: d["findings"][0].pop("message"))
    assert not broken(lambda d: d["findings"][0].update(message=""))
    assert not broken(lambda d: d["findings"][0].update(line=0))
    assert not broken(lambda d: d["findings"][0].update(kind="Not A Kind"))
    assert not broken(lambda d: d["findings"][0].update(extra=1))
    assert not broken(lambda d: d["problems"][0].update(side="left"))
    assert not broken(lambda d: d["problems"][0].pop("side"))
    assert not broken(lambda d: d["summary"].pop("acknowledged"))
    assert not broken(lambda d: d["summary"].update(breaking=-1))
    assert not broken(lambda d: d["base"].pop("sha"))
    assert not broken(lambda d: d["tool"].pop("version"))
    # the top level is open for later additions
    assert broken(lambda d: d.update(changes=[], checks=[], future_section={}))
    assert not broken(lambda d: d.update(checks=[{"name": "x"}]))


def test_schema_is_package_data():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"]["const"] == "changeproof.report/2"


def test_docs_example_validates():
    text = (ROOT / "docs" / "report-format.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    assert blocks, "docs/report-format.md has no JSON example"
    for block in blocks:
        data = json.loads(block)
        assert validator().is_valid(data), list(validator().iter_errors(data))


# --- Markdown ------------------------------------------------------------------------------------------------


def test_markdown_content():
    report = full_report()
    md = render_markdown(report)
    assert md.startswith("# ")
    first = md.splitlines()[0]
    assert "main (0123456)" in first and "WORKTREE" in first
    assert "**Verdict: breaking**" in md
    assert "requires a major version bump" in md
    for title in ("## Breaking (1)", "## Risk (1)", "## Info (3)", "## Acknowledged (1)", "## Could not analyse (2)"):
        assert title in md
    assert md.index("## Breaking") < md.index("## Risk") < md.index("## Info") < md.index("## Acknowledged")
    assert md.index("## Acknowledged") < md.index("## Could not analyse")
    for f in report.findings:
        if f.path and f.line:
            assert f"`{f.path}:{f.line}`" in md
        assert f"`{f.kind}`" in md
    assert "`pkg/client.py`" in md  # path without a line
    assert "internal module, not public API" in md
    assert "needs Python \\>= 3.12" in md
    assert "pkg/broken.py" in md


def test_markdown_tables_are_well_formed():
    md = render_markdown(full_report())
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert rows
    tables: list[list[str]] = []
    for line in md.splitlines():
        if line.startswith("|"):
            if not tables or tables[-1] is None:
                tables.append([])
            tables[-1].append(line)
        elif tables and tables[-1] is not None:
            tables.append(None)
    for table in filter(None, tables):
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table}
        assert len(widths) == 1, table  # no unescaped pipe or newline broke a row


def test_markdown_escapes_pipes_and_newlines():
    md = render_markdown(full_report())
    assert "`def open(self, mode='r\\|w')`" in md
    assert "default of mode changed \\| callers" in md
    assert "`list[int] \\| None` → `list[int]`" in md
    assert "return type narrowed<br>from list\\[int\\] \\| None" in md


def test_markdown_truncates_long_code_and_handles_backticks():
    long = "def f(" + ", ".join(f"a{i}" for i in range(100)) + ")"
    report = Report(Revision("a", None), Revision("b", None),
                    findings=[finding(old=long, new="x = `y`", message="see `f` for **details**")])
    md = render_markdown(report)
    row = next(line for line in md.splitlines() if line.startswith("| `parameter-removed`"))
    assert long not in row
    assert "\u2026" in row
    assert max(len(m) for m in re.findall(r"`([^`]*)`", row)) <= 121
    assert "`` x = `y` ``" in row
    assert "see `f` for \\*\\*details\\*\\*" in row


def test_markdown_no_findings():
    md = render_markdown(Report(Revision("v1", None), Revision("v2", None)))
    assert "No API changes found in the analysed files." in md
    assert "**Verdict: safe**" in md
    assert "## Breaking" not in md


def test_markdown_problems_only_are_shown():
    report = Report(Revision("v1", None), Revision("v2", None), problems=[Problem("a.py", "does not parse", "base")])
    md = render_markdown(report)
    assert "**Verdict: unverified**" in md
    assert "## Could not analyse (1)" in md and "`a.py`" in md and "does not parse" in md


def test_markdown_large_report_is_fast():
    findings = [
        finding(severity=("breaking", "risk", "info")[i % 3], object=f"pkg.m{i}.f{i}", path=f"pkg/m{i}.py", line=i + 1,
                message=f"change {i} | with *markup*", old="def f(a, b=1)" * 5, new="def f(a)")
        for i in range(5000)
    ]
    report = Report(Revision("a", "1" * 40), Revision("b", "2" * 40), findings=findings)
    start = time.perf_counter()
    md = render_markdown(report)
    assert time.perf_counter() - start < 2.0
    assert "`pkg/m4999.py:5000`" in md
    assert md.count("\n| `parameter-removed`") == 5000


# --- terminal ------------------------------------------------------------------------------------------------


@pytest.fixture
def plain_console(monkeypatch):
    for var in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(var, raising=False)
    return Console(file=io.StringIO(), width=120)


def terminal_text(report: Report, console: Console) -> str:
    render_terminal(report, console)
    return console.file.getvalue()


def test_terminal_verdict_first_line(plain_console):
    out = terminal_text(full_report(), plain_console)
    first = out.splitlines()[0]
    assert first.startswith("Verdict: breaking")
    assert "requires a major version bump" in first
    assert "1 breaking" in first and "1 risk" in first and "3 info" in first and "1 acknowledged" in first
    assert "\x1b[" not in out  # no colour codes on a non-terminal console


@pytest.mark.parametrize(
    "report, verdict",
    [
        (Report(Revision("a", None), Revision("b", None)), "safe"),
        (Report(Revision("a", None), Revision("b", None), findings=[finding(severity="risk")]), "risky"),
        (Report(Revision("a", None), Revision("b", None), problems=[Problem("x.py", "bad", "head")]), "unverified"),
        (Report(Revision("a", None), Revision("b", None), findings=[finding(acknowledged="ok")]), "safe"),
    ],
)
def test_terminal_verdicts(plain_console, report, verdict):
    out = terminal_text(report, plain_console)
    assert out.splitlines()[0].startswith(f"Verdict: {verdict}")


def test_terminal_content(plain_console):
    report = full_report()
    narrow = terminal_text(report, plain_console)
    assert {"internal", "module,", "not", "public", "API"} <= set(narrow.split())  # wrapped, never cropped
    out = terminal_text(report, Console(file=io.StringIO(), width=200, color_system=None))
    # grouped by file, the most severe file first; acknowledged and could-not-analyse after the findings
    assert out.index("pkg/client.py") < out.index("pkg/__init__.py") < out.index("(no file)")
    assert out.index("(no file)") < out.index("Acknowledged (1)") < out.index("Could not analyse (2)")
    assert ":42" in out and "parameter-removed  Client.send(timeout)" in out  # short name, line in its file
    assert "parameter timeout was removed" in out
    assert "- def send(self, msg, timeout=5)" in out
    assert "+ def send(self, msg)" in out
    assert "internal module, not public API" in out
    assert "needs Python >= 3.12" in out
    verbose = render_terminal_text(report, width=200, verbose=True)
    assert "list[int] | None" in verbose  # info findings in full with --verbose
    assert "[bold]x[/bold]" in verbose  # report text is never read as rich markup


def test_terminal_drops_identical_old_and_new():
    same = finding("parameter-moved", "breaking", "pkg.mod.f", "x", "pkg/mod.py", 3, "moved", old="x: str", new="x: str")
    out = render_terminal_text(Report(Revision("a", None), Revision("b", None), findings=[same]))
    assert "x: str" not in out and "moved" in out


def test_terminal_wraps_on_word_boundaries():
    words = " ".join(f"word{i:02}" for i in range(40))
    out = render_terminal_text(Report(Revision("a", None), Revision("b", None),
                                      findings=[finding(message=words)]), width=60)
    lines = out.splitlines()
    assert all(len(line) <= 60 for line in lines)
    body = [line for line in lines if "word" in line]
    assert len(body) > 1
    assert all(re.fullmatch(r" *(word\d\d ?)+", line) for line in body), body  # no word cut in two


def test_terminal_colour_on_a_terminal():
    console = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="standard")
    out = terminal_text(full_report(), console)
    assert "\x1b[" in out.splitlines()[0]


def test_terminal_honours_no_color(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    console = Console(file=io.StringIO(), width=120, force_terminal=True)
    out = terminal_text(full_report(), console)
    assert "\x1b[3" not in out and "\x1b[9" not in out  # no foreground colour (bold may stay)


def test_terminal_caps_info_rows(plain_console):
    findings = [finding(severity="info", kind="object-added", object=f"pkg.mod.f{i:03}", message=f"added f{i:03}")
                for i in range(80)]
    findings.append(finding(severity="breaking", object="pkg.gone", message="gone"))
    out = terminal_text(Report(Revision("a", None), Revision("b", None), findings=findings), plain_console)
    assert "80 info" in out.splitlines()[0]
    assert "f000" in out and "f009" in out and "f010" not in out
    assert "added f000" not in out  # an info finding is one line by default
    assert "... and 70 more info findings (--verbose shows them)" in out
    assert "gone" in out
    verbose = render_terminal_text(Report(Revision("a", None), Revision("b", None), findings=findings), verbose=True)
    assert "added f079" in verbose
    # markdown and json keep every info finding
    md = render_markdown(Report(Revision("a", None), Revision("b", None), findings=findings))
    assert "added f079" in md


def test_terminal_no_findings(plain_console):
    out = terminal_text(Report(Revision("a", None), Revision("b", None)), plain_console)
    assert "No API changes found in the analysed files." in out


def test_render_terminal_string_has_no_colour():
    out = render(full_report(), "terminal")
    assert out.splitlines()[0].startswith("Verdict: breaking")
    assert "\x1b[" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_durations_read_as_people_write_them():
    from changeproof.report import seconds

    assert seconds(0.0002) == "<1 ms" and seconds(0.25) == "250 ms" and seconds(2.44) == "2.4 s"
