"""The ticket record and its enumerations."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Status(enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass
class Ticket:
    title: str
    priority: Priority
    assignee: str | None = None
    status: Status = Status.OPEN
    labels: list[str] = field(default_factory=list)

    def start(self) -> None:
        self.status = Status.IN_PROGRESS

    def close(self) -> None:
        self.status = Status.DONE

    def is_open(self) -> bool:
        return self.status is not Status.DONE
