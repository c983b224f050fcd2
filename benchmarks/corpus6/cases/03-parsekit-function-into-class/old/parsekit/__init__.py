def parse(text: str) -> list:
    return text.split()


def dump(items: list) -> str:
    return ' '.join(items)
