from typing import Dict, Protocol

class Plugin(Protocol):
    name: str
    def activate(self) -> None: ...

_REGISTRY: Dict[str, Plugin] = {}

def register(plugin: Plugin) -> Plugin:
    _REGISTRY[plugin.name] = plugin
    return plugin

def get_plugin(name: str) -> Plugin:
    return _REGISTRY[name]
