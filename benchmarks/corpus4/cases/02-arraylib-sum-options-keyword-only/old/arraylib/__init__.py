from ._core import sum, mean
__all__ = ['sum', 'mean']
