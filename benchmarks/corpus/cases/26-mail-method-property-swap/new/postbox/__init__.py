from .message import Attachment, Message

__all__ = ["Attachment", "Message"]
