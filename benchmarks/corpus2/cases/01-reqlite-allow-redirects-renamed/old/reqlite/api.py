from typing import Any, Mapping, Optional

from .models import Response
from .sessions import Session


def request(method: str, url: str, **kwargs: Any) -> Response:
    with Session() as session:
        return session.request(method, url, **kwargs)


def get(
    url: str,
    params: Optional[Mapping[str, str]] = None,
    *,
    allow_redirects: bool = True,
    timeout: Optional[float] = None,
) -> Response:
    return request("GET", url, params=params, allow_redirects=allow_redirects, timeout=timeout)
