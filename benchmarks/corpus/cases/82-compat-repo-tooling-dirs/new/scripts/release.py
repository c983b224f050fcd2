"""Bump the version and tag a release."""
import subprocess
import sys


def tag(version: str, *, sign: bool) -> None:
    subprocess.run(["git", "tag", "-s" if sign else "-a", version, "-m", version], check=True)


if __name__ == "__main__":
    tag(sys.argv[1], sign=True)
