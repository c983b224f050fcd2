def dump(obj, indent: int = 2, sort_keys: bool = False) -> str:
    return ""
