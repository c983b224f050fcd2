"""A parsed cron schedule."""

from __future__ import annotations

from dataclasses import dataclass

from cronparse.fields import expand_field

_BOUNDS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))


@dataclass(frozen=True)
class Schedule:
    minutes: list[int]
    hours: list[int]
    days: list[int]
    months: list[int]
    weekdays: list[int]

    def matches(self, minute: int, hour: int, day: int, month: int, weekday: int) -> bool:
        return (minute in self.minutes and hour in self.hours and day in self.days
                and month in self.months and weekday in self.weekdays)


def parse(expression: str) -> Schedule:
    parts = expression.split()
    if len(parts) != 5:
        raise ValueError("a cron expression has five fields")
    return Schedule(*(expand_field(p, lo, hi) for p, (lo, hi) in zip(parts, _BOUNDS)))
