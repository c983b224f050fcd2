from .spans import Span, TraceContext

__all__ = ["Span", "TraceContext"]
