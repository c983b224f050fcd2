"""`verify` on hostile documents: bounded work whatever the input (issue: denial of service through verify).

* every regular expression of changeproof.verify has bounded repetition (only runs of whitespace may repeat
  without a bound), so each match attempt does bounded work per position: matching is linear in the text;
* a line over MAX_LINE characters, a sentence over MAX_SEGMENT, a document over MAX_DOCUMENT bytes are listed
  as "not checked" with the reason, never matched;
* the time budget ends the document with "not checked: document too large or too complex" (a fake clock here:
  no test depends on how fast this machine is);
* documents that made the previous engine backtrack for minutes complete (run in a subprocess whose timeout is
  only a guard against a hang, not a measurement).
"""

from __future__ import annotations

import ast
import importlib
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from changeproof.model import CheckRun, Report, Revision
from changeproof.verify import MAX_DOCUMENT, read_document, verify
from changeproof.verify.segments import MAX_LINE, MAX_SEGMENT

try:  # Python 3.11+
    import re._constants as sre_c
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre_c
    import sre_parse

VERIFY = Path(__file__).resolve().parents[1] / "src" / "changeproof" / "verify"
_REGEX_FUNCS = {"search", "match", "fullmatch", "finditer", "findall", "sub", "split", "compile", "_rx", "_any", "Topic"}


def _report() -> Report:
    runs = [CheckRun(n, n, "ran", 0.0, "ran") for n in ("changed-files", "api", "config-drift", "dependencies")]
    return Report(base=Revision("main", None), head=Revision("HEAD", None), changes=[], checks=runs, facts=[])


