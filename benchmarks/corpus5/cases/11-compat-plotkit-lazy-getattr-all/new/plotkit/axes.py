class Axes:
    def plot(self, x, y=None) -> None:
        pass
def subplots(n: int = 1) -> list:
    return [Axes() for _ in range(n)]
