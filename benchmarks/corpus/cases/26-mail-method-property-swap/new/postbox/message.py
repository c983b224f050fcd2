from email.message import EmailMessage
from typing import List, Optional


class Attachment:
    def __init__(self, filename: str, data: bytes, mimetype: str = "application/octet-stream") -> None:
        self.filename = filename
        self.data = data
        self.mimetype = mimetype

    def size(self) -> int:
        return len(self.data)


class Message:
    def __init__(self, subject: str, to: List[str], body: str = "", sender: Optional[str] = None) -> None:
        self.subject = subject
        self.to = to
        self._body = body
        self.sender = sender
        self.attachments: List[Attachment] = []
        self._sent = False

    @property
    def body(self) -> str:
        return self._body

    def is_sent(self, recipient: Optional[str] = None) -> bool:
        return self._sent

    def attach(self, attachment: Attachment) -> None:
        self.attachments.append(attachment)

    def as_email(self) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = self.subject
        msg["To"] = ", ".join(self.to)
        msg.set_content(self._body)
        return msg
