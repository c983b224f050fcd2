"""Help formatting (now a package)."""
from ._formatter import HelpFormatter
from ._wrap import wrap_text

__all__ = ["HelpFormatter", "wrap_text"]
