from typing import Dict, Optional, Protocol

class Plugin(Protocol):
    name: str
    api_version: int
    def activate(self) -> None: ...

_REGISTRY: Dict[str, Plugin] = {}

def register(plugin: Plugin) -> Plugin:
    _REGISTRY[plugin.name] = plugin
    return plugin

def get_plugin(name: str) -> Optional[Plugin]:
    return _REGISTRY.get(name)
