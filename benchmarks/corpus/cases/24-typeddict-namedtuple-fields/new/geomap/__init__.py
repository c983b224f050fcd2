from .types import Feature, FeatureOptions, Point, bbox

__all__ = ["Feature", "FeatureOptions", "Point", "bbox"]
