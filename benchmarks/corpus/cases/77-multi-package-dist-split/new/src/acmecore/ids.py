import uuid


def new_id(prefix: str = "", *, short: bool = False) -> str:
    value = uuid.uuid4().hex
    return prefix + (value[:8] if short else value)
