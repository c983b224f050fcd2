from ._emit import emit
from ._parse import ParseError, parse, parse_many

__all__ = ["parse", "parse_many", "ParseError"]
__all__ += ["emit"]
