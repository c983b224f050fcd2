"""Read the last lines of a file."""

from collections import deque
from typing import List

from logtail.config import TailConfig


def tail(path: str, config: TailConfig = TailConfig()) -> List[str]:
    """The last `config.lines` lines of `path` (newlines stripped), only those containing `config.level` if set."""
    keep: deque = deque(maxlen=config.lines)
    with open(path, encoding=config.encoding) as handle:
        for line in handle:
            line = line.rstrip("\n")
            if config.level is None or config.level in line:
                keep.append(line)
    return list(keep)
