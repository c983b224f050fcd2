"""textkit: small text helpers."""
from .clean import normalize, squash_spaces

__all__ = ["normalize", "squash_spaces"]
__version__ = "0.5.0"
