from .app import App
