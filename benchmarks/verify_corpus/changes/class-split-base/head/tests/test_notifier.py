import logging

from alertly import Notifier


def test_notify_sends_formatted():
    out = []
    n = Notifier(out.append)
    assert n.notify(logging.ERROR, "disk full") is True
    assert out == ["[alert] ERROR: disk full"]


def test_below_min_level_dropped():
    out = []
    n = Notifier(out.append, min_level=logging.WARNING)
    assert n.notify(logging.INFO, "fyi") is False
    assert out == []


def test_flush_returns_count():
    n = Notifier(lambda text: None)
    n.notify(logging.INFO, "a")
    n.notify(logging.INFO, "b")
    assert n.flush() == 2
    assert n.sent == []


def test_subclass_overrides_prefix():
    class Pager(Notifier):
        prefix = "[page]"

    out = []
    Pager(out.append).notify(logging.CRITICAL, "db down")
    assert out == ["[page] CRITICAL: db down"]
