def emit(doc: dict) -> str:
    return repr(doc)
