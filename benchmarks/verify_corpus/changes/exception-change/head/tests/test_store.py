import pytest

from tokenstore import InvalidTokenError, TokenExpiredError, TokenStore


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_issue_and_lookup():
    store = TokenStore()
    token = store.issue("ada")
    assert store.lookup(token) == "ada"


def test_unknown_token_returns_none():
    assert TokenStore().lookup("tk_0000") is None


def test_expired_token_raises():
    clock = FakeClock()
    store = TokenStore(ttl=10, clock=clock)
    token = store.issue("ada")
    clock.now += 10
    with pytest.raises(TokenExpiredError):
        store.lookup(token)


def test_malformed_token_raises_invalid_token_error():
    with pytest.raises(InvalidTokenError):
        TokenStore().lookup("not-a-token")


def test_revoke():
    store = TokenStore()
    token = store.issue("ada")
    assert store.revoke(token) is True
    assert store.lookup(token) is None
