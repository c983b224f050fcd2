"""A refactor: a class duplicated into a new module, a Protocol implementer loses a method, a relative import,
an __init__ export kept; tests unchanged."""

TESTS = True

BASE = {
    "pyproject.toml": '''[project]
name = "notify"
version = "3.1.0"
requires-python = ">=3.10"
''',
    "notify/__init__.py": '''from notify.channels import EmailChannel, SmsChannel
from notify.protocols import Channel
''',
    "notify/protocols.py": '''from typing import Protocol


class Channel(Protocol):
    def send(self, to: str, body: str) -> bool: ...

    def health(self) -> bool: ...
''',
    "notify/channels.py": '''"""Delivery channels."""
from notify.protocols import Channel


class EmailChannel:
    def send(self, to: str, body: str) -> bool:
        return "@" in to

    def health(self) -> bool:
        return True


class SmsChannel:
    def send(self, to: str, body: str) -> bool:
        return to.isdigit()

    def health(self) -> bool:
        return True


class Message:
    def __init__(self, to: str, body: str) -> None:
        self.to = to
        self.body = body


def deliver(channel: Channel, message: Message) -> bool:
    return channel.send(message.to, message.body)
''',
    "tests/test_channels.py": '''from notify.channels import EmailChannel, Message, deliver


def test_email():
    assert deliver(EmailChannel(), Message("a@b", "hi"))
''',
}

HEAD = {
    "notify/channels.py": '''"""Delivery channels."""
from .protocols import Channel


class EmailChannel:
    def send(self, to: str, body: str) -> bool:
        return "@" in to

    def health(self) -> bool:
        return True


class SmsChannel:
    def send(self, to: str, body: str) -> bool:
        return to.isdigit()


class Message:
    def __init__(self, to: str, body: str) -> None:
        self.to = to
        self.body = body


def deliver(channel: Channel, message: Message) -> bool:
    return channel.send(message.to, message.body)
''',
    "notify/queue.py": '''"""A delivery queue."""
from notify.channels import deliver


class Message:
    def __init__(self, to: str, body: str, priority: int = 0) -> None:
        self.to = to
        self.body = body
        self.priority = priority


class Queue:
    def __init__(self) -> None:
        self.items: list[Message] = []

    def push(self, message: Message) -> None:
        self.items.append(message)
''',
}
