"""Verify and parse webhook payloads."""
import hashlib
import hmac
import json
from typing import Any, Dict


class SignatureError(ValueError):
    pass


def verify(payload: bytes, signature: str, secret: str) -> Dict[str, Any]:
    expected = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise SignatureError("bad signature")
    return json.loads(payload)
