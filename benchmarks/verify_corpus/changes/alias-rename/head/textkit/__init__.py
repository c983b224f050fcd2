"""textkit: small text helpers."""
from .clean import clean_text, normalize, squash_spaces

__all__ = ["clean_text", "normalize", "squash_spaces"]
__version__ = "0.6.0"
