"""Command line: csvsum FILE --column NAME [--delim D] [--json]."""

from __future__ import annotations

import argparse
import json
import sys

from csvsum.core import read_rows, summarize


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="csvsum", description="Summarise one numeric column of a CSV file.")
    parser.add_argument("file", help="the CSV file")
    parser.add_argument("-c", "--column", required=True, help="the column to summarise")
    parser.add_argument("-d", "--delim", default=",", help="field delimiter (default: ,)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    delimiter = args.delim.encode().decode("unicode_escape")
    rows = read_rows(args.file, delimiter=delimiter)
    try:
        summary = summarize(rows, args.column)
    except KeyError:
        print(f"csvsum: no column {args.column!r}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print(f"count={summary['count']} total={summary['total']:.2f} mean={summary['mean']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
