import json
import urllib.error
import urllib.request
from typing import Any

from ._exceptions import ConnectError, DecodingError, TimeoutException


def fetch(url: str, timeout: float = 10.0) -> Any:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as fh:
            body = fh.read()
    except TimeoutError as exc:
        raise TimeoutException(str(exc)) from exc
    except urllib.error.URLError as exc:
        raise ConnectError(str(exc)) from exc
    try:
        return json.loads(body)
    except ValueError as exc:
        raise DecodingError(str(exc)) from exc
