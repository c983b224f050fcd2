import pytest

from mailer import Client


def test_defaults_from_config():
    c = Client()
    assert c.host == "localhost" and c.port == 25


def test_send_queues_message():
    c = Client()
    msg = c.send("a@example.org", "hi", "hello")
    assert msg["to"] == "a@example.org" and c.outbox == [msg]


def test_send_rejects_bad_address():
    with pytest.raises(ValueError):
        Client().send("nobody", "hi", "hello")


def test_flush_counts_and_clears():
    c = Client("smtp.internal", 2525)
    c.send("a@example.org", "1", "x")
    c.send("b@example.org", "2", "y")
    assert c.flush() == 2 and c.outbox == []


def test_send_carries_bearer_token():
    msg = Client().send("a@example.org", "hi", "hello")
    assert msg["authorization"] == "Bearer test-token"
