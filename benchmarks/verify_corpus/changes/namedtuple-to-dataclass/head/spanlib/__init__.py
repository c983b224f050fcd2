"""spanlib: half-open integer spans."""

from .span import Span, merge, to_json

__all__ = ["Span", "merge", "to_json"]
__version__ = "2.3.1"
