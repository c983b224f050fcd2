import pytest

from retrykit import RetryError, call_with_retry


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


def test_default_attempts_is_five():
    func, calls = flaky(100)
    with pytest.raises(RetryError):
        call_with_retry(func, sleep=no_sleep)
    assert len(calls) == 5


def test_raises_retry_error_from_last_error():
    func, _ = flaky(100)
    with pytest.raises(RetryError) as info:
        call_with_retry(func, attempts=2, sleep=no_sleep)
    assert info.value.attempts == 2
    assert str(info.value.last_error) == "failure 2"
    assert info.value.__cause__ is info.value.last_error


def test_on_retry_called_between_attempts():
    func, _ = flaky(2)
    seen = []
    call_with_retry(func, attempts=3, sleep=no_sleep, on_retry=lambda n, exc: seen.append((n, str(exc))))
    assert seen == [(1, "failure 1"), (2, "failure 2")]


def test_rejects_zero_attempts():
    with pytest.raises(ValueError, match="at least 1"):
        call_with_retry(lambda: None, attempts=0)
