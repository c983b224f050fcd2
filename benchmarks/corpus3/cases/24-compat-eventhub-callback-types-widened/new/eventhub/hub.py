from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Event:
    name: str


@dataclass
class ClickEvent(Event):
    x: int = 0
    y: int = 0


class Hub:
    def __init__(self) -> None:
        self._click: list[Callable[[ClickEvent], object]] = []

    def on_click(self, handler: Callable[[ClickEvent], object]) -> None:
        self._click.append(handler)

    def on_any(self, handler: Callable[[Event], None]) -> None:
        pass

    def default_handler(self) -> Callable[[object], None]:
        return lambda event: None
