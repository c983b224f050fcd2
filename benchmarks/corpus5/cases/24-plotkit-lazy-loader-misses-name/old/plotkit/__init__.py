from .figure import Figure, show
__all__ = ['Figure', 'show']
