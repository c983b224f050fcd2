from typing import List, Tuple


class Figure:
    def __init__(self, size: Tuple[float, float] = (6.4, 4.8)) -> None:
        self.size = size
        self.axes: List[object] = []

    def save(self, path: str) -> None:
        with open(path, "w") as fh:
            fh.write(f"<figure {self.size}>")


def subplots(nrows: int = 1, ncols: int = 1) -> Figure:
    fig = Figure()
    fig.axes = [object() for _ in range(nrows * ncols)]
    return fig
