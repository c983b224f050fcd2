"""Queue outgoing mail for the notification relay."""

from mailer.client import Client

__all__ = ["Client"]