def _value(node: ast.AST, namespace: dict) -> str | None:
    """A pattern as Python builds it: constants, f-strings over module constants ("x" for a local)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(str(v.value))
                continue
            try:
                parts.append(str(eval(compile(ast.Expression(v.value), "<pattern>", "eval"), dict(namespace))))  # noqa: S307
            except Exception:  # noqa: BLE001 - a local variable: any bounded piece stands for it
                parts.append("x")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _value(node.left, namespace), _value(node.right, namespace)
        return None if left is None or right is None else left + right
    return None


def _patterns() -> list[tuple[str, int, str]]:
    """Every pattern string handed to a regular-expression function or assigned to a module-level _NAME in verify/."""
    out = []
    for path in sorted(VERIFY.glob("*.py")):
        module = importlib.import_module(f"changeproof.verify.{path.stem}") if path.stem != "__init__" else importlib.import_module("changeproof.verify")
        namespace = vars(module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            candidates: list[ast.AST] = []
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in _REGEX_FUNCS:
                    candidates = list(node.args[:3]) if name != "_any" else list(node.args[1:])
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id.lstrip("_").isupper():
                candidates = [node.value]
            elif isinstance(node, (ast.Constant, ast.JoinedStr)):
                # any other string that reads as a pattern (tables of patterns, frames built in a function)
                value = _value(node, namespace)
                if value and any(tok in value for tok in ("(?:", "\\b", "\\s", "\\d", "\\w")):
                    candidates = [node]
            for c in candidates:
                value = _value(c, namespace)
                if value:
                    out.append((path.name, c.lineno, value))
    return out


def _unbounded(pattern: str) -> list[str]:
    """The repetitions of *pattern* without an upper bound over anything but whitespace."""
    bad: list[str] = []

    def whitespace(items: list) -> bool:
        if len(items) != 1:
            return False
        op, av = items[0]
        if op == sre_c.LITERAL:
            return av in (9, 32)
        if op == sre_c.IN:
            return all(x in ((sre_c.CATEGORY, sre_c.CATEGORY_SPACE), (sre_c.LITERAL, 32), (sre_c.LITERAL, 9)) for x in av)
        return False

    def walk(items) -> None:
        for op, av in items:
            if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
                lo, hi, sub = av
                if hi == sre_c.MAXREPEAT and not whitespace(list(sub)):
                    bad.append(str(list(sub))[:80])
                walk(sub)
            elif op == sre_c.SUBPATTERN:
                walk(av[-1])
            elif op == sre_c.BRANCH:
                for b in av[1]:
                    walk(b)
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                walk(av[1])

    walk(sre_parse.parse(pattern))
    return bad


def test_the_audit_sees_the_patterns():
    found = _patterns()
    assert len(found) > 300  # the recognisers, the splitter, the text normaliser, the evaluators
    assert any("breaking" in p for _, _, p in found)


def test_every_pattern_has_bounded_repetition():
    bad = []
    for name, line, pattern in _patterns():
        try:
            problems = _unbounded(pattern)
        except Exception:  # noqa: BLE001 - not a regular expression (a plain string constant)
            continue
        if problems:
            bad.append(f"{name}:{line}: {pattern[:90]!r} repeats {problems[0]} without a bound")
    assert not bad, "\n".join(bad)


def test_a_line_too_long_is_not_checked():
    doc = "No breaking changes.\n" + "a." * (MAX_LINE // 2 + 10) + "\nNo new dependencies.\n"
    result = verify(doc, _report())
    long = [c for c in result.claims if c.line == 2]
    assert len(long) == 1 and long[0].verdict == "not_checked"
    assert f"line too long to analyse ({MAX_LINE + 20:,} characters; the limit is {MAX_LINE:,})" in long[0].evidence[0].text
    assert {c.line for c in result.claims} >= {1, 3}  # what is around it is still read


def test_a_sentence_too_long_is_not_checked():
    doc = "- " + "no breaking changes and " * (MAX_SEGMENT // 20) + "\n"
    result = verify(doc, _report())
    assert [(c.verdict, c.kind) for c in result.claims] == [("not_checked", "unrecognised")]
    assert "sentence too long to analyse" in result.claims[0].evidence[0].text


def test_time_budget_ends_the_document_with_not_checked():
    ticks = iter(range(10_000))
    doc = "".join(f"- No breaking changes in part {i}.\n" for i in range(50))
    result = verify(doc, _report(), budget=20, clock=lambda: float(next(ticks)))
    last = result.claims[-1]
    assert last.verdict == "not_checked"
    assert "document too large or too complex" in last.evidence[0].text
    assert "time budget (20 s) ran out at line" in last.evidence[0].text
    assert 10 <= len(result.claims) <= 25  # the lines before the budget ran out were judged


def test_document_over_the_cap_is_read_up_to_it():
    line = b"- No breaking changes.\n"
    data = line * (MAX_DOCUMENT // len(line) + 100)
    text, truncated = read_document(io.BytesIO(data), "big.md")
    assert len(text.encode()) <= MAX_DOCUMENT and text.endswith("\n")
    assert truncated and f"big.md is {len(data):,} bytes" in truncated
    result = verify(text[:2000], _report(), truncated=truncated)
    assert result.claims[-1].verdict == "not_checked" and "document too large" in result.claims[-1].evidence[0].text
    small, none = read_document(io.BytesIO(b"\xef\xbb\xbfNo breaking changes\n"), "x")
    assert small == "No breaking changes\n" and none is None


_HOSTILE = {
    # the shapes that made regular expressions backtrack: long runs of one token, nesting, unclosed spans
    "digits": "1," * 600, "dots": "1. " * 400, "slashes": "a/" * 600, "brackets": "[" * 900, "links": "[a](" * 300,
    "ticks": "`a" * 600, "stars": "*a " * 400, "words": "no new " * 200, "pipes": "| a " * 300 + "|",
    "numbers": "1 of 2 of 3 " * 100, "emoji": "\u2705 no " * 300, "quotes": '"a ' * 400, "paths": "a.b." * 300,
}


def test_hostile_documents_complete(tmp_path):
    doc = tmp_path / "hostile.md"
    doc.write_text("\n".join(v for v in _HOSTILE.values() for _ in range(6)), encoding="utf-8")  # ~80 KB
    script = textwrap.dedent(f"""
        from changeproof.model import Report, Revision
        from changeproof.verify import verify_file
        result = verify_file({str(doc)!r}, Report(base=Revision("a", None), head=Revision("b", None)))
        print(len(result.claims))
    """)
    # the timeout only guards against a hang: nothing here measures speed
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
    assert p.returncode == 0, p.stderr[-2000:]
    assert int(p.stdout.strip()) >= 1


_MARKDOWN = st.lists(st.sampled_from([
    "# ", "## Summary: ", "- ", "- [x] ", "- [ ] ", "1. ", "| ", " | ", "|---|---|\n", "```\n", "```python\n", "\n", " ",
    "no ", "new ", "breaking ", "changes", "tests ", "pass", "53/54 ", "files ", "modified", "`pkg/a.py` ", "`Client.get` ",
    "CACHE_TTL ", "keeps its default of 300", "stays optional", "removed", "added", "renamed to ", "\u2705 ", "\u274c ",
    "four of the five ", "should ", "(", ")", "[", "](", "*", "**", "~", ":", ".", ",", "0", "1.2.3", "v2", "\t",
]), max_size=200).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MARKDOWN)
def test_random_markdown_never_breaks_verify(doc):
    result = verify(doc, _report())
    for c in result.claims:
        assert c.verdict in ("confirmed", "contradicted", "not_verifiable", "not_checked")
        assert 1 <= c.line <= doc.count("\n") + 1
        assert c.verdict != "confirmed" or c.kind != "unrecognised"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_random_text_never_breaks_verify(doc):
    result = verify(doc, _report())
    assert all(c.line >= 1 for c in result.claims)


@pytest.mark.parametrize("fmt", ["markdown", "json", "terminal"])
def test_cli_reads_standard_input(tmp_path, fmt):
    from changeproof.model import Change

    report = _report()
    report.changes = [Change("pkg/a.py", "modified", "production", None, 1, 1)]
    path = tmp_path / "report.json"
    import json

    path.write_text(json.dumps(report.to_json()), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "changeproof", "verify", "-", "--report", str(path), "--format", fmt],
                       input="- 1 file changed\n- 3 files changed\n", capture_output=True, text=True, timeout=120)
    assert p.returncode == 1, p.stderr  # the second count is contradicted
    assert "Traceback" not in p.stderr
    assert "3 files changed" in p.stdout


def test_a_list_after_a_colon_holding_code_does_not_break_verify():
    # the list after "Summary:" is kept whole, and the code span inside it must come back as written
    for doc in ("# # ,## Summary: 53/54 `pkg/a.py` ", "x, Totals: 3/4 `pkg/b.py`", "Result: 3 of 4, see `pkg/b.py` and `pkg/c.py`"):
        verify(doc, _report())
