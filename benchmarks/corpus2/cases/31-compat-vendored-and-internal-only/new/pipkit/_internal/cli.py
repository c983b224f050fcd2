import sys
from typing import List, Optional

from pipkit._internal.resolver import Resolver


def run(args: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if args is None else args
    if not argv or argv[0] not in ("install", "download"):
        print("usage: pipkit {install,download} <req>...")
        return 2
    Resolver(argv[1:], prefer_binary=True).resolve(upgrade=False)
    return 0
