"""Shared types across services."""
from typing import NewType

ThreadID = NewType("ThreadID", str)
