import functools
def cached(func):
    return functools.lru_cache(maxsize=None)(func)
def removeprefix(s: str, prefix: str) -> str:
    return s[len(prefix):] if s.startswith(prefix) else s
