import html
import string
from typing import Any, Callable, Dict, Optional

from .loaders import BaseLoader


class Environment:
    """Autoescaping must now be chosen explicitly (security review finding)."""

    def __init__(
        self,
        loader: BaseLoader,
        *,
        filters: Optional[Dict[str, Callable[[str], str]]] = None,
        autoescape: bool,
    ) -> None:
        self.loader = loader
        self.autoescape = autoescape
        self.filters = dict(filters or {})

    def render(self, name: str, **context: Any) -> str:
        return render_string(self.loader.get_source(name), autoescape=self.autoescape, **context)


def render_string(source: str, *, autoescape: bool, **context: Any) -> str:
    if autoescape:
        context = {k: html.escape(str(v)) for k, v in context.items()}
    return string.Template(source).safe_substitute(context)
