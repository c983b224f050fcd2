import re
from typing import List

WORD = re.compile(r"\w+")


def tokenize(text: str) -> List[str]:
    return [t.lower() for t in WORD.findall(text)]


def stem(token: str) -> str:
    return token[:-1] if token.endswith("s") else token
