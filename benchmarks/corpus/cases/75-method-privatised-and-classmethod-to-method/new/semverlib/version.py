import re
from functools import total_ordering
from typing import Tuple

_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@total_ordering
class Version:
    def __init__(self, major: int, minor: int = 0, patch: int = 0) -> None:
        self.major, self.minor, self.patch = major, minor, patch

    def parse(self, text: str) -> "Version":
        """Parse *text* relative to this version (supports '^1.2' style later)."""
        m = _RE.match(text)
        if not m:
            raise ValueError(text)
        return Version(*map(int, m.groups()))

    def _as_tuple(self) -> Tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def bump(self, part: str = "patch") -> "Version":
        major, minor, patch = self._as_tuple()
        if part == "major":
            return Version(major + 1)
        if part == "minor":
            return Version(major, minor + 1)
        return Version(major, minor, patch + 1)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._as_tuple() == other._as_tuple()

    def __lt__(self, other: "Version") -> bool:
        return self._as_tuple() < other._as_tuple()

    def __hash__(self) -> int:
        return hash(self._as_tuple())
