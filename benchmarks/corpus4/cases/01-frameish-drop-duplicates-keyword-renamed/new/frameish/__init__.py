from .frame import DataFrame
__all__ = ['DataFrame']
