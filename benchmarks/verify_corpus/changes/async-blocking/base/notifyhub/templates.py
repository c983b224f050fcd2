"""Message templates."""
from string import Template

__all__ = ["TEMPLATES", "render"]

TEMPLATES = {
    "welcome": Template("Welcome, $name!"),
    "reset": Template("Reset your password: $link"),
}


def render(kind: str, **values: str) -> str:
    return TEMPLATES[kind].substitute(values)
