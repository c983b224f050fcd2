class Renderer:
    def render(self, text: str, width: int = 80) -> str:
        return text[:width]


class WideRenderer(Renderer):
    def render(self, text: str, columns: int = 160) -> str:
        return text.center(columns)
