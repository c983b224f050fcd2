import functools
import sys
if sys.version_info >= (3, 9):
    def cached(func):
        return functools.cache(func)
    def removeprefix(s: str, prefix: str) -> str:
        return s.removeprefix(prefix)
else:
    def cached(func):
        return functools.lru_cache(maxsize=None)(func)
    def removeprefix(s: str, prefix: str) -> str:
        return s[len(prefix):] if s.startswith(prefix) else s
