import re
from typing import (
    Callable,
    DefaultDict,
    Deque,
    Dict,
    List,
    NoReturn,
    Optional,
    Pattern,
    Text,
    Tuple,
    Type,
    Union,
)
from collections import defaultdict, deque

JSONValue = Union[None, bool, int, float, Text, List["JSONValue"], Dict[Text, "JSONValue"]]
Processor = Callable[[Dict[Text, JSONValue]], Optional[Dict[Text, JSONValue]]]


class Pipeline:
    def __init__(self, processors: Optional[List[Processor]] = None, maxlen: Optional[int] = None) -> None:
        self.processors: List[Processor] = list(processors or [])
        self.buffer: Deque[Dict[Text, JSONValue]] = deque(maxlen=maxlen)
        self.counts: DefaultDict[Text, int] = defaultdict(int)

    def add(self, processor: Processor) -> "Pipeline":
        self.processors.append(processor)
        return self

    def feed(self, event: Dict[Text, JSONValue]) -> Optional[Dict[Text, JSONValue]]:
        current: Optional[Dict[Text, JSONValue]] = event
        for p in self.processors:
            if current is None:
                break
            current = p(current)
        if current is not None:
            self.buffer.append(current)
            self.counts[str(current.get("level", "info"))] += 1
        return current

    def drain(self) -> Tuple[Dict[Text, JSONValue], ...]:
        items = tuple(self.buffer)
        self.buffer.clear()
        return items


def route(pattern: Union[Text, Pattern[Text]], target: Union[Type["Pipeline"], "Pipeline"]) -> Callable[[Text], bool]:
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    return lambda name: rx.search(name) is not None


def parse_level(value: Union[int, Text, None]) -> Optional[Union[int, Text]]:
    return value


def fail(message: Text) -> NoReturn:
    raise RuntimeError(message)
