import logging
from typing import Any, Dict, List, Optional

_log = logging.getLogger("mailgun_lite")


def log(msg: str, *args: Any, **kwargs: Any) -> None:
    _log.info(msg, *args, **kwargs)


def format_address(name: str, email: str, /) -> str:
    return f"{name} <{email}>" if name else email


class Mailer:
    def __init__(self, domain: str, api_key: str, **options: Any) -> None:
        self.domain = domain
        self.api_key = api_key
        self.options = options
        self.outbox: List[Dict[str, Any]] = []

    def send(self, to: List[str], subject: str, text: str, *, cc: Optional[List[str]] = None, tags: Optional[List[str]] = None, **headers: str) -> Dict[str, Any]:
        msg = {"to": to, "subject": subject, "text": text, "cc": cc or [], "tags": tags or [], "headers": headers}
        self.outbox.append(msg)
        return msg

    def send_template(self, to: List[str], template: str, *variables: Dict[str, Any]) -> Dict[str, Any]:
        merged: Dict[str, Any] = {}
        for v in variables:
            merged.update(v)
        return self.send(to, template, str(merged))
