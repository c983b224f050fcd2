from collections import defaultdict
from typing import DefaultDict, List

from .types import Event, Hook


class EventBus:
    def __init__(self) -> None:
        self._hooks: DefaultDict[str, List[Hook]] = defaultdict(list)

    def subscribe(self, topic: str, hook: Hook) -> None:
        self._hooks[topic].append(hook)

    def publish(self, event: Event) -> int:
        hooks = self._hooks.get(event.topic, [])
        for hook in hooks:
            hook(event)
        return len(hooks)
