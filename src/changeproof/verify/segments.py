"""Splitting a Markdown document into the units claims are made in: sentences, list items, table rows.

Each :class:`Segment` keeps the line it starts on, the text as written, the text with the Markdown
decoration and emoji removed (what the claim patterns read), and its context: the heading or lead-in
paragraph (``**Modified Production Files (4 total):**``) a list item sits under, which says what a bare
list of paths asserts.

* Checklist items (``- [x] No new dependencies``) are claims; an unticked box (``- [ ]``) asserts nothing
  and is kept as such (``checkbox == "open"``).
* Table rows become sentences: a two-column row is "key: value" (with the value column's header when it is
  a predicate, ``| REDIS_URL | Required? no |``); a table whose header names the subjects and that has one
  data row gives one claim per column.
* Fenced code is skipped, except the lines of an unlabelled fence that read like claims
  (``✅ Import compatibility: ALL PASS``): reports paste their "evidence" into code blocks.

Hostile input is bounded: a line longer than :data:`MAX_LINE` characters or a sentence longer than
:data:`MAX_SEGMENT` is not analysed (an ``oversize`` segment, listed as not checked), and every pattern here
has bounded repetition, so splitting is linear in the size of the document.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["MAX_LINE", "MAX_SEGMENT", "Segment", "clauses", "clean", "iter_segments", "split_document", "subsegment"]

MAX_LINE = 4000  # characters: a longer line is listed as "not checked: too long", never matched
MAX_SEGMENT = 1000  # characters of one sentence, list item or table row

# fences labelled with one of these hold code, never claims
_CODE_LANGS = frozenset({
    "python", "py", "python3", "pycon", "ipython", "bash", "sh", "shell", "console", "zsh", "powershell", "ps1",
    "javascript", "js", "typescript", "ts", "json", "yaml", "yml", "toml", "ini", "cfg", "sql", "diff", "patch",
    "go", "rust", "java", "c", "cpp", "c++", "html", "xml", "css", "dockerfile", "makefile", "jinja", "tsx", "jsx",
    "mermaid", "dotenv", "env", "text/x-python",
})

_FENCE = re.compile(r"^ {0,3}(`{3,40}|~{3,40})[ \t]*([\w+#./-]{0,40})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.{0,4000})$")
# headings in other markups: HTML ("<h2>Summary</h2>"), Jira and Textile ("h3. Summary")
_OTHER_HEADING = re.compile(r"(?i)^[ \t]{0,3}(?:<h([1-6])(?:\s[^<>]{0,200})?>(?P<html>[^<>]{1,400}?)</h\1>|h([1-6])\.[ \t]+(?P<wiki>\S.{0,400}))[ \t]*$")
_HTML_ITEM = re.compile(r"(?i)^[ \t]{0,40}<li(?:\s[^<>]{0,200})?>(?P<body>.{1,4000}?)(?:</li>)?[ \t]*$")
_WIKI_CODE = re.compile(r"\{\{([^{}\n]{1,200})\}\}")  # Jira / Confluence monospace: {{name}}
_LIST = re.compile(r"^([ \t]{0,40})(?:[-*+\u2022\u25e6\u25aa\u2023\u2043]|\d{1,3}[.)])[ \t]+(.{0,4000})$")
_CHECKBOX = re.compile(r"^\[([ xX✓✔])\][ \t]*(.{0,4000})$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,200}:?[ \t]*(?:\|[ \t]*:?-{3,200}:?[ \t]*){0,60}\|?[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,200}|(?:\*[ \t]*){3,200}|(?:_[ \t]*){3,200})$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=[\"'(\[*_`]?[A-Z0-9\u2600-\u27bf\U0001F300-\U0001FAFF])|"
                           # a sentence may start with code in lower case ("... is private. `cli.py` needed no edit"),
                           # not after an abbreviation ("e.g. `foo`")
                           r"(?<=[a-z0-9)`\]][.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bcf\.)[ \t]+"
                           r"(?=`[a-z_]|[a-z_][\w.-]{0,80}/[\w.-]|[a-z_][\w-]{0,80}\.(?:py|md|toml|txt|cfg|ini|json|ya?ml)\b)|"
                           # lower-case prose ("patch. nothing for callers to change"), not after an abbreviation or a letter
                           r"(?<=[a-z]{2}[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bcf\.)(?<!\bno\.)(?<!\bapprox\.)"
                           r"(?<!\bincl\.)(?<!\bfig\.)(?<!\bca\.)(?<!\bresp\.)(?<!\bviz\.)[ \t]+(?=[a-z]{2,40}\b(?![.(]))")
# inside an unlabelled fence: lines shaped like claims
_CODE_CLAIM = re.compile(r"^[ \t]*(?:[-*][ \t]+[A-Za-z(]|[A-Za-z][A-Za-z0-9 /_&().-]{1,60}:[ \t]+\S)")

# a path as people write them: with a file extension, or a directory ending in "/"
_EXT = r"(?:py|pyi|pyx|md|rst|txt|toml|cfg|ini|ya?ml|json|lock|in|sh|js|ts|html|css|sql|env|example)"
_BARE_PATH = re.compile(
    rf"(?<![\w/.@:-])((?:[\w.-]{{1,80}}/){{0,12}}[\w-][\w.-]{{0,80}}\.{_EXT}|(?:[\w.-]{{1,80}}/){{1,12}})(?![\w/])")
_CODE_SPAN = re.compile(r"`([^`\n]{1,300})`")
_PATHLIKE = re.compile(rf"^(?:\./)?(?:[\w.-]{{1,80}}/){{1,12}}[\w.-]{{0,80}}$|^[\w.-]{{1,80}}\.{_EXT}$")


@dataclass
class Segment:
    """One unit of the document that may hold claims."""

    line: int
    raw: str  # as written (indentation and list marker removed)
    text: str  # decoration and emoji removed
    kind: str  # heading | paragraph | item | row | code | oversize
    context: str = ""  # cleaned lead-in paragraph or heading a list item sits under
    heading: str = ""  # cleaned nearest heading
    marked: bool = False  # starts with (or carries) a check mark / cross: an assertion marker
    paths: list[str] = field(default_factory=list)  # path-like tokens in the segment
    context_paths: list[str] = field(default_factory=list)  # path-like tokens of a short lead-in naming files
    lead_path: str | None = None  # the path the segment starts with (a listed file)
    extra: str = ""  # additional text to match (table rows: "header: cell; ...")
    checkbox: str | None = None  # "done" for "- [x]", "open" for "- [ ]", None when not a checklist item
    cross: bool = False  # marked with a cross (❌): the writer says the thing does NOT hold
    spans: list[str] = field(default_factory=list)  # the code spans (`...`) as written
    last_line: int = 0  # the line it ends on (wrapped sentences span several)
    sentence: str = ""  # for a clause (see subsegment): the whole sentence it is part of, cleaned
    breaks: list[int] = field(default_factory=list)  # offsets in raw where a wrapped sentence goes on to its next line

    def line_of(self, text: str) -> int:
        """The line where *text* (a clause of this segment) starts: a wrapped sentence's later clauses sit on later lines."""
        if not self.breaks or not text:
            return self.line
        at = self.raw.find(text[:40])
        joiner = re.match(r"(?i)(?:and|but|so|which|while|or|then|because)\s+", text)
        if joiner and at >= 0:  # "..., and / the whole suite passes": the clause starts where its words do
            at += joiner.end()
        return self.line + sum(1 for b in self.breaks if b <= at) if at > 0 else self.line

    @property
    def low(self) -> str:
        return normalise(self.text + ((" ; " + self.extra) if self.extra else "")).lower()


