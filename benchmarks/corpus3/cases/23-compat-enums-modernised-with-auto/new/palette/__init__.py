from .kinds import Access, Color, Level

__all__ = ["Access", "Color", "Level"]
