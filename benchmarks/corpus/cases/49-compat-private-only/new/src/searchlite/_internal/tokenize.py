import re
from typing import Iterator

WORD = re.compile(r"[\w']+")


def tokenize(text: str, *, lower: bool) -> Iterator[str]:
    for t in WORD.findall(text):
        yield t.lower() if lower else t
