import argparse
import sys
from typing import List, Optional, Sequence

EXIT_OK = 0
EXIT_ERROR = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="httpcli")
    parser.add_argument("method", choices=["GET", "POST"])
    parser.add_argument("url")
    parser.add_argument("--verbose", "-v", action="store_true")
    return parser


def _send(method: str, url: str, verbose: bool) -> int:
    print(f"{method} {url}", file=sys.stderr if verbose else sys.stdout)
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return _send(args.method, args.url, args.verbose)
