import json
import sys

from .patch import apply_patch


def main(argv=None):
    argv = argv or sys.argv[1:]
    doc = json.load(open(argv[0]))
    patch = json.load(open(argv[1]))
    json.dump(apply_patch(doc, patch), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
