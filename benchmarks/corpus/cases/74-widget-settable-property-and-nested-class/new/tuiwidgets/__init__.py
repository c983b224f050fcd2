from .widgets import Button, Widget

__all__ = ["Button", "Widget"]
