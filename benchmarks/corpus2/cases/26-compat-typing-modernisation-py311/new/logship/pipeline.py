import re
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Never, Optional, TypeAlias

JSONValue: TypeAlias = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]
Processor: TypeAlias = Callable[[dict[str, JSONValue]], dict[str, JSONValue] | None]


class Pipeline:
    def __init__(self, processors: list[Processor] | None = None, maxlen: int | None = None) -> None:
        self.processors: list[Processor] = list(processors or [])
        self.buffer: deque[dict[str, JSONValue]] = deque(maxlen=maxlen)
        self.counts: defaultdict[str, int] = defaultdict(int)

    def add(self, processor: Processor) -> "Pipeline":
        self.processors.append(processor)
        return self

    def feed(self, event: dict[str, JSONValue]) -> dict[str, JSONValue] | None:
        current: dict[str, JSONValue] | None = event
        for p in self.processors:
            if current is None:
                break
            current = p(current)
        if current is not None:
            self.buffer.append(current)
            self.counts[str(current.get("level", "info"))] += 1
        return current

    def drain(self) -> tuple[dict[str, JSONValue], ...]:
        items = tuple(self.buffer)
        self.buffer.clear()
        return items


def route(pattern: str | re.Pattern[str], target: "Pipeline | type[Pipeline]") -> Callable[[str], bool]:
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    return lambda name: rx.search(name) is not None


def parse_level(value: Optional[int | str]) -> str | int | None:
    return value


def fail(message: str) -> Never:
    raise RuntimeError(message)
