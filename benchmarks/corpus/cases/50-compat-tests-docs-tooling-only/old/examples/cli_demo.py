import sys

from humanbytes import format_size


def main(argv):
    for arg in argv:
        print(format_size(int(arg)))


if __name__ == "__main__":
    main(sys.argv[1:])
