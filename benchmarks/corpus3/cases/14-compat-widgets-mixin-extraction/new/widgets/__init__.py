from .core import Button, Clickable, Label, Widget

__all__ = ["Button", "Clickable", "Label", "Widget"]
