import asyncio

from notifyhub.dispatcher import Event, Outbox, dispatch


def test_email_dispatch():
    outbox = Outbox()
    n = asyncio.run(dispatch(Event("welcome", "ada@example.invalid", {"name": "Ada"}), outbox))
    assert n == 1
    assert outbox.sent == [("email", "ada@example.invalid", "Welcome, Ada!")]


def test_webhook_dispatch():
    outbox = Outbox()
    asyncio.run(dispatch(Event("reset", "https://hooks.invalid/x", {"link": "https://r.invalid"}), outbox))
    assert outbox.sent[0][0] == "webhook"
