import re
from typing import Optional, Tuple

_RE = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(a|b|rc)(\d+))?$")


class InvalidVersion(ValueError):
    pass


class Version:
    def __init__(self, version: str, *, strict: bool) -> None:
        m = _RE.match(version)
        if not m:
            raise InvalidVersion(version)
        self.release: Tuple[int, ...] = tuple(int(p) for p in m.groups()[:3] if p is not None)
        self.pre: Optional[Tuple[str, int]] = (m.group(4), int(m.group(5))) if m.group(4) else None

    def __lt__(self, other: "Version") -> bool:
        return (self.release, self.pre is None) < (other.release, other.pre is None)


def parse(version: str, strict: bool = True) -> Optional[Version]:
    try:
        return Version(version, strict=strict)
    except InvalidVersion:
        if strict:
            raise
        return None
