from mailq import load_settings


def test_defaults():
    s = load_settings({})
    assert (s.host, s.port, s.batch_size, s.retry, s.use_tls) == ("localhost", 25, 50, 3, False)


def test_host_from_environment():
    assert load_settings({"MAILQ_HOST": "smtp.example.org"}).host == "smtp.example.org"


def test_port_from_environment():
    assert load_settings({"MAILQ_PORT": "2525"}).port == 2525