_MARKS = set("\u2705\u274c\u2714\u2713\u2611\u2612\u2717\u2718\u2716\u26a0\u2b55\u274e\U0001F7E2\U0001F534")
_CROSSES = set("\u274c\u2717\u2718\u2716\u274e\U0001F534\u2612")


def _is_emoji(ch: str) -> bool:
    if ch in ("\ufe0f", "\ufe0e", "\u200d", "\u20e3"):
        return True
    if ch.isascii():
        return False
    cat = unicodedata.category(ch)
    return cat == "So" or (cat == "Sk" and 0x1F3FB <= ord(ch) <= 0x1F3FF)


_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                        "\u2212": "-", "\u00a0": " ", "\u2192": " -> ", "\u2264": "<=", "\u2265": ">="})


def normalise(text: str) -> str:
    return text.translate(_PUNCT)


class _Whole:
    """A string posing as a match whose group 1 is the whole string (for ``keep`` in :func:`clean`)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def group(self, _: int) -> str:
        return self.text


def clean(raw: str) -> str:
    """The text without Markdown decoration and emoji: what a reader sees, in plain words."""
    s = raw
    s = re.sub(r"!\[[^\[\]\n]{0,300}\]\([^()\n]{0,500}\)", "", s)  # images
    s = re.sub(r"\[([^\[\]\n]{1,300})\]\([^()\n]{0,500}\)", r"\1", s)  # links
    s = re.sub(r"<[^<>\s]{1,100}>", " ", s)  # html tags
    spans: list[str] = []

    def keep(m: re.Match) -> str:  # code is kept as written: `__init__.py` keeps its underscores
        spans.append(m.group(1))
        return f"\x00{len(spans) - 1}\x00"
    s = _CODE_SPAN.sub(keep, s)
    s = re.sub(r"(?<![\w`])(?:[\w.-]{1,80}/){1,12}[\w.-]{1,80}|\b\w{0,40}__\w{1,40}__\w{0,40}(?:\.py)?\b",
               lambda m: keep(_Whole(m.group(0))), s)  # paths and dunder names keep their underscores
    s = s.replace("`", "")
    s = re.sub(r"\*\*|(?<!\w)__|__(?!\w)|~~", "", s)
    s = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)  # *emphasis*
    if spans:
        s = re.sub(r"\x00(\d{1,6})\x00", lambda m: spans[int(m.group(1))], s)
    if not s.isascii():
        s = "".join(" " if _is_emoji(ch) else ch for ch in s)
    s = re.sub(r"^[ \t]*(?:(?:#{1,6}[ \t]+|>[ \t]*)){0,10}", "", s)
    # a status tag is a mark like a check mark ("[OK] only `a.py` changed", "[PASS] 5 passed")
    s = re.sub(r"^[ \t]{0,8}\[(?:OK|PASS(?:ED)?|FAIL(?:ED)?|WARN(?:ING)?|INFO|DONE|CHECK|VERIFIED|YES|NO|N/A|\?|!)\][ \t]{0,8}", "", s,
               flags=re.IGNORECASE)
    s = " ".join(s.split())
    s = s.lstrip(" :;,-")
    return normalise(s)


def _paths(raw: str) -> list[str]:
    out: list[str] = []
    for span in _CODE_SPAN.findall(raw):
        span = span.strip()
        # a command-line option ("-q/--quiet", "--out-dir") is not a path, whatever its slashes
        # nor is a range or a ratio of numbers ("10-20/5", "6/6", "2026/12/03")
        if " " not in span and "://" not in span and not span.startswith("-") and _PATHLIKE.match(span) \
                and not re.fullmatch(r"[\d/.*:-]{1,80}", span):
            out.append(span.removeprefix("./"))
    plain = _CODE_SPAN.sub(" ", raw)
    for m in _BARE_PATH.finditer(plain):
        token = m.group(1)
        if "://" in plain[max(0, m.start() - 10):m.end()]:
            continue
        if token.count("/") == 1 and token.endswith("/") and not re.search(r"[_.]", token) and token[:-1].isupper():
            continue  # "TEST/" in shouted prose
        if token.count("/") == 1 and token.endswith("/") and token[:-1].isalpha() and token[:-1].islower() \
                and len(token) <= 4:
            continue  # "and/or", "w/"
        token = token.removeprefix("./")
        if re.fullmatch(r"[\d/.*:-]{1,80}", token):
            continue
        if token not in out:
            out.append(token)
    return out


def _lead_path(raw: str, paths: list[str]) -> str | None:
    if not paths:
        return None
    body = raw.lstrip(" *_")
    if not body.isascii():
        body = "".join(ch for ch in body if not _is_emoji(ch))
    body = body.lstrip(" *_")
    for p in paths:
        if body.startswith((f"`{p}`", f"`./{p}`", p, f"[{p}]", f"[`{p}`]")):
            return p
    return None


def _marked(raw: str) -> bool:
    return not raw.isascii() and any(ch in _MARKS for ch in raw)


def _crossed(raw: str) -> bool:
    """A segment led by a cross mark (❌ ...): the writer says it does not hold."""
    for ch in raw.lstrip(" *_-"):
        if ch in _CROSSES:
            return True
        if not _is_emoji(ch) and ch not in " *_":
            return False
    return False


def _sentences(raw: str) -> list[str]:
    # never split inside a code span or after an abbreviation / a version number ("e.g. ", "v1. ")
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(raw):
        before = raw[start:m.start()]
        if before.count("`") % 2 == 1:
            continue
        tail = before[-6:].lower()
        if re.search(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bno|\bapprox)\.$", tail):
            continue
        parts.append(raw[start:m.start()])
        start = m.end()
    parts.append(raw[start:])
    parts = [p for p in parts if p.strip()]
    return parts or [raw]


_DATA_LANGS = frozenset({"yaml", "yml", "json", "json5", "jsonc"})
_CSV_LANGS = frozenset({"csv", "tsv"})
# fences a test run's output is pasted in, and pytest's summary and collection lines
_RUN_LANGS = frozenset({"", "text", "txt", "console", "shell", "sh", "bash", "zsh", "terminal", "output", "log", "pytest",
                        "plain", "plaintext", "none"})
_PYTEST_SUMMARY = re.compile(r"^[ \t]*={0,80}[ \t]*(?P<counts>\d{1,9}[ \t]+(?:passed|failed)(?:,[ \t]*\d{1,9}[ \t]+(?:passed|failed|skipped|"
                             r"xfailed|xpassed|errors?|deselected|warnings?|rerun)){0,8})(?:[ \t]+in[ \t]+[\d.:]{1,12}s?(?:[ \t]+\([^)]{0,30}\))?)?"
                             r"[ \t]*={0,80}[ \t]*$")
_DIFFSTAT = re.compile(r"^[ \t]*\d{1,9}[ \t]+files?[ \t]+changed(?:,[ \t]*\d{1,9}[ \t]+(?:insertions?\(\+\)|deletions?\(-\))){0,2}[ \t]*$")
_PYTEST_COLLECTED = re.compile(r"^[ \t]*collected[ \t]+(?P<n>\d{1,9})[ \t]+items?\b")
# keys of a summary written as data ("breaking: false", "files_changed: 4", "tests: {passed: 5}"); a block with fewer
# of them is configuration (a workflow, a compose file), whose keys assert nothing about the change
_SUMMARY_KEY = re.compile(r"(?i)\b(?:break\w{0,5}|compat\w{0,10}|tests?|passed|failed|skipped|files?|lines|insertions|deletions|"
                          r"dependenc\w{0,4}|deps|env|variables?|version|bump|semver|changelog|api|logging|untouched|unchanged|"
                          r"changed|added|removed|risk|regressions?|signatures?|exports?|summary|verdict|production)\b")
_CONFIG_KEY = re.compile(r"(?i)^(?:jobs|steps|runs-on|uses|services|image|ports|volumes|build|command|on|stages|script|"
                         r"apiVersion|metadata|spec|containers)$")
_DATA_LINE = re.compile(r"^(?P<indent>[ \t]{0,40})(?:-[ \t]+)?[\"']?(?P<key>[A-Za-z_][\w .-]{0,60}?)[\"']?[ \t]*:(?:[ \t]+(?P<value>.{0,1000}?))?[ \t]*,?[ \t]*$")
# the names of code under these keys ("api: {collect: {...}}") are written as code
_CODE_PARENT = re.compile(r"(?i)^(?:api|public[ _]api|objects?|symbols?|functions?|methods?|classes|modules?|names|exports|"
                          r"callables?|parameters|params)$")


def _data_key(key: str, parent: str | None) -> str:
    if parent is not None and _CODE_PARENT.match(parent):
        return f"`{key}`"
    return key.replace("_", " ")


def _data_value(value: str, key: str) -> str:
    value = value.strip().rstrip(",").strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    low = value.lower()
    if low in ("true", "yes", "on"):
        return "yes"
    if low in ("false", "no", "off", "null", "~"):
        return "no" if low != "null" and low != "~" else "none"
    if value.startswith("[") and value.endswith("]"):
        items = [i.strip().strip("\"'") for i in value[1:-1].split(",") if i.strip()]
        return ", ".join(items) if items else "none"
    if value.startswith("{") and value.endswith("}"):
        pairs = [p.split(":", 1) for p in value[1:-1].split(",") if ":" in p]
        # "lines: {added: 12, removed: 3}": "12 lines added, 3 lines removed"
        return ", ".join(f"{v.strip()} {key} {k.strip().strip(chr(34))}" if re.fullmatch(r"\d{1,9}", v.strip())
                         else f"{key} {k.strip().strip(chr(34))}: {v.strip()}" for k, v in pairs)
    return value


def _data_block(lines: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """The claims of a YAML or JSON summary in a code fence, as (line, sentence, line as written): each leaf key with its
    value and the keys above it ("api: / collect: / return_type: unchanged": "api `collect` return type: unchanged");
    a comment after a value is a clause of its own. Empty when the block does not read as a summary of the change."""
    parsed: list[tuple[int, int, str, str | None, str, str]] = []
    for n, line in lines:
        body, _, comment = re.sub(r"[ \t]#(?![^\"']{0,400}[\"'][ \t]{0,40}$).{0,400}$", lambda m: "\x00" + m.group(0).strip(" \t#"), line).partition("\x00")
        m = _DATA_LINE.match(body)
        if not m:
            continue
        value = (m.group("value") or "").strip()
        if value in ("{", "["):
            value = ""
        parsed.append((n, len(m.group("indent").expandtabs(4)), m.group("key").strip(), value or None, comment.strip(), line))
    keys = [k for _, _, k, _, _, _ in parsed]
    if len({k.lower() for k in keys if _SUMMARY_KEY.search(k.replace("_", " "))}) < 3 or any(_CONFIG_KEY.match(k) for k in keys):
        return []
    out: list[tuple[int, str, str]] = []
    stack: list[tuple[int, str]] = []  # (indent, key) of the keys above
    for n, indent, key, value, comment, line in parsed:
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if value is None:
            stack.append((indent, key))
            continue
        parent = stack[-1][1] if stack else None
        names = [_data_key(k, stack[i - 1][1] if i else None) for i, (_, k) in enumerate(stack)] + [_data_key(key, parent)]
        if parent is not None and key.lower() in ("base", "head", "before", "after"):
            names[-2:] = [f"{names[-2]} at {key}"]  # "tests: / base: 5 passed": "tests at base: 5 passed"
        if len(names) > 1 and not _CODE_PARENT.match(stack[0][1]) and not names[0].startswith("`"):
            names = names[-2:]  # the nearest key above says what the leaf is about
        elif len(names) > 2:
            names = names[1:]  # "api: / collect: / ...": the code name, not the section
        sentence = f"{' '.join(names)}: {_data_value(value, names[-1])}"
        if comment and re.search(r"[A-Za-z]{3}", comment):
            sentence += f" - {comment}"
        out.append((n, sentence, line.strip()))
    return out


_SPEAKER = re.compile(r"^[ \t]{0,8}(?P<who>(?:\*\*|__)?@?[\w.-]{1,30}(?:\*\*|__)?[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?\]?[ \t]{0,4}[:>-]"
                      r"|\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]{0,4}(?:\*\*|__|<)?@?[\w.-]{1,30}(?:\*\*|__|>)?[ \t]{0,4}:?)[ \t]+(?P<said>\S.{0,4000})$")


def _cells(row: str) -> list[str]:
    body = row.strip()
    body = body.removeprefix("|")
    body = body.removesuffix("|")
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


# headers that say nothing about what a value column asserts ("| Check | Result |")
_GENERIC_HEADERS = frozenset({
    "", "result", "results", "status", "value", "values", "outcome", "verdict", "answer", "details", "detail", "notes",
    "note", "evidence", "state", "check", "checks", "item", "items", "area", "areas", "aspect", "category", "claim",
    "claims", "finding", "findings", "description", "comment", "comments", "summary", "assessment", "observation",
    "verified", "validation", "metric", "metrics", "key", "property", "name", "field", "what", "topic", "subject",
    "criterion", "criteria", "component", "components", "info", "information", "remarks", "explanation", "impact",
    "level", "levels", "risk", "risks", "severity", "rating", "score", "grade", "answer", "response", "state",
})


def _mark_word(cell: str) -> str:
    """A cell that is only a mark reads as yes / no."""
    stripped = "".join(ch for ch in cell if not ch.isspace() and ch not in "*_`")
    if stripped and all(ch in _MARKS or _is_emoji(ch) for ch in stripped):
        if any(ch in _CROSSES for ch in stripped):
            return "no"
        if any(ch in _MARKS for ch in stripped):
            return "yes"
    return cell


def _value_cell(cell: str) -> bool:
    """A cell that reads as a value (a count, yes / no, none, a mark, a word or two), not as a subject."""
    c = _mark_word(cell).strip(" *_")
    if re.search(r"[`/]|\.py\b|[a-z]_[a-z]|[A-Z]{2,40}_", c):
        return False
    return len(c.split()) <= 3


# a first column whose header says what kind of thing each row names ("| Dependency |", "| Environment variable |")
_ENTITY_HEADER = re.compile(r"\b(?:dependenc(?:y|ies)|packages?|librar(?:y|ies)|modules?|files?|paths?|variables?|env|settings?|"
                            r"functions?|methods?|classes?|parameters?|arguments?|objects?|symbols?|entry\s+points?|commands?|"
                            r"scripts?|tests?|endpoints?|protocols?|services?|ports?)\b")


def _generic(header: str) -> bool:
    words = re.sub(r"[^a-z ]", " ", header.lower()).split()
    return not words or all(w in _GENERIC_HEADERS for w in words)


_BEFORE = re.compile(r"(?i)^(?:before|old|was|base|from|previous(?:ly)?|at\s+base|v?\d[\w.]{0,20})$")
_AFTER = re.compile(r"(?i)^(?:after|new|now|head|to|current(?:ly)?|at\s+head|v?\d[\w.]{0,20})$")
_NONE = re.compile(r"(?i)^(?:-|\u2014|\u2013|none|n/?a|absent|\(none\)|not\s+present|\u2205)$")


def _question(key: str, value: str) -> str | None:
    """ "| Is `x` still imported? | no |": the question answered, as a statement."""
    if not key.rstrip().endswith("?"):
        return None
    v = value.strip().lower().strip(".! ")
    if v not in ("yes", "no", "y", "n", "true", "false", "none"):
        return None
    q = key.rstrip(" ?")
    yes = v in ("yes", "y", "true")
    m = re.match(r"(?i)^(is|are|was|were|does|do|did|has|have|can|will)\s+(.{1,400})$", q)
    if m and m.group(1).lower() in ("does", "do", "did") and re.match(r"(?i)any\s", m.group(2)):
        # "Does any public import path change? No.": none does
        rest = m.group(2)[4:]
        return f"{'some' if yes else 'no'} {rest}"
    if m:
        aux, rest = m.group(1).lower(), m.group(2)
        subject = re.match(r"(?i)^((?:this|the|that|our|its|any)\s+(?:change|pr|pull\s+request|commit|release|patch|update|"
                           r"refactor|branch|fix|public\s+api|api|code)|it|this|`[^`]{1,80}`|\S{1,80})\s+(.{1,300})$", rest)
        words = [subject.group(1), subject.group(2)] if subject else rest.split(" ", 1)
        if len(words) == 2 and aux in ("is", "are", "was", "were", "has", "have", "can", "will"):
            return f"{words[0]} {aux}{'' if yes else ' not'} {words[1]}"
        return f"{rest}" if yes else f"it is not the case: {rest}" if aux not in ("does", "do", "did") else f"{words[0]} {aux} not {words[1] if len(words) > 1 else ''}"
    m = re.match(r"(?i)^any\s+(.{1,400})$", q)
    if m:
        return f"{'some' if yes else 'no'} {m.group(1)}"
    m = re.match(r"(?i)^(?P<subject>.{1,200}?)\s+(?P<pp>(?:touched|changed|modified|edited|removed|deleted|added|renamed|updated|"
                 r"bumped|affected|exported|required|kept))$", q)
    if m:  # "`geom/__init__.py` touched? No": not touched
        return f"{m.group('subject')} {'' if yes else 'not '}{m.group('pp')}"
    return f"{q}: {'yes' if yes else 'no'}"


def _row_sentence(header: list[str] | None, cells: list[str]) -> str:
    """A table row as a sentence: ``key: value`` with the value column's header when it is a predicate; a before /
    after pair of columns as "key changed from A to B" (added, removed); a yes / no question answered."""
    cells = [_mark_word(c) for c in cells]
    if not header or len(header) != len(cells) or len(cells) < 2:
        return " ; ".join(c for c in cells if c)
    if len(cells) == 2:
        asked = _question(cells[0], cells[1])
        if asked:
            return asked
    if len(cells) >= 3 and (asked := _question(cells[0], cells[1])):
        # "| `geom/__init__.py` touched? | No | notes |": the question answered, and the notes as a clause of their own
        notes = "; ".join(c for c in cells[2:] if c.strip())
        return f"{asked}; {notes}" if notes else asked
    if len(cells) >= 3 and _BEFORE.match(header[1].strip()) and _AFTER.match(header[2].strip()) and header[1] != header[2] \
            and all(re.fullmatch(r"(?i)\s*(?:status|state|result|check|ok|mark|flag)?\s*", h) for h in header[3:]):
        # (a "status" column after the pair is the writer's mark on the row; a column that asserts something of its
        # own, "Compatible?", keeps the row read whole below)
        key, old, new = cells[0], cells[1].strip(), cells[2].strip()
        if not old:  # "files changed,,3": nothing to compare with, the value after the change
            return f"{key}: {new}"
        if old.lower() == new.lower():  # "dependencies | none | none"
            return f"{key} unchanged ({old})"
        if _NONE.match(old) and not _NONE.match(new):
            return f"{key} added ({new})"
        if _NONE.match(new) or new.lower() in ("removed", "dropped", "deleted", "gone"):
            return f"{key} removed (was {old})"
        if old == new or new.lower() in ("same", "unchanged", "="):
            return f"{key} unchanged ({old})"
        return f"{key} changed from {old} to {new}"
    key = cells[0]
    if _ENTITY_HEADER.search(header[0].lower()) and len(key.split()) <= 3 and not key.lower().startswith(header[0].lower()):
        key = f"{header[0]} {key}"  # "| Dependency | ... |" / "| requests | ... |": "Dependency requests"
    if len(cells) == 2:
        return f"{key}: {cells[1]}" if _generic(header[1]) else f"{key} {header[1]}: {cells[1]}"
    parts = [c if _generic(h) else f"{h}: {c}" for h, c in zip(header[1:], cells[1:]) if c.strip()]
    return f"{key}: " + "; ".join(parts) if parts else key


@dataclass
class _State:
    heading: str = ""
    lead: str = ""
    lead_paths: list[str] = field(default_factory=list)
    header: list[str] | None = None
    header_line: int = 0
    question: str | None = None  # the last "Q: ...?" paragraph, for the "A: yes / no" after it
    items: list[tuple[int, str]] = field(default_factory=list)  # the open list items: (indent, text), outermost first
    rows: list[tuple[int, str, list[str]]] = field(default_factory=list)


_HYPOTHETICAL = re.compile(r"(?:possible\s+|potential\s+)?(?:risks?|concerns?|hazards?|threats?|scenarios?|hypothes[ie]s|"
                           r"what\s+could\s+go\s+wrong|failure\s+modes?)(?:\s+(?:description|name))?")
# a column that says what was seen, next to which a "risk" column only names what could happen
_OBSERVED = re.compile(r"(?:evidence|details?|descriptions?|notes?|observed|observations?|findings?|what\s+we\s+saw|"
                       r"status|mitigations?|impact\s+notes?)")
_NAME_ONLY = re.compile(r"^[ \t]{0,4}(?:\*\*)?`(?P<name>[A-Za-z_./][\w./-]{0,150}(?:\(\))?)`(?:\*\*)?[ \t]{0,4}:?[ \t]{0,4}$")


def iter_segments(markdown: str) -> Iterator[Segment]:
    """Every sentence, list item and table row of *markdown*, with the line it starts on (1-based), lazily."""
    lines = markdown.splitlines()
    st = _State()
    in_fence: str | None = None  # the fence marker while inside one
    fence_is_code = False
    fence_lang = ""
    data_lines: list[tuple[int, str]] = []  # the lines of a YAML or JSON fence
    in_comment = False
    i = 0

    def make(line_no: int, raw: str, kind: str, context: str = "", ctx_paths: list[str] | None = None,
             extra: str = "", checkbox: str | None = None, text: str | None = None, last: int = 0) -> Segment | None:
        if len(raw) > MAX_SEGMENT:
            return Segment(line=line_no, raw=raw[:200], text="", kind="oversize", heading=st.heading,
                           extra=f"sentence:{len(raw)}", last_line=last or line_no)
        cleaned = clean(raw) if text is None else text
        if not cleaned or not re.search(r"[A-Za-z]{2}", cleaned) and not re.search(r"\d{1,4}\.\d{1,6}(?:\.\d{1,6})?", cleaned):
            return None  # no word: nothing asserted (a heading that is a version number is a claim)
        paths = _paths(raw)
        return Segment(line=line_no, raw=raw.strip(), text=cleaned, kind=kind, context=context, heading=st.heading,
                       marked=_marked(raw), paths=paths, context_paths=list(ctx_paths or []),
                       lead_path=_lead_path(raw, paths), extra=extra, checkbox=checkbox, cross=_crossed(raw),
                       spans=[s.strip() for s in _CODE_SPAN.findall(raw)], last_line=last or line_no)

    def flush_table() -> Iterator[Segment]:
        rows, header = st.rows, st.header
        st.rows, st.header = [], None
        if not rows:
            return
        # one data row under a header that names the subjects: a claim per column
        if header and len(rows) == 1 and len(header) >= 2 and len(rows[0][2]) == len(header) \
                and not any(_generic(h) for h in header) and all(_value_cell(c) for c in rows[0][2]):
            n, raw, cells = rows[0]
            for h, c in zip(header, cells):
                c = _mark_word(c)
                if c.strip():
                    seg = make(n, f"{h}: {c}", "row", st.heading, [])
                    if seg:
                        seg.raw = raw.strip()
                        yield seg
            return
        for n, raw, cells in rows:
            if header and len(cells) == len(header) and any(_OBSERVED.fullmatch(h.strip().lower()) for h in header):
                # a risk register's "risk" column names what could go wrong, which is not said to have happened
                # (what it names is still the row's subject: "| `Point.moved` changed | body untouched |")
                cells = [" ".join(f"`{x}`" for x in _CODE_SPAN.findall(c)[:3]) if _HYPOTHETICAL.fullmatch(h.strip().lower()) else c
                         for h, c in zip(header, cells)]
            sentence = _row_sentence(header, cells)
            seg = make(n, sentence, "row", st.heading + (" ; " + " | ".join(header) if header else ""), [])
            if seg:
                seg.raw = raw.strip()
                seg.paths = _paths(raw)
                seg.lead_path = _lead_path(cells[0], seg.paths) if cells else None
                yield seg

    while i < len(lines):
        line = lines[i]
        n = i + 1
        i += 1
        if len(line) > MAX_LINE:
            yield from flush_table()
            yield Segment(line=n, raw=line[:200], text="", kind="oversize", heading=st.heading,
                          extra=f"line:{len(line)}", last_line=n)
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        fence = _FENCE.match(line)
        if in_fence is not None:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence) and not fence.group(2):
                in_fence = None
                if fence_lang in _CSV_LANGS and data_lines:  # a table written as CSV: read as a Markdown table is
                    yield from flush_table()
                    parsed = list(csv.reader([x for _, x in data_lines], delimiter="\t" if fence_lang == "tsv" else ","))
                    if len(parsed) >= 2 and len(parsed[0]) >= 2:
                        st.header = [clean(c) for c in parsed[0]]
                        st.header_line = data_lines[0][0]
                        st.rows = [(ln, raw, cells) for (ln, raw), cells in zip(data_lines[1:], parsed[1:]) if cells]
                        yield from flush_table()
                    data_lines = []
                    continue
                for line_no, sentence, written in _data_block(data_lines):  # a summary written as YAML or JSON
                    seg = make(line_no, sentence, "code", st.lead, st.lead_paths)
                    if seg:
                        seg.raw, seg.paths = sentence, _paths(written)
                        yield seg
                data_lines = []
                continue
            if fence_lang in _DATA_LANGS or fence_lang in _CSV_LANGS:
                if len(data_lines) < 400:
                    data_lines.append((n, line))
                continue
            stat = _DIFFSTAT.match(line)
            if stat and fence_lang in _RUN_LANGS:  # `git diff --stat`'s last line pasted in a fence
                said = line.strip().replace("(+)", "").replace("(-)", "")
                seg = make(n, said, "code", st.lead, st.lead_paths)
                if seg:
                    seg.raw = said
                    yield seg
                continue
            run = _PYTEST_SUMMARY.match(line) or _PYTEST_COLLECTED.match(line)
            if run and fence_lang in _RUN_LANGS:  # pytest's own output pasted in a fence: "===== 5 passed in 0.1s ====="
                where = " at base" if re.search(r"\b(?:at|on)\s+(?:the\s+)?(?:base|main)\b|\bbefore\s+(?:the|this|my)\s+change\b",
                                                st.lead.lower()) else ""
                said = f"tests{where}: {run.group('counts')}" if "counts" in run.groupdict() else f"{run.group('n')} tests collected{where}"
                seg = make(n, said, "code", st.lead, st.lead_paths)
                if seg:
                    seg.raw = line.strip()
                    yield seg
                continue
            if not fence_is_code and (_CODE_CLAIM.match(line) or _marked(line)):
                body = _LIST.match(line)
                seg = make(n, body.group(2) if body else line, "code", st.lead, st.lead_paths)
                if seg:
                    yield seg
            continue
        stripped = line.strip()
        is_row = stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1
        if not is_row and st.rows or (not is_row and st.header):
            yield from flush_table()
        if fence:
            in_fence = fence.group(1)
            fence_lang = fence.group(2).lower()
            fence_is_code = fence_lang in _CODE_LANGS
            data_lines = []
            continue
        if stripped.startswith("<!--"):
            if "-->" not in stripped[4:]:
                in_comment = True
            continue
        if not stripped:
            continue
        if _RULE.match(line):
            continue
        if "{{" in line:
            line = _WIKI_CODE.sub(lambda m: f"`{m.group(1)}`", line)
            stripped = line.strip()
        other = _OTHER_HEADING.match(line)
        if other:
            line = "#" * int(other.group(1) or other.group(3)) + " " + (other.group("html") or other.group("wiki")).strip()
        li = _HTML_ITEM.match(line)
        if li:
            line = "- " + li.group("body").strip()
            stripped = line
        h = _HEADING.match(line)
        if h:
            title = re.sub(r"[ \t]#{1,6}[ \t]*$", "", h.group(2)).strip()
            st.heading = clean(title)
            st.items = []
            st.lead, st.lead_paths = st.heading, []
            seg = make(n, title, "heading")
            if seg:
                yield seg
            continue
        if is_row:
            if _TABLE_SEP.match(line):
                continue
            cells = _cells(line)
            if i < len(lines) and _TABLE_SEP.match(lines[i]) and len(lines[i]) <= MAX_LINE:  # a header row
                yield from flush_table()
                st.header = [clean(c) for c in cells]
                st.header_line = n
                continue
            st.rows.append((n, line, cells))
            continue
        # a chat line's speaker and time ("**maya** 10:02: ...", "[10:02] maya: ...") are not part of what is said
        said_by = _SPEAKER.match(line)
        if said_by:
            line = said_by.group("said")
            stripped = line.strip()
        item = _LIST.match(line)
        # a continuation: the next lines of a hard-wrapped sentence start in lower case
        body = item.group(2) if item else stripped
        start = n
        starts: list[tuple[int, int]] = []  # (offset in body, line number) of each continuation line
        # (not after a sentence that ended, nor a line that starts with code: "apply_discount no longer rounds")
        while i < len(lines) and len(lines[i]) <= MAX_LINE and lines[i].strip() \
                and re.match(r"^[ \t]*[a-z(]", lines[i]) and not _LIST.match(lines[i]) and not _FENCE.match(lines[i]) \
                and not re.search(r"[.!?:]\s*$", body) and not re.match(r"^[ \t]*[a-z]\w{0,40}(?:[_(]|\.\w|\s*\()", lines[i]):
            body += " "
            starts.append((len(body), i + 1))
            body += lines[i].strip()
            i += 1
            if len(body) > MAX_SEGMENT * 4:
                break
        joined, found_at = body, 0

        def placed(seg: Segment | None, sentence: str) -> Segment | None:
            """The sentence's own first line, and where its later lines start (a hard-wrapped paragraph)."""
            nonlocal found_at
            if seg is None or not starts:
                return seg
            at = joined.find(sentence, found_at)
            if at < 0:
                return seg
            found_at = at + len(sentence)
            lead = len(sentence) - len(sentence.lstrip())
            seg.line = max([start] + [ln for off, ln in starts if off <= at + lead])
            seg.breaks = [off - at - lead for off, _ in starts if at + lead < off < at + len(sentence)]
            return seg
        if item:
            box = _CHECKBOX.match(body)
            checkbox = None
            if box:
                checkbox = "open" if box.group(1) == " " else "done"
                body = box.group(2)
            indent = len(item.group(1).expandtabs(4))
            while st.items and st.items[-1][0] >= indent:
                st.items.pop()
            # an item under an item that only names something ("- `Store.restock`" / "  - code unchanged") is said of it
            owner = next((_NAME_ONLY.match(t).group("name") for _, t in reversed(st.items) if _NAME_ONLY.match(t)), None)
            st.items.append((indent, body))
            nxt = _LIST.match(lines[i]) if i < len(lines) and len(lines[i]) <= MAX_LINE else None
            if _NAME_ONLY.match(body) and nxt and len(nxt.group(1).expandtabs(4)) > indent:
                continue  # a name its sub-items are said of asserts nothing by itself
            for sentence in _sentences(body):
                if owner and not re.match(r"^\W{0,4}`", sentence) and not re.search(r"\d", sentence):
                    # (not a count: "- `tests/test_store.py`" / "  - 7 tests, all passing" counts the suite's outcomes)
                    sentence = f"`{owner}`: {sentence}"
                seg = placed(make(start, sentence, "item", st.lead, st.lead_paths, checkbox=checkbox, last=i), sentence)
                if seg:
                    yield seg
            continue
        inline = re.match(r"^\*\*(?:q(?:uestion)?\s*:\s*)?(?P<q>[^*\n]{3,300}?\?)\*\*[ \t]+(?P<a>\S.{0,4000})$", body, re.IGNORECASE)
        if inline:  # "**Any new deps?** No.": the question answered in the same paragraph
            yn = re.match(r"(?i)(?P<yn>yes|no|none|nope|yep|correct)\b[.,:;!]?\s*", inline.group("a"))
            said = _question(clean(inline.group("q")), "no" if yn and yn.group("yn").lower() in ("nope",) else
                             "yes" if yn and yn.group("yn").lower() in ("yep", "correct") else yn.group("yn") if yn else "")
            if said:
                seg = make(start, said, "paragraph", last=i)
                if seg:
                    seg.raw = body[:inline.start("a") + yn.end()].strip()
                    yield seg
            rest = inline.group("a")[yn.end():] if yn and said else inline.group("a")
            joined, found_at = body, inline.start("a")
            for k, sentence in enumerate(_sentences(rest)):
                # the answer's first sentence reads with what it answers ("Yes, 4 of 4": all tests pass, 4 of 4)
                # (not when it names code of its own: "Yes, as `pkg.name`" is not said of that name)
                lead = "" if k else f"{inline.group('q')} " if not said else "" if "`" in sentence else f"{said}: "
                seg = placed(make(start, lead + sentence, "paragraph", clean(inline.group("q")), last=i), sentence)
                if seg:
                    seg.raw = sentence.strip()
                    yield seg
            st.lead, st.lead_paths, st.question = clean(body[:MAX_SEGMENT]), [], None
            st.items = []
            continue
        answered = re.match(r"(?i)^\*{0,2}(?:a|answer)\s*:\*{0,2}\s*(?P<yn>yes|no)\b[.,!]?\s*", body)
        if answered and st.question:  # "**Q: Does this change block the event loop?** A: No. ...": the question answered
            said = _question(st.question, answered.group("yn"))
            if said:
                seg = make(start, said, "paragraph", last=i)
                if seg:
                    seg.raw = body[:answered.end()].strip() or seg.raw
                    yield seg
            body = body[answered.end():] or body
        question = re.match(r"(?i)^\*{0,2}(?:q|question)\s*:\s*(?P<q>.{3,300}?\?)\*{0,2}\s*$", body)
        st.question = clean(question.group("q")) if question else None
        if question:
            continue
        body = re.sub(r"(?i)^\*{0,2}(?:a|answer)\s*:\*{0,2}\s*", "", body)
        # a bold key that opens a paragraph ("**Upgrading:** ...") says what each of its sentences is about
        key = re.match(r"^\*\*([^*\n]{1,60}?)[:.]?\*\*", body)
        for sentence in _sentences(body):
            seg = placed(make(start, sentence, "paragraph", clean(key.group(1)) if key else "", last=i), sentence)
            if seg:
                yield seg
        st.lead = clean(body[:MAX_SEGMENT])
        st.items = []
        # a short lead-in naming files scopes the items below it ("**request_scoped_session_factory.py:**")
        paths = _paths(body[:MAX_SEGMENT])
        st.lead_paths = paths if paths and len(st.lead.split()) <= 4 else []
    yield from flush_table()


