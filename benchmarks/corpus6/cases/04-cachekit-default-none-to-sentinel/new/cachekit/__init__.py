_store: dict = {}
_MISSING = object()


def get(key: str, default: object = _MISSING) -> object:
    if key in _store:
        return _store[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
