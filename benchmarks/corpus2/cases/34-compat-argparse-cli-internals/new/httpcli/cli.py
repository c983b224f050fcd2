import argparse
import sys
from typing import Dict, List, Optional, Sequence

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_TIMEOUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="httpcli", description="A friendly command line HTTP client.")
    parser.add_argument("method", choices=["GET", "POST", "PUT", "DELETE"])
    parser.add_argument("url")
    parser.add_argument("items", nargs="*", help="header:value or key=value")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--verbose", "-v", action="store_true")
    output.add_argument("--quiet", "-q", action="store_true")
    parser.add_argument("--timeout", type=float, default=30.0)
    return parser


def _parse_items(items: List[str]) -> Dict[str, Dict[str, str]]:
    out: Dict[str, Dict[str, str]] = {"headers": {}, "data": {}}
    for item in items:
        if ":" in item:
            k, v = item.split(":", 1)
            out["headers"][k] = v
        elif "=" in item:
            k, v = item.split("=", 1)
            out["data"][k] = v
    return out


def _send(method: str, url: str, *, items: Dict[str, Dict[str, str]], verbose: bool, quiet: bool, timeout: float) -> int:
    if not quiet:
        print(f"{method} {url} {items}", file=sys.stderr if verbose else sys.stdout)
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    return _send(
        args.method,
        args.url,
        items=_parse_items(args.items),
        verbose=args.verbose,
        quiet=args.quiet,
        timeout=args.timeout,
    )
