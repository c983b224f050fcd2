from __future__ import annotations

import functools
from typing import Any, Callable, Optional, Type, TypeVar

from .core import Argument, Command, Context, Group, Option

F = TypeVar("F", bound=Callable[..., Any])


def command(name: Optional[str] = None, cls: Optional[Type[Command]] = None, **attrs: Any) -> Callable[[Callable[..., Any]], Command]:
    def decorator(f: Callable[..., Any]) -> Command:
        params = getattr(f, "__clik_params__", [])
        return (cls or Command)(name or f.__name__.replace("_", "-"), callback=f, params=params, **attrs)

    return decorator


def group(name: Optional[str] = None, **attrs: Any) -> Callable[[Callable[..., Any]], Group]:
    return command(name, Group, **attrs)  # type: ignore[return-value]


def option(*param_decls: str, **attrs: Any) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        f.__dict__.setdefault("__clik_params__", []).append(Option(list(param_decls), **attrs))
        return f

    return decorator


def argument(*param_decls: str, **attrs: Any) -> Callable[[F], F]:
    def decorator(f: F) -> F:
        f.__dict__.setdefault("__clik_params__", []).append(Argument(list(param_decls), **attrs))
        return f

    return decorator


def pass_context(f: F) -> F:
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(Context.current(), *args, **kwargs)  # type: ignore[attr-defined]

    return wrapper  # type: ignore[return-value]
