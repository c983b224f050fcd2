from .base import Backend


class RedisBackend(Backend):
    def __init__(self, url: str = "redis://localhost:6379/0") -> None:
        self.url = url

    def get(self, key: str) -> bytes | None:
        return None
