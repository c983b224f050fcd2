from retrykit import retry


def test_decorator_retries():
    calls = []

    @retry(attempts=2, delay=0)
    def sometimes(x):
        calls.append(x)
        if len(calls) == 1:
            raise OSError("first call fails")
        return x * 2

    assert sometimes(21) == 42
    assert calls == [21, 21]
    assert sometimes.__name__ == "sometimes"
