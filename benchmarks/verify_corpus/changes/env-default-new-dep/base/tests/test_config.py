from mailq import MailQueue, load_settings


def test_defaults():
    s = load_settings({})
    assert s.smtp_host == "localhost"
    assert s.batch_size == 50


def test_env_overrides():
    s = load_settings({"MAILQ_SMTP_HOST": "mx.example", "MAILQ_BATCH_SIZE": "10"})
    assert (s.smtp_host, s.batch_size) == ("mx.example", 10)


def test_batches():
    q = MailQueue(load_settings({"MAILQ_BATCH_SIZE": "2"}))
    for m in "abcde":
        q.put(m)
    assert [len(b) for b in q.batches()] == [2, 2, 1]
