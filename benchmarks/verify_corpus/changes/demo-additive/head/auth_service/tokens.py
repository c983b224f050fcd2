"""Token checks for the auth service."""
import hashlib
import hmac


def check_token(token: str, secret: str) -> bool:
    user, _, signature = token.partition(".")
    expected = hmac.new(secret.encode(), user.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, expected)
