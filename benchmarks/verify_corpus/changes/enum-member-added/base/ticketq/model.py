"""Tickets and their priorities."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass(order=False)
class Ticket:
    title: str
    priority: Priority = Priority.NORMAL
    tags: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, line: str) -> "Ticket":
        """Parse `"[HIGH] Printer on fire"`; a missing or unknown priority is NORMAL."""
        line = line.strip()
        if line.startswith("[") and "]" in line:
            name, _, title = line[1:].partition("]")
            try:
                return cls(title.strip(), Priority[name.strip().upper()])
            except KeyError:
                return cls(title.strip())
        return cls(line)
