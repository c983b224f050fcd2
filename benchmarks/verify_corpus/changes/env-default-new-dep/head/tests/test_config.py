from mailq import MailQueue, load_settings


def test_defaults():
    s = load_settings({})
    assert s.smtp_host == "localhost"
    assert s.batch_size == 100
    assert s.retry_limit == 3


def test_env_overrides():
    s = load_settings({"MAILQ_SMTP_HOST": "mx.example", "MAILQ_BATCH_SIZE": "10"})
    assert (s.smtp_host, s.batch_size) == ("mx.example", 10)


def test_batches():
    q = MailQueue(load_settings({"MAILQ_BATCH_SIZE": "2"}))
    for m in "abcde":
        q.put(m)
    assert [len(b) for b in q.batches()] == [2, 2, 1]


def test_retry_limit_from_file(tmp_path):
    cfg = tmp_path / "mailq.toml"
    cfg.write_text("[mailq]\nretry_limit = 7\n")
    assert load_settings({}, path=cfg).retry_limit == 7


def test_file_without_section(tmp_path):
    cfg = tmp_path / "mailq.toml"
    cfg.write_text("")
    assert load_settings({}, path=cfg).retry_limit == 3
