"""Command line: ltail FILE [-n N] [--level LEVEL]."""

import argparse
import sys

from logtail.config import TailConfig
from logtail.tail import tail


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="ltail")
    parser.add_argument("file")
    parser.add_argument("-n", "--lines", type=int, default=TailConfig.lines)
    parser.add_argument("--level")
    args = parser.parse_args(argv)
    for line in tail(args.file, TailConfig(lines=args.lines, level=args.level)):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
