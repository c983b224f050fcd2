class Shape:
    kind = "shape"
    def __init__(self, r: float, *, name: str = "c") -> None:
        self.r = r
        self.name = name
    def describe(self, verbose: bool = False) -> str:
        return f"{self.name}:{self.kind}"
    @property
    def label(self) -> str:
        return self.name.upper()
