import sys
from typing import List, Optional

from pipkit._internal.resolver import Resolver


def run(args: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if args is None else args
    if not argv:
        print("usage: pipkit install <req>...")
        return 2
    Resolver(argv[1:]).resolve()
    return 0
