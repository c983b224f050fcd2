"""The finding kinds of the tests engine (the `tests` check): id, severity, semver effect and docs, one row each."""

from __future__ import annotations

from ..model import rule

ID = "tests"
TITLE = "Tests"

TEST_REGRESSION = rule(
    "test-regression",
    ID,
    "breaking",
    "A test that passed at base fails at head",
    """
    The test passes when run against the base revision's code (on every attempt made there) and fails (or errors
    in setup or teardown) against the head's on every attempt: the first run and `--reruns` more (default 19, so
    20 attempts; a test failing half the time fails 20 times in a row about once in a million runs), so it is
    neither flaky nor pre-existing: the change broke the behaviour it checks, even if no signature changed. Also reported when a
    test file that collected at base fails to collect at head (its tests no longer run at all). The base run
    uses the base tree's own code (its import roots first on PYTHONPATH, verified in the session); when that
    cannot be verified the failure is reported as `test-failing-base-unknown` instead. Instead: fix the code,
    or change the test in the same change if the new behaviour is intended (and say so).
    """,
    """
# pkg/pricing.py
def total(items):
    return sum(i.price * i.qty for i in items)

# tests/test_pricing.py
def test_total():
    assert total([Item(price=2, qty=3)]) == 6
""",
    """
# pkg/pricing.py
def total(items):
    return sum(i.price for i in items)  # quantity dropped

# tests/test_pricing.py: unchanged, now fails
def test_total():
    assert total([Item(price=2, qty=3)]) == 6  # assert 2 == 6
""",
)

TEST_NEW_FAILING = rule(
    "test-new-failing",
    ID,
    "breaking",
    "A test new at head fails",
    """
    The test does not exist at base (no test with its node id, after following renamed test files) or was
    skipped there, and it fails at head on every attempt (20 by default, see `test-regression`; when fewer could
    be made the finding is risk, not breaking). A change that adds a failing test ships a known failure;
    if the test documents a bug still to fix, mark it `@pytest.mark.xfail(reason=...)` so the suite says so.
    """,
    """
# tests/test_api.py
def test_get(): ...
""",
    """
# tests/test_api.py
def test_get(): ...

def test_delete():  # new, and failing
    assert client.delete("/items/1").status_code == 204  # assert 405 == 204
""",
)

TEST_FLAKY = rule(
    "test-flaky",
    ID,
    "risk",
    "A test failed at head, then passed on a rerun",
    """
    The test failed at head and passed on another attempt (it is rerun until it passes or `--reruns` + 1
    attempts, default 20, have failed), or it failed on every attempt at head while at base it failed and then
    passed: its outcome depends on something other than the code (timing, order, shared state, randomness, the network).
    Not proof the change broke it, nor that it did not; a flaky test is weak evidence either way. Random test
    orders are neutralised on both sides (pytest-randomly and pytest-random-order disabled, PYTHONHASHSEED=0).
    """,
    """
def test_cache_expiry():
    cache.set("k", 1, ttl=0.01)
    time.sleep(0.02)
    assert cache.get("k") is None
""",
    """
def test_cache_expiry():
    cache.set("k", 1, ttl=0.01)
    time.sleep(0.011)  # races with the clock: fails now and then
    assert cache.get("k") is None
""",
)

TEST_REMOVED = rule(
    "test-removed",
    ID,
    "risk",
    "A test collected at base is gone at head",
    """
    A test that base collected has no counterpart at head (matched by node id, following test files git sees
    as renamed): deleted, renamed inside its file, or deselected. Whatever it checked is no longer checked;
    removing a test is the easiest way to make a failing suite pass. Tests of a file that fails to collect at
    head are reported with that failure instead.
    """,
    """
# tests/test_auth.py
def test_login(): ...
def test_login_rejects_expired_token(): ...
""",
    """
# tests/test_auth.py
def test_login(): ...
# test_login_rejects_expired_token removed
""",
)

