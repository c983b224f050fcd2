"""logtail: print the last lines of log files."""

from logtail.config import TailConfig
from logtail.tail import tail

__all__ = ["TailConfig", "tail"]
