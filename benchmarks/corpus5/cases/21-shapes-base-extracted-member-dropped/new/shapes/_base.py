class _Shape:
    def __init__(self, r: float) -> None:
        self.r = r
