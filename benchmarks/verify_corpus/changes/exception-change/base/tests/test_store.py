import pytest

from tokenstore import DEFAULT_TTL, TokenStore


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


def test_expired_token_returns_none():
    clock = FakeClock()
    store = TokenStore(ttl=10, clock=clock)
    token = store.issue("ada")
    clock.now += 10
    assert store.lookup(token) is None


def test_malformed_token_raises_value_error():
    with pytest.raises(ValueError):
        TokenStore().lookup("not-a-token")


def test_revoke():
    store = TokenStore()
    token = store.issue("ada")
    assert store.revoke(token) is True
    assert store.lookup(token) is None


def test_default_ttl_is_one_hour():
    assert TokenStore().ttl == DEFAULT_TTL == 3600
