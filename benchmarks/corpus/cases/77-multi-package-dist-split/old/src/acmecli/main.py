import sys

from acmecore import new_id


def main(argv: list = None) -> int:
    print(new_id(*(argv or sys.argv[1:2])))
    return 0