TEST_SKIPPED_NOW = rule(
    "test-skipped-now",
    ID,
    "risk",
    "A test that passed at base is skipped at head",
    """
    The test ran and passed at base and is skipped at head (a new `skip` / `skipif` marker, a fixture that now
    calls `pytest.skip`, an import that now fails under `importorskip`). Only knowable when the whole base
    suite runs (`--base-tests all`); otherwise the report says "unknown".
    """,
    """
def test_export_csv(tmp_path): ...
""",
    """
@pytest.mark.skip(reason="flaky on CI")
def test_export_csv(tmp_path): ...
""",
)

TEST_FAILING_AT_BASE = rule(
    "test-failing-at-base",
    ID,
    "info",
    "A test failing at head fails at base too",
    """
    The test fails at head on every run and fails (or errors, or is an expected failure) at base as well: the
    failure was there before the change. Listed apart as pre-existing and never held against the change, so
    "one failure" is not waved through as non-critical without knowing whether it is new. Not reported this
    way when the base run could not be shown to test the base's own code (see `test-failing-base-unknown`).
    """,
    """
# base: tests/test_io.py::test_unicode_path fails (a known bug)
""",
    """
# head: the change touches something else; tests/test_io.py::test_unicode_path still fails, the same way
""",
)

TEST_FAILING_BASE_UNKNOWN = rule(
    "test-failing-base-unknown",
    ID,
    "risk",
    "A test failing at head whose outcome at base is unknown",
    """
    The test fails at head on every run and exists at base, but its base outcome could not be established: the
    base run was not isolated (the project's packages imported from outside the base tree, e.g. an editable
    install of the working tree, so a base run would test head's code), or the base suite could not be
    collected or run (timeout, crash, usage error). It may be a regression or pre-existing; changeproof does
    not guess. The report's problems say why; run from an environment where the project is not installed
    (or installed non-editable from base), or fix what stopped the base run.
    """,
    """
# pip install -e .  (the working tree, i.e. head) in the environment the tests run in
""",
    """
# base run: `import pkg` resolves to ./src/pkg of the working tree, not the base copy: base not isolated
""",
)

TEST_RENAMED = rule(
    "test-renamed",
    ID,
    "info",
    "A test was renamed: the same definition under a new name",
    """
    A test function collected at base is gone at head and a new one in the same file (following renamed files)
    has the same definition apart from its name: the same parameters, decorators and body, compared as syntax
    trees, matched one to one (a body shared by several functions is not matched). The evidence is still there
    under the new name, so it is not reported as `test-removed`; a failure of the renamed test at head is compared
    with the old test's outcome at base.
    """,
    """
# tests/test_auth.py
def test_login_ok(client):
    assert client.login("ann", "pw").ok
""",
    """
# tests/test_auth.py
def test_login_succeeds_with_the_right_password(client):
    assert client.login("ann", "pw").ok
""",
)

TEST_REPARAMETRISED = rule(
    "test-reparametrised",
    ID,
    "info",
    "A test's parameters changed: other cases of the same test function",
    """
    Node ids of a test function are gone at head while the same function (same file, class and name) is collected
    with other parameter ids: its cases were re-parametrised, not removed. Risk instead of info when the head has
    fewer cases of it than the base: some evidence is lost. The message lists the cases gone and counts the new.
    """,
    """
@pytest.mark.parametrize("a,b", [(1, 2), (2, 3)])
def test_add(a, b): ...
""",
    """
@pytest.mark.parametrize("a,b", [(1, 2), (2, 3), (-1, 1)], ids=["small", "next", "negative"])
def test_add(a, b): ...
""",
)

RULES = (TEST_REGRESSION, TEST_NEW_FAILING, TEST_FLAKY, TEST_REMOVED, TEST_RENAMED, TEST_REPARAMETRISED, TEST_SKIPPED_NOW,
         TEST_FAILING_AT_BASE, TEST_FAILING_BASE_UNKNOWN,)
