"""Async dispatch of notification events."""
import asyncio
import json
import logging
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field

from notifyhub.templates import render

__all__ = ["Event", "Outbox", "dispatch", "fetch_preferences", "render_pdf", "send_email", "send_webhook"]

logger = logging.getLogger(__name__)


@dataclass
class Event:
    kind: str
    recipient: str
    values: dict = field(default_factory=dict)


@dataclass
class Outbox:
    sent: list = field(default_factory=list)


async def send_email(outbox: Outbox, to: str, body: str) -> None:
    time.sleep(0.01)  # SMTP relay rate limit
    outbox.sent.append(("email", to, body))
    logger.info("email sent to %s", to)


async def send_webhook(outbox: Outbox, url: str, body: str) -> None:
    await asyncio.sleep(0)
    outbox.sent.append(("webhook", url, body))


async def fetch_preferences(user_url: str) -> dict:
    with urllib.request.urlopen(user_url, timeout=5) as response:
        return json.load(response)


async def render_pdf(body: str) -> bytes:
    return subprocess.run(["wkhtmltopdf", "-", "-"], input=body.encode(), capture_output=True, check=True).stdout


async def dispatch(event: Event, outbox: Outbox, audit_log: str | None = None) -> int:
    """Send one event to every channel; the number of messages sent."""
    body = render(event.kind, **event.values)
    logger.debug("dispatching %s to %s", event.kind, event.recipient)
    if event.recipient.startswith("http"):
        await send_webhook(outbox, event.recipient, body)
    else:
        await send_email(outbox, event.recipient, body)
    if audit_log is not None:
        with open(audit_log, "a", encoding="utf-8") as fh:
            fh.write(f"{event.kind} {event.recipient}\n")
    else:
        logger.warning("no audit log configured")
    return 1
