"""base64 helpers that accept str or bytes."""
import base64
from typing import Union

__version__ = "1.1.0"

BytesLike = Union[bytes, bytearray, memoryview]


def encode(data: Union[str, BytesLike], /, encoding: str = "utf-8") -> str:
    raw = data.encode(encoding) if isinstance(data, str) else bytes(data)
    return base64.b64encode(raw).decode("ascii")


def decode(data: str, encoding: str = "utf-8", /) -> str:
    return base64.b64decode(data).decode(encoding)


def urlsafe(data: bytes, pad: bool = True) -> str:
    out = base64.urlsafe_b64encode(data).decode("ascii")
    return out if pad else out.rstrip("=")


def urlsafe_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
