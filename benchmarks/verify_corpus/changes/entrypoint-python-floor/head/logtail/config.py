"""Settings of a tail run."""

from dataclasses import dataclass


@dataclass
class TailConfig:
    lines: int = 20
    level: str | None = None
    encoding: str = "utf-8"