# where a sentence's assertions part: strong boundaries (a clause of its own) and commas (list items, asides)
_STRONG = re.compile(r"\s*;\s*|\s+[\u2014\u2013]\s+|\s+--?\s+|,?\s+(?=(?:but|so|which|whereas|while|because|since)\s)|,\s+(?=and\s)|"
                     r":\s+(?=[a-z]\w{0,20}\s+(?:already|is|was|are|were|has|have)\b)|"
                     r"\s+\((?=[^()]{3,200}\))|(?<=[^\s(])\)(?=\s|$|[.,;:])")
_WEAK = re.compile(r"\s*,\s*")


_FINITE_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|should|would|will|must|can|keeps?|kept|remains?|stays?|"
                          r"(?:it|that|this|there|what|everything|nothing)'s|"
                          r"does|did|do|gains?|gained|adds?|added|removed?|changed?|needs?|needed|pass|passe[sd]|fails?|failed)\b")


def _colon_split(part: str) -> list[str]:
    """ "Settings should be unaffected: `X` keeps its default": a colon between two clauses that each assert parts
    them; after a label ("Tests: 3 passed") it does not."""
    left, colon, right = part.partition(": ")
    if colon and _FINITE_VERB.search(left) and _FINITE_VERB.search(right) and len(left.split()) >= 2:
        return [left, *_and_split(right)]
    return _and_split(part)


