import argparse
import json
import sys

from .patch import apply_patch


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jsonpatchx")
    p.add_argument("document")
    p.add_argument("patch")
    p.add_argument("--indent", type=int)
    return p


def main(argv: "list[str] | None" = None) -> int:
    args = build_parser().parse_args(argv)
    with open(args.document) as fh, open(args.patch) as ph:
        json.dump(apply_patch(json.load(fh), json.load(ph)), sys.stdout, indent=args.indent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
