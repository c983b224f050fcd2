import argparse

from humanbytes import format_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="+", type=int)
    for n in parser.parse_args().sizes:
        print(format_size(n))


if __name__ == "__main__":
    main()
