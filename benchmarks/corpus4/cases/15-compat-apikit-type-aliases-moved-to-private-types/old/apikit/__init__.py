from typing import Any, Dict, Mapping, Union

JSON = Union[Dict[str, Any], list, str, int, float, bool, None]
Headers = Mapping[str, str]

from .client import request

__all__ = ["JSON", "Headers", "request"]
