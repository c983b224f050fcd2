from .render import Segment, cell_len, render_rows, render_table, segments

__all__ = ["Segment", "cell_len", "render_rows", "render_table", "segments"]
