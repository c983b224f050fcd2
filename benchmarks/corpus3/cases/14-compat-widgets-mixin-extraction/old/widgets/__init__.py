from .core import Button, Label, Widget

__all__ = ["Button", "Label", "Widget"]
