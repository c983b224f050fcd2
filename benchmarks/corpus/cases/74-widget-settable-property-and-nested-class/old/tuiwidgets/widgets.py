from typing import Callable, ClassVar, Optional, Union


class Widget:
    default_css: ClassVar[str] = ""
    focusable: ClassVar[bool] = False

    class Style:
        def __init__(self, color: str = "white", bold: bool = False) -> None:
            self.color = color
            self.bold = bold

        def merge(self, other: "Widget.Style", prefer_other: bool = True) -> "Widget.Style":
            return other if prefer_other else self

    def __init__(self, name: Optional[str] = None) -> None:
        self.name = name
        self._width: Union[int, str] = "auto"

    @property
    def width(self) -> Union[int, str]:
        """Cells, or "auto"."""
        return self._width

    @width.setter
    def width(self, value: Union[int, str]) -> None:
        self._width = value


class Button(Widget):
    focusable = True

    def __init__(self, label: str, on_press: Optional[Callable[[], None]] = None, name: Optional[str] = None) -> None:
        super().__init__(name)
        self.label = label
        self.on_press = on_press
