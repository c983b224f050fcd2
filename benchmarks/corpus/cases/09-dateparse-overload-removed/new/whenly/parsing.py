import typing
from datetime import date, datetime, timezone, tzinfo
from typing import Optional, Union


@typing.overload
def parse(value: str, *, tz: Optional[tzinfo] = None) -> datetime: ...
@typing.overload
def parse(value: int, *, tz: Optional[tzinfo] = None) -> datetime: ...
def parse(value: Union[str, int], *, tz: Optional[tzinfo] = None) -> datetime:
    """Parse an ISO string or a Unix timestamp."""
    if value is None:
        raise TypeError("parse() needs a value")
    if isinstance(value, int):
        return datetime.fromtimestamp(value, tz or timezone.utc)
    dt = datetime.fromisoformat(value)
    return dt.replace(tzinfo=tz) if tz and dt.tzinfo is None else dt


@typing.overload
def to_timestamp(value: datetime) -> float: ...
@typing.overload
def to_timestamp(value: str) -> float: ...
@typing.overload
def to_timestamp(value: date) -> float: ...
def to_timestamp(value: Union[datetime, str, date]) -> float:
    if isinstance(value, str):
        value = parse(value)
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    return value.timestamp()
