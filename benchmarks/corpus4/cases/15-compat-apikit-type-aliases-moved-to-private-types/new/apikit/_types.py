from typing import Any, Dict, Mapping, Union

JSON = Union[Dict[str, Any], list, str, int, float, bool, None]
Headers = Mapping[str, str]
