"""Async dispatch of notification events."""
import asyncio
from dataclasses import dataclass, field

from notifyhub.templates import render

__all__ = ["Event", "Outbox", "dispatch", "send_email", "send_webhook"]


@dataclass
class Event:
    kind: str
    recipient: str
    values: dict = field(default_factory=dict)


@dataclass
class Outbox:
    sent: list = field(default_factory=list)


async def send_email(outbox: Outbox, to: str, body: str) -> None:
    await asyncio.sleep(0)
    outbox.sent.append(("email", to, body))


async def send_webhook(outbox: Outbox, url: str, body: str) -> None:
    await asyncio.sleep(0)
    outbox.sent.append(("webhook", url, body))


async def dispatch(event: Event, outbox: Outbox) -> int:
    """Send one event to every channel; the number of messages sent."""
    body = render(event.kind, **event.values)
    if event.recipient.startswith("http"):
        await send_webhook(outbox, event.recipient, body)
    else:
        await send_email(outbox, event.recipient, body)
    return 1
