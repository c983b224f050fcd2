class Figure:
    def __init__(self, dpi: int = 100) -> None:
        self.dpi = dpi
