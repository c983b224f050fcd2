from .render import Renderer, WideRenderer
__all__ = ['Renderer', 'WideRenderer']
