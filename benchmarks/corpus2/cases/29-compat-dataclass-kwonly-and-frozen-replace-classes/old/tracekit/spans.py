from typing import Any, Optional


class TraceContext:
    """Immutable W3C trace context."""

    def __init__(self, trace_id: str, span_id: str, sampled: bool = True) -> None:
        self._trace_id = trace_id
        self._span_id = span_id
        self._sampled = sampled

    @property
    def trace_id(self) -> str:
        return self._trace_id

    @property
    def span_id(self) -> str:
        return self._span_id

    @property
    def sampled(self) -> bool:
        return self._sampled

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self._trace_id, self._span_id, self._sampled) == (other._trace_id, other._span_id, other._sampled)

    def __hash__(self) -> int:
        return hash((self._trace_id, self._span_id, self._sampled))

    def __repr__(self) -> str:
        return f"TraceContext(trace_id={self._trace_id!r}, span_id={self._span_id!r}, sampled={self._sampled!r})"

    def traceparent(self) -> str:
        return f"00-{self._trace_id}-{self._span_id}-{'01' if self._sampled else '00'}"


class Span:
    def __init__(self, name: str, start: float, end: Optional[float] = None, *, parent_id: Optional[str] = None) -> None:
        self.name = name
        self.start = start
        self.end = end
        self.parent_id = parent_id

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.name, self.start, self.end, self.parent_id) == (other.name, other.start, other.end, other.parent_id)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Span(name={self.name!r}, start={self.start!r}, end={self.end!r}, parent_id={self.parent_id!r})"

    @property
    def duration(self) -> Optional[float]:
        return None if self.end is None else self.end - self.start

    def finish(self, end: float) -> None:
        self.end = end
