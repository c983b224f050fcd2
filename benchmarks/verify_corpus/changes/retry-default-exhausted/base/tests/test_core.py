import pytest

from retrykit import call_with_retry


def no_sleep(_seconds):
    pass


def flaky(failures):
    calls = []

    def func():
        calls.append(1)
        if len(calls) <= failures:
            raise ValueError(f"failure {len(calls)}")
        return "ok"

    return func, calls


def test_returns_first_success():
    func, calls = flaky(0)
    assert call_with_retry(func, sleep=no_sleep) == "ok"
    assert len(calls) == 1


def test_retries_until_success():
    func, calls = flaky(2)
    assert call_with_retry(func, attempts=3, sleep=no_sleep) == "ok"
    assert len(calls) == 3


def test_default_attempts_is_three():
    func, calls = flaky(100)
    with pytest.raises(ValueError):
        call_with_retry(func, sleep=no_sleep)
    assert len(calls) == 3


def test_reraises_last_error():
    func, _ = flaky(100)
    with pytest.raises(ValueError, match="failure 2"):
        call_with_retry(func, attempts=2, sleep=no_sleep)


def test_rejects_zero_attempts():
    with pytest.raises(ValueError, match="at least 1"):
        call_with_retry(lambda: None, attempts=0)
