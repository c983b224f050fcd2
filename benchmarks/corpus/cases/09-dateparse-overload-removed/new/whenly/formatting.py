from datetime import datetime, timedelta


def humanize(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 60:
        return f"{seconds} seconds"
    if seconds < 3600:
        return f"{seconds // 60} minutes"
    return f"{seconds // 3600} hours"


def since(moment: datetime, now: datetime) -> str:
    return humanize(now - moment) + " ago"
