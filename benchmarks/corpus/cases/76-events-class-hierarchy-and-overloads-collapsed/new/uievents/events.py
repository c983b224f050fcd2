from dataclasses import dataclass


@dataclass
class Event:
    target: str


@dataclass
class ClickEvent(Event):
    x: int = 0
    y: int = 0


@dataclass
class KeyEvent(Event):
    key: str = ""
