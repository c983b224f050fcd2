import re
from typing import Tuple

_RE = re.compile(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?$")


class Version:
    def __init__(self, version: str) -> None:
        m = _RE.match(version)
        if not m:
            raise ValueError(version)
        self.release: Tuple[int, ...] = tuple(int(p) for p in m.groups() if p is not None)

    def __lt__(self, other: "Version") -> bool:
        return self.release < other.release


def parse(version: str) -> Version:
    return Version(version)
