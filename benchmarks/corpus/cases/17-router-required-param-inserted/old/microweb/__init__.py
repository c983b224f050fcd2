from .app import App
from .routing import Route, Router

__all__ = ["App", "Route", "Router"]
