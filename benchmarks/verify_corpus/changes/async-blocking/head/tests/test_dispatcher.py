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


def test_audit_log(tmp_path):
    log = tmp_path / "audit.log"
    asyncio.run(dispatch(Event("welcome", "bo@example.invalid", {"name": "Bo"}), Outbox(), audit_log=str(log)))
    assert log.read_text() == "welcome bo@example.invalid\n"
