"""The text the claim patterns read, and the things a sentence names.

:func:`match_text` turns a segment into one normal form: lower case, single spaces, numbers written as words
turned into digits ("four of the five tests" -> "4 of the 5 tests", "fifty percent" -> "50%"), hedges
removed (and remembered: "should not break anything" reads "does not break anything", hedged), quotations
of three words or more removed (a quoted mandate is not a claim).

:func:`entities` lists the things a sentence names, as written: code spans, dotted names (``pkg.mod.func``,
``Client.get``), calls (``fetch_current()``), snake_case and CamelCase identifiers, UPPER_CASE names
(environment variables), paths and version numbers. Whether a name is a module, an object, a parameter, an
environment variable or a dependency is decided against the report (see ``evaluate.Index``).

Every pattern here has bounded repetition: matching is linear in the length of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

__all__ = ["Entity", "Text", "analyse", "entities", "number", "words_to_numbers"]

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORD = re.compile(
    r"\b(?:a\s+dozen|a\s+single|a\s+hundred|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|dozen)(?:(?:[\s-]|\s+and\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand)){0,5})\b")
# "one" that is not a count: "no one", "the one", "one-off", "one of a kind"...
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\bno|\bnot|\bthe|\bthis|\bthat|\beach|\bwhich|\bany|\bevery|\banother|\bsame|\bsome|\bsuch|"
                                 r"\bexisting|\bnew|\bold|\bother|\bfailing|"
                                 r"\blittle|\bthat's|\bit's)\s*$")
_NOT_A_COUNT_AFTER = re.compile(r"^-(?:off|time|liner|line|way|shot|stop|to-one|click)\b|^\s+(?:another|way|day|thing)\b")


def _word_value(phrase: str) -> int | None:
    words = [w for w in re.split(r"[\s-]{1,10}", phrase) if w and w != "and"]
    if words[:2] == ["a", "dozen"]:
        return 12
    if words[:2] == ["a", "single"]:
        return 1
    if words[:1] == ["a"] and words[1:2] == ["hundred"]:
        words = ["one", "hundred"] + words[2:]
    total, current = 0, 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def words_to_numbers(low: str, keep: Container[str] = ()) -> str:
    """Counts written as words in digits: "four of the five" -> "4 of the 5"; "no one", "the one" stay, and so do
    the words in *keep* (names the report knows: a dependency called "six")."""
    out: list[str] = []
    last = 0
    for m in _NUMBER_WORD.finditer(low):
        phrase = m.group(0)
        if phrase in keep:
            continue
        if phrase in ("one", "a single") and (_NOT_A_COUNT_BEFORE.search(low[max(0, m.start() - 12):m.start()])
                                              or _NOT_A_COUNT_AFTER.match(low[m.end():m.end() + 12])):
            continue
        value = _word_value(phrase)
        if value is None:
            continue
        out.append(low[last:m.start()])
        out.append(str(value))
        last = m.end()
    out.append(low[last:])
    text = "".join(out)
    return re.sub(r"(\d)\s*(?:per\s*cent|percent)\b", r"\1%", text)


_NUMBER = re.compile(r"\d{1,3}(?:,\d{3}){1,4}|\d{1,12}")


def number(text: str) -> int:
    """A count as written in digits (``1,024``) or words (``twelve``)."""
    text = text.strip().lower()
    if _NUMBER.fullmatch(text):
        return int(text.replace(",", ""))
    value = _word_value(text)
    if value is None:
        raise ValueError(text)
    return value


# ------------------------------------------------------------------------------------------------ hedges

# (pattern, replacement): what the sentence says once the hedge is taken away
_HEDGES = [
    # "I don't think any X was added" says no X was added (the negation belongs to what is believed)
    (r"\b(?:i|we)\s+(?:do\s+not|don't|dont)\s+(?:believe|think|expect|suppose)\s+(?:that\s+)?(?:any\s+|there\s+(?:is|are|was|were)\s+any\s+)?", "no "),
    (r"\b(?:i|we)\s+doubt\s+(?:that\s+)?(?:any\s+)?", "no "),
    (r"\b(?:i|we)\s+(?:strongly\s+)?(?:believe|think|expect|assume|are\s+confident|am\s+confident|are\s+fairly\s+"
     r"confident|am\s+fairly\s+confident|are\s+pretty\s+sure|am\s+pretty\s+sure)(?:\s+that)?\b,?", ""),
    (r"\bas\s+far\s+as\s+(?:i|we)\s+(?:can\s+(?:tell|see)|know|could\s+(?:tell|see))\b,?", ""),
    (r"\bto\s+(?:the\s+best\s+of\s+)?(?:my|our)\s+knowledge\b,?", ""),
    (r"\b(?:it\s+)?(?:appears|seems|looks)\s+(?:like|that)\b", ""),
    (r"\b(?:appears?|seems?)\s+to\s+(?:be\s+)?", ""),
    (r"\b(?:is|are)\s+(?:expected|believed|thought|assumed)\s+to\s+(?:be\s+)?", ""),
    (r"\bshould\s+not\b|\bshouldn't\b", "does not"),
    (r"\bshould\s+(?:still\s+)?be\b", "is"),
    (r"\bshould\s+still\b", "still"),
    (r"\bshould\b", ""),
    (r"\b(?:very\s+|most\s+)?(?:probably|likely|presumably|hopefully|supposedly|apparently|possibly)\b,?", ""),
    (r"\bin\s+theory\b,?", ""),
    (r"\bmight\s+not\b|\bmay\s+not\b", "does not"),
]
_HEDGE_RX = [(re.compile(p), r) for p, r in _HEDGES]
_HEDGE_HINT = re.compile(r"\b(?:should|shouldn't|believe|think|expect|assume|confident|pretty\s+sure|as\s+far\s+as|doubt|"
                         r"knowledge|appears?|seems?|looks\s+like|expected|believed|thought|probably|likely|presumably|"
                         r"hopefully|supposedly|apparently|possibly|in\s+theory|might|may\s+not)\b")


def dehedge(low: str) -> tuple[str, bool]:
    """The sentence without its hedges, and whether it had any."""
    if not _HEDGE_HINT.search(low):
        return low, False
    out = low
    for rx, repl in _HEDGE_RX:
        out = rx.sub(repl, out)
    out = " ".join(out.split())
    return out, out != low


# ------------------------------------------------------------------------------------------------ entities

@dataclass(frozen=True)
class Entity:
    """A thing a sentence names, as written (``Client.get``, ``CACHE_TTL``, ``src/a.py``, ``1.3.0``)."""

    name: str
    shape: str  # path | dotted | call | upper | snake | camel | version | word (a code span of one plain word)
    start: int  # offset in the segment's cleaned text, for word-order questions ("X of Y")


_SPAN = re.compile(r"`([^`\n]{1,200})`")
_TOKEN = re.compile(
    r"(?P<path>(?<![\w/.-])(?:[\w.-]{1,80}/){1,12}[\w.-]{0,80}(?![\w/]))"
    r"|(?P<version>(?<![\w.])v?\d{1,4}(?:\.\d{1,6}){1,3}(?:(?:a|b|rc|\.dev|\.post)\d{1,4})?(?![\w.]))"
    r"|(?P<ident>(?<![\w.])[A-Za-z_][\w]{0,80}(?:\.[A-Za-z_][\w]{0,80}){0,10}(?:\(\))?)")
_STOP_UPPER = frozenset({"API", "CI", "CLI", "PR", "OK", "ALL", "NO", "NOT", "AND", "OR", "THE", "NONE", "ZERO", "TODO",
                         "HTTP", "HTTPS", "URL", "JSON", "YAML", "TOML", "SQL", "I/O", "IO", "ID", "IDS", "UUID", "SSOT",
                         "ABC", "ASYNC", "PASS", "FAIL", "FAILED", "PASSED", "TRUE", "FALSE", "README", "CHANGELOG",
                         "MUST", "SHOULD", "NEW", "BREAKING", "CHANGES", "VALIDATION", "CRITICAL", "FINDING", "WARNING",
                         "INFO", "DEBUG", "ERROR", "UTF", "CPU", "RAM", "DB", "SDK", "JWT", "OAUTH", "ENV", "UI", "UX"})


def _shape(token: str) -> str | None:
    if token.endswith("()"):
        return "call"
    if "." in token:
        parts = token.split(".")
        if len(parts) >= 2 and all(parts):
            if parts[-1].lower() in ("md", "py", "txt", "toml", "cfg", "ini", "json", "yml", "yaml", "rst", "lock", "in"):
                return "path"
            return "dotted"
        return None
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,60}(?:_[A-Z0-9]{1,60}){1,8}", token):
        return "upper"
    if re.fullmatch(r"_?[a-z][a-z0-9]{0,60}(?:_[a-z0-9]{1,60}){1,8}_?|_[a-z][a-z0-9]{0,60}", token):
        return "snake"
    if re.fullmatch(r"[A-Z][a-z0-9]{1,40}(?:[A-Z][a-z0-9]{0,40}){1,8}", token):
        return "camel"
    return None


def entities(raw: str, spans: list[str] | None = None) -> list[Entity]:
    """The things a sentence names: every code span, and identifiers shaped like code outside them."""
    out: list[Entity] = []
    seen: set[str] = set()

    def add(name: str, shape: str, start: int) -> None:
        name = name.strip().strip(".,;:")
        if name and name not in seen:
            seen.add(name)
            out.append(Entity(name, shape, start))

    for m in _SPAN.finditer(raw):
        body = m.group(1).strip()
        if " " in body or not body:
            # a call with arguments or an import statement: its leading name
            head = re.match(r"(?:from\s+)?([A-Za-z_][\w.]{0,200})", body)
            if head and ("(" in body or body.startswith(("from ", "import "))):
                name = head.group(1)
                add(name, "dotted" if "." in name else "call", m.start())
            continue
        name = re.sub(r"\([^)]{0,200}\)$", "()", body)
        shape = _shape(name.removesuffix("()")) if not name.endswith("()") else "call"
        if "/" in name:
            shape = "path"
        elif shape is None:
            shape = "version" if re.fullmatch(r"v?\d{1,4}(?:\.\d{1,6}){1,3}\S{0,10}", name) else "word"
        add(name, shape, m.start())
    plain = _SPAN.sub(lambda m: " " * len(m.group(0)), raw)
    for m in _TOKEN.finditer(plain):
        if m.group("path"):
            token = m.group("path")
            if token.count("/") == 1 and token.endswith("/") and len(token) <= 4:
                continue  # "w/", "and/or"
            if "://" in plain[max(0, m.start() - 8):m.end()]:
                continue
            add(token, "path", m.start())
        elif m.group("version"):
            add(m.group("version"), "version", m.start())
        else:
            token = m.group("ident")
            shape = "call" if token.endswith("()") else _shape(token)
            if shape is None or token in _STOP_UPPER:
                continue
            if shape == "dotted" and re.fullmatch(r"(?:e\.g|i\.e|etc|vs)\.?", token.lower()):
                continue
            add(token, shape, m.start())
    return out


# ------------------------------------------------------------------------------------------------ the text

@dataclass
class Text:
    low: str  # what the patterns read
    hedged: bool


_QUOTED = re.compile(r'"[^"\n]{1,400}"')


def analyse(low: str, keep: Container[str] | None = None) -> Text:
    """The normal form of a segment's lower-cased text (see the module docstring)."""
    low = _QUOTED.sub(lambda m: " " if len(m.group(0).split()) >= 3 else m.group(0), low)
    low, hedged = dehedge(low)
    low = words_to_numbers(low, keep or ())
    low = " ".join(low.split())
    return Text(low=low, hedged=hedged)
