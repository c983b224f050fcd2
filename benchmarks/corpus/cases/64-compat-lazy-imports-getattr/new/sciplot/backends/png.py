from ..figure import Figure


class PNGBackend:
    extension = "png"

    def __init__(self, dpi: int = 100) -> None:
        self.dpi = dpi

    def render(self, figure: Figure) -> bytes:
        return b"\x89PNG\r\n\x1a\n"
