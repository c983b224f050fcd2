"""Command-line entry points (moving to the acme-legacy-cli distribution)."""
from .main import main

__all__ = ["main"]