_AND = re.compile(r"\s+and\s+")
_SUBJECT_VERB = re.compile(r"(?i)^(?:[\w.\x00-]{1,80}\s+){1,4}?(?:is|are|was|were|has|have|had|should|will|must|keeps?|kept|remains?|"
                           r"stays?|pass|passes|passed|fails?|failed|still|does|did|do|relies|rely|calls?|uses?|imports?|needs?|needed|depends?|"
                           r"breaks?|broke|works?|worked)\b")


_STATE_END = re.compile(r"(?i)^[\w.\x00-]{1,80}(?:\s+[\w.\x00-]{1,80}){0,5}\s+(?:unchanged|untouched|intact|unaffected|unmodified)$")
_STILL_VERB = re.compile(r"(?i)^(?:still|continues\s+to|keeps)\s+[a-z]{2,20}\b")


def _and_split(part: str) -> list[str]:
    """ "The suite has 9 tests and all of them pass": a plain "and" between two clauses, each with its subject and
    verb, parts them; "`a` and `b` were removed" or "added and tested" it does not."""
    pieces = _AND.split(part)
    if len(pieces) < 2 or len(pieces) > 4:
        return [part]
    out = [pieces[0]]
    for piece in pieces[1:]:
        if _STATE_END.search(out[-1]) and _STILL_VERB.match(piece):
            out.append(piece)  # "CLI unchanged and still works": two predicates of one subject
        elif _FINITE_VERB.search(out[-1]) and _SUBJECT_VERB.match(piece) and not _FINITE_VERB.match(piece):
            out.append(piece)
        else:
            out[-1] = f"{out[-1]} and {piece}"
    return out


