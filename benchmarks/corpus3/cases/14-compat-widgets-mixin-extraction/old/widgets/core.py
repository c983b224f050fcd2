from __future__ import annotations


class Widget:
    def __init__(self, name: str, *, visible: bool = True) -> None:
        self.name = name
        self.visible = visible
        self.children: list[Widget] = []

    def add(self, child: Widget) -> None:
        self.children.append(child)

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def render(self, indent: int = 0) -> str:
        return " " * indent + self.name


class Label(Widget):
    def __init__(self, name: str, text: str, *, visible: bool = True) -> None:
        super().__init__(name, visible=visible)
        self.text = text

    def render(self, indent: int = 0) -> str:
        return " " * indent + self.text


class Button(Widget):
    def __init__(self, name: str, label: str, *, visible: bool = True) -> None:
        super().__init__(name, visible=visible)
        self.label = label

    def click(self) -> None:
        pass
