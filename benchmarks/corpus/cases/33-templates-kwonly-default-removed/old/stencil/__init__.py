from .environment import Environment, render_string
from .loaders import DictLoader, FileSystemLoader

__all__ = ["Environment", "render_string", "DictLoader", "FileSystemLoader"]
