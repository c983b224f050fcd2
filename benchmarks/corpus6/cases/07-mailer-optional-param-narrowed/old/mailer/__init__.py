from typing import Optional


def send(to: str, subject: Optional[str] = None) -> bool:
    return True
