from abc import ABC, abstractmethod
class Store(ABC):
    @abstractmethod
    def get(self, key: str) -> bytes: ...
    def exists(self, key: str) -> bool:
        try:
            self.get(key)
        except KeyError:
            return False
        return True
