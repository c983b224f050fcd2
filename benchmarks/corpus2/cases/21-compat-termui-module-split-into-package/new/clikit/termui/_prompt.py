from typing import Any, Callable, Optional

DEFAULT_PROMPT_SUFFIX = ": "


def _read(text: str) -> str:
    return input(text)


def prompt(
    text: str,
    default: Optional[Any] = None,
    hide_input: bool = False,
    type: Optional[Callable[[str], Any]] = None,
    prompt_suffix: str = DEFAULT_PROMPT_SUFFIX,
) -> Any:
    value = _read(text + prompt_suffix) or default
    return type(value) if type and value is not None else value


def confirm(text: str, default: Optional[bool] = False, abort: bool = False) -> bool:
    answer = _read(text + " [y/N]: ").strip().lower()
    return answer in ("y", "yes") if answer else bool(default)