def clauses(seg: Segment) -> list[tuple[str, bool]]:
    """The parts of a sentence as written, each with whether it came from a strong boundary (a clause of its own) or
    also from a comma; a sentence with no boundary has none."""
    spans: list[str] = []

    def hide(m: re.Match) -> str:
        spans.append(m.group(0))
        return f"\x00{len(spans) - 1}\x00"

    def show(text: str) -> str:
        return re.sub(r"\x00(\d{1,6})\x00", lambda m: spans[int(m.group(1))], text)

    raw = re.sub(r"`[^`\n]{1,300}`|\b\w{1,80}\([^()\n]{0,80}\)", hide, seg.raw)  # never split inside code: `dispatch()`, amount()
    strong = [show(p).strip(" ,.:;()") for part in _STRONG.split(raw) for p in _colon_split(part)]
    strong = [p for p in strong if re.search(r"[A-Za-z]{2}", p)]
    out: list[tuple[str, bool]] = [(p, True) for p in strong] if len(strong) > 1 else []
    for part in strong or [show(raw)]:
        part = re.sub(r"`[^`\n]{1,300}`", hide, part)
        head, colon, tail = part.partition(": ")
        if colon and not _FINITE_VERB.search(show(tail)):
            # "Only three files changed: a, b and c": the list after the colon is one part
            spans.append(show(tail))  # (shown: a placeholder inside a placeholder would never be shown)
            part = f"{head}: \x00{len(spans) - 1}\x00"
        pieces = [show(p).strip(" ,.:;()") for p in _WEAK.split(part) if p.strip(" ,.:;()")]
        if len(pieces) > 1:
            out += [(p, False) for p in pieces if re.search(r"[A-Za-z]{2}", p)]
    return out


def subsegment(seg: Segment, raw: str) -> Segment:
    """A clause of *seg* as a segment of its own (same line, context and heading)."""
    paths = _paths(raw)
    return Segment(line=seg.line, raw=raw, text=clean(raw), kind=seg.kind, context=seg.context, heading=seg.heading,
                   marked=seg.marked, paths=paths, context_paths=seg.context_paths, lead_path=_lead_path(raw, paths),
                   checkbox=seg.checkbox, cross=seg.cross, spans=[x.strip() for x in _CODE_SPAN.findall(raw)],
                   last_line=seg.last_line, sentence=seg.sentence or seg.text)


def split_document(markdown: str) -> list[Segment]:
    """Every sentence, list item and table row of *markdown*, with the line it starts on (1-based)."""
    return list(iter_segments(markdown))
