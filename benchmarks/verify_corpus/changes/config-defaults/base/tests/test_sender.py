from mailq import Settings, send_batch

SETTINGS = Settings(host="h", port=25, batch_size=2, retry=2, use_tls=False)


def test_chunks_of_batch_size():
    sent = []
    assert send_batch(["a", "b", "c"], SETTINGS, sent.append) == 0
    assert sent == [["a", "b"], ["c"]]


def test_failed_chunk_is_counted():
    def transport(chunk):
        raise ConnectionError("refused")

    assert send_batch(["a"], SETTINGS, transport) == 1
