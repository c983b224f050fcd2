from ..figure import Figure


class SVGBackend:
    extension = "svg"

    def render(self, figure: Figure) -> str:
        w, h = figure.size
        return f'<svg width="{w}in" height="{h}in"></svg>'
