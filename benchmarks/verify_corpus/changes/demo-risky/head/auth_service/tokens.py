"""Token checks for the auth service."""
import hashlib
import hmac


def check_token(token: str, secret: str) -> bool:
    user, _, signature = token.partition(".")
    expected = hmac.new(secret.encode(), user.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, expected)


from netra_backend.app.database.request_scoped_session_factory import RequestScopedSessionFactory


def token_owner(factory: RequestScopedSessionFactory, thread_id: str):
    return factory.get_thread(thread_id)
