from typing import List, Optional

__version__ = "24.0"


def main(args: Optional[List[str]] = None) -> int:
    from pipkit._internal.cli import run

    return run(args)
