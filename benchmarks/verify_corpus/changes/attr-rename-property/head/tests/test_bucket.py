import logging

import pytest

from throttle import TokenBucket


def test_take():
    b = TokenBucket(10)
    assert b.take(3) is True
    assert b.available == 7


def test_take_too_many_logs(caplog):
    b = TokenBucket(2)
    with caplog.at_level(logging.WARNING):
        assert b.take(5) is False
    assert "rate limited" in caplog.text


def test_refill_caps_at_capacity():
    b = TokenBucket(5, refill_rate=2.0)
    b.take(5)
    b.refill(10)
    assert b.take(5) is True
    assert b.take(1) is False


def test_default_rate():
    assert TokenBucket.rate == 1.0


def test_available_is_read_only():
    b = TokenBucket(4)
    with pytest.raises(AttributeError):
        b.available = 1
