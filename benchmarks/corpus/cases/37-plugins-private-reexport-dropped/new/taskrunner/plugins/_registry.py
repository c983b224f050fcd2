from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Callable, Dict, List

_PLUGINS: Dict[str, "PluginSpec"] = {}


@dataclass
class PluginSpec:
    name: str
    hooks: Dict[str, Callable[..., Any]] = field(default_factory=dict)


def hookimpl(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn.__taskrunner_hook__ = True  # type: ignore[attr-defined]
    return fn


def register(name: str, obj: Any) -> PluginSpec:
    hooks = {k: v for k, v in vars(obj).items() if getattr(v, "__taskrunner_hook__", False)}
    spec = _PLUGINS[name] = PluginSpec(name, hooks)
    return spec


def discover(group: str = "taskrunner.plugins") -> List[str]:
    for ep in metadata.entry_points(group=group):
        register(ep.name, ep.load())
    return sorted(_PLUGINS)
