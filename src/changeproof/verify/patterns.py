"""Recognising claims: the forms stability reports assert things in, one family of patterns per claim kind.

Every recogniser reads the lower-cased, decoration-free text of a :class:`~.segments.Segment` and returns
the claims it finds there as :class:`Match` objects (a kind and its parameters: a count, a status, file
categories, a path prefix...). One segment may hold several claims of different kinds ("53/54 tests pass,
a 98% pass rate"); each kind is reported once per segment.

A segment that matches no pattern but reads like a claim (see :func:`looks_like_claim`) is "not checked".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .segments import Segment

__all__ = ["CLAIM_KINDS", "Match", "is_title", "looks_like_claim", "match_text", "recognise"]


@dataclass
class Match:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)


# kind -> what the claim asserts (the family it belongs to is the prefix of the evaluation in evaluate.py)
CLAIM_KINDS: dict[str, str] = {
    # files
    "changed-file-count": "how many files of a kind the change added / modified / deleted / touched",
    "listed-file": "a listed path was added / modified / deleted by the change",
    "only-categories": "every new (or every changed) file is a test / doc / report",
    "no-production-changes": "no production code changed",
    # compatibility
    "no-breaking-changes": "zero breaking changes",
    "backward-compatible": "the change is backward compatible",
    "signatures-unchanged": "no function or method signature changed",
    "interfaces-unchanged": "existing interfaces / APIs are unchanged",
    "purely-additive": "the change only adds",
    "nothing-removed": "no public function, method, class or functionality was removed",
    "no-risk": "the change carries zero risk",
    # configuration
    "no-env-var-changes": "no environment variable added / removed / changed",
    "no-port-changes": "no service port changed",
    "no-config-changes": "no configuration changed",
    "no-database-changes": "no database (connection) change",
    "no-credential-changes": "no credential / OAuth / JWT / authentication change",
    # tests
    "tests-passed-count": "N (of M) tests pass",
    "pass-rate": "the test pass rate is X%",
    "all-tests-pass": "all (existing) tests pass",
    "tests-failed-count": "N tests fail",
    "failure-preexisting": "the failing test(s) failed before the change too",
    "failure-non-critical": "the failing test(s) are not critical",
    # dependencies
    "no-new-dependencies": "no dependency added (or changed)",
    # async
    "no-blocking-io": "no blocking / synchronous I/O added to async code",
    # architecture
    "no-architecture-violations": "no architecture / service boundary violated",
    "absolute-imports": "imports stay absolute",
    "no-duplicate-definitions": "nothing duplicated (single source of truth)",
    # validity
    "syntax-valid": "every file parses",
    "imports-valid": "imports resolve / import compatibility",
    "import-statement": "a quoted import statement still works",
    "contracts-valid": "implementations still conform to their Protocols / ABCs",
    # not measured
    "runtime-behaviour": "a statement about runtime behaviour, performance or stability",
}

_NUM_WORDS = {"one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "dozen": 12, "twenty": 20}
NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a single|a dozen)"


def number(text: str) -> int:
    text = text.strip().lower()
    return _NUM_WORDS[text] if text in _NUM_WORDS else int(text.replace(",", ""))


def _any(low: str, *patterns: str) -> re.Match | None:
    for p in patterns:
        m = re.search(p, low)
        if m:
            return m
    return None


# ---------------------------------------------------------------- the text the patterns read

def match_text(seg: Segment) -> str:
    """Lower case, quotations of three words or more removed (a quoted mandate is not a claim)."""
    low = seg.low
    low = re.sub(r'"[^"]*(?:\s+[^"\s]+){2,}[^"]*"', " ", low)
    return re.sub(r"\s+", " ", low).strip()


# ---------------------------------------------------------------- files

_CATEGORY_WORDS = [
    (r"production|prod|source|src|application|app|library|runtime|implementation|code", "production"),
    (r"tests?|unit|integration|e2e|end-to-end|testing|fixtures?|spec", "test"),
    (r"docs?|documentation|reports?|analysis|markdown|readme|notes|summar(?:y|ies)|guides?", "docs"),
    (r"config|configuration|settings", "config"),
    (r"ci|workflows?|pipelines?", "ci"),
    (r"dependency|dependencies|requirements|lock|lockfiles?", "dependencies"),
]


def categories(words: str) -> set[str] | None:
    found: set[str] = set()
    for token in re.split(r"[\s/,&+]+|\band\b|\bor\b", words):
        token = token.strip(" .:;()-")
        for pattern, cat in _CATEGORY_WORDS:
            if token and re.fullmatch(pattern, token):
                found.add(cat)
    return found or None


_STATUS_WORDS = [
    (r"new|added|adds|add|created|introduced|introduces", "added"),
    (r"modified|modifies|modify|updated|updates|edited|altered", "modified"),
    (r"deleted|removed|deletes|removes", "deleted"),
    (r"changed|changes|touched|touches|affected|files changed", "changed"),
]


def _status(text: str) -> str | None:
    for pattern, status in _STATUS_WORDS:
        if re.search(rf"\b(?:{pattern})\b", text):
            return status
    return None


_COUNT_A = re.compile(
    rf"(?P<cmp>\b(?:more than|over|at least|almost|nearly|about|around|approximately|~)\s*)?(?<![\w./-])(?P<n>{NUM})(?P<plus>\+)?"
    r"\s+(?P<words>(?:[\w/&-]+\s+){0,4}?)files?\b(?:\s+(?:were\s+|was\s+|have\s+been\s+|are\s+|got\s+)?(?P<after>[a-z]+))?")
_COUNT_B = re.compile(
    r"\b(?P<status>modified|changed|added|new|created|deleted|removed|updated|touched)\s+(?P<words>(?:[\w/&-]+\s+){0,3}?)"
    rf"files?\s*(?:[:(=-]|\bcount\b)\s*(?:count\s*:\s*)?(?P<cmp>more than |over |at least )?(?P<n>{NUM})(?P<plus>\+)?(?:\s+total)?")
_COUNT_C = re.compile(
    r"(?P<words>\b(?:[\w/&-]+\s+){0,2}?)files?\s+(?P<status>modified|changed|added|created|deleted|removed|updated|touched)\s*[:(=]\s*"
    rf"(?P<cmp>more than |over |at least )?(?P<n>{NUM})(?P<plus>\+)?")


def _count_claims(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    for rx in (_COUNT_B, _COUNT_C, _COUNT_A):
        for m in rx.finditer(low):
            words = m.groupdict().get("words") or ""
            status = m.groupdict().get("status")
            if status:
                status = _status(status)
            else:
                after = m.groupdict().get("after") or ""
                before = low[max(0, m.start() - 20):m.start()]
                status = _status(words) or _status(after) or _status(before.split()[-1] if before.split() else "")
                if status is None and re.search(r"\b(?:new|added)\b", seg.context.lower()) and seg.lead_path:
                    status = "added"
            if status is None:
                continue
            n = number(m.group("n"))
            cmp_word = (m.group("cmp") or "").strip()
            approx = cmp_word in ("almost", "nearly", "about", "around", "approximately", "~")
            if approx:
                continue  # an estimate is not a count
            cmp = "ge" if m.group("plus") or cmp_word == "at least" else "gt" if cmp_word in ("more than", "over") else "eq"
            cats = categories(words)
            prefix = seg.lead_path if seg.lead_path and seg.lead_path.endswith("/") else None
            out.append(Match("changed-file-count", {"n": n, "cmp": cmp, "status": status, "categories": cats,
                                                    "prefix": prefix, "phrase": m.group(0).strip()}))
        if out:
            break
    return out[:1]


def _listed_file(low: str, seg: Segment) -> list[Match]:
    """A path starting a list item under a heading that says what happened to the files listed."""
    if seg.kind not in ("item", "code") or not seg.lead_path or seg.lead_path.endswith("/"):
        return []
    ctx = seg.context.lower()
    if not re.search(r"\bfiles?\b|\bmodules?\b|\bchanges?\b|\bmodified\b|\badded\b", ctx):
        return []
    found = {status for pattern, status in _STATUS_WORDS if re.search(rf"\b(?:{pattern})\b", ctx)}
    if not found:
        return []
    status = found.pop() if len(found) == 1 else "changed"  # "new and modified files": either
    return [Match("listed-file", {"path": seg.lead_path, "status": status, "categories": categories(ctx)})]


_CATS = r"(?P<cats>(?:(?:the\s+)?(?:tests?|test files|unit tests|docs?|documentation|reports?|markdown|fixtures|readme|changelog|comments?)(?:\s+files)?(?:\s*(?:/|,|&|\band\b|\bor\b|\+)\s*)?)+)"


def _only_categories(low: str, seg: Segment) -> list[Match]:
    forms = [
        (rf"\ball\s+(?:the\s+)?(?:new|added|created)\s+files\s+(?:are|were)\s+(?:all\s+)?(?:isolated\s+to\s+|limited\s+to\s+|in\s+|under\s+)?{_CATS}", "added"),
        (rf"\b(?:new|added)\s+files?\b[^.]*?\(\s*all\s+{_CATS}\)", "added"),
        (rf"\bonly\s+(?:new\s+)?{_CATS}\s+(?:were|was|have been|got|are|is)\s+(?:added|created|new)", "added"),
        (rf"\b(?:we\s+|i\s+|it\s+|this\s+(?:pr|change)\s+)?only\s+(?:added|adds|created|creates)\s+(?:new\s+)?{_CATS}", "added"),
        (rf"\bnew\s+files\s+(?:are\s+|were\s+)?(?:only|exclusively|all)\s+{_CATS}", "added"),
        (rf"\b(?:we\s+|i\s+|it\s+|this\s+(?:pr|change)\s+)?only\s+(?:touched|touches|changed|changes|modified|modifies|edited|edits|updated)\s+{_CATS}", "all"),
        (rf"\bchanges?\s+(?:are|were|is|was)\s+(?:limited|restricted|confined|isolated)\s+to\s+{_CATS}", "all"),
        (rf"\bonly\s+{_CATS}\s+(?:were|was|have been|are)\s+(?:changed|touched|modified)", "all"),
    ]
    for rx, scope in forms:
        m = re.search(rx, low)
        if m:
            cats = categories(m.group("cats").replace("test files", "tests").replace("comments", "docs")) or set()
            if "readme" in m.group("cats") or "changelog" in m.group("cats"):
                cats.add("docs")
            if cats:
                return [Match("only-categories", {"scope": scope, "categories": cats})]
    return []


def _no_production(low: str, seg: Segment) -> list[Match]:
    if "breaking" in low:
        return []
    m = _any(low,
             r"\bno\s+(?:changes?\s+to\s+(?:the\s+)?|modifications?\s+to\s+(?:the\s+)?)?production\s+(?:code|files?|source)(?:\s+(?:changes?|modifications?|was\s+\w+|were\s+\w+))?\b",
             r"\bproduction\s+(?:code|files?|source)\s+(?:is|was|were|are|remains?|stays?)\s+(?:completely\s+|entirely\s+)?(?:untouched|unchanged|unmodified|not\s+(?:touched|changed|modified))",
             r"\b(?:did|does|do)\s*(?:not|n't)\s+(?:touch|change|modify)\s+(?:any\s+)?production\s+(?:code|files?)")
    if m and not re.search(r"\bno\s+production\s+(?:code|files?)\s+(?:\w+\s+){0,2}breaking", low):
        return [Match("no-production-changes")]
    return []


# ---------------------------------------------------------------- compatibility

def _compat(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if _any(low,
            r"\b(?:no|zero|0|without(?:\s+any)?|introduces?\s+no|introduced\s+no|free\s+of(?:\s+any)?)\s+(?:new\s+)?(?:[\w/-]+\s+){0,3}?breaking(?:\s+[\w-]+){0,2}?\s+(?:changes?|api\s+changes?)\b",
            r"\bbreaking\s+changes?\s*(?:[:=-]|found|detected|introduced)?\s*(?:0|none|zero|nil|no)\b",
            r"\bnon-?breaking\b",
            r"\b(?:does|did|do|will|should)\s*(?:not|n't)\s+break\b",
            r"\bnothing\s+(?:is\s+|was\s+|gets\s+|got\s+)?broken\b|\bbreaks\s+nothing\b|\bno\s+breakage\b",
            r"\bno\s+(?:existing\s+)?(?:callers?|clients?|consumers?|users?)\s+(?:are\s+|were\s+|will\s+be\s+)?broken\b"):
        out.append(Match("no-breaking-changes"))
    negated = re.search(r"\b(?:not|n't|no longer|never|breaks?|broke|loses?|lost)\s+(?:\w+\s+){0,2}?(?:backwards?|fully)[- ]?compat", low) \
        or re.search(r"\b(?:whether|if|unless|cannot|can't|may\s+not|might\s+not)\b[^.;]{0,40}\bcompatib", low)
    if not negated and "import" not in low and _any(
            low,
            r"\bbackwards?[- ]?compatib(?:le|ility)\b",
            r"\b(?:remains?|stays?|is|are|fully|100%|completely|totally|entirely)\s+(?:fully\s+|100%\s+)?compatible\b",
            r"\bcompatibility\s*(?:is\s+|was\s+|has\s+been\s+|:)?\s*(?:fully\s+|completely\s+)?(?:preserved|maintained|guaranteed|kept|intact|retained)",
            r"\b(?:maintain|maintains|maintained|maintaining|preserve|preserves|preserved|keeps?|kept)\s+(?:full\s+|complete\s+|100%\s+)?compatibility\b",
            r"\b(?:signature|api|interface|call)\s+compatibility\s*:?\s*(?:all\s+)?(?:pass|passed|ok|green|verified|confirmed)"):
        out.append(Match("backward-compatible"))
    if not re.search(r"compatib", low) and _any(
            low,
            r"\bno\s+(?:existing\s+|public\s+)?(?:method|function|api|call|public)?\s*signatures?\s+(?:were\s+|was\s+)?(?:changes?|changed|modified|modifications?)\b",
            r"\bsignatures?\s+(?:are\s+|were\s+|remain\s+|stay\s+|is\s+)?(?:all\s+)?(?:unchanged|untouched|identical|intact|the\s+same|preserved)\b",
            r"\bno\s+changes?\s+to\s+(?:any\s+)?(?:the\s+)?(?:existing\s+)?(?:method\s+|function\s+|public\s+)?signatures?\b",
            r"\bsignatures?\s+(?:were\s+|was\s+|have\s+been\s+|are\s+)?not\s+(?:changed|modified|touched)"):
        out.append(Match("signatures-unchanged"))
    if "signature" not in low and _any(
            low,
            r"\b(?:interfaces?|apis?|public\s+api|integration\s+points?|public\s+surface)\s+(?:are\s+|were\s+|remain\s+|remains\s+|stay\s+|is\s+)?(?:all\s+)?(?:unchanged|untouched|identical|intact|the\s+same|not\s+(?:changed|modified))\b",
            r"\bno\s+(?:public\s+)?(?:api|interface)\s+changes?\b",
            r"\bno\s+changes?\s+to\s+(?:the\s+|any\s+)?(?:public\s+|existing\s+)?(?:apis?|interfaces?)\b"):
        out.append(Match("interfaces-unchanged"))
    if _any(low,
            r"\b(?:purely|strictly|only|entirely|exclusively|100%|fully|completely|solely)\s+additive\b",
            r"\badditive[- ]only\b|\badditive\s+only\b",
            r"\b(?:changes|enhancements|modifications|additions|everything|it|this)\s+(?:are|is|were|was)\s+(?:all\s+)?(?:purely\s+)?additive\b",
            r"\b(?:only|purely)\s+additions\b"):
        out.append(Match("purely-additive"))
    if _any(low,
            r"\bno\s+remov(?:al|als|ed)\b",
            r"\bnothing\s+(?:was\s+|is\s+|has\s+been\s+|got\s+)?(?:removed|deleted)\b",
            r"\bno\s+(?:existing\s+|public\s+)?(?:functions?|methods?|classes?|apis?|functionality|features?|endpoints?|attributes?|symbols?)\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?(?:removed|deleted|dropped)\b",
            r"\b(?:methods?|functions?|classes?|symbols?|exports?)\s+(?:are\s+|remain\s+|still\s+)*(?:all\s+)?present\b",
            r"\b(?:methods?|functions?|classes?|symbols?)\s+(?:are\s+|were\s+)?(?:all\s+)?still\s+(?:there|exported|available)\b"):
        out.append(Match("nothing-removed"))
    if _any(low,
            r"\b(?:zero|no|0|without(?:\s+any)?)\s+risk\b",
            r"\brisk(?:\s+level)?\s*[:=]\s*(?:zero|none|0|nil)\b",
            r"\brisk[- ]free\b",
            r"\brisk\s+(?:level\s+)?(?:is\s+)?(?:zero|none)\b"):
        out.append(Match("no-risk"))
    return out


# ---------------------------------------------------------------- configuration

_ENV = r"(?:environment|env)[\s._-]*var(?:iable)?s?\b"


def _config(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    env = _any(low,
               rf"\b(?:no|zero|without(?:\s+any)?)\s+(?:new\s+|additional\s+|added\s+)?(?:changes?\s+to\s+(?:the\s+|any\s+)?|modifications?\s+to\s+(?:the\s+)?)?{_ENV}",
               rf"\b{_ENV}\s*(?::|-|are|were|remain|remains|is|was|stay)?\s*(?:all\s+)?(?:unchanged|untouched|the\s+same|not\s+(?:modified|changed|touched)|preserved|intact)",
               rf"\b(?:did|does|do)\s*(?:not|n't)\s+(?:add|change|modify|touch|introduce)\s+(?:any\s+)?(?:new\s+)?{_ENV}")
    if env:
        mode = "added" if re.search(r"\b(?:new|added|additional|introduce[sd]?)\b", env.group(0)) else "any"
        out.append(Match("no-env-var-changes", {"mode": mode}))
    if _any(low,
            r"\bno\s+(?:[\w-]+\s+){0,2}?ports?\s+(?:changes?|modifications?)\b",
            r"\bports?\s+(?:are\s+|were\s+|remain\s+|mappings?\s+)?(?:unchanged|untouched|the\s+same)\b",
            r"\bno\s+changes?\s+to\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?ports?\b"):
        out.append(Match("no-port-changes"))
    if not env and _any(low,
                        r"\bno\s+config(?:uration)?\s+(?:changes?|modifications?|drift)\b",
                        r"\bno\s+changes?\s+to\s+(?:the\s+)?config(?:uration)?\b",
                        r"\bconfig(?:uration)?\s+(?:is\s+|was\s+|remains\s+|stays\s+)?(?:unchanged|untouched|not\s+(?:changed|modified))\b"):
        out.append(Match("no-config-changes"))
    if re.search(r"\b(?:database|db|sql|postgres(?:ql)?|mysql|redis|mongo(?:db)?)\b", low) and _any(
            low,
            r"\bno\s+(?:[\w-]+\s+){0,2}?(?:database|db|sql|postgres(?:ql)?|mysql|redis|mongo(?:db)?)\s+(?:[\w-]+\s+){0,2}?(?:changes?|modifications?)\b",
            r"\b(?:database|db)\s+(?:[\w-]+\s+){0,2}?(?:unchanged|untouched|not\s+(?:changed|modified)|preserved)\b",
            r"\bno\s+changes?\s+to\s+(?:the\s+)?(?:database|db)\b"):
        out.append(Match("no-database-changes"))
    cred = r"(?:oauth|jwt|credentials?|secrets?|api[\s_-]?keys?|tokens?|passwords?|auth(?:entication|orization)?)"
    if _any(low,
            rf"\bno\s+(?:[\w-]+\s+)?{cred}(?:\s*/\s*{cred})*\s+(?:[\w-]+\s+){{0,2}}?(?:changes?|modifications?)\b",
            rf"\b{cred}(?:\s*/\s*{cred})*\s+(?:[\w-]+\s+){{0,2}}?(?:unchanged|untouched|not\s+(?:changed|modified|touched))\b",
            rf"\bno\s+changes?\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?{cred}"):
        out.append(Match("no-credential-changes"))
    return out


# ---------------------------------------------------------------- tests

_TESTS = r"tests?|test\s+cases?|specs?"
_PASS = r"pass(?:es|ed|ing)?|succeed(?:s|ed)?|green|ok"
_SUBSET_NOISE = {"the", "of", "our", "existing", "unit", "current", "test", "new", "old", "previous", "my", "its",
                 "related", "relevant", "remaining", "other", "automated", "these", "those", "available", "python",
                 "pytest", "suite", "and"}


def _subset(words: str) -> str | None:
    kept = [w for w in words.split() if w not in _SUBSET_NOISE]
    return " ".join(kept) or None


def _tests(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    passed_total = None
    # "all 54 pass except one": a hedged count is neither "all" nor a count we can read
    hedged = re.search(r"\b(?:except|other\s+than|apart\s+from|aside\s+from|excluding|save\s+for)\b", low)
    m = None if hedged else _any(low,
             rf"(?<![\d.])(?P<p>\d[\d,]*)\s*(?:/|of|out\s+of)\s*(?P<t>\d[\d,]*)\s+(?:(?!pass)[a-z-]+\s+){{0,3}}?(?:{_TESTS})\s+(?:{_PASS})\b",
             rf"(?<![\d.])(?P<p>\d[\d,]*)\s*/\s*(?P<t>\d[\d,]*)\s+(?:{_PASS})\b",
             rf"\b(?:{_TESTS})\b[^.;]{{0,40}}?(?<![\d.])(?P<p>\d[\d,]*)\s*(?:/|of|out\s+of)\s*(?P<t>\d[\d,]*)\b",
             r"\bpass(?:ed|ing)?\s*[:=]?\s*(?P<p>\d[\d,]*)\s*(?:/|of|out\s+of)\s*(?P<t>\d[\d,]*)\b")
    if m and re.search(r"pass|success|succeed|green", low):
        passed_total = (number(m.group("p")), number(m.group("t")))
        out.append(Match("tests-passed-count", {"passed": passed_total[0], "total": passed_total[1]}))
    else:
        m = None if hedged else _any(low, rf"\ball\s+(?P<n>\d[\d,]*)\s+(?P<w>(?:[a-z-]+\s+){{0,3}}?)(?:{_TESTS})\s+(?:(?:are|have|still|now)\s+)?(?:{_PASS}|passing)\b")
        if m:
            n = number(m.group("n"))
            passed_total = (n, n)
            out.append(Match("tests-passed-count", {"passed": n, "total": n, "subset": _subset(m.group("w"))}))
        else:
            m = None if hedged else _any(
                low, rf"(?<![\d/.])(?P<n>\d[\d,]*)\s+(?P<w>(?:[a-z-]+\s+){{0,3}}?)(?:{_TESTS})\s+(?:(?:are|have|all)\s+)?(?:pass|passed|passing|succeeded)\b")
            if m is None and not hedged and re.search(r"\b(?:tests?|suite|pytest|failed|failures?)\b", low):
                # pytest's own summary: "120 passed, 2 failed"
                m = re.search(r"(?<![\d/.])(?P<n>\d[\d,]*)\s+(?P<w>)passed\b", low)
            if m:
                out.append(Match("tests-passed-count", {"passed": number(m.group("n")), "total": None,
                                                        "subset": _subset(m.group("w"))}))
    rate = _any(low,
                r"(?<![\d.])(?P<r>\d{1,3}(?:\.\d+)?)\s*%\s*(?:(?:test|tests|unit|the)\s+)*(?:pass(?:ing)?|success|succeeded|green)(?:\s+rate)?",
                r"\b(?:pass|success|passing)\s+(?:rate|ratio)\s*(?:of|:|=|is|was|at|stands\s+at)?\s*(?P<r>\d{1,3}(?:\.\d+)?)\s*%",
                r"(?<![\d.])(?P<r>\d{1,3}(?:\.\d+)?)\s*%\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+)?tests\s+(?:pass|passed|succeed)")
    if rate:
        value = rate.group("r")
        out.append(Match("pass-rate", {"rate": float(value), "decimals": len(value.split(".")[1]) if "." in value else 0}))
    claimed_partial = passed_total is not None and passed_total[0] != passed_total[1]
    if not hedged and not claimed_partial and not any(x.kind == "tests-passed-count" and x.params.get("total") for x in out):
        all_pass = _any(low,
                        rf"\ball\s+(?P<w>(?:[\w-]+\s+){{0,4}}?)(?:{_TESTS})\s+(?:(?:are|still|now|continue\s+to)\s+)?(?:pass|passed|passing|succeed|succeeded|green)\b",
                        rf"\b(?:{_TESTS})\s*:\s*all\s+(?:pass|passed|passing|green)\b",
                        r"\btest\s+suite\s+(?:is\s+|stays\s+|remains\s+)?(?:green|passes|passing)\b",
                        rf"\bno\s+(?:failing|failed|broken)\s+(?:{_TESTS})\b",
                        r"\bno\s+(?:test\s+)?failures\b",
                        rf"\b(?:the\s+)?(?:{_TESTS})\s+(?:all\s+)?(?:pass|passed)\b(?!\s*rate)")
        existing = _any(low,
                        rf"\b(?:existing|old|previous|prior|original)\s+(?P<w>(?:[\w-]+\s+){{0,3}}?)(?:{_TESTS})\s+(?:(?:still|all|continue\s+to|keep)\s+)?(?:pass|passed|passing|succeed)\b",
                        rf"\b(?:{_TESTS})\s+(?:still|continue\s+to|keep)\s+pass(?:ing)?\b",
                        r"\bno\s+(?:test\s+)?regressions?\b")
        if existing:
            w = existing.groupdict().get("w") or ""
            out.append(Match("all-tests-pass", {"mode": "existing", "subset": _subset(w)}))
        elif all_pass and not re.search(r"\b\d[\d,]*\s+(?:[a-z-]+\s+){0,3}?tests?\s+failed", low):
            w = all_pass.groupdict().get("w") or ""
            out.append(Match("all-tests-pass", {"mode": "all", "subset": _subset(w)}))
    failed = _any(low,
                  rf"\bonly\s+(?P<n>{NUM})\s+(?:[a-z-]+\s+){{0,4}}?(?:{_TESTS})?\s*(?:failed|fails|failing|failure|errored)\b",
                  rf"(?<![\d/.])(?P<n>{NUM})\s+(?:[a-z-]+\s+){{0,4}}?(?:{_TESTS})\s+(?:failed|fails|failing|errored)\b",
                  r"(?<![\d/.])(?P<n>\d[\d,]*)\s+(?:failed|failures|failing)\b")
    if failed:
        out.append(Match("tests-failed-count", {"n": number(failed.group("n"))}))
    about_failure = re.search(r"\bfail|\bfailure|\berror|\btests?\b|\bbroken\b", low) or re.search(r"\bfail", seg.context.lower())
    if about_failure and _any(low,
                              r"\bpre-?existing\b", r"\balready\s+(?:fail(?:s|ed|ing)?|broken|red)\b",
                              r"\bknown\s+(?:failures?|flaky|issues?|problems?)\b",
                              r"\bfail(?:s|ed|ing)?\s+(?:on|at|in)\s+(?:main|master|base|develop|the\s+base)\b",
                              r"\bunrelated\s+to\s+(?:this|the|our|my)\s+(?:change|pr|branch|work)",
                              r"\bfailed\s+(?:before|previously)\b|\bwas\s+(?:already\s+)?failing\s+before\b"):
        out.append(Match("failure-preexisting"))
    if about_failure and _any(low, r"\bnon-?critical\b", r"\bnot\s+critical\b", r"\bminor\s+(?:[a-z-]+\s+){0,4}?(?:test\s+)?(?:failures?|fail(?:s|ed)?|tests?\s+failed)\b",
                              r"\bharmless\b", r"\bcosmetic\b", r"\bnot\s+(?:a\s+)?(?:blocker|blocking\s+issue)\b"):
        out.append(Match("failure-non-critical"))
    return out


# ---------------------------------------------------------------- dependencies, async, architecture, validity

def _deps(low: str, seg: Segment) -> list[Match]:
    dep = r"(?:dependenc(?:y|ies)|packages?|librar(?:y|ies)|requirements|third[- ]party\s+(?:packages?|libraries|code))"
    m = _any(low,
             rf"\bno\s+(?:new|additional|extra|added)\s+(?:third[- ]party\s+|external\s+|runtime\s+|python\s+|pip\s+)?{dep}",
             rf"\bno\s+{dep}\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+)?(?:added|introduced|changed|modified|updated|bumped)\b",
             r"\bdependenc(?:y|ies)\s+(?:are\s+|remain\s+|were\s+|stay\s+)?(?:unchanged|untouched|not\s+(?:changed|modified)|the\s+same)\b",
             r"\bno\s+dependency\s+(?:changes?|updates?|bumps?)\b",
             rf"\bwithout\s+(?:adding\s+)?(?:any\s+)?(?:new\s+)?{dep}\b",
             rf"\b(?:did|does|do)\s*(?:not|n't)\s+(?:add|introduce)\s+(?:any\s+)?(?:new\s+)?{dep}")
    if not m:
        return []
    mode = "added" if re.search(r"\b(?:new|additional|extra|added|adding|add|introduced?|introduce)\b", m.group(0)) else "any"
    return [Match("no-new-dependencies", {"mode": mode})]


def _async(low: str, seg: Segment) -> list[Match]:
    if _any(low,
            r"\bnon-?blocking\b",
            r"\bno\s+(?:new\s+)?(?:synchronous|sync|blocking)\b",
            r"\bno\s+(?:[\w/-]+\s+){0,2}?blocking\s+(?:calls?|i/o|io|operations?)\b",
            r"\b(?:does|do|did|will)\s*(?:not|n't)\s+block\s+(?:the\s+)?(?:event\s+loop|loop)\b",
            r"\bevent\s+loop\s+(?:is\s+|stays\s+|remains\s+)?(?:never\s+blocked|unblocked|not\s+blocked)\b"):
        return [Match("no-blocking-io")]
    return []


def _architecture(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if _any(low,
            r"\bno\s+(?:new\s+)?(?:architecture|architectural|layering|layer|boundary|dependency[- ]rule|import[- ]linter)\s+violations?\b",
            r"\b(?:service|module|package|layer)s?\s+(?:independence|isolation|boundaries|separation|layering)\s+(?:is\s+|are\s+|was\s+)?(?:fully\s+)?(?:maintained|preserved|respected|intact|kept|enforced)\b",
            r"\b(?:boundaries|layers|layering)\s+(?:are\s+|is\s+)?(?:respected|maintained|preserved|intact)\b",
            r"\bno\s+(?:new\s+)?cross-(?:service|module|package|layer)\s+imports?\b",
            r"\barchitecture\s+(?:is\s+|was\s+)?(?:respected|preserved|intact|unchanged)\b"):
        out.append(Match("no-architecture-violations"))
    if _any(low,
            r"\b(?:follows?|following|respects?|adheres?\s+to|complies\s+with|obeys?)\s+(?:the\s+)?absolute[- ]imports?\b",
            r"\babsolute\s+imports?\s+(?:only|throughout|everywhere|consistently|exclusively)\b",
            r"\babsolute\s+imports?\s+(?:are\s+|were\s+)?(?:used|kept|maintained|preserved)\b",
            r"\b(?:uses?|using|used)\s+(?:only\s+)?absolute\s+imports?\s+(?:only|throughout|everywhere|consistently|exclusively)\b",
            r"\bonly\s+absolute\s+imports\b", r"\bno\s+(?:new\s+)?relative\s+imports?\b",
            r"\bimports?\s+(?:are\s+|stay\s+|remain\s+)(?:all\s+)?absolute\b", r"\ball\s+imports\s+(?:are\s+)?absolute\b") \
            and not re.search(r"\b(?:not|no longer|never)\s+(?:\w+\s+)?absolute", low):
        out.append(Match("absolute-imports"))
    if _any(low, r"\bno\s+[^.]{0,40}?\bproliferation\b", r"\bnot\s+duplicated\b", r"\bno\s+(?:new\s+)?duplicat(?:es|ed|ion|e)\b",
            r"\bnothing\s+(?:is\s+|was\s+)?duplicated\b") or (
            re.search(r"\b(?:single\s+source\s+of\s+truth|ssot)\b", low)
            and re.search(r"\b(?:preserved|maintained|respected|adhere\w*|followed|kept|intact|strengthened)\b", low)):
        out.append(Match("no-duplicate-definitions"))
    return out


def _validity(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if _any(low,
            r"\bsyntax\b[^.]{0,40}?\b(?:all\s+)?(?:pass(?:es|ed)?|valid|ok|clean|correct|succeed\w*|green|verified)\b",
            r"\bno\s+syntax\s+errors?\b", r"\b(?:all\s+)?(?:files|modules|code)\s+(?:parse|compile)s?\b(?:\s+(?:cleanly|fine|successfully|ok))?",
            r"\bcompiles?\s+(?:cleanly|successfully|fine)\b"):
        out.append(Match("syntax-valid"))
    stmt = re.match(r"^\s*(?:from\s+(?P<mod>[\w.]+)\s+import\s+(?P<names>[\w, ()]+?)|import\s+(?P<mod2>[\w.]+))\s*$",
                    re.sub(r"[^\w.,() ]+$", "", seg.text).strip())
    if stmt:
        module = stmt.group("mod") or stmt.group("mod2")
        names = [n.strip(" ()") for n in (stmt.group("names") or "").split(",") if n.strip(" ()")]
        out.append(Match("import-statement", {"module": module, "names": names}))
        return out
    if "absolute import" not in low and _any(
            low,
            r"\bimport\s+compatibility\b",
            r"\bimport(?:s|ed)?\s+(?:all\s+)?successfully\b|\bimport\s+(?:cleanly|fine|without\s+errors?)\b",
            r"\bimports?\s+(?:all\s+)?(?:resolve|work|succeed)\w*\b",
            r"\bno\s+(?:broken|circular|failing|missing)\s+imports?\b",
            r"\bimport\s+paths?\s+(?:are\s+|were\s+)?(?:all\s+)?(?:validated|verified|intact|unchanged|valid)\b",
            r"\bimports?\s+(?:maintain|keep|preserve)\s+compatibility\b",
            r"\bimports?\s*:\s*(?:all\s+)?(?:pass|ok|green)\b",
            r"\bno\s+import\s+errors?\b"):
        out.append(Match("imports-valid"))
    if _any(low,
            r"\b(?:interface\s+|protocol\s+)?contracts?\s+(?:validation|conformance|checks?)\s*:?\s*(?:all\s+)?(?:pass|passed|ok|green)\b",
            r"\b(?:protocol|abc|interface)\s+conformance\s+(?:is\s+)?(?:maintained|preserved|verified|intact)\b",
            r"\bimplement(?:ations?|ers?|s)?\s+(?:still\s+)?(?:conform|satisfy|match)\b",
            r"\b(?:still\s+)?(?:conforms?|conform)\s+to\s+(?:the\s+|its\s+|their\s+)?(?:protocols?|interfaces?|abcs?)\b"):
        out.append(Match("contracts-valid"))
    return out


# ---------------------------------------------------------------- runtime behaviour (never measured)

def _runtime(low: str, seg: Segment) -> list[Match]:
    if _any(low,
            r"\bworks?\s+(?:exactly\s+)?(?:as\s+before|the\s+same|seamlessly|correctly|as\s+expected|as\s+intended)\b",
            r"\bcontinues?\s+to\s+work\b|\bstill\s+works?\b",
            r"\bseamless(?:ly)?\b",
            r"\b(?:fully\s+)?operational\b",
            r"\ball\s+working\b",
            r"\bno\s+(?:functional(?:ity)?|behaviou?r(?:al)?|runtime)\s+changes?\b",
            r"\b(?:does|do|did|will)\s*(?:not|n't)\s+(?:affect|change|impact|alter)\b",
            r"\bwithout\s+affecting\b",
            r"\b(?:no|minimal|negligible|zero|little)\s+(?:[\w-]+\s+)?performance\s+(?:impact|regression|overhead|cost|penalty)\b",
            r"\bperformance\s+(?:is\s+)?(?:unaffected|unchanged|preserved)\b",
            r"\bstability\b[^.]{0,30}\b(?:maintained|preserved|guaranteed|kept|proven)\b|\b(?:maintains?|maintained|preserves?|guarantees?|100%|complete|full)\s+(?:\w+\s+)?stability\b",
            r"\b(?:completely|fully|100%|perfectly|totally)\s+stable\b",
            r"\bthread[- ]safe\b",
            r"\bno\s+(?:memory\s+leaks?|race\s+conditions?|deadlocks?|data\s+loss)\b",
            r"\bnot\s+compromised\b",
            r"\b(?:events?|flows?|functionality|behaviou?r|isolation)\s+(?:are\s+|is\s+|remain\s+)?(?:preserved|maintained|intact|unaffected)\b",
            r"\bready\s+for\s+production\b|\bproduction[- ]ready\b"):
        return [Match("runtime-behaviour")]
    return []


_RECOGNISERS: list[Callable[[str, Segment], list[Match]]] = [
    _listed_file, _count_claims, _only_categories, _no_production, _compat, _config, _tests, _deps, _async,
    _architecture, _validity, _runtime,
]


def recognise(seg: Segment) -> list[Match]:
    """The claims *seg* makes, each kind once."""
    if is_title(seg):
        return []
    low = match_text(seg)
    found: list[Match] = []
    seen: set[str] = set()
    for rec in _RECOGNISERS:
        for m in rec(low, seg):
            if m.kind not in seen:
                seen.add(m.kind)
                found.append(m)
    kinds = {m.kind for m in found}
    # a listed file's description ("- `a.py` - 3 new helpers") is not a count of files
    if "listed-file" in kinds:
        found = [m for m in found if m.kind != "changed-file-count"]
    # runtime words next to a claim that can be checked ("no breaking changes, fully operational"): both stay
    return found


# words that make a sentence read like a claim
_CLAIM_WORDS = re.compile(
    r"\b(?:no|not|none|never|nothing|all|every|zero|only|confirmed|confirms?|guarantee[sd]?|maintain(?:s|ed)?|"
    r"preserve[sd]?|unchanged|untouched|intact|pass(?:es|ed|ing)?|proven|proves?|validated|verified|"
    r"compatible|compatibility|safe|stable|without|improve[sd]?|enhanced?|ensures?|prevents?|"
    r"strengthen(?:s|ed)?|works?|working|seamless(?:ly)?|exactly|fully|completely|respected|isolated|additive|"
    r"breaking|broken|regressions?|success(?:ful|fully)?|resolved|fixed|fixes|100%|\d+%)(?=\W|$)")


# last words of a heading that make it a section title, not a claim ("1. ZERO BREAKING CHANGES VALIDATION")
_TITLE_WORDS = frozenset({
    "validation", "verification", "check", "checks", "analysis", "results", "result", "assessment", "adherence",
    "status", "summary", "overview", "details", "report", "impact", "health", "pattern", "patterns", "protection",
    "integrity", "stability", "preservation", "conclusion", "guarantee", "evidence", "compliance", "review",
    "findings", "scope", "methodology", "notes", "testing", "tests", "changes", "overhead", "enhancements"})


def is_title(seg: Segment) -> bool:
    """A heading that names a section ("3.2 Architecture Violations Check") rather than asserting something."""
    if seg.kind != "heading":
        return False
    words = re.findall(r"[a-z]+", seg.text.lower())
    return bool(words) and words[-1] in _TITLE_WORDS


def looks_like_claim(seg: Segment) -> bool:
    """Whether an unrecognised segment still asserts something (listed as "not checked")."""
    if is_title(seg):
        return False
    if seg.kind == "heading" and not seg.marked:
        return bool(re.search(r"\b(?:no|zero|all|100%|confirmed|proven|guaranteed|unchanged|stable|pass(?:es|ed)?)\b",
                              match_text(seg)))
    return seg.marked or bool(_CLAIM_WORDS.search(match_text(seg)))
