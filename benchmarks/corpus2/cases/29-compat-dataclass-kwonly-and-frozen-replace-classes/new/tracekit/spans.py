from dataclasses import KW_ONLY, dataclass
from typing import Optional


@dataclass(frozen=True)
class TraceContext:
    """Immutable W3C trace context."""

    trace_id: str
    span_id: str
    sampled: bool = True

    def traceparent(self) -> str:
        return f"00-{self.trace_id}-{self.span_id}-{'01' if self.sampled else '00'}"


@dataclass
class Span:
    name: str
    start: float
    end: Optional[float] = None
    _: KW_ONLY
    parent_id: Optional[str] = None

    @property
    def duration(self) -> Optional[float]:
        return None if self.end is None else self.end - self.start

    def finish(self, end: float) -> None:
        self.end = end
