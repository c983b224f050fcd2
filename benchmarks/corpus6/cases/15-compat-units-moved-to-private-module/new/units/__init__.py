from ._impl import Length, to_metres

__all__ = ['Length', 'to_metres']
