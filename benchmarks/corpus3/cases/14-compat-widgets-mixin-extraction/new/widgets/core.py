from __future__ import annotations

from ._mixins import _TreeMixin, _VisibilityMixin


class Widget(_VisibilityMixin, _TreeMixin):
    def __init__(self, name: str, *, visible: bool = True) -> None:
        self.name = name
        self.visible = visible
        self.children: list[Widget] = []

    def render(self, indent: int = 0) -> str:
        return " " * indent + self.name


class Label(Widget):
    def __init__(self, name: str, text: str, *, visible: bool = True) -> None:
        super().__init__(name, visible=visible)
        self.text = text

    def render(self, indent: int = 0) -> str:
        return " " * indent + self.text


class Clickable(Widget):
    def click(self) -> None:
        pass


class Button(Clickable):
    def __init__(self, name: str, label: str, *, visible: bool = True) -> None:
        super().__init__(name, visible=visible)
        self.label = label
