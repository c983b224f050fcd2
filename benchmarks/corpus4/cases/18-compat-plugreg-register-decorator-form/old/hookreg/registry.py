from abc import ABC, abstractmethod
from typing import Callable, Dict, Type

_PLUGINS: Dict[str, Type["PluginBase"]] = {}

class PluginBase(ABC):
    @abstractmethod
    def run(self) -> None: ...

def register(name: str) -> Callable[[Type[PluginBase]], Type[PluginBase]]:
    def deco(cls):
        _PLUGINS[name] = cls
        return cls
    return deco
