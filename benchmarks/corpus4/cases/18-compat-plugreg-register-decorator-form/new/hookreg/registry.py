from abc import ABC, abstractmethod
from typing import Callable, Dict, Optional, Type

_PLUGINS: Dict[str, Type["PluginBase"]] = {}

class PluginBase(ABC):
    priority: int = 0

    @abstractmethod
    def run(self) -> None: ...

    def describe(self) -> str:
        return type(self).__name__

    def teardown(self) -> None:
        """Optional hook; does nothing by default."""

def register(name: Optional[str] = None, *, priority: int = 0) -> Callable[[Type[PluginBase]], Type[PluginBase]]:
    def deco(cls):
        _PLUGINS[name or cls.__name__] = cls
        cls.priority = priority
        return cls
    return deco
