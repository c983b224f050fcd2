class ParseError(ValueError):
    pass


def parse(text: str) -> dict:
    if not text:
        raise ParseError("empty")
    return {"text": text}


def parse_many(texts: list[str]) -> list[dict]:
    """Internal now; callers should use [parse(t) for t in texts]."""
    return [parse(t) for t in texts]
