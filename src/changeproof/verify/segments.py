"""Splitting a Markdown document into the units claims are made in: sentences, list items, table rows.

Each :class:`Segment` keeps the line it starts on, the text as written, the text with the Markdown
decoration and emoji removed (what the claim patterns read), and its context: the heading or lead-in
paragraph (``**Modified Production Files (4 total):**``) a list item sits under, which says what a bare
list of paths asserts.

Fenced code is skipped, except the lines of an unlabelled fence that read like claims
(``✅ Import compatibility: ALL PASS``, ``- Only 1 test failed``, ``UNIT TESTS: 98% PASS RATE``): reports
paste their "evidence" into code blocks, and those lines are claims too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Segment", "clean", "split_document"]

# fences labelled with one of these hold code, never claims
_CODE_LANGS = frozenset({
    "python", "py", "python3", "pycon", "ipython", "bash", "sh", "shell", "console", "zsh", "powershell", "ps1",
    "javascript", "js", "typescript", "ts", "json", "yaml", "yml", "toml", "ini", "cfg", "sql", "diff", "patch",
    "go", "rust", "java", "c", "cpp", "c++", "html", "xml", "css", "dockerfile", "makefile", "jinja", "tsx", "jsx",
})

_FENCE = re.compile(r"^\s*(```+|~~~+)\s*([\w+#.-]*)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[*_`]?[A-Z0-9\u2600-\u27bf\U0001F300-\U0001FAFF])")
# inside an unlabelled fence: lines shaped like claims
_CODE_CLAIM = re.compile(r"^\s*(?:[-*]\s+[A-Za-z(]|[A-Z][A-Za-z0-9 /_&().-]{1,60}:\s+\S)")

# a path as people write them: with a file extension, or a directory ending in "/"
_EXT = r"(?:py|pyi|pyx|md|rst|txt|toml|cfg|ini|ya?ml|json|lock|in|sh|js|ts|html|css|sql|env)"
_BARE_PATH = re.compile(rf"(?<![\w/.@:-])((?:[\w.-]+/)*[\w-][\w.-]*\.{_EXT}|(?:[\w.-]+/)+)(?![\w/])")
_CODE_SPAN = re.compile(r"`([^`]+)`")
_PATHLIKE = re.compile(rf"^(?:\./)?(?:[\w.-]+/)+(?:[\w.-]*)$|^[\w.-]+\.{_EXT}$")


@dataclass
class Segment:
    """One unit of the document that may hold claims."""

    line: int
    raw: str  # as written (indentation and list marker removed)
    text: str  # decoration and emoji removed
    kind: str  # heading | paragraph | item | row | code
    context: str = ""  # cleaned lead-in paragraph or heading a list item sits under
    heading: str = ""  # cleaned nearest heading
    marked: bool = False  # starts with (or carries) a check mark / cross: an assertion marker
    paths: list[str] = field(default_factory=list)  # path-like tokens in the segment
    context_paths: list[str] = field(default_factory=list)  # path-like tokens of a short lead-in naming files
    lead_path: str | None = None  # the path the segment starts with (a listed file)
    extra: str = ""  # additional text to match (table rows: "header: cell; ..." and "COUNT LABEL")

    @property
    def low(self) -> str:
        return normalise(self.text + ((" ; " + self.extra) if self.extra else "")).lower()


_MARKS = set("\u2705\u274c\u2714\u2713\u2611\u2612\u2717\u2718\u2716\u26a0\u2b55\u274e\U0001F7E2\U0001F534")


def _is_emoji(ch: str) -> bool:
    if ch in ("\ufe0f", "\ufe0e", "\u200d", "\u20e3"):
        return True
    cat = unicodedata.category(ch)
    return cat == "So" or (cat == "Sk" and 0x1F3FB <= ord(ch) <= 0x1F3FF)


def normalise(text: str) -> str:
    return (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-").replace("\u00a0", " "))


def clean(raw: str) -> str:
    """The text without Markdown decoration and emoji: what a reader sees, in plain words."""
    s = raw
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)  # images
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)  # links
    s = re.sub(r"<[^>\s]+>", " ", s)  # html tags
    s = s.replace("`", "")
    s = re.sub(r"(\*\*|__|~~)", "", s)
    s = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)  # *emphasis*
    s = "".join(" " if _is_emoji(ch) else ch for ch in s)
    s = re.sub(r"^\s*(?:#{1,6}\s+|>\s*)+", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^[\s:;,\-]+", "", s)
    return normalise(s)


def _paths(raw: str) -> list[str]:
    out: list[str] = []
    for span in _CODE_SPAN.findall(raw):
        span = span.strip()
        if " " not in span and "://" not in span and _PATHLIKE.match(span):
            out.append(span.removeprefix("./"))
    plain = _CODE_SPAN.sub(" ", raw)
    for m in _BARE_PATH.finditer(plain):
        token = m.group(1)
        if "://" in plain[max(0, m.start() - 10):m.end()]:
            continue
        if token.count("/") == 1 and token.endswith("/") and not re.search(r"[_.]", token) and token[:-1].isupper():
            continue  # "TEST/" in shouted prose
        if token not in out:
            out.append(token.removeprefix("./"))
    return out


def _lead_path(raw: str, paths: list[str]) -> str | None:
    body = re.sub(r"^[\s*_]*", "", raw)
    body = "".join(ch for ch in body if not _is_emoji(ch)).lstrip(" *_")
    for p in paths:
        if body.startswith((f"`{p}`", f"`./{p}`", p)):
            return p
    return None


def _marked(raw: str) -> bool:
    return any(ch in _MARKS for ch in raw)


def _sentences(raw: str) -> list[str]:
    parts = [p for p in _SENTENCE_END.split(raw) if p.strip()]
    return parts or [raw]


def _cells(row: str) -> list[str]:
    body = row.strip()
    body = body.removeprefix("|")
    body = body.removesuffix("|")
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def split_document(markdown: str) -> list[Segment]:
    """Every sentence, list item and table row of *markdown*, with the line it starts on (1-based)."""
    lines = markdown.splitlines()
    out: list[Segment] = []
    heading = ""
    lead = ""  # cleaned lead-in for the list items that follow
    lead_paths: list[str] = []
    header: list[str] | None = None
    in_fence: str | None = None  # the fence marker while inside one
    fence_is_code = False
    in_comment = False
    i = 0

    def add(line_no: int, raw: str, kind: str, context: str = "", ctx_paths: list[str] | None = None,
            extra: str = "") -> None:
        text = clean(raw)
        if not text or not re.search(r"[A-Za-z0-9]", text):
            return
        paths = _paths(raw)
        out.append(Segment(line=line_no, raw=raw.strip(), text=text, kind=kind, context=context, heading=heading,
                           marked=_marked(raw), paths=paths, context_paths=list(ctx_paths or []),
                           lead_path=_lead_path(raw, paths), extra=extra))

    while i < len(lines):
        line = lines[i]
        n = i + 1
        i += 1
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        fence = _FENCE.match(line)
        if in_fence is not None:
            if fence and fence.group(1)[0] == in_fence[0] and len(fence.group(1)) >= len(in_fence) and not fence.group(2):
                in_fence = None
                continue
            if not fence_is_code and _CODE_CLAIM.match(line) or not fence_is_code and _marked(line):
                body = _LIST.match(line)
                add(n, body.group(2) if body else line, "code", lead, lead_paths)
            continue
        if fence:
            in_fence = fence.group(1)
            fence_is_code = fence.group(2).lower() in _CODE_LANGS
            continue
        stripped = line.strip()
        if stripped.startswith("<!--"):
            if "-->" not in stripped:
                in_comment = True
            continue
        if not stripped:
            header = None
            continue
        if _RULE.match(line):
            continue
        h = _HEADING.match(line)
        if h:
            heading = clean(h.group(2))
            lead, lead_paths = heading, []
            header = None
            add(n, h.group(2), "heading")
            continue
        if _TABLE.match(line):
            if _TABLE_SEP.match(line):
                continue
            cells = _cells(line)
            if i < len(lines) and _TABLE_SEP.match(lines[i]):  # a header row
                header = [clean(c) for c in cells]
                continue
            extra = ""
            if header and len(header) == len(cells):
                pairs = [f"{h_}: {clean(c)}" for h_, c in zip(header, cells) if h_]
                extra = "; ".join(pairs)
                count_col = next((k for k, h_ in enumerate(header) if re.search(r"(?i)\b(count|number|total|files|#)\b", h_)), None)
                if count_col is not None and count_col != 0:
                    extra += f" ; {clean(cells[count_col])} {clean(cells[0])}"
            add(n, line, "row", heading, [], extra=extra)
            continue
        item = _LIST.match(line)
        # a continuation: the next lines of a hard-wrapped sentence start in lower case
        body = item.group(2) if item else stripped
        start = n
        while i < len(lines) and lines[i].strip() and re.match(r"^\s*[a-z(]", lines[i]) \
                and not _LIST.match(lines[i]) and not _FENCE.match(lines[i]):
            body += " " + lines[i].strip()
            i += 1
        if item:
            for sentence in _sentences(body):
                add(start, sentence, "item", lead, lead_paths)
            continue
        header = None
        for sentence in _sentences(body):
            add(start, sentence, "paragraph")
        lead = clean(body)
        # a short lead-in naming files scopes the items below it ("**request_scoped_session_factory.py:**")
        paths = _paths(body)
        lead_paths = paths if paths and len(lead.split()) <= 4 else []
    return out
