import logging
from typing import Any, Dict, List, Optional

_log = logging.getLogger("mailgun_lite")


def log(msg: str, *values: Any, **extra: Any) -> None:
    _log.info(msg, *values, **extra)


def format_address(display_name: str, address: str, /) -> str:
    return f"{display_name} <{address}>" if display_name else address


class Mailer:
    def __init__(self, domain: str, api_key: str, **config: Any) -> None:
        self.domain = domain
        self.api_key = api_key
        self.options = config
        self.outbox: List[Dict[str, Any]] = []

    def send(self, to: List[str], subject: str, text: str, *, tags: Optional[List[str]] = None, **fields: Any) -> Dict[str, Any]:
        """Extra keyword fields: ``cc`` (list of addresses), anything else becomes a header."""
        cc = fields.pop("cc", None)
        msg = {"to": to, "subject": subject, "text": text, "cc": cc or [], "tags": tags or [], "headers": fields}
        self.outbox.append(msg)
        return msg

    def send_template(self, to: List[str], template: str, *contexts: Dict[str, Any]) -> Dict[str, Any]:
        merged: Dict[str, Any] = {}
        for ctx in contexts:
            merged.update(ctx)
        return self.send(to, template, str(merged))
