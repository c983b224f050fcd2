"""Composable command line interfaces."""
from .core import Command, Context, command
from .formatting import HelpFormatter, wrap_text

__all__ = ["Command", "Context", "command", "HelpFormatter", "wrap_text"]
