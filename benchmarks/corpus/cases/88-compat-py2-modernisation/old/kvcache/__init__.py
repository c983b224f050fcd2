from .cache import AsyncStore, BaseStore, CacheDict, LRUStore

__all__ = ["AsyncStore", "BaseStore", "CacheDict", "LRUStore"]
