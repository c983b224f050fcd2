from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from .core import Argument, Command, Context, Group, Option

F = TypeVar("F", bound=Callable[..., Any])


def command(name: str | None = None, *, cls: type[Command] | None = None, **attrs: Any) -> Callable[[Callable[..., Any]], Command]:
    """Turn a function into a Command. ``cls`` is keyword-only since 2.1."""

    def decorator(f: Callable[..., Any]) -> Command:
        params = getattr(f, "__clik_params__", [])
        return (cls or Command)(name or f.__name__.replace("_", "-"), callback=f, params=params, **attrs)

    return decorator


def group(name: str | None = None, **attrs: Any) -> Callable[[Callable[..., Any]], Group]:
    return command(name, cls=Group, **attrs)  # type: ignore[return-value]


def option(*decls: str, **attrs: Any) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        f.__dict__.setdefault("__clik_params__", []).append(Option(list(decls), **attrs))
        return f

    return decorator


def argument(*decls: str, **attrs: Any) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        f.__dict__.setdefault("__clik_params__", []).append(Argument(list(decls), **attrs))
        return f

    return decorator


def pass_context(f: F) -> F:
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(Context.current(), *args, **kwargs)  # type: ignore[attr-defined]

    return wrapper  # type: ignore[return-value]
