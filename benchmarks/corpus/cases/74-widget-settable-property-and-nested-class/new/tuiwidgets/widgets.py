from typing import Callable, ClassVar, Optional, Sequence


class Widget:
    default_css: ClassVar[Sequence[str]] = ()
    focusable: ClassVar[bool] = False

    class Style:
        def __init__(self, color: str = "white", bold: bool = False) -> None:
            self.color = color
            self.bold = bold

        def merge(self, other: "Widget.Style") -> "Widget.Style":
            return other

    def __init__(self, name: Optional[str] = None) -> None:
        self.name = name
        self._width: Optional[int] = None

    @property
    def width(self) -> Optional[int]:
        """Cells, or None for automatic sizing."""
        return self._width

    @width.setter
    def width(self, value: Optional[int]) -> None:
        self._width = value


class Button(Widget):
    focusable = True

    def __init__(self, label: str, on_press: Optional[Callable[[], None]] = None, name: Optional[str] = None) -> None:
        super().__init__(name)
        self.label = label
        self.on_press = on_press
