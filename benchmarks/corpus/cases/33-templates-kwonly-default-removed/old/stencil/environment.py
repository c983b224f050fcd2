import html
import string
from typing import Any, Callable, Dict, Optional

from .loaders import BaseLoader


class Environment:
    def __init__(
        self,
        loader: Optional[BaseLoader] = None,
        *,
        autoescape: bool = False,
        filters: Optional[Dict[str, Callable[[str], str]]] = None,
    ) -> None:
        self.loader = loader or BaseLoader()
        self.autoescape = autoescape
        self.filters = dict(filters or {})

    def render(self, name: str, **context: Any) -> str:
        return render_string(self.loader.get_source(name), autoescape=self.autoescape, **context)


def render_string(source: str, *, autoescape: bool = False, **context: Any) -> str:
    if autoescape:
        context = {k: html.escape(str(v)) for k, v in context.items()}
    return string.Template(source).safe_substitute(context)
