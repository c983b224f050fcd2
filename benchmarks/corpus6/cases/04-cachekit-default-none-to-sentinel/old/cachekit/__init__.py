_store: dict = {}


def get(key: str, default: object = None) -> object:
    return _store.get(key, default)
