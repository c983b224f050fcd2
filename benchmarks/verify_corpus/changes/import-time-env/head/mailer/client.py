"""An outbox client: validates and queues messages."""

from __future__ import annotations

import logging

from mailer import config

log = logging.getLogger(__name__)


class Client:
    def __init__(self, host: str | None = None, port: int | None = None) -> None:
        self.host = host or config.SMTP_HOST
        self.port = port or config.SMTP_PORT
        self.token = config.API_TOKEN
        self.outbox: list[dict[str, str]] = []
        log.info("relay %s:%s, token %s", self.host, self.port, self.token)

    def send(self, to: str, subject: str, body: str) -> dict[str, str]:
        if "@" not in to:
            raise ValueError(f"not an address: {to!r}")
        message = {"to": to, "subject": subject, "body": body, "authorization": f"Bearer {self.token}"}
        self.outbox.append(message)
        log.debug("queued mail to %s", to)
        return message

    def flush(self) -> int:
        sent = len(self.outbox)
        self.outbox.clear()
        return sent
