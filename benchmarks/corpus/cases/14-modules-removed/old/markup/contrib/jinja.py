from ..core import Markup, escape


def install(env) -> None:
    env.filters["e"] = escape
    env.globals["Markup"] = Markup
