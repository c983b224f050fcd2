from .core import DEFAULT_LIMIT, TagSet, normalize, suggest, tag_all

__all__ = ["DEFAULT_LIMIT", "TagSet", "normalize", "suggest", "tag_all"]
