from datetime import datetime, timezone, tzinfo
from typing import Optional, Union, overload


@overload
def parse(value: str, *, tz: Optional[tzinfo] = None) -> datetime: ...
@overload
def parse(value: int, *, tz: Optional[tzinfo] = None) -> datetime: ...
@overload
def parse(value: None, *, tz: Optional[tzinfo] = None) -> None: ...
def parse(value: Union[str, int, None], *, tz: Optional[tzinfo] = None) -> Optional[datetime]:
    """Parse an ISO string or a Unix timestamp. ``None`` passes through."""
    if value is None:
        return None
    if isinstance(value, int):
        return datetime.fromtimestamp(value, tz or timezone.utc)
    dt = datetime.fromisoformat(value)
    return dt.replace(tzinfo=tz) if tz and dt.tzinfo is None else dt


@overload
def to_timestamp(value: datetime) -> float: ...
@overload
def to_timestamp(value: str) -> float: ...
def to_timestamp(value: Union[datetime, str]) -> float:
    if isinstance(value, str):
        value = parse(value)
    return value.timestamp()
