"""Terminal UI helpers (split into private submodules; import from here)."""
from ._progress import ProgressBar, progressbar
from ._prompt import DEFAULT_PROMPT_SUFFIX, confirm, prompt
from ._style import secho, style

__all__ = [
    "DEFAULT_PROMPT_SUFFIX",
    "ProgressBar",
    "confirm",
    "progressbar",
    "prompt",
    "secho",
    "style",
]
