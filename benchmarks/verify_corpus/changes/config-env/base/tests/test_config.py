from ledgerd.config import load_config


def test_defaults(monkeypatch):
    for var in ("LEDGER_DATABASE_URL", "LEDGER_REQUEST_TIMEOUT", "LEDGER_REGION", "LEDGER_PORT"):
        monkeypatch.delenv(var, raising=False)
    config = load_config()
    assert config.request_timeout == 30.0
    assert config.region == "eu-west-1"
    assert config.port == 8000


def test_override(monkeypatch):
    monkeypatch.setenv("LEDGER_PORT", "9000")
    assert load_config().port == 9000
