from .termui import ProgressBar, confirm, progressbar, prompt, secho, style

__all__ = ["ProgressBar", "confirm", "progressbar", "prompt", "secho", "style"]
