import logging

from throttle import TokenBucket


def test_take():
    b = TokenBucket(10)
    assert b.take(3) is True
    assert b.tokens == 7


def test_take_too_many_logs(caplog):
    b = TokenBucket(2)
    with caplog.at_level(logging.WARNING):
        assert b.take(5) is False
    assert "bucket empty" in caplog.text


def test_refill_caps_at_capacity():
    b = TokenBucket(5, refill_rate=2.0)
    b.take(5)
    b.refill(10)
    assert b.take(5) is True
    assert b.take(1) is False


def test_default_rate():
    assert TokenBucket.refill_rate == 1.0


def test_tokens_attribute_is_writable():
    b = TokenBucket(4)
    b.tokens = 1
    assert b.take(2) is False
