"""What a report may show: secrets redacted, names escaped. The one place, applied by the model to every finding,
problem, change and fact as it is made, so every check and every renderer (terminal, Markdown, HTML, JSON) and
every report read back (`merge`, `verify --report`) get the same text.

Secrets: reports are pasted into pull requests and uploaded to code scanning, so a value is shown as
``<redacted>`` when

* it is a quoted literal in a finding about something named like a secret (``password``, ``DB_PASSWORD``,
  ``api_key``, ``GITHUB_TOKEN``, ``DATABASE_URL``...), or on a line that binds such a name (``password=...``,
  ``API_KEY = ...``, ``"token: %s"``) or quotes it (``os.getenv("DB_PASSWORD", ...)``), except a literal that
  is itself such a name;
* it is the password of a URL (``postgres://user:<redacted>@host``);
* it has the shape of a key or token wherever it is: GitHub, Slack, Stripe/OpenAI-style ``sk-``, AWS access key
  ids, Google API keys, JWTs, ``Bearer`` tokens, PEM private keys, and long random-looking quoted strings.

Names: text that came from file names or file contents may hold bytes that are not UTF-8 (kept by Python as
surrogate escapes, which no UTF-8 writer accepts) or control characters (terminal escape sequences in a report):
both are shown as ``\\xNN``, the same in every format.
"""

from __future__ import annotations

import math
import re
from collections import Counter

REDACTED = "<redacted>"

# words that make a name a secret's: DB_PASSWORD, apiKey, github_token, SECRET_KEY, DATABASE_URL...
_SECRET_WORDS = frozenset({"password", "passwd", "pwd", "pw", "pass", "passphrase", "secret", "secrets", "token",
                           "tokens", "apikey", "credential", "credentials", "creds", "jwt", "salt", "dsn", "oauth",
                           "privatekey", "cookie", "sessionid"})
_KEY_QUALIFIERS = frozenset({"api", "access", "secret", "private", "signing", "encryption", "master", "client",
                             "auth", "license", "app", "account"})
_SECRET_PHRASES = ("database_url", "db_url", "connection_string", "conn_str")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ASSIGNED = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]{0,100})(?![A-Za-z0-9_])\s{0,10}[=:]")  # `password=`, `"token: %s"`, `api_key: str =`
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# a quoted literal on one line, with an optional prefix; alternatives are disjoint, so matching is linear
_LITERAL = re.compile(r"""(?<![A-Za-z0-9_])[rRbBuUfF]{0,2}('(?:[^'\\\n]|\\.){0,4000}'|"(?:[^"\\\n]|\\.){0,4000}")""")
_URL_PASSWORD = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]{0,30}://[^\s/@:'\"`]{0,200}):[^\s/@'\"`]{1,400}@")
_TOKENS = re.compile("|".join([
    r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}",
    r"\bgithub_pat_[A-Za-z0-9_]{20,255}",
    r"\bxox[abprs]-[A-Za-z0-9-]{10,255}",
    r"\b(?:sk|rk|pk)[-_](?:live|test|proj)?[-_]?[A-Za-z0-9]{16,255}",
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",
    r"\bAIza[0-9A-Za-z_-]{35}",
    r"\beyJ[A-Za-z0-9_-]{5,2000}\.eyJ[A-Za-z0-9_-]{5,2000}\.[A-Za-z0-9_-]{5,2000}",
    r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,10000}?-----END [A-Z ]{0,40}PRIVATE KEY-----",
]))
_BEARER = re.compile(r"(?i)\b(bearer|basic|token)\s+[A-Za-z0-9._~+/=-]{12,2000}")
_RANDOMISH = re.compile(r"[A-Za-z0-9+/=_.-]{24,}")


def secret_name(name: str | None) -> bool:
    """Whether an identifier (or the last part of a dotted name) is named like a secret."""
    if not name:
        return False
    last = name.rsplit(".", 1)[-1]
    lower = last.lower()
    if any(p in lower for p in _SECRET_PHRASES):
        return True
    words = [w.lower() for part in last.split("_") for w in _WORDS.findall(part)]
    if _SECRET_WORDS.intersection(words) or "".join(words) in _SECRET_WORDS:
        return True
    if any("password" in w or "passwd" in w for w in words):  # run together: PGPASSWORD, dbpassword
        return True
    for i, word in enumerate(words):  # api_key, SECRET_KEY, privateKey; not sort_key, key_func, keys
        if word == "key" and i > 0 and words[i - 1] in _KEY_QUALIFIERS:
            return True
    return False


def _entropy(s: str) -> float:
    counts = Counter(s)
    return -sum(c / len(s) * math.log2(c / len(s)) for c in counts.values())


def _randomish(body: str) -> bool:
    """A quoted value that looks like a key: long, no spaces or dots, letters and digits mixed, high entropy."""
    if len(body) < 24 or "." in body or not _RANDOMISH.fullmatch(body):
        return False
    if not (any(c.isdigit() for c in body) and any(c.isalpha() for c in body)):
        return False
    return _entropy(body) >= 3.5


def _redact_literal(match: re.Match[str], context: bool) -> str:
    text = match.group(0)
    quoted = match.group(1)
    body = quoted[1:-1]
    if not body or body == REDACTED:
        return text
    if context and not (_IDENT.fullmatch(body) and secret_name(body)):
        return text[: len(text) - len(quoted)] + quoted[0] + REDACTED + quoted[-1]
    if _randomish(body):
        return text[: len(text) - len(quoted)] + quoted[0] + REDACTED + quoted[-1]
    return text


def redact(text: str | None, *, context: bool = False) -> str | None:
    """``text`` with secrets replaced by ``<redacted>``. ``context``: the text is about something named like a
    secret, so every quoted value in it is one. Each line is also judged on its own names."""
    if not text:
        return text
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}:{REDACTED}@", text)
    text = _TOKENS.sub(REDACTED, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    if "'" not in text and '"' not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "'" not in line and '"' not in line:
            continue
        # a value is a secret's when something named like a secret is bound to it on this line (`password=`,
        # `API_KEY = ...`, "token: %s") or a secret's name is quoted beside it (`getenv("DB_PASSWORD", ...)`);
        # merely passing a variable named `token` does not make a URL on the line secret
        here = (context or any(secret_name(name) for name in _ASSIGNED.findall(line))
                or any(_IDENT.fullmatch(m.group(1)[1:-1]) and secret_name(m.group(1)[1:-1])
                       for m in _LITERAL.finditer(line)))
        lines[i] = _LITERAL.sub(lambda m: _redact_literal(m, here), line)
    return "\n".join(lines)


_ESCAPE_ALL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_ESCAPE_KEEP_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def _escape_char(m: re.Match[str]) -> str:
    c = ord(m.group(0))
    if 0xDC80 <= c <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{c - 0xDC00:02x}"
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def escape(text: str | None, *, lines: bool = True) -> str | None:
    """``text`` with bytes that were not UTF-8 and control characters shown as ``\\xNN`` (``lines``: keep line
    breaks and tabs, for multi-line text; names keep neither)."""
    if not text:
        return text
    pattern = _ESCAPE_KEEP_LINES if lines else _ESCAPE_ALL
    return pattern.sub(_escape_char, text) if pattern.search(text) else text


def shown(text: str | None, *, context: bool = False) -> str | None:
    """Free text as a report may show it: escaped, then redacted."""
    return redact(escape(text), context=context)


def name(text: str | None) -> str | None:
    """A path or name as a report may show it: one line, escaped."""
    return escape(text, lines=False)
