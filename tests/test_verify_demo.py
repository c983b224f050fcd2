"""The showcase: the example stability report (../shared/examples/stability-report.md) verified against the
embedded demo service's changes, built with the real checks (static; tests not run).

On the honest `additive` branch the report's compatibility claims hold, but its file counts and lists do
not, and every test claim is not verifiable; on the `risky` branch the same claims are contradicted by the
findings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from changeproof import git
from changeproof.runner import resolve_range, run_checks
from changeproof.demo import build
from changeproof.verify import verify, verify_exit_code
from changeproof.verify.render import claims_json, claims_markdown, claims_terminal_text

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "changeproof" / "demo" / "stability-report.md"  # copy of the shared example

pytestmark = pytest.mark.skipif(not EXAMPLE.is_file(), reason=f"the example report is not at {EXAMPLE}")


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    root = tmp_path_factory.mktemp("verify-demo")
    saved = os.environ.get("CHANGEPROOF_CACHE_DIR")
    os.environ["CHANGEPROOF_CACHE_DIR"] = str(root / "cache")
    try:
        repo = build(root / "service")
        out = {}
        for branch in ("additive", "risky"):
            base_ref, base_sha, head_ref, head_rev = resolve_range(repo, f"base..{branch}", None, None)
            out[branch] = run_checks(git.find_repo(repo), base_ref, base_sha, head_ref, head_rev)
        return out
    finally:
        if saved is None:
            os.environ.pop("CHANGEPROOF_CACHE_DIR", None)
        else:
            os.environ["CHANGEPROOF_CACHE_DIR"] = saved


@pytest.fixture(scope="module")
def example() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def additive(reports, example):
    """The example verified against the additive branch: once for the module (45 tests read it; verify is a
    function of the document and the report, and no test changes what it returns)."""
    return verify(example, reports["additive"], document=str(EXAMPLE))


def verdicts(result) -> dict[tuple[str, str], str]:
    """(claim text as written, kind) -> verdict."""
    return {(c.text, c.kind): c.verdict for c in result.claims}


def lookup(result, text_part: str, kind: str) -> str:
    found = [c for c in result.claims if text_part in c.text and c.kind == kind]
    assert found, f"no {kind} claim in a line containing {text_part!r}"
    got = {c.verdict for c in found}
    assert len(got) == 1, (text_part, kind, [(c.line, c.verdict) for c in found])
    return got.pop()


# the headline claims of the example and what the `additive` branch (2 production files modified with widened
# parameter types, one test and one report added; no breaking finding) makes of them, the checks run statically
ADDITIVE = [
    # compatibility: the static checks found no breaking finding, but the tests were not run (outside CI), so the
    # evidence is incomplete and "zero breaking changes" cannot be confirmed
    ("ZERO BREAKING CHANGES CONFIRMED", "no-breaking-changes", "not_verifiable"),
    ("NO production code breaking changes", "no-breaking-changes", "not_verifiable"),
    ("TOTAL BREAKING CHANGES: 0", "no-breaking-changes", "not_verifiable"),
    ("100% BACKWARD COMPATIBLE", "backward-compatible", "not_verifiable"),
    ("Existing interfaces maintain backward compatibility", "backward-compatible", "not_verifiable"),
    ("ALL CHANGES ARE PURELY ADDITIVE", "purely-additive", "confirmed"),
    ("NO removal of existing functionality", "nothing-removed", "confirmed"),
    ("All critical WebSocket manager methods present", "nothing-removed", "confirmed"),
    # scoped to request_scoped_session_factory.py by its lead-in: that file is not even touched
    ("NO existing method signature changes", "signatures-unchanged", "confirmed"),
    # but the integration points did change: six parameters now accept wider types
    ("WebSocket integration points unchanged", "interfaces-unchanged", "contradicted"),
    # files
    ("ALL new files are tests or reports", "only-categories", "confirmed"),
    ("ALL NEW FILES ARE ISOLATED TO TEST/REPORT DIRECTORIES", "only-categories", "confirmed"),
    ("Modified Production Files (4 total)", "changed-file-count", "contradicted"),  # 2 modified
    ("request_scoped_session_factory.py` - Enhanced logging", "listed-file", "contradicted"),  # not touched
    ("websocket_core/protocols.py` - Type safety additions", "listed-file", "confirmed"),
    ("websocket_core/unified_manager.py` - Type validation", "listed-file", "confirmed"),
    ("websocket_core/utils.py` - Type safety improvements", "listed-file", "contradicted"),  # not touched
    ("50+ new comprehensive test files", "changed-file-count", "contradicted"),  # 1 test file added
    ("`auth_service/tests/` - 7 new test files", "changed-file-count", "contradicted"),
    ("15+ documentation/analysis files", "changed-file-count", "contradicted"),  # 1 report added
    # configuration
    ("No Configuration Changes", "no-config-changes", "confirmed"),
    ("No environment variables modified", "no-env-var-changes", "confirmed"),
    ("No service port changes", "no-port-changes", "confirmed"),
    ("No OAuth/JWT credential changes", "no-credential-changes", "not_verifiable"),
    ("No database connection modifications", "no-database-changes", "not_verifiable"),
    # tests were not run
    ("Existing unit tests pass (53/54 - 98% success rate)", "tests-passed-count", "not_verifiable"),
    ("UNIT TESTS: 98% PASS RATE", "pass-rate", "not_verifiable"),
    ("Only 1 minor memory cleanup test failed", "failure-non-critical", "not_verifiable"),
    ("Existing tests continue to pass", "all-tests-pass", "not_verifiable"),
    # async, architecture, validity
    ("No synchronous I/O blocking added", "no-blocking-io", "confirmed"),
    ("Logging Enhancements Are Non-Blocking", "no-blocking-io", "confirmed"),
    ("No Architecture Violations Introduced", "no-architecture-violations", "confirmed"),
    ("Service independence maintained", "no-architecture-violations", "confirmed"),
    # the change adds two relative imports (counted by the architecture check's fact, below its reporting threshold)
    ("follows absolute import rules", "absolute-imports", "contradicted"),
    ("Python syntax validation: ALL PASS", "syntax-valid", "confirmed"),
    ("Import compatibility: ALL PASS", "imports-valid", "confirmed"),
    ("Interface contract validation: ALL PASS", "contracts-valid", "confirmed"),
    ("from netra_backend.app.websocket_core import UnifiedWebSocketManager", "import-statement", "not_verifiable"),
    # judgements and runtime behaviour
    ("TOTAL RISK LEVEL: ZERO", "no-risk", "not_verifiable"),
    ("Existing WebSocket functionality works exactly as before", "runtime-behaviour", "not_verifiable"),
    ("MAINTAIN 100% SYSTEM STABILITY", "runtime-behaviour", "not_verifiable"),
    ("Enhanced logging does not affect functionality", "runtime-behaviour", "not_verifiable"),
]


@pytest.mark.parametrize("text,kind,expected", ADDITIVE, ids=[f"{k}:{t[:30]}" for t, k, _ in ADDITIVE])
def test_example_against_the_additive_branch(additive, text, kind, expected):
    assert lookup(additive, text, kind) == expected


def test_additive_evidence_and_totals(additive):
    result = additive
    by = {(c.text, c.kind): c for c in result.claims}
    count = next(c for (t, k), c in by.items() if "Modified Production Files (4 total)" in t)
    assert any("modifies 2 production file(s): netra_backend/app/websocket_core/protocols.py, "
               "netra_backend/app/websocket_core/unified_manager.py" in e.text for e in count.evidence)
    points = next(c for (t, k), c in by.items() if "integration points unchanged" in t)
    assert {e.finding.kind for e in points.evidence if e.finding} == {"parameter-type-widened"}
    tests = next(c for (t, k), c in by.items() if "53/54" in t)
    assert tests.evidence[0].text.startswith("tests were not run")
    s = result.summary
    assert s["contradicted"] >= 10 and s["confirmed"] >= 30 and s["not_verifiable"] >= 30 and s["not_checked"] >= 10
    # nothing a pattern did not understand is ever confirmed
    assert all(c.kind != "unrecognised" for c in result.claims if c.verdict == "confirmed")
    assert verify_exit_code(result) == 1


RISKY = [
    ("ZERO BREAKING CHANGES CONFIRMED", "no-breaking-changes", "contradicted"),
    ("100% BACKWARD COMPATIBLE", "backward-compatible", "contradicted"),
    ("NO existing method signature changes", "signatures-unchanged", "contradicted"),  # create_thread's parameters moved
    ("NO removal of existing functionality", "nothing-removed", "contradicted"),
    ("request_scoped_session_factory.py` - Enhanced logging", "listed-file", "confirmed"),  # touched this time
    ("No environment variables modified", "no-env-var-changes", "contradicted"),
    ("No OAuth/JWT credential changes", "no-credential-changes", "contradicted"),  # NETRA_JWT_SECRET
    ("No synchronous I/O blocking added", "no-blocking-io", "contradicted"),  # time.sleep in async def
    ("Service independence maintained", "no-architecture-violations", "contradicted"),  # auth imports backend
    ("Interface contract validation: ALL PASS", "contracts-valid", "contradicted"),
    # no file added at all, six production files modified: vacuous truth is no confirmation (issue 9)
    ("ALL new files are tests or reports", "only-categories", "contradicted"),
    ("Python syntax validation: ALL PASS", "syntax-valid", "confirmed"),
]


def test_example_against_the_risky_branch(reports, example):
    result = verify(example, reports["risky"], document=str(EXAMPLE))
    got = [(text, kind, lookup(result, text, kind)) for text, kind, _ in RISKY]
    assert got == RISKY
    claim = next(c for c in result.claims if c.kind == "no-credential-changes" and "OAuth/JWT" in c.text)
    assert claim.evidence[0].finding.object == "NETRA_JWT_SECRET"
    assert claim.evidence[0].text.startswith("env-var-added [breaking] NETRA_JWT_SECRET at netra_backend/app/settings.py:7")


def test_renderers_on_the_showcase(reports, example):
    result = verify(example, reports["additive"], document="stability-report.md")
    data = json.loads(claims_json(result))
    assert data["document"] == "stability-report.md"
    assert sum(data["summary"].values()) == len(data["claims"])
    md = claims_markdown(result)
    assert md.index("**contradicted**") < md.index("| confirmed |")
    text = claims_terminal_text(result, width=140)
    assert "contradicted" in text.splitlines()[1]
