from __future__ import annotations

from typing import Any, Mapping

from .models import Response
from .sessions import Session


def request(method: str, url: str, **kwargs: Any) -> Response:
    with Session() as session:
        return session.request(method, url, **kwargs)


def get(
    url: str,
    params: Mapping[str, str] | None = None,
    *,
    follow_redirects: bool = False,
    timeout: float | None = None,
) -> Response:
    return request("GET", url, params=params, follow_redirects=follow_redirects, timeout=timeout)
