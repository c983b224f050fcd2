import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text, sep="-"):
    # lower-case, non-alphanumerics to sep
    return _NON_WORD.sub(sep, text.lower()).strip(sep)


def truncate(text, limit=40, ellipsis="..."):
    # cut to limit chars
    if len(text) <= limit:
        return text
    return text[: limit - len(ellipsis)].rstrip() + ellipsis


def title_case(text):
    return " ".join(w[:1].upper() + w[1:] for w in text.split())
