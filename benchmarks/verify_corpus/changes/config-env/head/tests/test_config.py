import pytest

from ledgerd.config import load_config


@pytest.fixture
def required(monkeypatch):
    monkeypatch.setenv("LEDGER_REGION", "eu-west-1")
    monkeypatch.setenv("LEDGER_SIGNING_KEY", "test-key")


def test_defaults(monkeypatch, required):
    for var in ("LEDGER_DATABASE_URL", "LEDGER_REQUEST_TIMEOUT", "LEDGER_PORT"):
        monkeypatch.delenv(var, raising=False)
    config = load_config()
    assert config.request_timeout == 10.0
    assert config.port == 8000


def test_override(monkeypatch, required):
    monkeypatch.setenv("LEDGER_PORT", "9000")
    assert load_config().port == 9000


def test_signing_key_is_required(monkeypatch):
    monkeypatch.setenv("LEDGER_REGION", "eu-west-1")
    monkeypatch.delenv("LEDGER_SIGNING_KEY", raising=False)
    with pytest.raises(KeyError):
        load_config()
