from ._emit import emit
from ._parse import ParseError, parse

__all__ = ["parse", "ParseError"]
__all__ += ["emit"]
