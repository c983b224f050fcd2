"""Recognising claims: what a sentence asserts, as a claim kind and its parameters.

Every recogniser reads the normal form of a :class:`~.segments.Segment` (lower case, numbers in digits, hedges
removed: see :mod:`.text`) and returns the claims it finds as :class:`Match` objects. One sentence may hold
several claims ("53/54 tests pass, a 98% pass rate"; "2 files changed, 1 added, 1 modified").

Three kinds of recogniser:

* **topics said to be absent or unchanged**: a table of topics (breaking changes, environment variables,
  ports, dependencies, relative imports, duplicate definitions, signatures...) and the frames people deny
  them in: "no new X", "zero X", "X: none", "X were not added", "did not add any X", "X unchanged", "no
  changes to X". The words of the frame give the mode: added, removed, required, or any change;
* **counts and lists**: files by status and category (totals with a parenthesised breakdown), tests passed
  and failed, pass rates, breaking changes, listed files;
* **claims about named things**: a sentence naming a module, object, method, parameter, environment variable,
  dependency, path or version, and saying it was added, removed, changed, renamed, or kept ("`Client.get`
  keeps its signature", "`CACHE_TTL` keeps its default of 300", "`DATABASE_URL` stays optional",
  "tenacity is dev-only"). Which of these the name is, is decided against the report (``evaluate``).

A sentence that matches nothing but reads like a claim (:func:`looks_like_claim`) is "not checked".
Every pattern has bounded repetition (linear-time matching; see tests/test_verify_bounds.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .segments import Segment
from .text import Entity, analyse, entities, number

__all__ = ["CLAIM_KINDS", "Match", "is_title", "looks_like_claim", "match_text", "recognise"]


@dataclass
class Match:
    kind: str
    params: dict[str, Any] = field(default_factory=dict)


# kind -> what the claim asserts
CLAIM_KINDS: dict[str, str] = {
    # files
    "changed-file-count": "how many files of a kind the change added / modified / deleted / touched",
    "listed-file": "a listed path was added / modified / deleted by the change",
    "path-status": "a named file was added / modified / deleted / renamed, or left untouched",
    "only-categories": "every new (or every changed) file is a test / doc / ...",
    "no-production-changes": "no production code changed",
    "touches-category": "the change adds or updates tests / docs / a changelog",
    "no-category-changes": "the change adds / changes no tests / docs / configuration",
    # compatibility
    "no-breaking-changes": "zero breaking changes",
    "breaking-count": "the change makes N breaking changes",
    "backward-compatible": "the change is backward compatible",
    "signatures-unchanged": "no function or method signature changed",
    "interfaces-unchanged": "existing interfaces / APIs are unchanged",
    "purely-additive": "the change only adds",
    "nothing-removed": "no public function, method, class or functionality was removed",
    "no-risk": "the change carries zero risk",
    "semver": "the version bump the change needs (patch / minor / major)",
    "version": "the version declared was bumped (to X, by a level) or left unchanged",
    # named things
    "entity-kept": "a named thing is unchanged / still works / keeps its signature, default or type / stays optional",
    "entity-removed": "a named thing was removed",
    "entity-added": "a named thing was added (optional, with a default, dev-only...)",
    "entity-changed": "a named thing changed (a default from A to B, a constraint raised, renamed...)",
    "entity-breaking": "a change to a named thing is (or is not) breaking",
    # configuration
    "no-env-var-changes": "no environment variable added / removed / changed (or no new required one)",
    "no-port-changes": "no service port changed",
    "no-config-changes": "no configuration changed",
    "no-ci-changes": "no CI configuration (workflows, pipelines) changed",
    "no-database-changes": "no database (connection) change",
    "no-credential-changes": "no credential / OAuth / JWT / authentication change",
    # tests
    "tests-passed-count": "N (of M) tests pass",
    "pass-rate": "the test pass rate is X%",
    "all-tests-pass": "all (existing) tests pass",
    "tests-failed-count": "N tests fail",
    "tests-added-count": "N tests were added",
    "no-tests-removed": "no test was removed",
    "tests-removed-count": "N tests were removed",
    "failure-preexisting": "the failing test(s) failed before the change too",
    "failure-non-critical": "the failing test(s) are not critical",
    "failure-caused": "the failing test(s) fail because of the change",
    # dependencies
    "no-new-dependencies": "no dependency added (or changed, or removed)",
    # async, logging
    "no-blocking-io": "no blocking / synchronous I/O added to async code",
    "logging-levels": "the logging added is only at some levels (only debug...)",
    "logging-added": "logging was added (at some levels)",
    "no-logging-added": "no logging (no logger) was added",
    "no-default-changes": "no default value (of a parameter, setting or environment variable) changed",
    "blocking-present": "a named function makes a blocking call (inside async code)",
    "tests-collected": "the suite has N tests (grew from M)",
    "dependency-unused": "a removed dependency is no longer imported",
    "entity-private": "a named thing is private / not exported",
    "port-mapping": "a compose port mapping is host:container at head",
    "relative-import-present": "a relative import was added",
    # architecture
    "no-architecture-violations": "no architecture / service boundary violated",
    "absolute-imports": "imports stay absolute (no relative import added)",
    "no-duplicate-definitions": "nothing duplicated (single source of truth)",
    # validity
    "syntax-valid": "every file parses",
    "imports-valid": "imports resolve / import compatibility",
    "import-statement": "a quoted import statement still works",
    "contracts-valid": "implementations still conform to their Protocols / ABCs",
    "entry-point-works": "the command / entry point / CLI still works",
    "no-broken-call-sites": "every caller still binds (callers updated, no broken call site)",
    "added-count": "how many functions, classes, methods, parameters, environment variables or dependencies were added / removed",
    "no-callers": "nothing calls a named callable (judged for callables the change removed or re-signed)",
    # not measured
    "check-clean": "a named changeproof check found nothing (\"api: none\")",
    "unmeasured": "a claim about what changeproof does not run (linters, type checkers, coverage) or what the author did",
    "line-count": "how many lines the change adds / removes",
    "python-version": "the code still supports Python 3.X",
    "python-requirement": "the project's requires-python is kept, is a given specifier, or changed (from, to)",
    "runtime-behaviour": "a statement about runtime behaviour, performance or stability",
}

NUM = r"(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})"


@lru_cache(maxsize=2048)
def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _any(low: str, *patterns: str) -> re.Match | None:
    for p in patterns:
        m = _rx(p).search(low)
        if m:
            return m
    return None


def match_text(seg: Segment) -> str:
    """The normal form of a segment (see :func:`.text.analyse`), without its hedges."""
    return analyse(seg.low).low


# ================================================================================================ topics

# the lead-in that denies a topic: "no", "zero", "without any", "not a single"...
_NEG_LEAD = (r"(?:no|zero|(?<![\d.,])0(?![.,]\d)|without(?:\s+(?:any|adding|introducing|changing))?|free\s+of(?:\s+any)?|never\s+any|"
             r"not\s+(?:a\s+single|any|one|a)|there\s+(?:are|were|is|was)\s+no|none\s+of\s+the|nor(?:\s+any)?)")
_ADJ = (r"(?:(?:new|additional|further|other|known|added|introduced|detected|unexpected|extra|more|existing|"
        r"required|mandatory|runtime|newly|unintended|accidental|hidden|real|actual|potential)\s+){0,3}")
_FILL = r"(?:[a-z][\w/'-]{0,29}\s+){0,3}?"
_VERBS_NEG = (r"(?P<verb>add|introduce|create|cause|contain|include|bring(?:\s+in)?|require|need|change|modify|touch|"
              r"alter|affect|update|bump|break|remove|delete|drop|rename|make|use|expose|rely\s+on|pull\s+in)"
              r"(?:s|d|ed|es)?")
_PASSIVE = (r"(?P<verb>added|introduced|changed|modified|touched|removed|deleted|dropped|found|detected|created|broken|"
            r"affected|altered|renamed|updated|bumped|required|needed|narrowed|tightened|loosened|relaxed|widened|pinned)")
_KEPT = (r"(?:unchanged|untouched|unmodified|intact|identical|preserved|unaffected|the\s+same|as\s+(?:before|is)|"
         r"not\s+(?:changed|modified|touched|affected|altered)|stable)")


_TAIL = r"(?:\s+(?:in|inside|within|to|for|of|across|on)\s+(?:the\s+|any\s+)?(?:[\w/.-]{1,30}\s+){0,3}?[\w/.-]{1,30}(?![\w/.-]))?"


def _frames(topic: str) -> list[str]:
    t = f"(?:{topic})"
    tt = f"(?:{topic}){_TAIL}"
    return [
        # no new X / zero X / without any X / not a single X / none of the X
        rf"\b{_NEG_LEAD}\s+{_ADJ}{_FILL}{t}\b",
        # did not add any X / does not change X / never added X
        rf"\b(?:(?:does|do|did|will|would|has|have|had|is|are|was|were|could|can)\s*(?:not|n't|never)|never)\s+"
        rf"(?:\w{{1,20}}\s+)?{_VERBS_NEG}\s+(?:any\s+|a\s+(?:single\s+)?|the\s+|an?\s+)?{_ADJ}{_FILL}{t}\b",
        # X: none / X - 0 / X found: none / X: no
        rf"\b{tt}\s*(?:\([^)]{{0,40}}\))?\s*(?:[:=-]\s*|\b(?:found|detected|introduced|added|removed|changed|count|are|were|is|was)\b\s*[:=-]?\s*)?"
        rf"(?:none|0|zero|nil|n/a|no(?!\s+(?:longer|more|later|sooner))|not\s+(?:found|detected|any|introduced|present|added|changed|applicable))\b",
        # X were not added / X have not been changed / X never introduced
        rf"\b{t}\s+(?:(?:were|was|have\s+been|has\s+been|are|is|got|been)\s+)?(?:not|never)\s+(?:been\s+)?(?:\w{{1,20}}\s+)?{_PASSIVE}\b",
        # X unchanged / X remain intact / X: the same
        rf"\b{tt}\s*[:=-]?\s*(?:(?:are|is|were|was|remain|remains|remained|stay|stays|stayed|kept|keep|look|looks|left)\s+)?"
        rf"(?:(?:all|completely|entirely|fully|100%|still|totally|100\s*%)\s+){{0,2}}{_KEPT}",
        # no changes to X / nothing changed in X
        rf"\b(?:no\s+(?:changes?|modifications?|edits?|updates?)|nothing\s+(?:has\s+|was\s+)?changed)\s+(?:(?:were|was)\s+made\s+)?"
        rf"(?:to|in|on)\s+(?:the\s+|any\s+|our\s+|its\s+|their\s+)?{_ADJ}{t}\b",
        # the X of the Y service did not change / X did not move
        rf"\b{t}\b[^.;]{{0,60}}?\b(?:did|does|do|has|have|had|was|were|is|are)\s*(?:not|n't|never)\s+(?:\w{{1,20}}\s+)?"
        rf"(?:change|changed|move|moved|alter|altered|touched|modified|affected)\b",
        # nobody removed a test / no one added a dependency
        rf"\b(?:nobody|no\s+one)\s+{_VERBS_NEG}\s+(?:any\s+|a\s+(?:single\s+)?|the\s+|an?\s+)?{_ADJ}{_FILL}{t}\b",
    ]


@lru_cache(maxsize=None)
def _topic_frames(topic: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(f) for f in _frames(topic))


def _mode(text: str) -> str:
    """What a denial is about: new required things, additions, removals, breakage, or any change."""
    listed = re.search(r"\b(?:added|removed|renamed|changed|modified)\s*,\s*(?:added|removed|renamed|changed|modified)\b|"
                       r"\b(?:added|removed)\s+or\s+(?:removed|added|renamed|changed)\b", text)
    if listed and re.search(r"\b(?:added|changed|modified)\b", listed.group(0)):
        return "any"  # "no public function was added, removed or renamed"
    if listed:
        return "removed"  # "no public name was removed or renamed": a rename removes the old name
    if re.search(r"\b(?:required|mandatory|need(?:s|ed)?|require[sd]?)\b", text):
        return "required"
    if re.search(r"\b(?:new|newly|added|add|adds|adding|additional|extra|introduc\w{0,6}|creat\w{0,4}|bring|brought|"
                 r"pull\s+in|include[sd]?|contain\w{0,3})\b", text):
        return "added"
    if re.search(r"\b(?:remov\w{0,4}|delet\w{0,4}|drop\w{0,4}|dropped|lost|loses?|losing)\b", text):
        return "removed"
    if re.search(r"\b(?:break\w{0,3}|broke|broken)\b", text):
        return "broken"
    return "any"


@dataclass(frozen=True)
class Topic:
    kind: str
    pattern: str  # the noun phrase
    keywords: tuple[str, ...]  # one of these must be in the text (a cheap filter before the frames)
    modes: tuple[str, ...] = ("added", "removed", "required", "broken", "any")  # the modes that make a claim


_ENV = (r"(?:environment|env)[\s._-]{0,2}var(?:iable)?s?|env\s+vars?|environment\s+settings|env\s+settings|"
        r"(?:config(?:uration)?|settings?)\s+variables?|"
        r"variables?(?=\s[^.;]{0,40}\b(?:start-?up|boot|deploy\w{0,5}|to\s+(?:set|export|configure)|in\s+the\s+environment))")
_DEP = (r"(?:(?:runtime|third[- ]party|external|python|pip|pypi|install|production|prod)\s+)?"
        r"(?:dependenc(?:y|ies)|deps|packages?(?!\s+(?:directory|folder|dir|layout|structure|code|modules?|files?|tree))|"
        r"librar(?:y|ies)|requirements|(?:dependency\s+|version\s+)?(?:constraints?|specifiers?|pins|(?:upper|lower|version)\s+bounds?))"
        r"(?:\s+(?:changes?|updates?|bumps?|additions?))?")

TOPICS: tuple[Topic, ...] = (
    Topic("no-breaking-changes", r"(?:[\w-]{1,20}\s+){0,2}?breaking(?:\s+[\w-]{1,20}){0,2}?\s+changes?|breaking\s+changes?|breakages?|"
          r"breaking\s+(?:api|interface)\s+changes?|(?:compatibility\s+)?breaks?", ("break",)),
    Topic("no-env-var-changes", _ENV, ("env", "variable")),
    Topic("no-port-changes", r"(?:(?:service|exposed|container|docker|compose|network|published|host)\s+)?ports?"
          r"(?:\s+(?:mappings?|numbers?|changes?|bindings?))?", ("port",)),
    Topic("no-config-changes", r"config(?:uration)?(?:\s+(?:files?|changes?|settings?|drift|options?|values?|keys?))?|"
          r"settings(?:\s+(?:files?|changes?))?|configuration\s+drift", ("config", "setting")),
    Topic("no-new-dependencies", _DEP, ("depend", "deps", "package", "librar", "requirement", "constraint", "specifier", "pins",
                                        "bound")),
    Topic("no-ci-changes", r"ci(?:/cd)?(?:\s+(?:config(?:uration)?|workflows?|pipelines?|files?|setup|jobs?))?|"
          r"(?:github\s+actions?|gitlab[- ]ci)(?:\s+workflows?)?|workflows?|pipelines?", ("ci", "workflow", "pipeline", "action")),
    Topic("no-blocking-io", r"(?:(?:synchronous|sync|blocking)\s+(?:[\w/-]{1,20}\s+){0,2}?(?:calls?|i/o|io|operations?|code|"
          r"functions?|sleeps?)|blocking\s+(?:i/o|io|calls?)|time\.sleep|sync\s+i/o)", ("block", "sync", "sleep")),
    Topic("no-architecture-violations", r"(?:architecture|architectural|layering|layer|boundary|dependency[- ]rule|"
          r"import[- ]linter|import\s+contract|contract|service[- ]boundary)\s+violations?|violations?|"
          r"cross-(?:service|module|package|layer)\s+imports?", ("violation", "cross-")),
    Topic("absolute-imports", r"relative\s+imports?", ("relative",)),
    Topic("no-duplicate-definitions", r"duplicat(?:e|ed|es|ion|ions)(?:\s+(?:definitions?|classes?|functions?|code|names?|"
          r"symbols?|implementations?|logic))?|(?:definitions?|classes?|functions?)\s+duplicated|code\s+duplication",
          ("duplicat",)),
    Topic("syntax-valid", r"syntax\s+(?:errors?|issues?|problems?)|parse\s+errors?|syntaxerrors?", ("syntax", "parse")),
    Topic("imports-valid", r"(?:broken|failing|missing|circular|unresolved|import)\s+(?:imports?|errors?|failures?|"
          r"cycles?)|importerrors?|circular\s+dependenc(?:y|ies)", ("import", "circular")),
    Topic("no-production-changes", r"production\s+(?:code|files?|source|modules?|logic)|(?:application|library|source|"
          r"runtime|src|business)\s+(?:code|logic)|non-test\s+(?:code|files?)|(?:python\s+)?code(?:\s+changes?)?|"
          r"source\s+(?:files?|modules?)|production\s+(?:code\s+)?changes?|"
          r"python\s+(?:files?|modules?|sources?)", ("production", "code", "logic", "src", "python", "source"), ("any", "added", "removed")),
    Topic("signatures-unchanged", r"(?:(?:method|function|public|api|existing|call)\s+){0,2}signatures?(?:\s+changes?)?|"
          r"(?:(?:method|function|public|api|existing)\s+){0,2}return\s+(?:types?|annotations?)(?:\s+changes?)?",
          ("signature", "return")),
    Topic("interfaces-unchanged", r"(?:(?:public|existing|external|exported)\s+){1,2}(?:functions?|methods?|classes?|objects?|names?)(?:\s+or\s+(?:functions?|methods?|classes?))?|"
          r"(?:(?:public|existing|external)\s+){0,2}(?:apis?|interfaces?|public\s+surface|"
          r"api\s+surface|integration\s+points?)(?:\s+changes?)?", ("api", "interface", "surface", "integration", "function",
                                                                       "method", "class", "object", "name"),
          ("any", "removed", "broken")),
    Topic("nothing-removed", r"(?:(?:public|existing|exported)\s+){0,2}(?:functions?|methods?|classes?|apis?|"
          r"functionality|features?|endpoints?|attributes?|symbols?|exports?|names?|parameters?|arguments?|objects?|"
          r"modules?)|removals?|deletions?", ("remov", "delet", "drop"), ("removed",)),
    Topic("no-risk", r"risks?", ("risk",), ("any", "added")),
    Topic("no-database-changes", r"(?:database|db|sql|postgres(?:ql)?|mysql|redis|mongo(?:db)?|schema|migrations?)"
          r"(?:\s+(?:config(?:uration)?|settings|connections?|urls?|schemas?|layer|code|access))?"
          r"(?:\s+(?:[\w-]{1,20}\s+)?(?:changes?|modifications?|migrations?))?", ("database", "db", "sql", "postgres",
                                                                                   "mysql", "redis", "mongo", "schema", "migration")),
    Topic("no-credential-changes", r"(?:oauth|jwt|credentials?|secrets?|api[\s_-]?keys?|tokens?|passwords?|"
          r"auth(?:entication|orization)?)(?:\s*/\s*(?:oauth|jwt|credentials?|secrets?|tokens?|auth\w{0,10}))?"
          r"(?:\s+(?:[\w-]{1,20}\s+)?(?:changes?|modifications?|handling|logic|flow))?",
          ("oauth", "jwt", "credential", "secret", "key", "token", "password", "auth")),
    Topic("no-default-changes", r"(?:(?:parameter|argument|setting|config(?:uration)?|env(?:ironment)?\s+var(?:iable)?)\s+)?defaults?"
          r"(?:\s+values?)?", ("default",), ("any",)),
    Topic("no-logging-added", r"(?:new\s+)?(?:logging|log\s+(?:calls?|statements?|lines?|messages?)|loggers?)", ("log",),
          ("added", "any")),
    Topic("runtime-behaviour", r"data\s+loss|performance\s+(?:regressions?|impact|degradation|hit|issues?|penalty|overhead)|"
          r"memory\s+leaks?|race\s+conditions?|deadlocks?|downtime|latency\s+(?:impact|regressions?|increase)|outages?|"
          r"security\s+(?:issues?|risks?|impact|vulnerabilit(?:y|ies))|vulnerabilit(?:y|ies)|user[- ]facing\s+changes?|"
          r"behaviou?r(?:al)?\s+changes?|functional\s+changes?|side\s+effects?",
          ("loss", "performance", "leak", "race", "deadlock", "downtime", "latency", "outage", "security", "vulnerab",
           "user", "behavio", "functional", "side")),
    Topic("all-tests-pass", r"(?:test\s+)?failures?|(?:failing|failed|broken|red)\s+tests?|test\s+regressions?|"
          r"regressions?", ("fail", "regression", "broken", "red")),
    Topic("no-tests-removed", r"(?:(?:existing|old)\s+)?tests?(?:\s+(?:cases?|files?|functions?))?", ("test",),
          ("removed",)),
)


def _state_not_denial(low: str, m: re.Match) -> bool:
    """ "`x` has no default any more", "now required (no default)", "a field with no default": "no X" says what a thing
    has (or lost), not that no X changed; "has no default changes" and "still has no logger" are denials."""
    after = low[m.end():m.end() + 24]
    if re.match(r"\s*(?:any\s*more|any\s+longer)\b", after):
        return True
    if re.search(r"\bstill\b", low[max(0, m.start() - 16):m.start()]):
        return False  # "should still have no logger": nothing was added, a denial
    return bool(re.search(r"(?:\bhas|\bhave|\bhad|\bwith|\()\s*$", low[max(0, m.start() - 8):m.start()])
                and not re.match(r"\s*(?:changes?|changed|modifications?|updates?|edits?|regressions?)\b", after))


def _topics(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if re.search(r"\bnothing\s+(?:new\s+)?to\s+(?:configure|set\s+up|set)\b|\bno\s+(?:new\s+)?(?:configuration|settings?|env(?:ironment)?\s+"
                 r"var(?:iable)?s?)\s+(?:is\s+|are\s+)?(?:needed|required|to\s+(?:set|provide|configure))\b|"
                 r"\bno\s+(?:new\s+)?settings?\s+(?:have|has|need)\s+to\s+be\s+(?:provided|set|configured)\b", low):
        out.append(Match("no-env-var-changes", {"mode": "required", "phrase": "nothing new to configure"}))
    for topic in TOPICS:
        if not any(k in low for k in topic.keywords):
            continue
        hit = None
        for i, frame in enumerate(_topic_frames(topic.pattern)):
            for n, m in enumerate(frame.finditer(low)):
                if n >= 4:
                    break
                if i == 0 and _state_not_denial(low, m):
                    continue
                # the words right after a denial say what is denied ("no methods were removed"), and the words right
                # before a value ("removed public objects: none")
                mode = _mode(m.group(0) + " " + low[m.end():m.end() + 30] if i == 0 else
                             low[max(0, m.start() - 24):m.start()] + " " + m.group(0) if i == 2 else m.group(0))
                if mode not in topic.modes:
                    if "any" in topic.modes and mode == "broken" and topic.kind != "all-tests-pass":
                        mode = "any"
                    else:
                        continue
                hit = Match(topic.kind, {"mode": mode, "phrase": m.group(0)})
                break
            if hit:
                break
        if hit:
            out.append(hit)
    return _topic_rules(out, low, seg)


def _topic_rules(found: list[Match], low: str, seg: Segment) -> list[Match]:
    kinds = {m.kind for m in found}
    out = []
    for m in found:
        k = m.kind
        # "no production code breaking changes" is about breaking changes
        if k == "no-production-changes" and ("no-breaking-changes" in kinds or "breaking" in low):
            continue
        if k == "no-production-changes" and re.search(r"\b(?:async|asynchronous|blocking|synchronous|sync|dead|duplicated?|unused|"
                                                      r"commented[- ]out|generated|debug|logging|test|vendored|copied)\s+code\b",
                                                      m.params["phrase"]):
            continue  # "there is no async code": a kind of code, not the production code
        if k == "no-production-changes" and re.search(r"\b(?:besides|except|other\s+than|apart\s+from|but)\b", low):
            continue  # "no production file besides `client.py`": an "only" claim
        # "no breaking changes to environment variables": the env-var topic is in the breaking claim
        if k in ("no-env-var-changes", "no-config-changes", "no-port-changes", "interfaces-unchanged",
                 "signatures-unchanged") and m.params["mode"] == "broken":
            m.params["mode"] = "any"
        # "tests: 0 failed" is a count, not a topic; "no failures" keeps all-tests-pass
        if k == "signatures-unchanged" and re.search(r"\breturn\b", m.params["phrase"]):
            m.params["mode"] = "returns"  # "return types: all unchanged": what the callables return, not their parameters
        if k == "all-tests-pass":
            m.params = {"mode": "existing" if "regression" in m.params["phrase"] else "all", "subset": None}
        if k == "nothing-removed" and "test" in m.params["phrase"]:
            continue
        if k == "interfaces-unchanged" and m.params["mode"] == "removed" and "nothing-removed" in kinds:
            continue
        # "no new files" is not "no new dependencies" ("packages" as folders): dependency words must be there
        if k == "no-config-changes" and ("env" in m.params["phrase"] or re.search(r"\bci\b|workflow|pipeline", m.params["phrase"])
                                          or kinds & {"no-env-var-changes", "no-database-changes", "no-credential-changes",
                                                      "no-port-changes"}):
            continue
        if k == "no-ci-changes" and not re.search(r"\bci\b|workflow|pipeline|github|gitlab", m.params["phrase"]):
            continue
        if k == "no-production-changes":
            phrase = m.params["phrase"]
            if not re.search(r"production|application|library|source|runtime|src|business|non-test", phrase) \
                    and not re.search(r"\btests?\b", low):  # "docs and tests only, no code": code is not the tests there
                m.params["python"] = True  # "no code changes", "no Python files": tests are code too
        if k == "no-risk" and re.search(r"\b(?:low|minimal|minor)\s+risk", low):
            continue
        if k == "runtime-behaviour":
            m.params = {}
        if k == "no-logging-added" and kinds & {"logging-levels", "logging-added", "no-blocking-io"}:
            continue
        if k == "no-architecture-violations" and re.fullmatch(r"(?:no|zero|0)\s+violations?", m.params["phrase"].strip()) \
                and not re.search(r"architect|boundar|layer|contract|import", low + " " + seg.context.lower()):
            continue
        out.append(m)
    return out


# ================================================================================================ files

_CATEGORY_WORDS = [
    (r"production|prod|source|src|application|app|library|runtime|implementation|code|python|module|modules", "production"),
    (r"tests?|unit|integration|e2e|end-to-end|testing|fixtures?|spec|specs", "test"),
    (r"docs?|documentation|reports?|analysis|markdown|readme|notes|summar(?:y|ies)|guides?|changelog|md", "docs"),
    (r"config|configuration|settings|toml|yaml|yml", "config"),
    (r"ci|workflows?|pipelines?", "ci"),
    (r"dependency|dependencies|requirements|lock|lockfiles?", "dependencies"),
]
_SUBSETS = ("unit", "integration", "e2e", "end-to-end", "functional", "smoke", "regression", "performance", "benchmark")


def categories(words: str) -> set[str] | None:
    found: set[str] = set()
    for token in re.split(r"[\s/,&+]{1,20}|\band\b|\bor\b", words):
        token = token.strip(" .:;()-")
        for pattern, cat in _CATEGORY_WORDS:
            if token and re.fullmatch(pattern, token):
                found.add(cat)
    return found or None


def subset(words: str) -> str | None:
    """A kind of test the project's layout may tell apart ("unit", "integration", "e2e")."""
    for w in _SUBSETS:
        if re.search(rf"\b{w}\b", words):
            return "e2e" if w == "end-to-end" else w
    return None


_STATUS_WORDS = [
    (r"new|added|adds|add|created|creates|introduced|introduces|brand-new", "added"),
    (r"modified|modifies|modify|updated|updates|edited|edits|altered|extended|extends|tweaked|adjusted|refactored|"
     r"rewritten|rewrote|improved|fixed|tidied|cleaned|expanded|amended|patched|bumped", "modified"),
    (r"deleted|removed|deletes|removes|dropped", "deleted"),
    (r"renamed|moved", "renamed"),
    (r"changed|changes|change|touched|touches|affected|files\s+changed|involved|in\s+total|total|altogether", "changed"),
]


def _status(text: str) -> str | None:
    for pattern, status in _STATUS_WORDS:
        if _rx(rf"\b(?:{pattern})\b").search(text):
            return status
    return None


_CMP_WORDS = r"more\s+than|over|at\s+least|almost|nearly|about|around|approximately|roughly|~|some|under|fewer\s+than|less\s+than"
# "6 files changed", "2 new test files", "4 production files were modified"
_COUNT_A = (rf"(?P<cmp>\b(?:{_CMP_WORDS})\s*)?(?<![\w./-])(?P<n>{NUM})(?P<plus>\+)?\s+(?P<words>(?:[\w/&-]{{1,30}}\s+){{0,4}}?)"
            r"(?P<unit>files?|modules?)\b(?:\s+(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|are\s+|got\s+|in\s+)?(?P<after>[a-z]{1,20}))?")
# "modified production files: 4", "changed files (4 total)"
_COUNT_B = (r"\b(?P<status>modified|changed|added|new|created|deleted|removed|updated|touched|renamed)\s+(?P<words>(?:[\w/&-]{1,30}\s+){0,3}?)"
            rf"files?\s*(?:[:(=-]|\bcount\b)\s*(?:count\s*:\s*)?(?P<cmp>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n>{NUM})(?P<plus>\+)?(?:\s+total)?")
# "files modified: 4"
_COUNT_C = (r"(?P<words>\b(?:[\w/&-]{1,30}\s+){0,2}?)files?\s+(?P<status>modified|changed|added|created|deleted|removed|updated|touched)"
            rf"\s*[:(=]\s*(?P<cmp>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n>{NUM})(?P<plus>\+)?")
# "files: 4 changed", "Files: 4 (3 modified, 1 added)"
_COUNT_D = (r"(?P<words>\b(?:[\w/&-]{1,30}\s+){0,2}?)files?\s*:\s*(?P<cmp>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n>{NUM})(?P<plus>\+)?"
            r"\s*(?P<status>changed|modified|added|new|deleted|removed|touched|in\s+total|total)?").replace("{NUM}", NUM)
# the breakdown after a total: "(4 production, 2 tests)", ": 2 new (1 unit, 1 integration) and ..."
_BREAKDOWN = re.compile(rf"(?<![\w./-])(?P<n>{NUM})\s+(?P<w>(?:[a-z][\w-]{{0,20}}\s*){{1,3}})")


# where counted files are: "in the package", "under `pkg/`", "inside tests/" (then what happened to them)
_LOCATION = re.compile(r"\s+(?:in|under|within|inside)\s+(?P<loc>the\s+[a-z]{2,20}(?:\s+(?!(?:were|was|are|is|have|has|got)\b)[a-z]{2,20})?|[\w./-]{1,100})\s+"
                       r"(?:were\s+|was\s+|have\s+been\s+|has\s+been\s+|are\s+|got\s+)?(?P<verb>[a-z]{3,12})\b")
_PLACE_WORDS = {"package": "production", "library": "production", "source": "production", "src": "production",
                "production": "production", "code": "production", "tests": "test", "test suite": "test", "suite": "test",
                "docs": "docs", "documentation": "docs"}


def _place(loc: str, seg: Segment) -> tuple[str | None, set[str] | None] | None:
    """A counted files' location as (path prefix, categories); None when it is not understood."""
    loc = loc.strip("`")
    for p in seg.paths:
        bare = p.rstrip("/")
        if bare.lower() == loc.rstrip("/"):
            return (bare + "/" if "." not in bare.rsplit("/", 1)[-1] else p), None
    if re.fullmatch(r"[\w.-]{1,60}(?:/[\w.-]{1,60}){0,8}/", loc):  # "inside pkg/", a folder written bare
        return loc, None
    words = re.sub(r"^the\s+", "", loc)
    if words in _PLACE_WORDS:
        return None, {_PLACE_WORDS[words]}
    return None


def _cmp(m: re.Match) -> str | None:
    word = " ".join((m.group("cmp") or "").split())
    if word in ("almost", "nearly", "about", "around", "approximately", "roughly", "~", "some"):
        return None  # an estimate is not a count
    if word in ("under", "fewer than", "less than"):
        return "lt"
    return "ge" if m.group("plus") or word == "at least" else "gt" if word in ("more than", "over") else "eq"


def _count_claims(low: str, seg: Segment) -> list[Match]:
    if "file" not in low and "module" not in low:
        return []
    out: list[Match] = []
    ctx_status = _status(seg.context.lower()) if seg.kind in ("item", "row", "code") else None
    taken: list[tuple[int, int]] = []
    for rx in (_COUNT_B, _COUNT_C, _COUNT_D, _COUNT_A):
        for m in _rx(rx).finditer(low):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if rx is _COUNT_D and not (m.group("status") or seg.kind == "heading" or re.match(r"\s*(?:\(|$|;|,)", low[m.end():])):
                continue
            if rx is not _COUNT_A and (re.search(r"\d\+?\s*$", low[:m.start()]) or re.match(r"\d", m.group("words") or "")):
                continue  # "4 files changed (2 production...)": the total is before, the 2 starts a breakdown
            words = m.groupdict().get("words") or ""
            status = m.groupdict().get("status")
            where = _LOCATION.match(low, m.end("unit")) if rx is _COUNT_A else None
            place = _place(where.group("loc"), seg) if where and _status(where.group("verb")) else None
            if place:  # "two files in the package were edited", "3 modules under `pkg/` changed"
                status = where.group("verb")
            if status:
                status = _status(status)
            else:
                after = m.groupdict().get("after") or ""
                before = low[max(0, m.start() - 24):m.start()].split()
                status = _status(words) or _status(after) or _status(" ".join(before[-2:])) or ctx_status
                if status is None and re.search(r"\b(?:new|added)\b", seg.context.lower()) and seg.lead_path:
                    status = "added"
                if status is None and re.match(r"^(?:scope|files|changes|change\s+set|diff|touched|footprint)\s*[:-]", low):
                    status = "changed"  # "Scope - four production modules"
                if status is None and re.match(r"\s*(?:[:(]|across|in\s+\d|total|overall|were\s+touched)", low[m.end():]):
                    status = "changed"
                if status is None and (re.search(r"\b(?:diff|diffstat|change\s*set|changeset|pr|patch)\s+(?:is|was|has|spans|covers|"
                                                 r"comes\s+to|touches)\s+$", low[max(0, m.start() - 40):m.start()])
                                       or re.match(r"\s*,\s*\+\d", low[m.end():])):
                    status = "changed"  # "the diff is 4 files", "3 files, +12/-8"
            if status is None:
                continue
            cmp = _cmp(m)
            if cmp is None:
                continue
            cats = categories(words)
            if (m.groupdict().get("unit") or "").startswith("module"):
                cats = cats or {"production"}
                if cats != {"production"}:
                    continue
            prefix = seg.lead_path if seg.lead_path and seg.lead_path.endswith("/") else None
            if place:
                prefix = place[0] or prefix
                cats = place[1] or cats
            negated = bool(re.search(r"\b(?:not|no|never|none\s+of)\s+(?:\w{1,20}\s+)?$", low[max(0, m.start() - 20):m.start()]))
            if negated:
                continue
            out.append(Match("changed-file-count", {"n": number(m.group("n")), "cmp": cmp, "status": status,
                                                    "categories": cats, "subset": subset(words), "prefix": prefix,
                                                    "phrase": m.group(0).strip()}))
            taken.append((m.start(), m.end()))
            out += _breakdown(low, m, status, cats)
        if out:
            break
    ones = re.search(rf"\b(?P<verb>edits?|edited|modif\w{{1,6}}|updates?|updated|changes?|changed|touches|touched)\s+(?P<n>{NUM})\s+existing\s+ones?\b", low)
    if ones and out:  # "adds four new tests and two new documentation files, and edits one existing one"
        last = [m for m in out if m.params.get("categories")]
        out.append(Match("changed-file-count", {"n": number(ones.group("n")), "cmp": "eq", "status": "modified",
                                                "categories": last[-1].params["categories"] if last else None, "subset": None,
                                                "prefix": None, "phrase": ones.group(0)}))
    return out


def _breakdown(low: str, total: re.Match, status: str, cats: set[str] | None) -> list[Match]:
    """The counts of a parenthesised or colon breakdown right after a total: each a claim of its own."""
    rest = low[total.end():total.end() + 160]
    m = re.match(r"\s*(?:\(|:|-|,)\s*(?P<body>[^)]{1,150})", rest)
    if not m:
        return []
    out = []
    body = m.group("body")
    for part in re.split(r",|;|\band\b", body)[:6]:
        b = _BREAKDOWN.match(part.strip())
        if not b:
            continue
        words = b.group("w")
        st = _status(words) or status
        sub_cats = categories(words) or cats
        sub = subset(words)
        if st == status and sub_cats == cats and sub is None:
            continue  # not a breakdown ("2 files changed, 3 insertions")
        if not (categories(words) or _status(words) or sub):
            continue
        if re.search(r"\b(?:insertions?|deletions?|lines?|tests?\s+(?:pass|fail))\b", words):
            continue
        if re.search(r"\b(?:insertions?|deletions?|lines?)\b", body[:body.find(part)]):
            break  # "5 files, 20 lines added and 5 removed": after the lines, a count of lines
        out.append(Match("changed-file-count", {"n": number(b.group("n")), "cmp": "eq", "status": st,
                                                "categories": sub_cats, "subset": sub, "prefix": None,
                                                "phrase": part.strip(), "breakdown": True}))
    return out


def _listed_file(low: str, seg: Segment) -> list[Match]:
    """A path starting a list item under a heading that says what happened to the files listed."""
    if seg.kind not in ("item", "code", "row") or not seg.lead_path or seg.lead_path.endswith("/"):
        return []
    if seg.kind == "row" and any(e.shape in ("dotted", "call", "camel", "snake") for e in entities(seg.raw, seg.spans)):
        return []  # "| `base.py` | `CacheBackend.delete()` added |": the verb is about the method, not the file
    if seg.kind == "row" and re.search(r"\b(?:not\s+(?:modified|changed|touched|edited)|untouched|unchanged|unmodified|no\s+changes?)\b", low):
        return [Match("path-status", {"paths": [seg.lead_path], "status": "untouched", "negated": True})]
    if seg.kind == "row":
        own = _status(low[len(seg.lead_path):] if low.startswith(seg.lead_path.lower()) else low)
        if own:
            return [Match("listed-file", {"path": seg.lead_path, "status": own, "categories": None,
                                          "to": _renamed_to(seg, seg.lead_path)})]
    ctx = seg.context.lower()
    own = low[low.find(seg.lead_path.lower()) + len(seg.lead_path):] if seg.lead_path.lower() in low else low
    if re.search(r"\b(?:untouched|unchanged|unmodified|not\s+(?:touched|changed|modified)|left\s+alone)\b", own[:60]):
        return []  # "`pyproject.toml` was left untouched": a path-status claim, whatever the heading says
    if not re.search(r"\bfiles?\b|\bmodules?\b|\bchanges?\b|\bmodified\b|\badded\b|\bdeleted\b|\bremoved\b|\bnew\b", ctx):
        return []
    found = {status for pattern, status in _STATUS_WORDS if _rx(rf"\b(?:{pattern})\b").search(ctx)}
    found.discard("changed") if len(found) > 1 else None
    if not found:
        return []
    status = found.pop() if len(found) == 1 else "changed"  # "new and modified files": either
    return [Match("listed-file", {"path": seg.lead_path, "status": status, "categories": categories(ctx)})]


def _item_under_heading(low: str, seg: Segment) -> list[Match]:
    """ "- A report under `reports/`." under "### Added": a path in an item whose heading says what happened."""
    if seg.kind != "item" or not seg.paths or seg.lead_path:
        return []
    heading = seg.heading.lower()
    for rx, status in ((r"\b(?:added|new)\b", "added"), (r"\b(?:removed|deleted)\b", "deleted"), (r"\bchanged\b", "changed")):
        if re.fullmatch(rf"(?:[\w.-]{{1,20}}\s+){{0,2}}{rx[2:-2]}(?:\s+files?)?", heading):
            return [Match("path-status", {"paths": [seg.paths[0]], "status": status, "negated": False})]
    return []


def _renamed_to(seg: Segment, path: str) -> str | None:
    others = [p for p in seg.paths if p != path]
    return others[0] if others else None


# files people name without their path
_FILE_ALIASES = [
    (r"(?:docker[- ])?compose\s+file", "docker-compose*"), (r"dockerfile", "Dockerfile*"), (r"readme", "README*"),
    (r"changelog", "CHANGELOG*"), (r"lock\s*file", "*.lock"), (r"pyproject(?:\.toml)?(?:\s+file)?", "pyproject.toml"),
    (r"requirements\s+files?", "requirements*"), (r"makefile", "Makefile"), (r"setup\.py", "setup.py"),
    (r"\.env\.example|env\s+example\s+file", ".env.example"),
]


def _path_status(low: str, seg: Segment) -> list[Match]:
    """A named file said to be added / modified / deleted / renamed / untouched, in free text."""
    paths = [p for p in seg.paths if not p.endswith("/") or p.count("/") >= 1]
    if not paths:
        for alias, glob in _FILE_ALIASES:
            content = re.search(rf"\b(?:the\s+)?{alias}\s+(?:now\s+)?(?:gained|gains|got|has|now\s+has|includes?|documents?|explains?|describes?|"
                                r"mentions?|lists?|covers?)\s+(?:a\s+|an\s+|the\s+|new\s+)", low)
            if content:  # "the README gained a section on X": what it says is not checked
                return [Match("unmeasured", {"what": f"what {glob.strip('*')} says (only whether it changed)"})]
            m = re.search(rf"\b(?:the\s+)?{alias}(?:\s+(?:example|section|text|page|entry|usage|snippet|file)s?)?\s+"
                          r"(?:was\s+|is\s+|has\s+been\s+|remains?\s+|stays?\s+)?(?P<neg>not\s+)?"
                          r"(?P<verb>touched|changed|modified|updated|edited|untouched|unchanged|unmodified|left\s+alone)\b", low)
            if m:
                kept = bool(m.group("neg")) or m.group("verb") in ("untouched", "unchanged", "unmodified", "left alone")
                return [Match("path-status", {"paths": [glob], "status": "untouched" if kept else "modified",
                                              "negated": kept, "glob": True})]
    if not paths and not seg.spans:  # "the currency module was left alone"
        words = re.match(r"^(?:the\s+)?(?P<words>(?:[a-z][a-z0-9]{1,20}\s+){1,3}?)(?:module|file|package|helpers?\s+module)?\s*"
                         r"(?:was|is|has\s+been|were|are|remains?|stays?)\s+(?:left\s+alone|untouched|unchanged|unmodified|"
                         r"not\s+(?:touched|modified|changed|edited))\b", low)
        if words and not re.search(r"\b(?:api|public|code|codes|tests?|docs?|version|config\w{0,9}|behaviou?r|interface|signature|"
                                   r"exit|status|output|messages?)\b",
                                   words.group("words")):
            return [Match("path-status", {"paths": [], "words": words.group("words").split(), "status": "untouched",
                                          "negated": True})]

    if not paths or seg.kind == "row" and seg.lead_path:
        return []
    out = []
    if re.match(r"^(?:changed\s+|touched\s+|modified\s+)?files?(?:\s+(?:changed|touched|modified))?\s*:", low) and len(paths) >= 2:
        return [Match("path-status", {"paths": paths, "status": "only", "negated": False})]  # "Files: `a.py`, `b.py` and `c.md`"
    # "Production code: `a.py` and `b.py` only", "production files: [a.py]": the production files the change touched
    prod = re.match(r"^(?:changed\s+|touched\s+|modified\s+)?(?:production|source|library|package|application)\s+(?:code|files?|modules?)"
                    r"(?:\s+(?:changed|touched|modified))?\s*:\s*\S", low)
    if prod and (re.search(r"\bonly\s*\.?$", low) or seg.kind == "code"):
        return [Match("path-status", {"paths": paths, "status": "only", "negated": False, "category": "production"})]
    # "Untouched: `a.py`, `b.py`", "Deleted files: `c.py`": the key says what happened to each file listed after it
    keyed = re.match(r"^(?:files?\s+|(?:production|source|library|package|test)\s+(?:code|files?|modules?)\s+)?"
                     r"(?P<st>untouched|unchanged|unmodified|left\s+alone|not\s+touched|modified|edited|updated|added|new|"
                     r"created|deleted|removed|touched|changed)(?:\s+files?)?\s*:\s*\S", low)
    if keyed:
        st = keyed.group("st")
        kept = bool(re.match(r"un|left|not", st))
        return [Match("path-status", {"paths": paths[:12], "status": "untouched" if kept else _status(st) or "changed",
                                      "negated": kept})]
    # "Only two files changed: pyproject.toml and requirements.txt", "Only `a.py` and `b.py` changed"
    only = re.search(r"\bonly\b[^:]{0,60}\bfiles?\b[^:]{0,30}(?:changed|modified|touched)?\s*:", low) or \
        re.search(r"^(?:and\s+)?only\s+(?:the\s+)?(?:files?\s+)?\S{1,120}(?:\s*(?:,|and)\s*\S{1,120}){0,6}\s+(?:were\s+|was\s+|are\s+|is\s+|got\s+)?"
                  r"(?:changed|modified|touched|edited|updated)\b", low) or \
        re.search(r"^(?:and\s+)?only\s+`?[\w./-]{1,120}`?\s*,\s*(?:its|their|the)\s+tests\b", low)
    if only and len(paths) >= 1:
        # the files of the "only" clause, not of the next ("only `a.py` changed in the package; `b.py` untouched")
        end = re.search(r"[;,]\s{0,3}(?!and\b)(?=\S{0,3}[\w./-]{1,120}\S{0,3}\s{1,3}(?:untouched|unchanged|is|was|stays?|remains?))|;", low[only.end():])
        region = low[only.start():only.end() + end.start()] if end else low[only.start():]
        paths = [p for p in paths if p.lower() in region] or paths
        if re.search(r"\b(?:in|among|within|inside|of)\s+(?:the\s+)?(?:package|production|source|library|application|app|runtime)"
                     r"(?:\s+(?:code|files?|modules?|package))?\b", low):
            # "Only `a.py` changed among the production files", "only `a.py` changed in the package"
            return [Match("path-status", {"paths": paths, "status": "only", "negated": False, "category": "production"})]
        return [Match("path-status", {"paths": paths, "status": "only", "negated": False,
                                      "tests_too": bool(re.search(r"\b(?:its|their|the)\s+tests\b", low)),
                                      "except": bool(re.search(r"\bthe\s+version\s+in\s+pyproject", low))})]
    for p in paths[:6]:
        i = low.find(p.lower())
        if i < 0:
            continue
        window = low[max(0, i - 60):i + len(p) + 60]
        after = low[i + len(p):i + len(p) + 60]
        before = low[max(0, i - 60):i]
        if re.search(r"^[`*_\s]{0,4}(?:and\s+[`\w./-]{1,120}[`*_]{0,3}\s+)?(?:needs?|needed|requires?|required)\s+no\s+(?:changes?|edits?|updates?|"
                     r"modifications?)\b|^[`*_\s]{0,4}(?:did|does|do)\s*(?:not|n't)\s+need\s+(?:to\s+)?(?:be\s+)?(?:change|changed|edited|"
                     r"updated|modified|touched)\b", after):
            # "`cli.py` needs no change": the code in it still works with the change, which only a break in it refutes
            out.append(Match("path-status", {"paths": [p], "status": "works", "negated": False}))
            if not re.search(r"\b(?:untouched|unchanged|unmodified|not\s+(?:touched|changed|modified))\b", after):
                continue
        if re.search(r"\b(?:untouched|unchanged|unmodified|not\s+(?:touched|changed|modified))\b|\bleft\s+(?:as\s+is|alone|untouched)\b", after) or \
                re.search(r"\b(?:no\s+changes?\s+(?:to|in)|nothing\s+(?:in|under)|did\s*(?:not|n't)\s+(?:touch|change|modify)|"
                          r"without\s+(?:touching|changing))\s+(?:the\s+)?$", before):
            out.append(Match("path-status", {"paths": [p], "status": "untouched", "negated": True}))
            continue
        if re.search(r"\bfrom\s+(?:the\s+)?$", before):
            out.append(Match("path-status", {"paths": [p], "status": "source", "negated": False}))
            continue
        into = re.search(r"\b(?:into|to)\s+(?:a\s+|the\s+)?(?P<new>(?:new|brand-new)\s+)?(?:file\s+|module\s+)?$", before)
        if into:
            out.append(Match("path-status", {"paths": [p], "status": "added" if into.group("new") else "changed", "negated": False}))
            continue
        if not low[:i].strip(" {*`_[") and re.match(r"\s*[}*`_\]]{0,3}\s*(?::|-\s)", after) and not re.search(r"\b(?:untouched|unchanged|not\s+(?:touched|changed|modified))\b", after):
            # "**orders/handlers.py**: added logging": what was done in the file; deleted or renamed only when said of
            # the file itself ("`a.py`: deleted"), not of a thing in it ("pyproject.toml: the script moved to `ltail`")
            status = _status(after[:40])
            rest = after.split(":", 1)[1] if ":" in after[:6] else after.split("-", 1)[-1]
            if status is None and not re.search(r"\b(?:now|new|no\s+longer|[a-z]{3,20}ed|edits?|changes?|fix(?:es)?|tweaks?|updates?|"
                                                r"rewrite|refactor\w{0,4}|clean-?ups?|bumps?|renames?|additions?|removals?)\b|"
                                                r"[+-]\d|->|\u2192|=>", rest[:60]):
                continue  # "`tests/test_report.py`: still passes": nothing said of the file's change
            if status in ("deleted", "renamed") and not re.match(r"\s*[`*_]{0,3}\s*(?:(?:was|is|has\s+been|got|been|now|fully|entirely)\s+)?"
                                                                 r"(?:deleted|removed|dropped|renamed|moved)\b", rest):
                out.append(Match("path-status", {"paths": [p], "status": "changed", "negated": False, "content": True}))
                continue
            out.append(Match("path-status", {"paths": [p], "status": status if status in ("deleted", "renamed") else "changed",
                                             "negated": False}))
            continue
        if re.search(r"\b(?:and|as)\s+(?:so(?:\s+(?:should|does|do|did|is|are|was|were|has|have|will))?|(?:should|does|do|did|is|are|was|were|has|have|will))"
                     r"\s*(?:the\s+)?$", before[-30:]) and out:
            out.append(Match("path-status", {**out[-1].params, "paths": [p]}))  # "`a.py` is untouched, and so is `b.py`"
            continue
        if re.search(r"\b(?:in|inside|within|of|under|across|throughout)\s+(?:the\s+)?(?:file\s+|module\s+)?$", before[-30:]) and \
                (_status(after[:40]) or _status(before[-30:])) and not re.search(r"\bnot\b|\bno\b|n't\b", window):
            # ("`feedparser==6.0.11` is new in `requirements.txt` only": what is new is in the file)
            # "The eager import in `tabular/__init__.py` was dropped": a thing in the file, so the file changed
            out.append(Match("path-status", {"paths": [p], "status": "changed", "negated": False}))
            continue
        # "(4 added lines, 0 removed)", "12 lines added": counted lines, not what happened to the file
        # (what follows the file in its own clause: "... (`__init__.py`) and checked that nothing public moved" says
        # nothing of `__init__.py`)
        own = re.split(r"[;!?]|\.(?:\s|$)|\b(?:that|which|but|while|whereas|because)\b|\)\s{0,3}(?:and|,)|\b(?:nothing|everything|"
                       r"something|it|they|we|i)\s", after[:40], maxsplit=1)[0]
        counted = re.sub(r"\b(?:\d{1,6}|no|zero)\s+(?:new|added|removed|deleted)(?:\s+lines?)?\b|\blines?\s+(?:added|removed|deleted)\b",
                         " ", own)
        status = _status(counted) or _status(before[-30:])
        if status == "renamed":
            out.append(Match("path-status", {"paths": [p], "status": "renamed", "to": _renamed_to(seg, p),
                                             "negated": False}))
            break
        if status and not re.search(r"\bnot\b|\bno\b", window):
            out.append(Match("path-status", {"paths": [p], "status": status, "negated": False}))
    return out[:3]


_CATS = (r"(?P<cats>(?:(?:the\s+)?(?:tests?|test\s+files|test\s+code|unit\s+tests|docs?|documentation|reports?|markdown|"
         r"fixtures|readme|changelog|comments?|production\s+code|source\s+code|code|config(?:uration)?|ci|"
         r"dependencies|type\s+hints|typing|docstrings?)(?:\s+files)?(?:\s*(?:/|,|&|\band\b|\bor\b|\+)\s*)?){1,5})")


def _only_categories(low: str, seg: Segment) -> list[Match]:
    if "only" not in low and "all" not in low and "limited" not in low and "confined" not in low and "exclusively" not in low \
            and "pure" not in low:
        return []
    forms = [
        (rf"\ball\s+(?:the\s+)?(?:new|added|created)\s+files\s+(?:are|were)\s+(?:all\s+)?(?:isolated\s+to\s+|limited\s+to\s+|in\s+|under\s+)?{_CATS}", "added"),
        (rf"\b(?:new|added)\s+files?\b[^.]{{0,40}}?\(\s*all\s+{_CATS}\)", "added"),
        (rf"\bnew\s+files\s+(?:are\s+|were\s+)?(?:only|exclusively|all)\s+{_CATS}", "added"),
        (rf"\bonly\s+(?:new\s+)?{_CATS}\s+(?:were|was|have\s+been|got|are|is)\s+(?:added|created|new)", "added"),
        (rf"\b(?:we\s+|i\s+|it\s+|this\s+(?:pr|change|commit|branch)\s+)?only\s+(?:adds?|added)\s+and\s+(?:extends?|extended|updates?|updated|modif\w{{1,6}}|changes?|changed)\s+{_CATS}", "all"),
        (rf"\b(?:we\s+|i\s+|it\s+|this\s+(?:pr|change|commit|branch)\s+)?only\s+(?:added|adds|add|created|creates)\s+(?:new\s+)?{_CATS}", "add-only"),
        (rf"\b(?:we\s+|i\s+|it\s+|this\s+(?:pr|change|commit|branch)\s+)?only\s+(?:touched|touches|changed|changes|modified|modifies|edited|edits|updated|updates)\s+(?:the\s+)?{_CATS}", "all"),
        (rf"\bchanges?\s+(?:are|were|is|was)\s+(?:limited|restricted|confined|isolated)\s+to\s+{_CATS}", "all"),
        (rf"\bonly\s+{_CATS}\s+(?:(?:in|under)\s+\S{{1,80}}\s+)?(?:(?:were|was|have\s+been|has\s+been|are|is|got)\s+)?(?:changed|touched|modified|updated|edited)", "all"),
        (rf"\b(?:a|this)\s+(?:pure(?:ly)?|(?:{_CATS.replace('(?P<cats>', '(?:')})-only)\s+change\b", "all"),
        (rf"^(?:this\s+(?:is\s+)?(?:a\s+)?)?{_CATS}\s*[- ]?only\b", "all"),
        (rf"\b{_CATS}[- ]only\s+(?:change|pr|update|commit|release|fix)\b", "all"),
    ]
    for rx, scope in forms:
        m = _rx(rx).search(low)
        if m:
            words = m.groupdict().get("cats") or m.group(0)
            cats = categories(words.replace("test files", "tests").replace("comments", "docs")
                              .replace("docstrings", "docs").replace("type hints", "code")) or set()
            if "readme" in words or "changelog" in words:
                cats.add("docs")
            if cats:
                return [Match("only-categories", {"scope": scope, "categories": cats,
                                                  "subset": subset(words)})]
    return []


def _no_category(low: str, seg: Segment) -> list[Match]:
    """ "no tests or docs added", "no test files were changed": the change does not touch a kind of file."""
    lst = re.search(r"(?:^|[;:-]\s*)no\s+(?P<cats>(?:tests?|docs?|documentation|config(?:uration)?)(?:\s*(?:,|or|and|nor)\s*(?:tests?|docs?|"
                    r"documentation|config(?:uration)?|changelog|readme)){1,4})\s*\.?$", low)
    if lst:  # "Scope - four production modules; no tests, docs or configuration"
        cats = categories(lst.group("cats")) or set()
        if cats:
            return [Match("no-category-changes", {"categories": cats, "status": "changed"})]
    mod = _any(low, r"\b(?:did\s*(?:not|n't)|didn't|never)\s+(?P<a>rename|delete|remove|add|create|move)\s+(?:any|a\s+single)\s+"
                    r"(?:python\s+)?(?:modules?|packages?)\b",
               r"\bno\s+(?:python\s+)?(?:modules?|packages?)\s+(?:(?:were|was|have\s+been|has\s+been|got)\s+)?(?P<a>renamed|deleted|removed|added|"
               r"created|moved)\b")
    if mod:  # "did not rename any module": production code files
        verb = {"rename": "renamed", "delete": "deleted", "remove": "removed", "add": "added", "create": "created", "move": "moved"}
        return [Match("no-category-changes", {"categories": {"production"}, "statuses": [_status(verb.get(mod.group("a"), mod.group("a")))]})]
    m = _any(low, r"\b(?:no|zero|0)\s+files?\s+(?:(?:were|was|have\s+been|has\s+been|got)\s+)?(?P<a>added|created|removed|deleted|renamed)"
                  r"(?:\s*(?:,|or|and|nor)\s*(?P<b>added|created|removed|deleted|renamed))?\b")
    if m:
        statuses = [_status(v) for v in (m.group("a"), m.group("b")) if v]
        return [Match("no-category-changes", {"categories": None, "statuses": statuses})]
    m = _any(low, r"\b(?:the\s+)?(?P<cats>tests?|docs?|documentation|ci)\s+(?:directory|directories|folders?|tree|suite\s+files)\s+"
                  r"(?:was|were|is|are|has\s+been|remains?|stays?)\s+(?:not\s+(?:modified|touched|changed)|untouched|unchanged)\b",
             r"^(?:the\s+)?(?:existing\s+)?(?P<cats>tests?|test\s+files|docs?|documentation)\s+(?:(?:are|were|is|was|remain|stay)\s+)?"
             r"(?:untouched|unchanged|unmodified|not\s+(?:touched|changed|modified))\b",
             r"^(?:the\s+)?(?P<cats>tests?|test\s+files|docs?|documentation)\s+(?:changed|modified|touched|edited)\s*\??\s*:\s*(?:no|none|false)\b",
             r"^(?:the\s+)?(?P<cats>tests?|test\s+files|docs?|documentation)\s*:\s*(?:none|no\s+(?:test\s+)?files?)\s+(?:touched|changed|modified|"
             r"edited)\b")
    if m:
        return [Match("no-category-changes", {"categories": categories(m.group("cats")), "status": "changed"})]
    m = _any(low, r"\b(?:no|zero|0|without(?:\s+any)?)\s+(?:new\s+)?(?P<cats>(?:(?:tests?|test\s+files?|docs?|documentation|"
                  r"config(?:uration)?\s+files?|ci\s+files?|readme|changelog)(?:\s*(?:,|/|\bor\b|\band\b)\s*)?){1,4})\s*"
                  r"(?:files?\s+)?(?:(?:were|was|have\s+been|has\s+been|are|is)\s+)?(?P<verb>added|changed|modified|touched|created|"
                  r"deleted|removed|updated|edited)\b")
    if not m:
        m = _any(low, r"\bno\s+(?P<cats>tests?|test\s+files?|docs?|documentation|config(?:uration)?)\s+(?P<verb>changes?|updates?|"
                      r"modifications?|edits?)\b")
        if not m:
            return []
    cats = categories(m.group("cats").replace("test files", "tests")) or set()
    if "readme" in m.group("cats") or "changelog" in m.group("cats"):
        cats.add("docs")
    if not cats:
        return []
    verb = m.group("verb")
    return [Match("no-category-changes", {"categories": cats,
                                          "status": "changed" if re.match(r"change|update|modif|edit", verb) and not verb.endswith("ed")
                                          else _status(verb) or "changed"})]


def _touches_category(low: str, seg: Segment) -> list[Match]:
    """ "Added tests for X", "CHANGELOG updated", "docs updated": the change touches a category."""
    m = _any(low,
             r"^(?:also\s+)?(?P<verb>adds?|added|adding|updated?|updates|extends?|extended|writes?|wrote|includes?|included)\s+"
             r"(?:(?:new|more|some|unit|integration|regression|extra|the|a)\s+){0,2}(?P<what>tests?|test\s+cases?|docs?|"
             r"documentation|changelog|readme|release\s+notes|type\s+hints|docstrings?)\b",
             r"\b(?P<what>tests?|test\s+cases?|docs?|documentation|changelog(?:\.md)?|readme(?:\.md)?|release\s+notes)(?:\s+(?:entry|entries|section|note|notes|line|lines))?\s+"
             r"(?:(?:were|was|have\s+been|has\s+been|are|is)\s+)?(?P<verb>added|updated|extended|written|included)\b"
             r"(?!\s+(?:tests?|to\s+the\s+api))",
             r"^\W{0,4}(?P<what>tests?|docs?|documentation|changelog(?:\.md)?|readme(?:\.md)?|release\s+notes)\s*[:=]\s*"
             r"(?P<verb>added|updated|extended|written|included)\s*(?:\.?$|\s-\s)")
    if not m or re.search(r"\b(?:not|no|never|without)\b", low[:m.start() + 1]):
        return []
    what = m.group("what")
    cat = "test" if what.startswith("test") else "docs"
    verb = m.group("verb")
    status = "added" if re.match(r"add|writ|wrote|includ", verb) else "modified" if re.match(r"updat|extend", verb) else "changed"
    if cat == "test" and status == "added":
        status = "changed"  # "added tests" may mean new test functions in existing files
    return [Match("touches-category", {"category": cat, "status": status, "what": what})]


# ================================================================================================ compatibility

def _compat(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if _any(low,
            r"\bnon-?breaking\b",
            r"\b(?:does|did|do|will|would)\s*(?:not|n't)\s+(?:\w{1,20}\s+)?break\s+(?:anything|any(?:thing|one|body|\s+\w{1,20})|"
            r"existing|callers?|clients?|consumers?|users?|compatibility|the\s+api|backwards?\s+compatibility|downstream|code)\b",
            r"\b(?:does|did|do|will|would)\s*(?:not|n't)\s+break\b(?!\s+(?:the\s+)?(?:build|loop|event))",
            r"\bnothing\s+(?:is\s+|was\s+|gets\s+|got\s+|will\s+be\s+)?broken\b|\bbreaks\s+nothing\b|\bno\s+breakage\b",
            r"\bno\s+(?:existing\s+)?(?:callers?|clients?|consumers?|users?|code)\s+(?:are\s+|were\s+|will\s+be\s+|is\s+)?broken\b",
            r"\bnothing\s+breaks\b|\bno\s+one\s+(?:is\s+|will\s+be\s+)?broken\b",
            r"^\W{0,4}(?:is\s+)?breaking\??\s*[:=]\s*(?:no|false|none|0|n)\b",
            r"\b(?:nobody|no\s+one|no\s+caller|no\s+user)\b[^.;]{0,80}?\b(?:is|are|will\s+be|gets?)\s+(?:affected|broken|impacted)\b"):
        out.append(Match("no-breaking-changes", {"mode": "any"}))
    negated = _any(low, r"\b(?:not|n't|no\s+longer|never|breaks?|broke|loses?|lost)\s+(?:\w{1,20}\s+){0,2}?(?:backwards?|fully)[- ]?compat",
                   r"\b(?:whether|if|unless|cannot|can't|may\s+not|might\s+not)\b[^.;]{0,40}\bcompatib",
                   r"\bincompatib")
    upgrading = bool(re.search(r"upgrad|migrat", seg.context.lower() + " " + seg.heading.lower()))
    if not negated and ("import" not in low or re.search(r"\bbackwards?[- ]?compatib", low)) and _any(
            low,
            r"\bbackwards?[- ]?compatib(?:le|ility)\b",
            # what users or callers must do to upgrade: nothing
            r"\bdrop-?in\s+(?:upgrade|update|release)\b",
            r"\bnothing\s+(?:for\s+)?(?:callers?|users?|clients?|consumers?|you|integrators?|downstream(?:\s+\w{1,20})?)\s+(?:needs?\s+|has\s+|have\s+)?"
            r"to\s+(?:change|do|update|fix|adapt|rewrite|migrate)\b",
            r"\bno\s+(?:code\s+|caller\s+|user\s+|client\s+)?(?:changes?|action|migration|edits?|work)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)\s+"
            r"(?:\w{1,20}\s+)?(?:when|to|for|on|before|after|while)\s+upgrad",
            r"\bno\s+(?:action|migration|migration\s+steps?)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)\b",
            r"\bno\s+code\s+changes?\s+(?:are\s+|is\s+)?(?:needed|required|necessary)\b" if upgrading else r"(?!x)x",
            r"\b(?:no|none\s+of\s+the)\s+(?:existing\s+)?(?:callers?|users?|clients?|consumers?|one)\s+(?:can|could|will|would)\s+(?:\w{1,20}\s+)?notice\b",
            r"\bnobody\s+(?:can|could|will|would)\s+(?:\w{1,20}\s+)?notice\b",
            r"\bexisting\s+(?:[\w`.()]{1,40}\s+){0,3}?(?:expressions?|calls?|code|imports?|usages?|call\s+sites?)\s+(?:still\s+|will\s+)?"
            r"(?:keeps?|continues?)\s+(?:working|to\s+work)\b",
            r"\b(?:remains?|stays?|is|are|fully|100%|completely|totally|entirely)\s+(?:fully\s+|100%\s+)?compatible\b",
            r"\bcompatibility\s*(?:is\s+|was\s+|has\s+been\s+|:)?\s*(?:fully\s+|completely\s+)?(?:preserved|maintained|guaranteed|kept|intact|retained)",
            r"\b(?:maintain|maintains|maintained|maintaining|preserve|preserves|preserved|keeps?|kept)\s+(?:full\s+|complete\s+|100%\s+)?compatibility\b",
            r"\b(?:signature|api|interface|call)\s+compatibility\s*:?\s*(?:all\s+)?(?:pass|passed|ok|green|verified|confirmed|yes)",
            r"\bdrop-?in\s+replacement\b",
            r"\bkeeps?\s+(?:every|all|any)\s+(?:existing\s+|current\s+)?(?:calls?|callers?|call\s+sites?|code|clients?|usages?)\s+working\b",
            r"\bupgrad(?:e|es|ing)\s+(?:from\s+v?[\d.]{1,20}\s+|to\s+v?[\d.]{1,20}\s+|to\s+this\s+(?:release|version)\s+){0,2}"
            r"(?:is|should\s+be|will\s+be|stays?)\s+(?:completely\s+|fully\s+|perfectly\s+|entirely\s+)?(?:safe|painless|seamless|trivial|risk-free)\b",
            r"\b(?:safe|painless)\s+to\s+upgrade\b|\bno\s+(?:code\s+)?changes?\s+(?:are\s+)?(?:needed|required)\s+(?:to|when|for)\s+upgrad",
            r"\b(?:every|all)\s+(?:existing\s+)?(?:calls?|callers?|usages?|code|clients?)(?:\s+[\w-]{1,20}){0,4}?\s+(?:keeps?|continues?\s+to|still)\s+work"):
        out.append(Match("backward-compatible"))
    if _any(low,
            r"\b(?:purely|strictly|only|entirely|exclusively|100%|fully|completely|solely)\s+additive\b",
            r"\badditive[- ]only\b",
            r"\b(?:changes|enhancements|modifications|additions|everything|it|this|all\s+changes)\s+(?:are|is|were|was)\s+(?:all\s+)?(?:purely\s+)?additive\b",
            r"\b(?:only|purely)\s+additions\b|\bonly\s+adds\s+(?:new\s+)?(?:api|functions?|things|code|features?)\b",
            r"\b(?:pure(?:ly)?|only)\s+(?:a\s+)?widen(?:ing|s)?\b|\b(?:just|only)\s+widens?\b"):
        out.append(Match("purely-additive"))
    if _any(low,
            r"\b(?:methods?|functions?|classes?|symbols?|exports?|apis?)\s+(?:are\s+|remain\s+|still\s+){0,3}(?:all\s+)?present\b",
            r"\b(?:methods?|functions?|classes?|symbols?)\s+(?:are\s+|were\s+)?(?:all\s+)?still\s+(?:there|exported|available)\b",
            r"\bnothing\s+(?:public\s+|exported\s+|of\s+the\s+(?:public\s+)?api\s+)?(?:was\s+|is\s+|has\s+been\s+|got\s+)?"
            r"(?:removed|deleted|dropped)\b",
            r"\bnothing\b[^.;]{0,50}?\b(?:has\s+|have\s+)?(?:gone\s+away|disappeared|vanished)\b",
            r"\b(?:all|every)\s+(?:existing\s+|public\s+)?(?:functions?|methods?|classes?|apis?|symbols?)\s+(?:are\s+|were\s+)?(?:retained|kept|preserved)\b"):
        out.append(Match("nothing-removed", {"mode": "removed"}))
    if _any(low,  # "the refactor is internal": nothing public changed
            r"\b(?:the\s+)?(?:refactor(?:ing)?|change|changes|rework|cleanup|pr|patch|this)\s+(?:is|are|was|were)\s+"
            r"(?:purely\s+|entirely\s+|fully\s+|strictly\s+|all\s+|an?\s+)?internal\b(?!\s+(?:to|and\s+external))",
            r"\b(?:purely|entirely|strictly|only)\s+(?:an?\s+)?internal\s+(?:refactor(?:ing)?|change|rework|cleanup)s?\b",
            r"\binternal[- ]only\s+(?:refactor(?:ing)?|change|rework)s?\b"):
        out.append(Match("interfaces-unchanged", {"mode": "any"}))
    if _any(low, r"\brisk[- ]free\b", r"\brisk(?:\s+level)?\s*[:=]\s*(?:zero|none|0|nil)\b"):
        out.append(Match("no-risk", {"mode": "any"}))
    # "there are two breaking changes", "1 breaking change: ..."
    bc = _any(low, rf"(?<![\w./-])(?P<n>{NUM})\s+(?:[\w-]{{1,20}}\s+){{0,2}}?breaking\s+(?:api\s+)?changes?\b",
              rf"\bbreaking\s+changes?\s*[:=(]\s*(?P<n>{NUM})\b")
    if bc and number(bc.group("n")) > 0 and not re.search(r"\b(?:no|zero|without)\b", low[max(0, bc.start() - 12):bc.start()]):
        out.append(Match("breaking-count", {"n": number(bc.group("n"))}))
    return out


def _semver(low: str, seg: Segment) -> list[Match]:
    # "it's a patch bump": what the bump is (the version check's), not what the change needs
    said = re.search(r"\b(?:is|it's|it\s+is|that's|this's)\s+(?:a|an)\s+(?P<level>patch|minor|major)(?:[- ]level)?\s+(?:version\s+)?bump\b"
                     r"(?!\s+(?:is\s+|would\s+be\s+)?(?:enough|sufficient|fine|ok|correct|right|adequate|appropriate|too))", low)
    if said and not re.search(r"\b(?:needs?|requires?|only|just|safe|warrants?|calls?\s+for)\b", low[:said.start() + 3]):
        return [Match("version", {"bumped": True, "level": said.group("level")})]
    m = _any(low,
             r"\b(?:a|an|this\s+is\s+a|is\s+a|as\s+a|only\s+(?:needs?|requires?)\s+a|needs?\s+(?:only\s+)?a|requires?\s+(?:only\s+)?a|"
             r"safe\s+(?:for|as)\s+a|warrants?\s+a|calls?\s+for\s+a|semver[- ])\s*(?P<level>patch|minor|major)\s+"
             r"(?:release|version(?:\s+bump)?|bump|update|change)\b",
             r"\bsemver\s*(?::|-)?\s*(?P<level>patch|minor|major)\b",
             r"\bno\s+(?P<level>major)\s+(?:version\s+)?bump\s+(?:is\s+)?(?:needed|required|necessary)\b",
             r"\b(?P<level>patch|minor)[- ]level\s+(?:change|release|bump)\b",
             r"\b(?P<level>patch|minor|major)\s+(?:version\s+)?(?:bump|release|increment)(?:\s*\([^()]{1,60}\))?\s+(?:is\s+)?(?:sufficient|enough|fine|ok|correct|right|adequate|appropriate)\b",
             r"\b(?:a|an|this\s+is\s+a|is\s+a|as\s+a|just\s+a|only\s+a)\s+(?P<fix>bug-?fix|bugfix|maintenance|fix-only)\s+(?:release|version|update)\b",
             r"\b(?P<level>patch|minor|major)\s+(?:is|would\s+be|will\s+be)\s+(?:enough|sufficient|fine|ok|correct|right|adequate|appropriate)\b")
    told = m and re.match(r"(?:a|an)\s", m.group(0)) and re.search(r",\s{0,3}$", low[:m.start()]) and \
        re.search(rf"{_VERSION.replace('(?P<v>', '(?P<a>')}\s{{0,3}}(?:->|\u2192|=>|to)\s{{0,3}}{_VERSION.replace('(?P<v>', '(?P<b>')}",
                  low[:m.start()])
    if told:  # "goes from 1.4.0 to 1.5.0, a minor bump": what the bump is, said of the versions before it (which are said too)
        return [Match("version", {"bumped": True, "from": told.group("a"), "to": told.group("b"), "level": m.group("level")})]
    bare = _any(low, r"^(?P<level>patch|minor|major)\s+(?:release|version\s+bump|bump)\s*(?:[.;:,!]|$)")
    if bare and not m:  # "Minor release.": what the bump is, not what the change needs
        return [Match("version", {"bumped": True, "level": bare.group("level")})]
    short = _any(low, r"\b(?P<level>patch|minor)\s+(?:version\s+)?(?:bump|release|increment|version)\s+(?:is|was|would\s+be|seems?)\s+"
                      r"(?:too\s+small|not\s+(?:enough|sufficient|adequate)|insufficient)\b",
                 r"\b(?P<level>patch|minor)\s+(?:version\s+)?(?:bump|release)\s+(?:is\s+)?(?:not|never)\s+(?:enough|sufficient)\b")
    if short:  # "the patch bump is too small": the change needs more than that
        return [Match("semver", {"level": short.group("level"), "insufficient": True})]
    if not m:
        return []
    if m.groupdict().get("fix"):  # "a bug-fix release": a patch release, and a patch is what it needs
        return [Match("semver", {"level": "patch", "at_most": True})]
    level = m.group("level")
    if re.search(r"sufficient|enough|fine|ok|correct|right|adequate|appropriate", m.group(0)):
        return [Match("semver", {"level": level, "at_most": True})]
    if "no major" in m.group(0):
        return [Match("semver", {"level": "minor", "at_most": True})]
    return [Match("semver", {"level": level, "at_most": bool(re.search(r"\bonly\b|\bjust\b|\bsafe\b", m.group(0))),
                             "safe": bool(re.search(r"\bsafe\b", m.group(0)))})]


# "... follows semantic versioning": the bump is said to be the one the change needs
_SEMVER_OK = (r"\b(?:follows?|respects?|(?:is\s+)?consistent\s+with|compl(?:ies|y)\s+with|conforms?\s+to|in\s+line\s+with|"
              r"obeys?)\s+(?:semantic\s+versioning|semver)\b")

_VERSION = r"v?(?P<v>\d{1,4}(?:\.\d{1,6}){1,3}(?:(?:a|b|rc|\.dev|\.post)\d{1,4})?)"


def _titled_version(low: str) -> Match | None:
    """ "# cachebox 1.2.0: stability check", "# statskit 2.4.2 released", "### PR checklist: textkit 0.5.0": a title
    naming the version the change ends at claims that version (not "Python 3.11", not "from 1.2 to 1.3")."""
    pair = _any(low, rf"^(?:[\w\s-]{{1,40}}:\s*)?(?P<name>[a-z][\w.-]{{1,40}}\s+)?{_VERSION.replace('(?P<v>', '(?P<a>')}\s*"
                     rf"(?:->|\u2192|=>|to)\s*{_VERSION.replace('(?P<v>', '(?P<b>')}(?!\.?\d)\s*(?::|-|$|\(|\.)")
    if pair and not re.match(r"(?:python|py|from|since)\b", (pair.group("name") or "").strip()):
        return Match("version", {"bumped": True, "from": pair.group("a"), "to": pair.group("b")})  # "# ledgerd 0.9.0 -> 0.10.0"
    low = re.sub(r"^\[(v?\d{1,4}(?:\.\d{1,6}){1,3})\]", r"\1", low)  # Keep a Changelog: "## [1.2.0] - 2026-01-02"
    title = _any(low, rf"^(?:[\w\s,&/-]{{1,40}}:\s*)?(?P<name>[a-z][\w.-]{{1,40}}\s+)?{_VERSION}(?!\.?\d)(?!\s*(?:->|\u2192|=>|to\b))"
                      r"(?:\s+(?:released|release|is\s+(?:out|here|ready|live)|release\s+notes|notes|changes|changelog))?\s*(?::|-|$|\(|\.|!)")
    if not title or "version" in low[:title.start("v")] or re.match(r"(?:python|py|from|to|since|before|after|until)\b",
                                                                    (title.group("name") or "").strip()):
        return None
    return Match("version", {"is": title.group("v")})


def _version(low: str, seg: Segment) -> list[Match]:
    if seg.kind == "heading" or seg.line == 1 and seg.kind == "paragraph":  # "# cachebox 1.2.0: stability check"
        title = _titled_version(low)
        if title:
            return [title]
    size = _any(low, rf"\bbump\s+from\s+{_VERSION.replace('(?P<v>', '(?P<a>')}\s+(?:to|->)\s+{_VERSION.replace('(?P<v>', '(?P<b>')}")
    if size:
        return [Match("version", {"bumped": True, "from": size.group("a"), "to": size.group("b"),
                                  "sufficient": bool(re.search(r"\b(?:right\s+size|sufficient|enough|adequate|correct|appropriate)\b", low)
                                                     or re.search(_SEMVER_OK, low))})]
    bare = re.fullmatch(r"(?:(?:patch|minor|major)\s+bump\s+)?v?(?P<a>\d{1,4}(?:\.\d{1,6}){1,3})\s*(?:->|\u2192|to|=>)\s*v?(?P<b>\d{1,4}(?:\.\d{1,6}){1,3})"
                        r"(?:\s*,?\s*(?:which|that)\s+(?:fits|suits|matches|is\s+(?:right|enough|fine))\s+[\w\s]{1,40})?\.?", low)
    if bare:  # "- 1.2.0 -> 1.2.1", "Minor bump 0.4.0 -> 0.5.0, which fits additions"
        level = re.match(r"(patch|minor|major)", low)
        params: dict[str, Any] = {"bumped": True, "from": bare.group("a"), "to": bare.group("b")}
        if level:
            params["level"] = level.group(1)
        if re.search(r"\b(?:fits|suits|matches|right|enough|fine)\b", low):
            params["sufficient"] = True
        return [Match("version", params)]
    if "version" not in low:
        return []  # "bumps requests from 2.31 to 2.32" is about a dependency
    stays = _any(low, rf"\bversion(?:\s+(?:number|string))?\s+(?:stays?|remains?|is\s+still|still|stayed|remained|unchanged)\s+(?:at\s+)?{_VERSION}")
    if stays:
        return [Match("version", {"bumped": False, "to": stays.group("v")})]
    if _any(low, r"\bversion(?:\s+(?:number|string))?\s+(?:was\s+|is\s+|has\s+been\s+|remains?\s+|stays?\s+)?(?:not\s+(?:changed|bumped|touched|updated)|unchanged|untouched|the\s+same)\b",
            r"\b(?:did|does|do)\s*(?:not|n't)\s+(?:bump|change|touch|update)\s+(?:the\s+)?version\b",
            r"\bno\s+version\s+(?:bump|change)\b"):
        return [Match("version", {"bumped": False})]
    frm = _any(low, rf"\bfrom\s+{_VERSION.replace('(?P<v>', '(?P<a>')}\s+(?:to|->)\s+{_VERSION.replace('(?P<v>', '(?P<b>')}",
               rf"\b{_VERSION.replace('(?P<v>', '(?P<a>')}\s*(?:->|→|to)\s*{_VERSION.replace('(?P<v>', '(?P<b>')}")
    bump = _any(low, r"\b(?:bump(?:ed|s|ing)?|rais(?:ed|es)|increment(?:ed|s)?|updated?|set)\s+(?:the\s+)?(?:package\s+|project\s+)?version\b",
                r"\bversion\s*[:-]?\s*(?:was\s+|is\s+|has\s+been\s+)?(?:bumped|raised|incremented|updated)\b",
                r"\bversion\s+goes\s+(?:from|to)\b",
                r"\bversion\s+bump\b|\bbumps?\s+(?:to\s+)?v?\d")
    to = _any(low, rf"\b(?:to|is\s+now|now)\s+{_VERSION}\b", rf"\bversion\s*[:=]?\s*{_VERSION}\b")
    level = _any(low, r"\b(?P<level>patch|minor|major)\s+(?:version\s+)?bump\b|\bbump(?:ed)?\s*(?:\(|to\s+a\s+|the\s+)?(?P<level2>patch|minor|major)\b|"
                 r"\(\s*(?P<level3>patch|minor|major)\s*\)")
    stated = _any(low, rf"\b(?:the\s+)?(?:project\s+|package\s+)?version\s*(?:in\s+\S{{1,40}}\s+|number\s+)?(?:is|=|:)\s*(?:now\s+)?{_VERSION}")
    if not (bump or frm):
        if stated:
            return [Match("version", {"is": stated.group("v")})]
        return []
    params: dict[str, Any] = {"bumped": True}
    if re.search(r"\b(?:right|correct|appropriate|adequate|enough|sufficient|proper)\s+(?:bump|size|increment|level)\b|"
                 r"\b(?:bump|increment)\s+(?:is\s+)?(?:enough|sufficient|right|fine)\b|\bfits\s+(?:additions|the\s+change)", low) \
            or re.search(_SEMVER_OK, low):
        params["sufficient"] = True
    if frm:
        params["from"], params["to"] = frm.group("a"), frm.group("b")
    elif to:
        params["to"] = to.group("v")
    if level:
        params["level"] = level.group("level") or level.group("level2") or level.group("level3")
    return [Match("version", params)]


# ================================================================================================ tests

_TESTS = r"tests?|test\s+cases?|specs?"
_PASS = r"pass(?:es|ed|ing)?|succeed(?:s|ed)?|green|ok"
_SUBSET_NOISE = {"the", "of", "our", "existing", "current", "test", "new", "old", "previous", "my", "its",
                 "related", "relevant", "remaining", "other", "automated", "these", "those", "available", "python",
                 "pytest", "suite", "and", "local", "locally"}
N = r"\d{1,3}(?:,\d{3}){1,3}|\d{1,9}"


def _subset(words: str) -> str | None:
    kept = [w for w in words.split() if w not in _SUBSET_NOISE]
    return " ".join(kept) or None


def _tests(low: str, seg: Segment) -> list[Match]:
    if not re.search(r"test|pass|fail|suite|green|regression|pytest|spec|success|rate", low):
        return []
    out: list[Match] = []
    passed_total = None
    # "all 54 pass except one": a hedged count is neither "all" nor a count we can read
    excepted = re.search(r"\b(?:except|other\s+than|apart\s+from|aside\s+from|excluding|save\s+for)\b", low)
    # "none of the 5 tests fail", "not a single test failed", "0 of 54 tests failed"
    none_fail = _any(low, rf"\b(?:none|0|no\s+(?:one|single))\s+of\s+(?:the\s+|our\s+|all\s+)?(?P<t>{N})?\s*(?:[a-z-]{{1,20}}\s+){{0,2}}?(?:{_TESTS})?\s*"
                          r"(?:fail|fails|failed|failing|errored|broke|break)\b",
                     rf"\bnot\s+(?:a\s+single|one)\s+(?:[a-z-]{{1,20}}\s+){{0,2}}?(?:{_TESTS})\s+(?:fail|fails|failed|failing|errored|broke)\b",
                     rf"\bno\s+(?:[a-z-]{{1,20}}\s+){{0,2}}?(?:{_TESTS})\s+(?:fail|fails|failed|failing|errored|broke)\b")
    if none_fail and not excepted:
        t = none_fail.groupdict().get("t")
        if t:
            out.append(Match("tests-passed-count", {"passed": number(t), "total": number(t), "none_fail": True}))
        existing = bool(re.search(r"\b(?:existing|old|previous)\b", none_fail.group(0)))
        out.append(Match("all-tests-pass", {"mode": "existing" if existing else "all", "subset": None}))
        return out
    if _any(low, rf"\bno\s+(?:existing\s+|previously\s+passing\s+|old\s+)?(?:{_TESTS})\s+(?:was|were|is|are|has\s+been|have\s+been|got)\s+"
                 r"(?:broken|affected|failing|regressed)\b",
            r"\b(?:did|does|do)\s*(?:not|n't)\s+break\s+(?:any\s+)?(?:existing\s+)?tests?\b"):
        return [Match("all-tests-pass", {"mode": "existing", "subset": None})]
    m = None if excepted else _any(low,
             rf"(?<![\d.])(?P<p>{N})\s*(?:/|of|out\s+of)\s*(?:the\s+|our\s+|all\s+)?(?P<t>{N})\s+(?:(?!pass)[a-z-]{{1,20}}\s+){{0,3}}?(?:{_TESTS})\s+(?:{_PASS})\b",
             rf"(?<![\d.])(?P<p>{N})\s*/\s*(?P<t>{N})\s+(?:{_PASS})\b",
             rf"(?:^|[:;,]\s*)(?:and\s+|but\s+)?(?P<p>{N})\s+(?:of|out\s+of)\s+(?:the\s+|them\s+|those\s+)?(?P<t>{N})\s+(?:{_PASS})\b" if _tests_context(seg) else r"(?!x)x",
             rf"\b(?:{_TESTS}|suite)\b[^.;]{{0,40}}?(?<![\d.])(?P<p>{N})\s*(?:/|of|out\s+of)\s*(?P<t>{N})\b",
             rf"\bpass(?:ed|ing)?\s*[:=]?\s*(?P<p>{N})\s*(?:/|of|out\s+of)\s*(?P<t>{N})\b")
    # ("suite on head code: 6/6": a ratio said of a suite, with no failure word, is a pass count)
    if m and (re.search(r"pass|success|succeed|green", low) or re.match(r"(?:tests?|suite)\b", m.group(0))
              and not re.search(r"fail|error|broke|red\b|skip", low) and number(m.group("p")) <= number(m.group("t"))):
        passed_total = (number(m.group("p")), number(m.group("t")))
        out.append(Match("tests-passed-count", {"passed": passed_total[0], "total": passed_total[1]}))
    else:
        m = None if excepted else _any(low, rf"\ball\s+(?P<n>{N})\s+(?P<w>(?:[a-z-]{{1,20}}\s+){{0,3}}?)(?:{_TESTS})\s+(?:(?:are|have|still|now)\s+)?(?:{_PASS}|passing)\b")
        if m:
            n = number(m.group("n"))
            passed_total = (n, n)
            out.append(Match("tests-passed-count", {"passed": n, "total": n, "subset": _subset(m.group("w"))}))
        else:
            m = None if excepted else _any(
                low, rf"(?<![\d/.])(?P<n>{N})\s+(?P<w>(?:[a-z-]{{1,20}}\s+){{0,3}}?)(?:{_TESTS})\s+(?:(?:are|have|all|now|still)\s+){{0,2}}(?:pass|passed|passing|succeeded)\b",
                rf"\b(?:{_TESTS})\s*:\s*(?P<n>{N})\s+(?P<w>)(?:pass|passed|passing)\b")
            if m is None and not excepted and (re.search(r"\b(?:tests?|suite|pytest|failed|failures?)\b", low) or _test_side(low) or _AT_HEAD.search(low)
                                               or re.fullmatch(rf"\W{{0,4}}(?:{N})\s+passed\W{{0,4}}", low) and _tests_context(seg)):
                # pytest's own summary: "120 passed, 2 failed"
                m = re.search(rf"(?<![\d/.])(?P<n>{N})\s+(?P<w>)passed\b", low)
            if m:
                out.append(Match("tests-passed-count", {"passed": number(m.group("n")), "total": None,
                                                        "subset": _subset(m.group("w"))}))
    rate = _any(low,
                r"(?<![\d.])(?P<r>\d{1,3}(?:\.\d{1,4})?)\s*%\s*(?:(?:test|tests|unit|the)\s+){0,3}(?:pass(?:ing)?|success|succeeded|green)(?:\s+rate)?",
                r"\b(?:pass|success|passing)\s+(?:rate|ratio)\s*(?:of|:|=|is|was|at|stands\s+at)?\s*(?P<r>\d{1,3}(?:\.\d{1,4})?)\s*%",
                r"(?<![\d.])(?P<r>\d{1,3}(?:\.\d{1,4})?)\s*%\s+of\s+(?:the\s+|all\s+)?(?:[a-z-]{1,20}\s+)?tests\s+(?:pass|passed|succeed)")
    if rate:
        value = rate.group("r")
        out.append(Match("pass-rate", {"rate": float(value), "decimals": len(value.split(".")[1]) if "." in value else 0}))
    claimed_partial = passed_total is not None and passed_total[0] != passed_total[1]
    if not excepted and not claimed_partial and not any(x.kind == "tests-passed-count" and x.params.get("total") for x in out):
        all_pass = _any(low,
                        rf"\ball\s+(?P<w>(?:[\w-]{{1,20}}\s+){{0,4}}?)(?:{_TESTS})\s+(?:(?:are|still|now|continue\s+to|do)\s+)?(?:pass|passed|passing|succeed|succeeded|green)\b",
                        rf"\b(?:{_TESTS})\s*:\s*(?:all\s+)?(?:pass|passed|passing|green|ok|yes)\b",
                        r"\b(?:test\s+)?suite\s*(?:\([^)]{0,40}\)\s*)?(?:also\s+|still\s+)?(?:is\s+|stays\s+|remains\s+|runs\s+)?(?:green|passes|passing|passed)\b",
                        r"\b(?:tests?|suite)\b[^;]{0,40}?\b(?:still\s+)?(?:runs?|ran)\s+(?:all\s+)?green\b",
                        r"\btest\s+(?:modules?|files?|suites?)\s+(?:(?:all|still|now)\s+)?(?:pass|passes|passed|passing|green)\b",
                        r"\b(?:ci|build|pipeline)\s+(?:is\s+)?green\b",
                        rf"\bno\s+(?:failing|failed|broken)\s+(?:{_TESTS})\b",
                        r"\bno\s+(?:test\s+)?failures\b",
                        rf"\b(?:the\s+)?(?P<w>(?:[\w-]{{1,20}}\s+){{0,2}}?)(?:{_TESTS})\s+(?:all\s+|now\s+)?(?:pass|passed)\b(?!\s*rate)")
        existing = _any(low,
                        rf"\b(?:existing|old|previous|prior|original)\s+(?P<w>(?:[\w-]{{1,20}}\s+){{0,3}}?)(?:{_TESTS})\s+(?:(?:still|all|continue\s+to|keep)\s+)?(?:pass|passes|passed|passing|succeed)\b",
                        rf"\b(?:{_TESTS}|test\s+suite|suite)\s+(?:still|continue\s+to|keeps?)\s+pass(?:es|ing)?\b",
                        r"\bno\s+(?:test\s+)?regressions?\b")
        if existing:
            w = existing.groupdict().get("w") or ""
            out.append(Match("all-tests-pass", {"mode": "existing", "subset": _subset(w)}))
        elif all_pass and not re.search(rf"\b{N}\s+(?:[a-z-]{{1,20}}\s+){{0,3}}?tests?\s+failed", low):
            w = all_pass.groupdict().get("w") or ""
            if not re.search(r"\b(?:new|added)\b", w):
                out.append(Match("all-tests-pass", {"mode": "all", "subset": _subset(w)}))
            else:
                out.append(Match("all-tests-pass", {"mode": "new", "subset": None}))
    failed = _any(low,
                  rf"\bonly\s+(?P<n>{N})\s+(?:[a-z-]{{1,20}}\s+){{0,4}}?(?:{_TESTS})?\s*(?:failed|fails|failing|failure|errored)\b",
                  rf"(?<![\d/.])(?P<n>{N})\s+(?:[a-z-]{{1,20}}\s+){{0,4}}?(?:{_TESTS})\s+(?:failed|fails|failing|errored)\b",
                  rf"(?<![\d/.])(?P<n>{N})\s+(?:failed|failures|failing)\b",
                  r"\b(?:the|a|only)\s+(?:one|single)\s+(?P<one>failure|failing\s+test)\b",
                  r"\b(?:the\s+)?only\s+(?P<only>failure|failing\s+test|test\s+(?:that\s+)?fail\w{0,3}|broken\s+test)\b")
    if failed and not (failed.groupdict().get("one") and any(x.kind == "tests-passed-count" for x in out)):
        n = 1 if failed.groupdict().get("one") or failed.groupdict().get("only") else number(failed.group("n"))
        out.append(Match("tests-failed-count", {"n": n}))
    added = _any(low, rf"\btests?\s+added\s*[:=]\s*(?P<n>{N})\b",
                 rf"(?<![\d/.])(?P<n>{N})\s+(?:new|additional|more|extra)\s+(?:[a-z-]{{1,20}}\s+){{0,2}}?(?:tests?|test\s+cases?|test\s+functions?)\b(?!\s+files?)",
                 rf"\b(?:added|adds|wrote|writes|adding)\s+(?P<n>{N})\s+(?:new\s+)?(?:[a-z-]{{1,20}}\s+){{0,2}}?(?:tests?|test\s+cases?|test\s+functions?)\b(?!\s+files?)",
                 rf"(?<![\d/.])(?P<n>{N})\s+(?:tests?|test\s+cases?)\s+(?:were|was|have\s+been|has\s+been)\s+added\b")
    if added:
        out.append(Match("tests-added-count", {"n": number(added.group("n")), "subset": subset(added.group(0))}))
    gone = _any(low, rf"(?<![\d/.])(?P<n>{N})\s+(?:(?:obsolete|old|outdated|stale|redundant|dead|duplicate|duplicated|legacy|"
                     rf"existing|flaky)\s+)?(?:tests?|test\s+cases?|test\s+functions?)\s+(?:was|were|have\s+been|has\s+been|got|is|are)\s+"
                     r"(?:removed|deleted|dropped)\b",
                rf"\b(?:removed|deleted|dropped|removes|deletes|drops)\s+(?P<n>{N})\s+(?:(?:obsolete|old|outdated|stale|redundant|dead|"
                rf"duplicate|duplicated|legacy|existing|flaky)\s+)?(?:tests?|test\s+cases?|test\s+functions?)\b(?!\s+files?)")
    if gone and number(gone.group("n")):
        out.append(Match("tests-removed-count", {"n": number(gone.group("n"))}))
    about_failure = re.search(r"\bfail|\bfailure|\berror|\btests?\b|\bbroken\b", low) or re.search(r"\bfail", seg.context.lower())
    if about_failure and _any(low,
                              r"\bpre-?existing\b", r"\balready\s+(?:fail(?:s|ed|ing)?|broken|red)\b",
                              r"\bknown\s+(?:failures?|flaky|issues?|problems?)\b",
                              r"\bfail(?:s|ed|ing)?\s+(?:on|at|in)\s+(?:main|master|base|develop|the\s+base)\b",
                              r"\bunrelated\s+to\s+(?:this|the|our|my)\s+(?:change|pr|branch|work)",
                              r"\bfailed\s+(?:before|previously)\b|\bwas\s+(?:already\s+)?failing\s+(?:before|previously|on\s+main)\b",
                              r"\bnot\s+(?:caused|introduced)\s+by\s+(?:this|the|my|our)\b"):
        out.append(Match("failure-preexisting"))
    if about_failure and _any(low, r"\bfail(?:s|ed|ing)?\s+(?:because\s+of|due\s+to|as\s+a\s+result\s+of)\s+(?:this|the|our|my)\s+(?:change|pr|fix|cap|commit)",
                              r"\b(?:caused|introduced|broken)\s+by\s+(?:this|the|our|my)\s+(?:change|pr|commit)\b",
                              r"\bregression\s+(?:caused|introduced)\s+by\b"):
        out.append(Match("failure-caused", {"negated": bool(re.search(r"\b(?:not|no|none|never|nothing)\b", low))}))
    if about_failure and _any(low, r"\bnon-?critical\b", r"\bnot\s+critical\b", r"\bminor\s+(?:[a-z-]{1,20}\s+){0,4}?(?:test\s+)?(?:failures?|fail(?:s|ed)?|tests?\s+failed)\b",
                              r"\bharmless\b", r"\bcosmetic\b", r"\bnot\s+(?:a\s+)?(?:blocker|blocking\s+issue)\b"):
        out.append(Match("failure-non-critical"))
    return out


# ================================================================================================ the rest

def _blocking_present(low: str, seg: Segment) -> list[Match]:
    m = re.search(r"\b(?:uses?|makes?|does|calls?|performs?|contains?|has)\s+(?:a\s+|an\s+)?(?:synchronous\s+|blocking\s+)(?:[\w/-]{1,20}\s+){0,2}"
                  r"(?:calls?|i/o|io|request|sleep|read|write)\b", low)
    if m and not re.search(r"\b(?:no|not|never|n't)\b", low[:m.start()]):
        return [Match("blocking-present", {})]
    return []


def _dependency_unused(low: str, seg: Segment) -> list[Match]:
    if _any(low, r"\bnothing\s+(?:in\s+\S{1,40}\s+)?imports?\s+it\b", r"\b(?:is\s+|was\s+)?no\s+longer\s+imported\b",
            r"\b(?:was\s+|is\s+|were\s+)?(?:unused|not\s+(?:used|imported)\s+(?:anywhere|any\s+more|anymore))\b",
            r"\bno\s+(?:module|code|file)\s+imports?\s+it\b", r"\bnot\s+(?:still\s+)?(?:imported|used)\b(?!\s+(?:by|in)\s+tests)",
            r"\bnothing\s+(?:\w{1,20}\s+){0,3}?(?:uses|imports|needs|requires)\s+it\b"):
        return [Match("dependency-unused", {})]
    named = re.search(r"\b(?:nothing|no\s+(?:module|code|file))\s+(?:in\s+\S{1,40}\s+)?(?:still\s+)?imports?\s+(?P<dep>[a-z][\w.-]{1,60})", low) or \
        re.search(r"^(?P<dep>[a-z][\w.-]{1,60})\s+(?:is\s+|was\s+)?(?:no\s+longer|not|isn't|is\s+not)\s+(?:imported|used)\s+"
                  r"(?:\w{1,20}\s+){0,3}?(?:any\s*more|anywhere)\b", low)
    if named and named.group("dep").rstrip(".") not in ("it", "them", "anything", "that", "this", "the"):
        return [Match("dependency-unused", {"names": [named.group("dep").rstrip(".")]})]
    return []


def _async(low: str, seg: Segment) -> list[Match]:
    if _any(low, r"\bnon-?blocking\b(?!\s+(?:calls?|i/o|io)\s+(?:were|was)\s+(?:replaced|changed))",
            r"\b(?:does|do|did|will)\s*(?:not|n't)\s+block\s+(?:the\s+)?(?:event\s+loop|loop)\b",
            r"\bevent\s+loop\s*[:-]?\s*(?:is\s+|stays\s+|remains\s+)?(?:never\s+blocked|unblocked|not\s+blocked)\b",
            r"\b(?:nothing|none|no\s+(?:code|call|handler))\b[^.;]{0,60}\bblocks?\s+(?:the\s+)?(?:event\s+)?loop\b",
            r"\b(?:all\s+)?(?:i/o|io|calls)\s+(?:in\s+async\s+code\s+)?(?:is|are|stays?|remains?)\s+(?:fully\s+)?(?:async|awaited|non-?blocking)\b",
            r"\b(?:harmless|safe|fine|no\s+problem|not\s+a\s+problem|ok)\s+(?:for|to|on)\s+(?:the\s+)?(?:event\s+)?loop\b",
            r"\b(?:would|should|can|could|may|wo|might)\s*(?:not|n't)\s+(?:block|stall|freeze|starve)\s+(?:the\s+)?(?:event\s+)?loop\b",
            r"\b(?:never|not)\s+(?:blocks?|stalls?)\s+(?:the\s+)?(?:event\s+)?loop\b"):
        return [Match("no-blocking-io", {"mode": "added"})]
    return []


# a check by its id or title ("| api | none |", "Configuration drift: no findings", "call-sites check passed")
_CHECK_NAMES = [
    (r"api(?:\s+compatibility)?|public\s+api\s+check", "api"), (r"call[- ]sites?", "call-sites"), (r"imports?(?:\s+check)?", "imports"),
    (r"contracts?|protocols?(?:\s+conformance)?", "contracts"), (r"config(?:uration)?[- ]drift|configuration", "config-drift"),
    (r"dependencies|deps", "dependencies"), (r"architecture", "architecture"), (r"async[- ]hazards?", "async-hazards"),
    (r"syntax", "syntax"), (r"changed[- ]files", "changed-files"),
]
_CLEAN = (r"(?:none|0|zero|no\s+(?:findings?|issues?|problems?|errors?|violations?)|clean|pass(?:ed|es)?|ok|green|yes|"
          r"ran\s*,?\s*(?:0|no)\s+findings?|found\s+nothing|nothing\s+found)")


def _check_clean(low: str, seg: Segment) -> list[Match]:
    for pattern, check in _CHECK_NAMES:
        m = _rx(rf"^(?:the\s+)?(?:{pattern})(?:\s+check)?\s*(?::|-|=|\bis\b|\bwas\b|\bcheck\b)?\s*(?:status\s*:\s*)?{_CLEAN}\s*\.?$").search(low)
        if m:
            return [Match("check-clean", {"check": check})]
    return []


_TOOLS = r"(?<!import-)(?<!import\s)lint(?:ing|er|s)?|ruff|flake8|pylint|mypy|pyright|pyre|black|isort|pre-commit|type[- ]?check(?:ing|s|er)?|coverage|bandit|sonar\w{0,6}"


def _lines(low: str, seg: Segment) -> list[Match]:
    if "line" not in low and "insertion" not in low and "deletion" not in low and "+" not in low:
        if not (seg.sentence and re.search(r"(?i)\blines?\b", seg.sentence)):
            return []
    """ "35 insertions(+), 6 deletions(-)", "+35/-6", "40 lines added": how many lines the change adds and removes."""
    out = []
    for m in re.finditer(rf"(?<![\w.])(?P<n>{NUM}|none|no)\s+(?:(?:lines?\s+)?(?:(?:were|was|have\s+been|got)\s+)?(?P<ins>insertions?|additions?|added|inserted)|"
                         rf"(?:lines?\s+)?(?:(?:were|was|have\s+been|got)\s+)?(?P<del>deletions?|removed|deleted))(?:\s*\([+-]\))?", low):
        if not re.search(r"\blines?\b|insertion|deletion|\(\+\)|\(-\)", m.group(0)) and \
                not (m.group("ins") and re.search(rf"(?<![\w.]){NUM}\s+deletions?\b", low)
                     and not re.match(r"\s+(?:to|of|in|for)\b", low[m.end():])) and \
                not (m.group("n") in ("none", "no") and re.search(r"\blines?\b", low)) and \
                not re.search(r"\blines?\s{1,3}(?:added|inserted|removed|deleted)\s{1,3}and\s{1,3}$", low[:m.start()]):
            # ("21 lines added and 13 removed": the second count is of lines too; "16 additions / 12 deletions": so is
            # an addition counted next to a count of deletions)
            continue
        n = 0 if m.group("n") in ("none", "no") else number(m.group("n"))
        out.append(Match("line-count", {"n": n, "side": "added" if m.group("ins") else "removed"}))
    pm = re.search(rf"(?<![\w])\+(?P<a>{NUM})\s*/?\s*-(?P<r>{NUM})\b(?:\s+lines?)?", low)
    # "Diff is 6 files, +16 / -10", "3 files, +12/-8": the diff's lines next to its file count (not one file's "+3 -1")
    whole = pm and not seg.paths and (re.search(r"\b(?:diff|diffstat|change\s*set|changeset)\b", low) or
                                      re.search(r"\bfiles?\s*[,;:(]\s*$", low[:pm.start()]))
    if pm and ("line" in low or whole or seg.kind in ("row", "item") and "diff" in (low + seg.context.lower())):
        out += [Match("line-count", {"n": number(pm.group("a")), "side": "added"}),
                Match("line-count", {"n": number(pm.group("r")), "side": "removed"})]
    return out[:2]


_PY = r"python\s*(?P<v>3\.\d{1,2})"


_PYREQ_SUBJECT = re.compile(r"\brequires[-_ ]python\b|\bpython[-_]requires\b|\bpython\s+(?:floor|requirement|constraint|"
                            r"version\s+(?:floor|requirement|constraint|range|support))\b|\bminimum\s+(?:supported\s+)?python\b|"
                            r"\bsupported\s+python\s+versions?\b")
_PYREQ_SPEC = re.compile(r"(?:===|[<>=!~]=?)\s{0,2}\d{1,2}(?:\.\d{1,3}){0,2}(?:\.\*)?(?:\s{0,2},\s{0,2}(?:===|[<>=!~]=?)\s{0,2}"
                         r"\d{1,2}(?:\.\d{1,3}){0,2}(?:\.\*)?){0,3}")
_PYREQ_KEPT = re.compile(r"\b(?:still|stays?|stayed|remains?|remained|unchanged|untouched|keeps?|kept|same|as\s+before|not\s+changed|"
                         r"no\s+change)\b")
_PYREQ_CHANGED = re.compile(r"\b(?:raised|raises|bumped|bumps|increased|lowered|dropped|drops|went|goes|changed|changes|moved|now|"
                            r"tightened|narrowed|widened|relaxed|from)\b|->|\u2192")


def _python_requirement(low: str, seg: Segment) -> list[Match]:
    """ "requires-python stays `>=3.9`", "requires-python went from >=3.9 to >=3.10", "requires_python: >=3.9": the
    Python versions the project declares it supports, at head or as a change."""
    subject = _PYREQ_SUBJECT.search(low)
    if not subject:
        return []
    specs = [re.sub(r"\s", "", x) for x in _PYREQ_SPEC.findall(low[subject.end():])]
    if not specs and re.search(r"floor|minimum", subject.group(0)):  # "Python floor raised to 3.10"
        specs = [">=" + v for v in re.findall(r"(?<![\w.])(\d\.\d{1,2})(?![\w.])", low[subject.end():])[:2]]
    negated = bool(re.search(r"\b(?:not|no|never|n't)\b", low)) and not re.search(r"\bnot\s+changed\b|\bno\s+change\b", low)
    if negated:
        return []  # "requires-python was not raised": read by nobody yet, better unread than misread
    if len(specs) >= 2 and _PYREQ_CHANGED.search(low):
        return [Match("python-requirement", {"mode": "changed", "from": specs[0], "to": specs[1]})]
    if _PYREQ_KEPT.search(low):
        return [Match("python-requirement", {"mode": "kept", "spec": specs[0] if specs else None})]
    if _PYREQ_CHANGED.search(low):
        return [Match("python-requirement", {"mode": "changed", "from": None, "to": specs[0] if specs else None})]
    if len(specs) == 1 and re.match(r"[\s`*_\"']{0,4}(?::|=|\bis\b)", low[subject.end():]):
        return [Match("python-requirement", {"mode": "is", "spec": specs[0]})]  # "requires-python: >=3.9"
    return []


def _python_version(low: str, seg: Segment) -> list[Match]:
    if "python" not in low:
        return []
    m = _any(low, rf"\b(?:still\s+)?(?:supports?|compatible\s+with|works?\s+(?:on|with)|runs?\s+on)\s+{_PY}\b",
             rf"\b{_PY}\s*(?:\+|and\s+(?:up|later|newer|above))?\s+(?:is\s+)?(?:still\s+)?(?:supported|compatible)\b",
             rf"\b(?:no\s+syntax\s+(?:newer|beyond)\s+(?:than\s+)?){_PY}\b")
    if m:
        return [Match("python-version", {"version": m.group("v")})]
    return []


_PERF = (r"(?:faster|slower|quicker|speed(?:s|ed)?\s+up|latency|throughput|memory(?:\s+use|\s+usage|\s+footprint)?|cpu|"
         r"cold[- ]start(?:\s+time)?|start[- ]?up\s+time|load\s+time|response\s+times?|performance|benchmarks?|"
         r"requests?\s+per\s+second|rps|p9\d|under\s+load|load[- ]tested|scales?|scalability|efficien\w{1,6}|"
         r"resource\s+usage|disk\s+usage|bandwidth)")
_PEOPLE = (r"(?:review(?:ed|s)?|approv(?:ed|al)|signed\s+off|sign[- ]off|agreed|agreement|notified|announced|proof-?read|"
           r"team|finance|legal|security\s+review|compliance|on-?call|customers?|end[- ]users?|subscribers?|"
           r"support\s+tickets?|stakeholders?|packagers?|downstream|sre|colleagues?|"
           r"(?:maria|john|alice|bob)\b)")
_PROCESS = (r"(?:deployed|deploy(?:ment)?|rolled\s+out|roll-?out|released\s+to|staging|production\s+traffic|canary|"
            r"rotated|secrets?\s+manager|runbook|dashboard|alerts?|monitoring|tested\s+(?:locally|manually|on|in|with|against)|"
            r"ran\s+(?:it|them|the\s+\w{1,20})\s+(?:against|on|in|locally)|took\s+(?:about\s+)?\w{1,10}\s+(?:hours?|days?|minutes?)|"
            r"load[- ]test\w{0,3}|smoke[- ]test\w{0,3}|manual(?:ly)?\s+test\w{0,3}|qa|(?:run|ran|tested)\s+(?:also\s+)?on\s+(?:windows|macos|mac|linux|"
            r"python\s*\d|pypy|ci)|exercised\s+by|covered\s+by|(?:tests?)\s+(?:check|checks|cover|covers|exercise|exercises|verify|verifies|assert|asserts)|"
            r"already\s+issued|existing\s+(?:data|records|rows|invoices|orders|users?|accounts)|version\s+(?:string|number)\s+in\s+\S{1,80}\s+matches)")
_FUTURE = (r"(?:will\s+(?:be|make|allow|help|let|reduce|improve|drop)|plan(?:s|ned)?\s+to|next\s+(?:quarter|sprint|release|week|month)|"
           r"later|upcoming|in\s+the\s+future|roadmap|should\s+make|expect(?:s|ed)?\s+(?:to|the|a|that)|"
           r"hope(?:s|fully)?|intend(?:s|ed)?\s+to|going\s+to|eventually)")
_EXTERNAL = (r"(?:nist|rfc\s*\d|iso\s*\d|reference\s+tables?|spec(?:ification)?s?\s+(?:compliant|conformant)|"
             r"users?\s+reported|reported\s+by|issue\s+tracker|jira|ticket)")
# the world outside the repository: package indexes, advisories, users and partners, production
_WORLD = (r"(?:pypi|conda(?:-forge)?|feedstock|wheels?|homebrew|docker\s+hub|(?:security\s+)?advisor(?:y|ies)|cves?|"
          r"vulnerabilit(?:y|ies)|our\s+users|(?:users?|partners?|customers?|clients?|integrators?)\s+(?:only\s+)?(?:pin|use|rely|call|pass|"
          r"depend|see|notice|integrat)\w{0,3}|partner\s+integrations?|in\s+prod(?:uction)?|prod|provisioned|end[- ]to[- ]end|e2e|"
          r"verified\s+(?:with|against|on|in|using)\s+(?:the\s+)?\w{1,20}|browser|"
          r"(?:will|would|should)\s+(?:prevent|see|notice|reduce|lower|improve|go\s+(?:down|up)|help)|go(?:es)?\s+(?:down|up)\s+as\s+well|"
          r"takes?\s+(?:under|about|less\s+than|over|at\s+most)\s+(?:a|an|one|\d{1,4})\s+(?:seconds?|minutes?|hours?|days?))")


def _tests_context(seg: Segment) -> bool:
    return bool(re.search(r"(?i)\btests?\b|\bsuite\b|\bpass(?:es|ed|ing)?\b|\bpytest\b|\bgreen\b|\bfail(?:s|ed|ing|ures?)?\b",
                          (seg.sentence or seg.text) + " " + seg.heading + " " + (seg.context if seg.kind == "paragraph" else "")))


def _fragments(low: str, seg: Segment) -> list[Match]:
    """Short forms: the second half of a sentence ("..., all production code"), a heading's value ("Files: 4
    changed, no production file besides `x.py`"), "nothing outside `a/` and `b/` was modified"."""
    out: list[Match] = []
    m = _any(low, rf"^(?:and\s+)?all\s+(?:of\s+them\s+)?(?:are\s+|were\s+)?{_CATS}(?:\s+files?)?$")
    if m:
        cats = categories(m.group("cats").replace("test files", "tests")) or set()
        if cats:
            out.append(Match("only-categories", {"scope": "all", "categories": cats, "subset": None}))
    m = re.search(r"^(?:and\s+)?all\s+(?:of\s+them\s+|files\s+|changes\s+|changed\s+files\s+)?(?:are\s+|were\s+|live\s+|lie\s+)?"
                  r"(?:under|in|inside|within)\s+", low)
    dirs = [p for p in seg.paths if p.endswith("/")]
    if m and dirs:
        out.append(Match("path-status", {"paths": dirs, "status": "only", "negated": False}))
    if re.fullmatch(r"(?:the\s+)?same\s+as\s+(?:on\s+|at\s+|in\s+)?(?:the\s+)?(?:base|main|master|before|previously)", low) \
            and _tests_context(seg):
        out.append(Match("all-tests-pass", {"mode": "existing", "subset": None}))
    m = re.search(r"\bnothing\s+(?:outside|beyond|other\s+than|except)\s+(?P<what>.{1,200}?)\s+(?:was|were|has\s+been|have\s+been|is|got)?\s*"
                  r"(?:modified|changed|touched)\b", low)
    if m and (seg.paths or "markdown" in m.group("what")):
        paths = list(seg.paths)
        if re.search(r"top[- ]level\s+markdown|markdown\s+files\s+at\s+the\s+top", m.group("what")):
            paths.append("*.md")
        out.append(Match("path-status", {"paths": paths, "status": "only", "negated": False,
                                         "except": _except_version(low)}))
    m = re.search(r"\bno\s+(?P<cats>production|test|docs?|documentation|config(?:uration)?|code|source)\s+(?:files?|changes?|code)\s+(?:was\s+|were\s+)?"
                  r"(?:changed\s+|touched\s+|modified\s+)?(?:besides|except|other\s+than|apart\s+from|but|outside)\s+", low)
    if m and seg.paths:
        cat = "production" if m.group("cats") in ("code", "source") else next(iter(categories(m.group("cats")) or {"production"}))
        out.append(Match("path-status", {"paths": list(seg.paths), "status": "only", "negated": False, "category": cat}))
    return out


def _except_version(low: str) -> bool:
    return bool(re.search(r"\bexcept\s+(?:for\s+)?the\s+version\b", low))


def _tests_more(low: str, seg: Segment) -> list[Match]:
    """Test claims whose subject is elsewhere in the sentence ("Tests untouched; all 7 pass"), suite sizes, and
    failures in a named test file."""
    if not _tests_context(seg):
        return []
    out: list[Match] = []
    m = re.search(rf"\b(?P<t1>{N})\s+tests?\s*[,:;-]\s*(?P<p1>{N})\s+(?:passing|passed|pass|green|ok)\b", low)
    if m:
        out.append(Match("tests-passed-count", {"passed": number(m.group("p1")), "total": number(m.group("t1"))}))
    # "Tests: 7, all green", "7 tests, all passing": two assertions, how many tests there are and that all pass
    m = re.search(rf"\btests?(?:\s+total)?\s*:\s*(?P<n1>{N})\s*[,;-]\s*all\s+(?:green|pass\w{{0,3}}|ok)\b", low) or \
        re.search(rf"^(?P<n1>{N})\s+tests?\s*[,:;-]\s*all\s+(?:green|pass\w{{0,3}}|ok)\b", low)
    if m:
        out.append(Match("tests-collected", {"n": number(m.group("n1"))}))
        out.append(Match("all-tests-pass", {"mode": "all", "subset": None}))
    m = re.search(rf"\b(?P<p>{N})\s+of\s+(?:them|those|these)\s+(?:pass|passed|passing)\b(?:[^.;]{{0,20}}?\b(?P<f>{N})\s+(?:fail|failed|failing)\b)?", low)
    if m:
        out.append(Match("tests-passed-count", {"passed": number(m.group("p")), "total": None}))
        if m.group("f"):
            out.append(Match("tests-failed-count", {"n": number(m.group("f"))}))
    m = re.search(rf"\b(?:only\s+)?(?P<n>{N})\s+of\s+(?:the\s+)?(?:failures|failing\s+tests)\s+(?:predates?|pre-?dates?|(?:was|were)\s+already\s+failing|"
                  r"existed\s+before|(?:is|are)\s+pre-?existing|failed\s+before)\b", low)
    if m:
        out.append(Match("failure-preexisting", {"n": number(m.group("n"))}))
    m = re.search(rf"^(?:and\s+)?(?:(?:we\s+)?(?:believe|think)\s+)?all\s+(?:(?P<n>{N})\s+|of\s+them\s+|(?:\w{{1,20}}\s+)?of\s+those\s+)?"
                  r"(?:(?:still|now)\s+)?(?:pass|passes|passed|passing|are\s+green|succeed)\b", low)
    if m:
        if m.group("n"):
            n = number(m.group("n"))
            out.append(Match("tests-passed-count", {"passed": n, "total": n}))
        else:
            out.append(Match("all-tests-pass", {"mode": "all", "subset": None}))
    same = re.search(rf"\bthe\s+same\s+(?P<n>{N})\s+tests\b", low)
    if same:  # "the same six tests, all passing": as many at base as at head
        out.append(Match("tests-collected", {"n": number(same.group("n")), "from": number(same.group("n"))}))
    m = _any(low, rf"\b(?:test\s+)?suite\s+(?:should\s+)?(?:now\s+)?(?:has|have|had|contains?|contained|holds?|held|counts?|counted|is|was)\s+(?P<n>{N})\s+tests?\b",
             rf"\bgrows?\s+from\s+(?P<a>{N})\s+to\s+(?P<n>{N})\s+tests?\b",
             rf"\bfrom\s+(?P<a2>{N})\s+to\s+(?P<n2>{N})\s+tests\b",
             rf"\b(?P<n3>{N})\s+tests\s+(?:are\s+|were\s+)?(?:now\s+)?collected\b",
             # "tests: 4 before, 4 after"
             rf"\b(?:tests?|suite)\b[^.;]{{0,20}}?(?<![\d.])(?P<a3>{N})\s+(?:tests?\s+)?(?:before|at\s+base)\s*,?\s*(?:and\s+)?(?P<n4>{N})\s+"
             r"(?:tests?\s+)?(?:after|now|at\s+head)\b")
    if m:
        g = m.groupdict()
        n = g.get("n") or g.get("n2") or g.get("n3") or g.get("n4")
        frm = g.get("a") or g.get("a2") or g.get("a3")
        out.append(Match("tests-collected", {"n": number(n), "from": number(frm) if frm else None}))
    return out


def _unmeasured(low: str, seg: Segment) -> list[Match]:
    """What the author, the team, the users or production experience; speed and resources; plans: changeproof
    measures none of it. Said as not verifiable rather than left "not checked"."""
    for what, rx in (("performance and resource use", _PERF), ("what people did or decided", _PEOPLE),
                     ("deployments, environments and manual testing", _PROCESS), ("plans and expectations", _FUTURE),
                     ("references outside the repository", _EXTERNAL),
                     ("what happens outside the repository (package indexes, advisories, users, production)", _WORLD)):
        if _rx(rf"\b{rx}\b").search(low):
            return [Match("unmeasured", {"what": what})]
    return []


def _issue_or_process(low: str, seg: Segment) -> list[Match]:
    """ "Fixes #123", "tested manually", "reviewed with the team": what the author did, not what the code is."""
    if _any(low, r"^(?:this\s+pr\s+|it\s+)?(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?|addresse[sd]|refs?)\s+(?:#|gh-|[a-z]{2,10}-)\d{1,7}\b",
            r"\b(?:tested|verified|checked|validated)\s+(?:it\s+)?(?:manually|locally|by\s+hand|on\s+(?:my|a)\s+\w{1,20}|in\s+staging)\b",
            r"\b(?:i|we)\s+(?:ran|tested|verified|checked|validated)\s+(?:the\s+|it\s+|this\s+)?(?:\w{1,20}\s+){0,3}?(?:locally|manually|on\s+staging)\b"):
        return [Match("unmeasured", {"what": "what the author did (manual testing, linked issues)"})]
    return []


def _tooling(low: str, seg: Segment) -> list[Match]:
    """Claims about tools changeproof does not run (linters, type checkers, coverage): not measured."""
    if _any(low, rf"\b(?:{_TOOLS})\b[^.;]{{0,40}}\b(?:clean|pass(?:es|ed)?|green|happy|ok|no\s+(?:errors?|warnings?|issues?)|went\s+up|"
                 r"increased|improved|unchanged|\d{1,3}(?:\.\d{1,2})?\s*%)",
            rf"\b(?:clean|passing)\s+(?:{_TOOLS})\b"):
        return [Match("unmeasured", {"what": "linters, type checkers and coverage"})]
    return []


def _ports(low: str, seg: Segment) -> list[Match]:
    mapped = re.search(r"\bhost\s+port\s+(?P<host>\d{2,5})\s+(?:now\s+)?(?:maps|is\s+mapped|forwards|points)\s+to\s+(?:the\s+)?container\s+port\s+(?P<cont>\d{2,5})\b|"
                       r"\b(?:published|exposed|mapped)\s+(?:as|on)\s+\W?(?P<host2>\d{2,5}):(?P<cont2>\d{2,5})\b|"
                       r"\bport\s+(?:mapping\s+)?(?:is\s+now\s+|now\s+)?\W?(?P<host3>\d{2,5}):(?P<cont3>\d{2,5})\b", low)
    if mapped:
        host = mapped.group("host") or mapped.group("host2") or mapped.group("host3")
        cont = mapped.group("cont") or mapped.group("cont2") or mapped.group("cont3")
        return [Match("port-mapping", {"host": host, "container": cont})]
    m = re.search(r"\b(?:still\s+|remains?\s+|stays?\s+)(?:published|exposed|listening|served|available|reachable|bound|mapped)?\s*(?:on|at|to)\s+"
                  r"(?:host\s+)?port\s+(?P<port>\d{2,5})\b|\bports?\s+(?P<port2>\d{2,5})\s+(?:is\s+|are\s+)?(?:unchanged|still|kept)\b", low)
    if m:
        return [Match("no-port-changes", {"mode": "any", "port": m.group("port") or m.group("port2")})]
    return []


def _call_sites(low: str, seg: Segment) -> list[Match]:
    if not re.search(r"call|usage|client|consumer|integration|\b(?:nobody|no\s+one|nothing|no\s+code)\b", low):
        return []
    if _any(low, r"\b(?:all|every)\s+(?:the\s+)?(?:callers?|call\s+sites?|usages?)\s+(?:were\s+|are\s+|have\s+been\s+)?(?:updated|fixed|adjusted|migrated|adapted|changed)\b",
            r"\bno\s+(?:broken\s+)?(?:callers?|call\s+sites?)\s+(?:were\s+|are\s+)?(?:broken|left\s+behind|affected)\b",
            r"\bno\s+broken\s+call(?:\s+sites|ers)?\b",
            r"\b(?:callers?|call\s+sites?)\s*:?\s*(?:all\s+)?(?:updated|fixed|ok|unaffected)\b",
            r"\b(?:existing\s+)?(?:callers?|call\s+sites?|usages?|clients?|consumers?|integrations?)(?:\s+of\s+\S{1,60})?\s+(?:are\s+|were\s+|remain\s+|stay\s+|will\s+be\s+)?"
            r"(?:all\s+)?(?:unaffected|not\s+affected|fine|unbroken)\b"):
        return [Match("no-broken-call-sites", {"mode": "broken"})]
    if _any(low, r"\bno\s+(?:call\s+sites?|call-sites?|callers?|calls?|usages?)\s+(?:in\s+[^.;]{1,40}?\s+)?(?:need|needs|needed|require|requires|have|has)\s+"
                 r"(?:to\s+(?:be\s+)?)?(?:updat|chang|adjust|touch|fix|migrat)\w{0,5}",
            r"\b(?:callers?|call\s+sites?)\s+(?:do\s+not|don't|does\s+not|doesn't|won't|will\s+not)\s+(?:need|have)\s+to\s+(?:change|be\s+updated)\b",
            r"\b(?:existing\s+|current\s+|all\s+)?(?:calls?|callers?|call\s+sites?)\s+(?:(?:should|will|would|must)\s+)?(?:still\s+)?"
            r"(?:keep|continue)\s+(?:working|to\s+work|binding|to\s+bind)\b",
            r"\b(?:existing\s+|current\s+|all\s+)?(?:calls?|callers?|call\s+sites?)\s+(?:still\s+)?(?:work|bind)\b"):
        return [Match("no-broken-call-sites", {"mode": "broken"})]
    nobody = re.search(r"\b(?:nobody|no\s+one|nothing|no\s+code)\s+(?:\w{1,20}\s+){0,3}?(?:calls?|uses?|relies\s+on|rely\s+on|depends\s+on)\s+"
                       r"(?P<x>[a-z_][\w.]{0,100})(?:\(\))?", low)
    callee = nobody.group("x").rstrip(".") if nobody else ""
    if callee and callee not in ("it", "them", "this", "that", "the", "a", "an", "any", "anything"):
        return [Match("no-callers", {"names": [callee]})]
    return []


_LEVEL = r"(?:debug|info|warning|warn|error|critical)"


def _logging(low: str, seg: Segment) -> list[Match]:
    if "log" not in low and not re.search(rf"\bmessage\b[^.;]{{0,60}}\b(?:from\s+{_LEVEL}\s+to|at)\s+{_LEVEL}\b", low):
        return []
    # a log call's level said changed ("that message moved from INFO to DEBUG", "is now logged at DEBUG"): the call
    # as it is at head is one the change added, at that level
    moved = _any(low, rf"\b(?:moved|changed|went|lowered|raised|demoted|promoted|switched|downgraded|upgraded)\s+from\s+{_LEVEL}\s+"
                      rf"(?:level\s+)?to\s+(?P<lv>{_LEVEL})\b",
                 rf"\bnow\s+(?:logged|emitted|written)\s+at\s+(?:the\s+)?(?P<lv>{_LEVEL})\b")
    if moved and not re.search(r"\b(?:no|not|never|n't)\b", low):
        lv = moved.group("lv").replace("warn", "warning").replace("warninging", "warning")
        return [Match("logging-levels", {"allowed": [lv], "level": lv})]
    if _any(low, rf"\b(?:still|stays?|remains?|kept)\s+(?:logged\s+)?at\s+(?:the\s+)?{_LEVEL}\b",
            rf"\b(?:still|stays?|remains?)\s+(?:an?\s+)?{_LEVEL}(?:[- ]level)?\s+(?:log|message|record)"):
        return [Match("unmeasured", {"what": "the level of an existing log call", "reason": (
            "the level of a log call the change kept is not compared: only the logging calls a change adds are counted, by level")})]
    if _any(low, r"^(?:i\s+|we\s+|this\s+(?:pr|change)\s+)?(?:added|adds|adding|introduced?|introduces)\s+(?:(?:more|some|structured|"
                 r"extra|additional|debug|info|verbose|better|detailed|new)\s+){0,3}(?:logging|logs|log\s+(?:calls|statements|lines|messages))\b",
            r"\b(?:logging|log\s+(?:calls|statements))\s+(?:was|were|has\s+been|have\s+been)\s+added\b",
            r"\b(?:added|adds)\s+logging\s+(?:at|to|in)\b",
            r"^(?:more|extra|additional|new|better|verbose)\s+(?:[\w-]{1,20}\s+){0,2}?(?:logging|logs|log\s+(?:calls|statements|lines|messages))\b",
            r"^(?:debug|info|warning|error|critical)(?:[- ]level)?\s+(?:logging|logs|log\s+(?:calls|statements|lines|messages))\s+"
            r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:added|introduced)\b",
            r"\bnow\s+logs\b(?:\s+[\w-]{1,20}){0,3}?\s+(?:at\s+)?(?:debug|info|warning|error|critical)\b",
            r"^\W{0,4}(?:only\s+)?(?:\d{1,3}|an?)\W{0,4}\s+new\s+log(?:ging)?\s+(?:lines?|calls?|statements?|messages?|records?)\W{0,4}$"):
        if not re.search(r"\b(?:no|not|never|nothing|n't)\b", low):
            levels = [lv for lv in ("debug", "info", "warning", "error", "critical") if re.search(rf"\b{lv}\b", low)]
            return [Match("logging-added", {"levels": levels})]
    m = _any(low, r"\bonly\s+(?P<lv>debug|info|trace)(?:[- ]level)?\s+(?:logging|logs?|log\s+(?:calls?|statements?|lines?|messages?))\b",
             r"^(?P<lv4>debug|trace)[- ]level\s+(?:logging|logs?)\b",
             r"\b(?:logging|logs?|log\s+(?:calls?|statements?|lines?))\s+(?:added\s+)?(?:is\s+|are\s+)?(?:only\s+)?at\s+(?P<lv2>debug|info|trace)(?:\s+level)?\s+only\b",
             r"\bno\s+(?:new\s+)?(?P<lv3>warning|error|critical)(?:[- ]level)?\s+(?:logs?|logging|log\s+(?:calls?|statements?|lines?))\b",
             # "only one new log line, at DEBUG level", "2 new log calls, both at info"
             r"(?<![\w.])(?:\d{1,3}|an?)\s+new\s+(?:log(?:ging)?\s+(?:lines?|calls?|statements?|messages?|records?)|logs?)\s*,?\s+"
             r"(?:(?:all|both)\s+)?(?:at|on)\s+(?:the\s+)?(?P<lv5>debug|info|warning|error|critical)\b")
    if not m:
        return []
    g = m.groupdict()
    if g.get("lv5") and not re.search(r"\b(?:no|not|never|n't)\b", low):
        # two assertions: that logging was added, and at which level
        return [Match("logging-added", {"levels": []}), Match("logging-levels", {"allowed": [g["lv5"]], "level": g["lv5"]})]
    level = g.get("lv") or g.get("lv2") or g.get("lv4")
    if level:
        allowed = {"trace": ["debug"], "debug": ["debug"], "info": ["debug", "info"]}[level]
        return [Match("logging-levels", {"allowed": allowed, "level": level})]
    return [Match("logging-levels", {"forbidden": [g["lv3"]], "level": g["lv3"]})]


def _architecture(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if re.search(r"\b(?:with|via|through|uses?|using|adds?|added|now\s+uses)\s+(?:a\s+|an\s+)?relative\s+imports?\b|"
                 r"\brelative\s+imports?\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:added|introduced|now\s+used)\b", low) and \
            not re.search(r"\b(?:no|not|never|without|nor)\b", low):
        out.append(Match("relative-import-present", {}))
    if _any(low,
            r"\b(?:service|module|package|layer)s?\s+(?:independence|isolation|boundaries|separation|layering)\s+(?:is\s+|are\s+|was\s+)?(?:fully\s+)?(?:maintained|preserved|respected|intact|kept|enforced)\b",
            r"\b(?:boundaries|layers|layering)\s+(?:are\s+|is\s+)?(?:respected|maintained|preserved|intact)\b",
            r"\barchitecture\s+(?:is\s+|was\s+)?(?:respected|preserved|intact|unchanged)\b",
            r"\b(?:architecture|independence|boundar(?:y|ies)|layering)\b[^.;]{0,100}?:\s*(?:respected|preserved|intact|maintained|clean|kept|ok|yes|pass\w{0,2})\s*$",
            r"\b(?:import\s+)?contracts?\s+(?:are\s+|is\s+)?(?:all\s+)?(?:kept|respected|hold|pass|satisfied)\b",
            r"\b(?:layers?|import|import[- ]linter|architecture|layering)\s+contracts?\b[^.;]{0,80}?\b(?:still\s+)?(?:holds?|is\s+kept|are\s+kept|passes|pass|is\s+respected|is\s+intact|green)\b",
            r"\b(?:layers?|import|import[- ]linter|architecture|layering)\s+contracts?\b[^.;]{0,80}?\b(?:still|all|remains?|stays?)\s+(?:kept|respected|intact|satisfied|honou?red|green)\b",
            r"(?<!interface\s)(?<!protocol\s)\bcontracts?\s+(?:is\s+|are\s+)?(?:still|all)\s+(?:kept|respected|intact|satisfied|honou?red|green|holds?)\b",
            r"\b(?:remains?|stays?|is|are|still)\s+(?:fully\s+|completely\s+)?independent\s+(?:of|from)\b",
            r"\bdoes\s*(?:not|n't)\s+(?:import|depend\s+on)\s+(?:anything\s+(?:from|in)\s+)?\S{1,60}\b"):
        out.append(Match("no-architecture-violations", {"mode": "any"}))
    if _any(low,
            r"\b(?:follows?|following|respects?|adheres?\s+to|complies\s+with|obeys?|keeps?|kept|sticks?\s+to|preserves?)\s+(?:the\s+|our\s+|its\s+)?"
            r"(?:[\w-]{1,20}(?:'s)?\s+)?absolute[- ]imports?\b",
            r"\babsolute\s+imports?\s+(?:only|throughout|everywhere|consistently|exclusively)\b",
            r"\babsolute\s+imports?\s+(?:are\s+|were\s+)?(?:used|kept|maintained|preserved)\b",
            r"\b(?:uses?|using|used)\s+(?:only\s+)?absolute\s+imports?\s+(?:only|throughout|everywhere|consistently|exclusively)\b",
            r"\b(?:we|i|it|this\s+(?:pr|change))\s+(?:only\s+)?(?:uses?|used)\s+(?:only\s+)?absolute\s+imports?\b",
            r"\bonly\s+absolute\s+imports\b",
            r"\b(?:with|via|using|through)\s+(?:an?\s+)?absolute\s+imports?\b",
            r"\bimports?\s+(?:are\s+|stay\s+|remain\s+|stays\s+|remains\s+)(?:all\s+)?absolute\b", r"\ball\s+imports\s+(?:are\s+)?absolute\b") \
            and not re.search(r"\b(?:not|no longer|never)\s+(?:\w{1,30}\s+)?absolute", low):
        out.append(Match("absolute-imports", {"mode": "added"}))
    if re.search(r"\b(?:single\s+source\s+of\s+truth|ssot)\b", low) and \
            re.search(r"\b(?:preserved|maintained|respected|adhere\w{0,6}|followed|kept|intact|strengthened)\b", low):
        out.append(Match("no-duplicate-definitions", {"mode": "added"}))
    if re.search(r"\bno\s+[^.]{0,40}?\bproliferation\b|\bnothing\s+(?:is\s+|was\s+)?duplicated\b|\bnot\s+duplicated\b|"
                 r"\b(?:now\s+)?(?:exists?|lives?|is\s+defined|defined|implemented)\s+(?:only\s+|exactly\s+|just\s+)?once\b(?:\s+instead\s+of\s+(?:twice|\d))?", low):
        out.append(Match("no-duplicate-definitions", {"mode": "added"}))
    return out


def _validity(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    if _any(low,
            r"\bsyntax\b[^.]{0,40}?\b(?:all\s+)?(?:pass(?:es|ed)?|valid|ok|clean|correct|succeed\w{0,6}|green|verified|yes)\b",
            r"\b(?:all\s+)?(?:files|modules|code)\s+(?:parse|compile)s?\b(?:\s+(?:cleanly|fine|successfully|ok))?",
            r"\bcompiles?\s+(?:cleanly|successfully|fine)\b", r"\bpy_?compile\b[^.]{0,30}\b(?:pass|ok|clean)"):
        out.append(Match("syntax-valid", {"mode": "any"}))
    stmt = re.match(r"^\s*(?:from\s+(?P<mod>[\w.]{1,200})\s+import\s+(?P<names>[\w, ()]{1,400}?)|import\s+(?P<mod2>[\w.]{1,200}))\s*$",
                    re.sub(r"[^\w.,() ]{1,40}$", "", seg.text).strip())
    if stmt:
        module = stmt.group("mod") or stmt.group("mod2")
        names = [n.strip(" ()") for n in (stmt.group("names") or "").split(",") if n.strip(" ()")]
        out.append(Match("import-statement", {"module": module, "names": names}))
        return out
    if "absolute import" not in low and "relative import" not in low and _any(
            low,
            r"\bimport\s+compatibility\b",
            r"\bimport(?:s|ed)?\s+(?:all\s+)?successfully\b|\bimport\s+(?:cleanly|fine|without\s+errors?)\b",
            r"\bimports?\s+(?:all\s+)?(?:resolve|work|succeed)\w{0,3}\b",
            r"\bimport\s+paths?\s+(?:are\s+|were\s+)?(?:all\s+)?(?:validated|verified|intact|unchanged|valid)\b",
            r"\bimports?\s+(?:maintain|keep|preserve)\s+compatibility\b",
            r"\bimports?\s*:\s*(?:all\s+)?(?:pass|ok|green|resolve\w{0,2}|valid|fine|yes)\b",
            r"\b(?:all\s+)?modules\s+(?:still\s+)?import\b",
            r"\bis\s+(?:still\s+)?importable\b|\bremains?\s+importable\b"):
        out.append(Match("imports-valid", {"mode": "any"}))
    if _any(low,
            r"\b(?:interface\s+|protocol\s+)?contracts?\s+(?:validation|conformance|checks?)\s*:?\s*(?:all\s+)?(?:pass|passed|ok|green)\b",
            r"\b(?:protocol|abc|interface)\s+conformance\s+(?:is\s+)?(?:maintained|preserved|verified|intact)\b",
            r"\b(?:protocol|abc|interface)\s+conformance\b[^.;]{0,100}?(?::\s*(?:yes|ok|pass\w{0,2}|maintained)|\bstill\s+conforms?\b|\bconforms?\s*$)",
            r"\b(?:all\s+)?(?:protocol\s+|abc\s+|interface\s+)?implement(?:ations?|ers?|s)?\s+(?:still\s+)?(?:conform|satisfy|match)\b",
            r"\b(?:still\s+)?(?:conforms?|conform)\s+to\s+(?:the\s+|its\s+|their\s+)?(?:protocols?|interfaces?|abcs?)\b",
            r"\bimplements?\s+(?:it|them|the\s+(?:new\s+)?(?:protocol|interface|method|member|abc)s?)\b",
            r"\bimplement(?:ers|ations|ing\s+classes)\s+(?:are\s+|remain\s+|stay\s+|should\s+be\s+)?(?:unaffected|not\s+affected|fine|unbroken)\b") or \
            re.search(r"\b(?:protocol|interface|abc)\b", (seg.sentence or seg.text).lower()) and \
            re.search(r"\b(?:already\s+|still\s+|fully\s+)?(?:satisf(?:y|ies|ied)|conforms?\s+to|fulfils?|fulfills?)\b", low) and \
            not re.search(r"\b(?:no\s+longer|not|n't|never|fails?\s+to)\b", low):
        out.append(Match("contracts-valid", {"mode": "any"}))
    if _any(low,
            r"\b(?:the\s+)?(?:cli|command(?:[- ]line)?(?:\s+tool)?|entry[- ]?points?|console\s+scripts?|executable|main\s+module)\s*:?\s+"
            r"(?:still\s+|continues?\s+to\s+|keeps?\s+)?(?:works?|working|runs?|starts?|functions?)\b",
            r"\b(?:cli|command|entry[- ]?points?|console\s+scripts?)\b[^:;]{0,80}\b(?:works?|runs?)\??\s*:\s*(?:yes|ok|true|pass\w{0,2})\b",
            r"\b(?:cli|command(?:[- ]line)?(?:\s+tool)?|entry[- ]?points?|console\s+scripts?)\s+(?:[\w-]{1,20}\s+){0,3}?(?:and\s+)?(?:still|continues\s+to)\s+(?:works?|runs?)\b",
            r"\bentry[- ]?points?\s+(?:are\s+|is\s+)?(?:unchanged|intact|preserved)\b"):
        out.append(Match("entry-point-works"))
    elif re.match(r"(?:and\s+)?(?:still|continues\s+to)\s+(?:works?|runs?)\b", low) and \
            re.match(r"(?i)\W{0,6}(?:the\s+)?(?:cli|command(?:[- ]line)?(?:\s+tool)?|entry[- ]?points?|console\s+scripts?)\b", seg.sentence or ""):
        out.append(Match("entry-point-works"))  # "CLI unchanged and still works": the second predicate of the sentence's subject
    return out


def _runtime(low: str, seg: Segment) -> list[Match]:
    if _any(low, r"\bexits?\s+with\s+(?:status|code|exit\s+code)\b|\bexit\s+(?:codes?|status(?:es)?)\b|\breturn\s+codes?\s+of\s+the\s+(?:cli|command)\b",
            r"^(?:it|the\s+(?:command|tool|cli|script|program|flag|option)|this\s+(?:flag|option|command))\s+(?:now\s+|still\s+|only\s+|also\s+)?"
            r"(?:prints?|outputs?|displays?|shows?|echoes|writes?\s+to\s+(?:stdout|stderr))\b"):
        return [Match("unmeasured", {"what": "command-line behaviour", "reason": (
            "what a command prints and the status it exits with are not analysed: changeproof compares the Python API, "
            "not the command-line interface's behaviour")})]
    if _any(low,
            r"\bworks?\s+(?:exactly\s+)?(?:as\s+before|the\s+same|seamlessly|correctly|as\s+expected|as\s+intended)\b",
            r"\bbehaves?\s+(?:exactly\s+)?(?:as\s+before|the\s+same|identically)\b",
            r"\bseamless(?:ly)?\b",
            r"\b(?:fully\s+)?operational\b",
            r"\ball\s+working\b",
            r"\bno\s+(?:functional(?:ity)?|behaviou?r(?:al)?|runtime|user-facing)\s+changes?\b",
            r"\b(?:does|do|did|will)\s*(?:not|n't)\s+(?:affect|change|impact|alter)\s+(?:\w{1,20}\s+){0,2}?(?:functionality|behaviou?r|performance|users?|runtime)\b",
            r"\bwithout\s+affecting\b",
            r"\b(?:no|minimal|negligible|zero|little)\s+(?:[\w-]{1,20}\s+)?performance\s+(?:impact|regression|overhead|cost|penalty)\b",
            r"\bperformance\s+(?:is\s+)?(?:unaffected|unchanged|preserved)\b",
            r"\bstability\b[^.]{0,30}\b(?:maintained|preserved|guaranteed|kept|proven)\b|\b(?:maintains?|maintained|preserves?|guarantees?|100%|complete|full)\s+(?:\w{1,30}\s+)?stability\b",
            r"\b(?:completely|fully|100%|perfectly|totally)\s+stable\b",
            r"\bthread[- ]safe\b",
            r"\bno\s+(?:memory\s+leaks?|race\s+conditions?|deadlocks?|data\s+loss)\b",
            r"\bnot\s+compromised\b",
            r"\b(?:events?|flows?|functionality|behaviou?r|isolation)\s+(?:are\s+|is\s+|remain\s+)?(?:preserved|maintained|intact|unaffected)\b",
            r"\b(?:are|is|were|was|remain|remains)\s+(?:not\s+affected|unaffected|unchanged\s+in\s+behaviou?r)\b",
            r"\b(?:are|is)\s+(?:now\s+)?(?:fetched|sent|served|downloaded|uploaded|stored|cached|processed|handled|retried|delivered|"
            r"compressed|encrypted|validated)\s+(?:over|via|through|with|in|using|by|as)\b",
            r"\b(?:no\s+longer|now|still)\s+(?:get|gets|round|rounds|return|returns|raise|raises|charge|charges|see|sees)\b",
            r"\bstill\s+(?:only\s+)?(?!(?:has|is|does|passes|fails|uses|imports|needs|requires|exists|works|reads|calls|declares|"
            r"accepts|takes|defaults|exports|keeps|compiles|parses|contains|lists|pins|supports)\b)[a-z]{3,20}(?:es|s)\s+(?:only\s+)?"
            r"(?:to|the|a|an|its|their|only|all|every|each|in|on|with|from|as)\b",
            r"\bbehaviou?r[- ]preserving\b",
            # what happens when the code runs: errors propagating, data loading, values stored, order of results
            r"\b(?:still|no\s+longer|never|always|now)\s+(?:bubbles?|propagates?|escapes?|reach(?:es)?|loads?|parses?|round-?trips?|"
            r"serializes?|deserializes?)\b",
            r"\b(?:is|are)\s+(?:never\s+|always\s+|now\s+|still\s+)?(?:written|logged|printed|masked|redacted|returned|dispatched|"
            r"processed|sent|stored|encoded|decoded|swallowed|suppressed|re-?raised)\s+(?:to|in|into|through|via|concurrently|"
            r"in\s+parallel|in\s+(?:the\s+)?(?:same\s+)?order|lazily|eagerly|one\s+at\s+a\s+time)\b",
            r"\bstored\s+values?\s+(?:stays?|remains?|is\s+still)\b",
            r"\bready\s+for\s+production\b|\bproduction[- ]ready\b|\bsafe\s+to\s+(?:merge|deploy|ship|release)\b",
            r"\b(?:non-functional|cosmetic\s+(?:change|only))\b",
            r"\bpure(?:ly)?\s+(?:a\s+)?refactor(?:ing)?\b|\brefactor(?:ing)?\s+only\b|\bno\s+behaviou?r(?:al)?\s+change\b",
            r"^(?:[\w%-]{1,30}\s+){1,6}(?:are|is)\s+now\s+(?:capped|rejected|validated|handled|cached|retried|logged|ignored|clamped|"
            r"rounded|sorted|escaped|normali[sz]ed|limited)\b"):
        return [Match("runtime-behaviour")]
    return []


# ================================================================================================ named things

_KEEP_ASPECTS = [
    # (aspect, pattern): what a named thing is said to keep
    ("signature", r"\b(?:keeps?|kept|retains?|preserves?|same|unchanged|identical|original)\s+(?:its\s+|their\s+|the\s+)?(?:\w{1,20}\s+)?(?:signatures?|parameters|arguments|parameter\s+list|argument\s+order|parameter\s+order)\b|"
                  r"\b(?:argument|parameter)\s+order\s+(?:is\s+)?(?:preserved|unchanged|kept|the\s+same)\b|"
                  r"\bsignatures?\s+(?:is\s+|are\s+)?(?:unchanged|preserved|identical|intact|the\s+same)\b|\bsame\s+signature\b"),
    ("default", r"\b(?:keeps?|kept|retains?|preserves?|same|unchanged|still\s+(?:has|uses)|still\s+defaults?)\s+(?:its\s+|their\s+|the\s+)?(?:\w{1,20}\s+)?defaults?\b|"
                r"\bdefaults?\s+(?:value\s+)?(?:is\s+|are\s+|remains?\s+|stays?\s+)?(?:still\s+)?(?:unchanged|the\s+same|preserved|intact|\d)|"
                r"\b(?:still|is\s+still|remains?)\s+(?:\w{1,12}\s+)?\d|\bstill\s+defaults?\s+to\b|"
                r"\bdefaults?\s+changed\??\s*:?\s*(?:no|false|none)\b|\bkeeps?\s+(?:its|their)\s+values?\b|\bvalues?\s+(?:is|are)\s+unchanged\b"),
    ("optional", r"\b(?:stays?|remains?|is\s+still|are\s+still|still|kept|keeps?\s+being|is|are)\s+(?:fully\s+|completely\s+|entirely\s+)?optional\b|\bnot\s+(?:made\s+)?(?:required|mandatory)\b|"
                 r"\bno\s+longer\s+required\b|\bstill\s+not\s+required\b|\brequired\??\s*:?\s*(?:no|false)\b|\boptional\s*:?\s*(?:yes|true)\b"),
    ("type", r"\b(?:keeps?|kept|retains?|same|unchanged)\s+(?:its\s+|their\s+|the\s+)?(?:[\w`\[\]|., -]{1,30}\s+)?(?:return\s+|parameter\s+|argument\s+)?types?\b|\b(?:still\s+)?accepts?\s+(?:plain\s+)?(?:strings?|str|ints?|the\s+same)\b|"
             r"\btypes?\s+(?:is\s+|are\s+)?(?:unchanged|preserved)\b"),
    ("once", r"\b(?:still\s+)?(?:defined|declared|implemented)\s+(?:only\s+)?once\b|\bsingle\s+(?:definition|source\s+of\s+truth)\b|\bnot\s+duplicated\b|\bonly\s+one\s+definition\b|\bunique\b"),
    ("conforms", r"\b(?:still\s+)?(?:implements?|conforms?\s+to|satisf(?:y|ies)|fulfils?|adheres?\s+to|matches)\s+(?:the\s+|its\s+)?(?:\S{1,80}\s+)?(?:protocol|interface|abc|contract)?\b|"
                 r"\bstill\s+conforms?\b|\bconforms?\s*(?:[.:;]|$)"),
    ("nonblocking", r"\bstill\s+(?:yields?|awaits?|is\s+awaited|uses\s+await|is\s+(?:fully\s+)?async|is\s+non-?blocking)\b|"
                    r"\b(?:remains?|stays?)\s+(?:fully\s+)?(?:async|non-?blocking|awaitable)\b"),
    ("sync", r"\b(?:remains?|stays?|is\s+still|still)\s+(?:a\s+)?(?:regular|plain|normal|ordinary|synchronous|sync)\b|"
             r"\b(?:callers?|users?|clients?|you)\s+(?:do\s+not|don't|never|still\s+don't|won't)\s+(?:need|have)\s+to\s+await\b|"
             r"\b(?:is|are)\s+(?:still\s+)?not\s+(?:an?\s+)?(?:async|coroutine)\b"),
    ("positional", r"\b(?:keeps?|still|continues?\s+to)\s+(?:accepting|accepts?|takes?|taking|accept|take)\b[^.;]{0,60}\bpositional(?:ly)?\b|"
                   r"\bstill\s+works?\s+positionally\b|\bpositional\s+(?:calls?|arguments?)\s+(?:still\s+)?work"),
    # what a class derives from ("`Square` still inherits from `Rectangle`", "is still a subclass of", "isinstance(x, B) still
    # holds"); not a change ("now inherits from", "no longer subclasses")
    ("base", r"\b(?:still|continues?\s+to)\s+(?:inherits?|inheriting|subclass(?:es|ing)?|derives?|deriving)\s+(?:from\s+)?`?[A-Za-z_]|"
             r"\b(?:is|are)\s+still\s+(?:an?\s+)?(?:subclass|subtype|child\s+class)(?:es)?\s+of\b|"
             r"\b(?:keeps?|kept|same|unchanged)\s+(?:its\s+|their\s+)?base\s+class(?:es)?\b|\bbase\s+class(?:es)?\s+(?:is\s+|are\s+)?(?:unchanged|the\s+same|kept|intact)\b"),
    # what a callable gives back, said kept ("`f` still returns a string", "still yields lazily", "return value unchanged")
    ("returns", r"\b(?:still|continues?\s+to|keeps?(?:\s+on)?)\s+(?:only\s+)?(?:returns?|returning|yields?|yielding|produces?|gives?\s+back)\b|"
                r"\breturn\s+(?:values?|types?|annotations?)\s*[:=-]?\s*(?:is\s+|are\s+)?(?:still\s+)?(?:unchanged|the\s+same|preserved|intact|kept)\b|"
                r"\breturns?\s+(?:exactly\s+)?the\s+same\s+(?:\w{1,20}\s+)?as\s+before\b"),
    ("members", r"\bstill\s+(?:has|have|contains?|includes?|defines?|offers?|exposes?|provides?|supports?)\b|"
                r"\b(?:all\s+)?(?:(?:public|existing)\s+)?(?:methods?|functions?|members?|attributes?|fields?)\s+(?:of\s+\S{1,80}\s+)?"
                r"(?:are\s+|were\s+|have\s+been\s+)?(?:kept|retained|preserved|intact|still\s+(?:there|present))\b"),
    ("exported", r"\b(?:still\s+)?(?:exported|importable|re-?exported|public|available|accessible|reachable)\b|\bstill\s+(?:there|present)\b|"
                 r"\b(?:remains?|stays?|is\s+kept|lives\s+on)\s+(?:at|in)\s+[a-z_]\w{0,60}\.[\w.]{1,120}"),
    ("honoured", r"\b(?:still\s+)?(?:honou?red|respected|read|supported|recogni[sz]ed|used|works?|in\s+effect)\b"),
    ("compatible", r"\b(?:backwards?[- ]|source[- ]|api[- ]|fully\s+)?compatible\b|\bcompatibility\b"),
    ("works", r"\b(?:still\s+)?(?:works?|working|runs?|operational)\b|\bstill\s+functions\b|\bfunctions\s+(?:as\s+before|normally|"
              r"correctly|properly|fine)\b|\bcontinues?\s+to\s+work\b|"
              r"\bbehaves?\s+(?:exactly\s+)?as\s+before\b|\bunaffected\b|\bnot\s+(?:affected|broken)\b"),
    ("any", r"(?<!results\s)(?<!results\sare\s)(?<!output\sis\s)(?<!outputs\sare\s)(?<!behaviour\sis\s)(?<!behavior\sis\s)"
            r"\b(?:unchanged|untouched|unmodified|intact|identical|as\s+before|the\s+same|preserved|kept\s+as\s+is)\b|"
            r"\bnot\s+(?:changed|modified|touched|altered)\b|\bno\s+(?:changes?|modifications?)\s+(?:to|in)\b|"
            r"\b(?:did|does|do)\s*(?:not|n't)\s+(?:change|modify|touch|alter)\b|\b(?:was|were|is|are)\s+not\s+(?:removed|deleted|renamed|dropped)\b|"
            r"\b(?:is|are)\s+still\s+(?:here|there|present|defined)\b|\bnot\s+removed\b|\bno\s+longer\b(?!\s+(?:required|needed|mandatory))|"
            r"\b(?:changed|modified|touched)\??\s*:\s*(?:no|false|none)\b|"
            r"\bneither\b[^.;]{1,120}\bnor\b[^.;]{1,120}\b(?:changed|was\s+touched|were\s+touched|is\s+affected|are\s+affected)\b"),
]
_REMOVED = (r"(?:^|(?<=[;:]\s))(?:remove|delete)\b|\b(?:removed|deleted|dropped|drop|gone|eliminated|retired|no\s+longer\s+(?:exists?|exported|available|provided|public|defined|"
            r"read|used|supported|listed|included|in\s+__all__|part\s+of)|removes|deletes|drops|removal\s+of|deletion\s+of)\b")
_ADDED = (r"\b(?:added|adds|adding|add|new|introduced?|introduces|introducing|gained|gains|created|creates|now\s+(?:accepts|takes|supports|has|reads)|"
          r"(?:got|gets)\s+(?=(?:an?|one|two|three|\d{1,2})\s)|"
          r"exposes|exposed|provides|defines)\b")
_NOT_A_NAME = (r"(?:required|optional|async|sync|private|public|internal|deprecated|mandatory|keyword|positional|"
               r"a|an|the|only|also|just|still|even|called|named|used|gone|removed|available|exported|typed|[a-z]{2,20}ed|[a-z]{2,20}ing)\b")
_RENAMED = (r"(?:^|(?<=[;:]\s))rename\b|\b(?:renamed|renames|now\s+(?:called|named)|is\s+now\s+`?[a-z_]\w{0,40}`?\s*$|"
            rf"is\s+now\s+(?!{_NOT_A_NAME})[a-z_]\w{{0,40}}\s+(?=(?:in|on|for|across|everywhere)\b)|"
            r"moved\s+(?:to|into)|replaced\s+(?:by|with)|"
            r"instead\s+of|in\s+place\s+of|in\s+favou?r\s+of)\b")
_CHANGED = (r"(?:^|(?<=[;:]\s))deprecate\b|\b(?:changed|changes|bump|deprecated|deprecates|now\s+defaults?|defaults?\s+(?:is\s+|are\s+)?now|now\s+(?:returns?|requires?|is|uses)|"
            r"now\s+(?!(?:also|only|just|still|even)\b)[a-z]{2,20}(?:s|es)\b|now\s+(?:required|mandatory|optional|deprecated|private)\b|"
            r"now\s+(?:an?\s+)?(?:async|coroutine|awaitable|keyword-only|positional-only|optional|required|private|deprecated|"
            r"a\s+property|a\s+class|a\s+function)|now\s+(?:both\s+|all\s+)?(?:regular\s+|plain\s+|ordinary\s+|normal\s+)?"
            r"(?:methods|functions|properties|attributes|classmethods|staticmethods|coroutines)\b|raised|raises|lowered|"
            r"bumped|bumps|increased|decreased|updated|upgraded|downgraded|tightened|loosened|relaxed|narrowed|widened|pinned|"
            r"made\s+(?:optional|required|keyword-only|async)|switched|converted|reordered|"
            # what was done to its code ("`page` was modified", "`f` rewritten with a heap")
            r"modified|rewritten|rewrote|reworked|refactored|edited|altered|tweaked)\b")
_NOT_NEAR = r"\b(?:not|no|never|n't|nor|without)\b"

_ENTITY_WORD = re.compile(r"\b(?:parameter|param|argument|arg|kwarg|keyword|option|flag|field|attribute|method|function|class|"
                          r"module|package|variable|env(?:ironment)?\s+var(?:iable)?|setting|dependency|constant|property|"
                          r"endpoint|protocol|command|test|requirement|constraint|library|pin)\b")


def _qualifiers(low: str) -> dict[str, Any]:
    q: dict[str, Any] = {}
    if re.search(r"\b(?:optional|with\s+a\s+default|defaults?\s+to|has\s+a\s+default|not\s+required)\b", low):
        q["optional"] = True
    if re.search(r"\b(?:required|mandatory)\b(?!\??\s*:?\s*(?:no|false)\b)", low) and \
            not re.search(r"\bnot\s+(?:\w{1,30}\s+)?(?:required|mandatory)\b|\bno\s+(?:new\s+)?required\b", low):
        q["required"] = True
    if re.search(r"\bdev(?:elopment)?(?:[- ]only)?\s+(?:dependency|dependencies|extra|group|requirement)s?\b|\bdev-only\b|\b(?:in|to)\s+(?:the\s+)?dev(?:elopment)?\s+(?:extra|group|dependencies)\b|\bfor\s+(?:tests|development)\s+only\b", low):
        q["dev"] = True
    if re.search(r"\bruntime\s+(?:dependency|dependencies|requirement)\b|\bas\s+a\s+(?:runtime|hard|required)\s+dependency\b", low):
        q["runtime"] = True
    d = re.search(r"\bdefaults?\s+(?:is\s+|of\s+|to\s+|value\s+(?:is\s+|of\s+)?|=\s*|:\s*)(?:still\s+)?`?(?P<v>[\w.\-'\"/:]{1,60})", low) or \
        re.search(r"\bdefault\s+`?(?P<v>[\"'][^\"'`]{1,40}[\"']|\d[\w.]{0,20})", low)
    if d:
        q["default"] = d.group("v").strip("'\"`.")
        if re.match(r"\bdefaults?\s+of\s", d.group(0)) and re.search(rf"\bdefault\s+of\s+(?:the\s+)?`?{re.escape(q['default'])}`?\s+"
                                                                  r"(?:is|was|has|changed|stays?|remains?|moved|went)\b", low):
            del q["default"]  # "the default of `timeout` changed": of what, not to what
    ch = re.search(r"\bfrom\s+`?(?P<a>[\w.\-'\"<>=!~,*]{1,40})`?\s+(?:to|->)\s+`?(?P<b>[\w.\-'\"<>=!~,*]{1,40})", low)
    if ch:
        q["from"], q["to"] = ch.group("a").strip("'\".,"), ch.group("b").strip("'\".,")
    version = re.search(r"(?<![\w.])v?(?P<v>\d{1,4}(?:\.\d{1,6}){1,3})(?![\w.])", low)
    if version:
        q["version"] = version.group("v")
    was = re.search(r"\(\s*(?:was|previously|from|formerly)\s*(?:>=|<=|==|~=|<|>)?\s*v?(?P<v>\d[\w.]{0,20})", low)
    if was and "from" not in q:
        q["from"] = was.group("v").rstrip(".")
    still = re.search(r"\b(?:still|remains?|stays?)\s+(?:at\s+)?`?(?P<v>\d[\w.]{0,20})", low)
    if still and "default" not in q:
        q["default"] = still.group("v").rstrip(".")
    return q


_DEP_WORDS = re.compile(r"depend|package|librar|requirement|\bpin|constraint|\bversions?\b|upgrad|downgrad|bump|raised|minimum|"
                        r"dev-only|\bextras?\b|\binstall")
_PARAM_WORDS = re.compile(r"\bdefaults?\b|parameter|argument|\boption|kwarg|keyword|\bparam\b")
_NOT_NAMES = frozenset({"the", "new", "runtime", "dev", "development", "python", "third-party", "external", "a", "an", "any",
                        "no", "this", "each", "every", "one", "optional", "extra", "test", "tests", "testing", "pinned",
                        "unused", "existing", "only", "other", "same", "its", "their", "our", "required", "direct",
                        "transitive", "hard", "soft", "single", "main", "core", "base", "default", "minimum", "pip",
                        "project", "build", "docs", "lint", "all"})
_SPECIFIER = re.compile(r"(?<![\w.-])([a-z][\w.-]{0,60})\s*(?:>=|<=|==|~=|!=|<|>)\s*v?(\d{1,4}(?:\.\w{1,8}){0,4})")
_ROLE_NAME = re.compile(r"\b([a-z][\w.-]{1,40})\s+(?:requirement|dependency|package|library|pin|constraint)\b|"
                        r"\b(?:dependency|package|library|requirement)\s+(?:on\s+)?([a-z][\w.-]{1,40})\b|"
                        r"\b(?:raised|bumped|pinned|upgraded|downgraded|lowered)\s+(?:the\s+)?(?:minimum\s+)?([a-z][\w.-]{1,40})"
                        r"(?:\s+version)?\s+(?:to|at|from|\d)")


def _named(low: str, seg: Segment, vocab: dict[str, tuple[str, str]] | None) -> list[Entity]:
    """Names a sentence writes as plain words: those the report knows (a dependency in a sentence about
    dependencies, a parameter in one about defaults) and a word next to "dependency", "package", "requirement"."""
    out: list[Entity] = []
    seen: set[str] = set()
    if vocab:
        deps_talk = bool(_DEP_WORDS.search(low) or _SPECIFIER.search(low))
        param_talk = bool(_PARAM_WORDS.search(low))
        first = re.match(r"\s*(?:(?:the|a|an)\s+)?([a-z][\w.-]{1,60})", low)
        for m in re.finditer(r"(?<![\w.-])[a-z][\w.-]{1,60}(?![\w-])", low):
            word = m.group(0).rstrip(".")
            hit = vocab.get(word)
            if hit is None or word in seen:
                continue
            name, role = hit
            lead = first is not None and first.start(1) == m.start()
            if role == "dependency" and (deps_talk or lead) or role == "parameter" and param_talk or role == "env":
                seen.add(word)
                out.append(Entity(name, "word", m.start()))
        for key, (name, role) in vocab.items():
            if " " in key and key in low and name.lower() not in seen:
                i = low.find(key)
                if re.match(r"\W", low[i + len(key):i + len(key) + 1] or " ") and (i == 0 or not low[i - 1].isalnum()):
                    seen.add(name.lower())
                    out.append(Entity(name, "word", i))
    for m in _SPECIFIER.finditer(low):
        word = m.group(1)
        if word not in _NOT_NAMES and word not in seen and not word.isdigit() and word not in ("python", "version"):
            seen.add(word)
            out.append(Entity(word, "word", m.start()))
    for m in _ROLE_NAME.finditer(low):
        word = (m.group(1) or m.group(2) or m.group(3) or "").rstrip(".")
        if word and word not in _NOT_NAMES and word not in seen and not word.isdigit():
            seen.add(word)
            out.append(Entity(word, "word", m.start()))
    return out


def _aspect_positions(low: str) -> list[tuple[str, int]]:
    found = []
    for aspect, rx in _KEEP_ASPECTS:
        m = _rx(rx).search(low)
        if m:
            found.append((aspect, m.start()))
    return found


_VERB_FIRST = re.compile(r"\b(?:added|adds|gained|gains|introduced|introduces|created|removed|deleted|dropped|renamed|"
                         r"changed|raised|lowered|bumped|replaced|moved|relaxed|loosened|tightened|narrowed|widened)\b")


_HEADING_VERBS = [(r"\b(?:added|new|additions?|introduced|what's\s+new|features?)\b", "entity-added"),
                  (r"\b(?:removed|deleted|dropped|removals?)\b", "entity-removed"),
                  (r"\b(?:changed|changes|updated|modified)\b", "entity-changed")]


def _clause_qualifiers(low: str, names: list[str], q: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Qualifiers per name when a sentence lists several ("`a` as a runtime dependency and `b` as a dev one")."""
    if len(names) < 2:
        return {}
    clauses = re.split(r"\s*(?:;|,|\band\b|\bwhile\b|\bwhereas\b)\s*", low)
    out = {}
    for n in names:
        clause = next((c for c in clauses if n.lower() in c), None)
        if clause:
            own = _qualifiers(clause)
            if own:
                out[n] = own
    return out if len({repr(v) for v in out.values()}) > 1 else {}


def _grounded(e: Entity, seg: Segment, vocab: dict[str, tuple[str, str]] | None) -> bool:
    """A CamelCase word outside a code span is a name only when the report knows it ("WebSocket", "GitHub" are prose)."""
    if e.shape != "camel" or any(e.name == s or e.name in s for s in seg.spans):
        return True
    return bool(vocab) and e.name.lower() in vocab


_CLAUSE_VERB = (r"(?:add|adds|added|remove|removes|removed|drop|drops|dropped|bump|bumps|bumped|rename|renames|renamed|"
                r"change|changes|changed|raise|raised|lower|lowered|update|updated|keep|keeps|kept|deprecate|deprecated|"
                r"pin|pinned|move|moved|replace|replaced|make|made|mark|marked)\b")


def _clauses(low: str) -> list[str]:
    """A sentence's clauses when it makes several claims about different names ("bump click, drop six")."""
    # (a comma and a conjunction before a name in code start a clause of its own: "`__all__` is unchanged, and
    # `split_fields` also gained a `strip=` keyword")
    parts = [p for p in re.split(r"\s*;\s*|,\s{0,3}(?:and|but|while|whereas)\s{1,3}(?=[\w.=]{2,60}\s{1,3}(?:also\s{1,3}|now\s{1,3}|"
                                 r"still\s{1,3})?(?:is|was|are|were|has|had|gained|gains|lost|loses|got|gets|became|becomes|"
                                 r"keeps?|kept|remains?|stays?)\b)", low) if p.strip()]
    out = []
    for p in parts:
        out += [q for q in re.split(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?={_CLAUSE_VERB})", p) if q.strip()]
    return out or [low]


def _module_path_names(seg: Segment) -> list[Entity]:
    out = []
    for p in seg.paths:
        if p.endswith(".py"):
            parts = p[:-3].split("/")
            if parts and parts[0] in ("src", "lib"):
                parts = parts[1:]
            out.append(Entity(".".join(x for x in parts if x != "__init__"), "dotted", 0))
    return out


def _entity_claims(low: str, seg: Segment, vocab: dict[str, tuple[str, str]] | None = None) -> list[Match]:
    if re.search(r"\b(?:private|internal|not\s+(?:exported|public))\b", low) and seg.paths and not re.search(r"\bno\s+longer\b", low):
        mods = _module_path_names(seg)
        if mods:  # "`invoicekit/_money.py`, private, not exported from the package"
            return [Match("entity-private", {"names": [e.name for e in mods], "shapes": ["dotted"] * len(mods),
                                             "qualifiers": {}, "role": "module", "per_name": {}})]
    ents = [e for e in entities(seg.raw, seg.spans) if e.shape != "version" and _grounded(e, seg, vocab)]
    if seg.kind == "row":  # the header words joined to the row ("Module `a.b` Changed: no") are prose
        ents += [e for e in entities(seg.text) if e.shape in ("dotted", "upper", "snake", "call") and _grounded(e, seg, vocab)
                 and e.name not in {x.name for x in ents}]
    known = {e.name.lower() for e in ents}
    ents += [e for e in _named(low, seg, vocab) if e.name.lower() not in known]
    if not [e for e in ents if e.shape != "path"]:
        return []
    clauses = _clauses(low)
    if len(clauses) == 1:
        return _entity_clause(low, seg, ents)
    out: list[Match] = []
    last: list[Entity] = []
    for clause in clauses:
        mine = [e for e in ents if e.name.lower().removesuffix("()") in clause or e.name.lower().replace("_", " ") in clause]
        if not mine and last:
            mine = last  # "`CACHE_TTL`: required? no; default changed? no": the same name
        if mine:
            out += _entity_clause(clause, seg, mine)
            last = mine
    return out


def _entity_clause(low: str, seg: Segment, ents: list[Entity]) -> list[Match]:
    names = [e for e in ents if e.shape != "path"]
    if not names:
        return []
    negated = bool(_rx(_NOT_NEAR).search(low))
    q = _qualifiers(low)
    plain = [e.name.removesuffix("()") for e in names]
    params: dict[str, Any] = {"names": plain, "shapes": [e.shape for e in names], "qualifiers": q,
                              "role": _role(low, names), "per_name": _clause_qualifiers(low, plain, q)}
    has = re.search(r"(?i)\bstill\s+(?:has|have|contains?|includes?|defines?|offers?|exposes?|provides?|supports?)\s+(?P<rest>.{1,200})", seg.text)
    if has:  # "`Mode` still has READ, WRITE and APPEND": the members named after it
        params["members"] = [w for w in re.findall(r"[A-Za-z_]\w{0,60}", has.group("rest"))
                             if w.lower() not in ("and", "or", "the", "its", "all", "both", "a", "an", "as", "well", "before",
                                                  "members", "methods", "values", "fields")][:12]
    extra: list[Match] = []
    br = re.search(r"\bbreaking(?:\s+change)?\??\s*[:=]?\s*(?P<v>no|yes|none|false|true|n|y)\b|\b(?P<non>non-breaking|not\s+(?:a\s+)?breaking)\b|"
                   r"\b(?:is|are|was)\s+(?:a\s+)?(?P<is>breaking)\b", low)
    if br:  # "| `sync_all` | now `async def` | Breaking? yes |"
        breaking = bool(br.group("is")) or (br.group("v") or "") in ("yes", "true", "y")
        extra.append(Match("entity-breaking", {**params, "breaking": breaking}))
        low = (low[:br.start()] + low[br.end():]).strip(" ;:")
    return _entity_predicate(low, seg, params, q, negated) + extra


def _removes_something_else(low: str, verb: re.Match, names: list[str]) -> bool:
    """Whether the named thing is what does the removing, not what was removed: "`page()` now drops everything after
    row 500", "`cleanup()` deletes the temporary files", "`strip()` dropped the trailing newline" (what it does)."""
    before, after = low[:verb.start()], low[verb.end():]
    if not any(n.lower() in before for n in names) or re.search(r"[:\u2013\u2014-]\s*$", before):
        return False  # "Removed `x`", "`Client`: removed the `retry` method"
    if re.match(r"(?:removes|deletes|drops)\b", verb.group(0)):
        return True
    return bool(re.match(r"(?:removed|deleted|dropped)\b", verb.group(0))
                and re.match(r"\s+(?:the|a|an|all|every|everything|anything|any|its|their|each|rows?|entries|items|lines|"
                             r"trailing|leading|empty|duplicates?)\b", after)
                and not re.search(r"\b(?:was|were|is|are|been|be|got|gets)\s{1,4}(?:\w{1,20}\s{1,4})?$", before))


def _entity_predicate(low: str, seg: Segment, params: dict[str, Any], q: dict[str, Any], negated: bool) -> list[Match]:
    # what is said of them, strongest first
    renamed = _rx(_RENAMED).search(low)
    if renamed and not negated and not re.search(r"\bdeprecat", low):
        if re.match(r"instead|in\s+place|in\s+favou?r", renamed.group(0)) and len(params["names"]) >= 2:
            # "take `weight` instead of `weight_kg`": the old name comes after
            after = [n for n in params["names"] if n.lower() in low[renamed.end():]]
            before = [n for n in params["names"] if n not in after]
            if after:
                params = {**params, "names": after[:1] + before}
        now = re.match(r"is\s+now\s+(?P<new>[a-z_]\w{0,40})", renamed.group(0))
        if now:  # "`weight_kg` is now `weight` in `fetch_rates` and `cheapest`": old, then new; the rest is where
            old = [n for n in params["names"] if n.lower() in low[:renamed.start()]][:1]
            new = [n for n in params["names"] if n.lower() == now.group("new")][:1]
            if old and new:
                params = {**params, "names": old + new}
        return [Match("entity-changed", {**params, "change": "renamed"})]
    positions = _aspect_positions(low)
    aspects = [a for a, _ in positions]
    verb = _VERB_FIRST.search(low)
    if positions and verb and verb.start() < min(p for _, p in positions) and \
            not re.search(r"\b(?:not|never|no)\s+(?:\w{1,16}\s+)?$", low[max(0, verb.start() - 16):verb.start()]):
        aspects = []  # "`open_backend` gained an optional `timeout` (default 5)": the verb says what happened
    if aspects and re.search(r"\S\s{0,3}(?:->|\u2192|=>)\s{0,3}\S", low) and \
            not re.search(r"\b(?:unchanged|same|still|kept|keeps|remains?|stays?|untouched)\b", low):
        aspects = []  # "`factor` default 2 -> 2.0": a value said to change, not kept
    if aspects:
        kept = []
        for aspect in aspects:
            if aspect == "any" and re.search(r"\bno\s+longer\b", low):
                kept = []
                break  # "no longer exported": a removal, below
            if aspect == "conforms" and not (re.search(r"protocol|interface|abc|contract|implement|conform", low)
                                             or re.search(r"satisf|fulfil", low) and len(seg.spans) >= 2):
                continue
            if aspect in ("type", "any") and "returns" in aspects and re.search(r"\breturn\s+(?:types?|annotations?|values?)\b", low):
                continue  # "return type unchanged": what it returns, not its parameters' types
            if aspect == "honoured" and re.search(r"\bno\s+longer\b", low):
                kept = []
                break
            if aspect in ("exported", "honoured", "works", "compatible") and not re.search(
                    r"\bstill\b|\bcontinues?\b|\bremains?\b|\bstays?\b|compatib|\bnot\s+affected\b|\bunaffected\b|"
                    r"\bnot\s+broken\b|\bbehaves?\b|\?\s*:\s*(?:yes|ok|true)", low):
                continue
            kept.append(aspect)
        if kept:
            if len(kept) > 1 and "any" in kept:
                kept.remove("any")
            return [Match("entity-kept", {**params, "aspect": kept[0], "aspects": kept})]
    if re.search(r"^(?:\W{0,3})(?:added|adds|add|introduced|introduces)\b[^.;]{0,80}\bas\s+(?:a|an)\s+(?:new\s+)?(?:runtime\s+|optional\s+|"
                 r"dev(?:elopment)?\s+|test\s+|required\s+)?dependenc", low):
        return [Match("entity-added", params)]  # "Added `tomli>=2.0` as a dependency, only for Python < 3.11 (environment marker)"
    if re.search(r"\b(?:upper|lower)\s+bound|\bconstraint|\bspecifier|\bmarker|\bextras?\b|\bpin(?:ned)?\b", low) and \
            re.search(r"\b(?:added|raised|lowered|tightened|loosened|relaxed|narrowed|widened|bumped|changed|dropped|removed|"
                      r"went\s+(?:up|down)|gained|gains|got|increased|decreased|moved)\b", low):
        return [Match("entity-changed", {**params, "change": "constraint"})]  # "`requests` upper bound added (<3)"
    if re.search(r"\b(?:declared|listed|pinned)\s+(?:in|at)\b", low) and not negated:
        return [Match("entity-added", {**params, "declared_in": [p for p in seg.paths]})]  # "`httpx` declared in both pyproject.toml and ..."
    removed = _rx(_REMOVED).search(low)
    if removed and not re.search(r"\b(?:not|never|nothing)\b[^.]{0,30}$", low[:removed.start()]) \
            and not _removes_something_else(low, removed, params["names"]):
        return [Match("entity-removed", params)]
    changed = _rx(_CHANGED).search(low)
    added = _rx(_ADDED).search(low)
    if changed and not (added and added.start() < changed.start() and not q.get("from")):
        if not re.search(r"\b(?:not|never)\s+(?:\w{1,16}\s+)?$", low[max(0, changed.start() - 16):changed.start()]):
            return [Match("entity-changed", {**params, "change": changed.group(0)})]
        return [Match("entity-kept", {**params, "aspect": "any", "aspects": ["any"]})]
    if added and added.group(0) == "new" and re.match(r"\s{1,4}(?:module|file|package|subpackage|folder|directory|place|location|home)\b",
                                                      low[added.end():]) \
            and all(n.lower() in low[:added.start()] for n in params["names"]):
        return []  # "`clean_text` lives in a new module, `textkit/text.py`": what is new is the module
    if added and not re.search(r"\b(?:not|no|never)\s+(?:\w{1,16}\s+)?$", low[max(0, added.start() - 16):added.start()]):
        # "added automatic retries to `Client.get`": what it was added to is changed, not added
        inside = [n for n in params["names"] if _container(low, n, added.end())]
        if inside and len(inside) == len(params["names"]):
            return [Match("entity-changed", {**params, "change": "added to"})]
        if inside:
            params = {**params, "names": [n for n in params["names"] if n not in inside],
                      "shapes": [sh for n, sh in zip(params["names"], params.get("shapes") or []) if n not in inside]}
        return [Match("entity-added", params)]
    if re.search(r"\b(?:private|internal|not\s+(?:exported|public|re-?exported)|underscore-prefixed)\b", low) and \
            not re.search(r"\b(?:no\s+longer|now|became|made)\b", low):
        return [Match("entity-private", params)]
    if (q.get("dev") or q.get("runtime")) and re.search(r"\b(?:is|are)\s+(?:a|an|now\s+a|only\s+a)?\s*(?:dev|development|runtime|test)", low):
        return [Match("entity-added", params)]  # "tenacity is a dev-only dependency": what was added, and how
    if _SPECIFIER.search(low) and (q.get("from") or re.search(r"\b(?:now|to)\b", low)):
        return [Match("entity-changed", {**params, "change": "constraint"})]
    # an item under "### Added" / "### Removed" / "### Changed" (Keep a Changelog) says it by its heading
    if seg.kind in ("item", "row", "code"):
        for rx, kind in _HEADING_VERBS:
            if re.search(rx, seg.context.lower()) and not negated:
                return [Match(kind, {**params, "change": "changed"} if kind == "entity-changed" else params)]
    return []


def _container(low: str, name: str, after: int) -> bool:
    """Whether *name* is, after the verb that ends at *after*, where something was added ("... to `Client.get`")."""
    at = low.find(name.lower(), after)
    return at > 0 and bool(re.search(r"\b(?:to|into|inside|within)\s+(?:the\s+|its\s+)?(?:[\w-]{1,20}\s+)?`?$", low[max(after, at - 40):at]))


def _role(low: str, names: list[Entity]) -> str | None:
    """What the sentence calls the first name: a parameter, an environment variable, a dependency..."""
    m = _ENTITY_WORD.search(low)
    if not m:
        return None
    word = m.group(0)
    if word in ("parameter", "param", "argument", "arg", "kwarg", "keyword", "option", "flag"):
        return "parameter"
    if word.startswith("env") or word in ("variable", "setting"):
        return "env"
    if word in ("dependency", "requirement", "constraint", "library", "pin"):
        return "dependency"
    return word


# ================================================================================================ all of it

# "two new functions", "adds 3 helpers", "one environment variable was removed": how many things of a kind
_COUNTED = re.compile(rf"(?<![\w.])(?P<n>{NUM})\s+(?:(?:new|public|top-level|additional|more|extra|private|brand-new)\s+){{0,2}}"
                      r"(?P<what>functions?|helpers?|classes|class|methods?|env(?:ironment)?\s+var(?:iable)?s?|variables?|"
                      r"dependenc(?:y|ies)|packages?|parameters?|arguments?|params?)\b")
_COUNTED_WHAT = [(r"function|helper", "function"), (r"class", "class"), (r"method", "method"), (r"var", "env"),
                 (r"dependenc|package", "dependency"), (r"param|argument", "parameter")]


def _counted(low: str, seg: Segment) -> list[Match]:
    out: list[Match] = []
    for m in _COUNTED.finditer(low):
        if re.search(r"\b(?:of|than|from|to|with|takes?|accepts?)\s+$", low[max(0, m.start() - 12):m.start()]):
            continue  # "2 of the 3 functions", "takes 2 parameters": not a count of additions
        near = low[max(0, m.start() - 40):m.end() + 40]
        what = next(w for rx, w in _COUNTED_WHAT if re.search(rx, m.group("what")))
        if re.search(r"\bnew\b", m.group(0)) or re.search(r"\b(?:add(?:s|ed|ing)?|introduc\w{1,4}|gain(?:s|ed)?|creat\w{1,3})\b", near):
            status = "added"
        elif re.search(r"\b(?:remov\w{1,4}|delet\w{1,4}|drop(?:s|ped)?)\b", near):
            status = "removed"
        else:
            continue
        if re.search(r"\b(?:not|no|never|n't)\b", low[max(0, m.start() - 20):m.start()]):
            continue
        out.append(Match("added-count", {"n": number(m.group("n")), "what": what, "status": status,
                                         "private": "private" in m.group(0), "phrase": m.group(0)}))
    return out[:3]


# an imperative of aim opens a goal ("Keep the API stable", "Ensure no caller breaks"), where a changelog's imperative
# ("Add retries", "Remove `f`") says what the change does
_GOAL = re.compile(r"^\W{0,4}(?:(?:goal|aim|objective|requirement|driver|constraint)s?\s*:\s*)?(?:keep|ensure|preserve|maintain|avoid|"
                   r"minimi[sz]e|maximi[sz]e|guarantee|prefer|aim\s+to|strive\s+to|make\s+sure)\b")
_RECOGNISERS: list[Callable[[str, Segment], list[Match]]] = [
    _listed_file, _count_claims, _only_categories, _topics, _compat, _semver, _version, _tests, _async, _logging,
    _architecture, _validity, _runtime, _touches_category, _path_status, _entity_claims, _check_clean, _no_category,
    _call_sites, _item_under_heading, _tooling, _lines, _python_requirement, _python_version, _issue_or_process, _fragments, _tests_more,
    _blocking_present, _dependency_unused, _ports, _counted,
]

# a general claim of one of these kinds covers an entity claim in the same sentence
_GENERAL = {"no-breaking-changes", "backward-compatible", "interfaces-unchanged", "signatures-unchanged",
            "nothing-removed", "no-env-var-changes", "no-new-dependencies", "no-duplicate-definitions",
            "absolute-imports", "no-blocking-io", "no-port-changes", "contracts-valid", "imports-valid",
            "entry-point-works", "version", "no-config-changes", "no-database-changes", "no-credential-changes",
            "syntax-valid", "tests-passed-count", "all-tests-pass", "no-tests-removed"}
_UNIQUE = {"changed-file-count", "path-status", "entity-kept", "entity-added", "entity-removed", "entity-changed",
           "entity-breaking", "line-count", "added-count"}  # may repeat


def recognise(seg: Segment, vocab: dict[str, tuple[str, str]] | None = None) -> list[Match]:
    """The claims *seg* makes; *vocab* (lower-cased name -> (name, role)) lists names the report knows, so that
    a dependency or a parameter written as a plain word is recognised."""
    if seg.kind in ("paragraph", "item") and seg.text.rstrip(" *_").endswith("?") and not seg.marked:
        return []  # "Does this need a major bump?": a question asserts nothing
    if is_title(seg):
        titled = _titled_version(analyse(seg.low, keep=vocab).low)
        return [titled] if titled else []
    if seg.kind in ("item", "paragraph", "row") and seg.heading and \
            re.fullmatch(r"\s*(?:nothing|none|n/?a|nil|no|zero|0)\s*\.?\s*", seg.low):
        # "### Removed" / "- Nothing.": the heading says what there is none of
        heading = seg.heading.lower()
        said = f"nothing {heading}" if re.fullmatch(r"[\w-]{1,20}(?:ed)", heading.split()[-1]) and len(heading.split()) <= 2 \
            else f"no {heading}"
        seg = Segment(line=seg.line, raw=seg.raw, text=said, kind=seg.kind, context=seg.context, heading=seg.heading)
    text = analyse(seg.low, keep=vocab)
    low = text.low
    joined = re.fullmatch(r"\W{0,4}(?P<keys>[a-z][\w ]{1,30}(?:\s*(?:/|&|,|\band\b)\s*[a-z][\w ]{1,30}){1,3}?)\s*(?P<tail>changes?)?\s*[:=-]\s*"
                          r"(?P<v>nothing|none|no|0|zero|n/a|unchanged|untouched|no\s+changes?)\s*\.?\s*", low.replace(" ; ", ": "))
    if joined and seg.kind in ("item", "paragraph", "row", "code"):
        # "Configuration / environment: nothing": each topic denied
        out: list[Match] = []
        for key in re.split(r"\s*(?:/|&|,|\band\b)\s*", joined.group("keys")):
            key = re.sub(r"^(?:env|environment)(?:\s+changes?)?$", "environment variables", re.sub(r"\s+changes?$", "", key.strip()))
            value = "none" if joined.group("v") in ("nothing", "no", "zero", "0", "n/a") else joined.group("v")
            got = []
            for said in (f"{key}: {value}", f"{key} {joined.group('tail') or 'changes'}: {value}"):
                got = got or [m for m in recognise(replace(seg, text=said, extra=""), vocab) if m.kind not in {x.kind for x in out}]
            if not got:
                out = []  # a topic not understood: the words are read whole, below
                break
            out += got
        if out:
            return out
    if _GOAL.match(low) and not re.sub(r"[^A-Za-z]", "", seg.raw).isupper():
        # "Keep the public API of `shipwire` stable for the 1.2.x line": a goal, not a claim (a shouted "MAINTAIN 100%
        # SYSTEM STABILITY" is a report's banner claim)
        return [Match("unmeasured", {"what": "a goal or an intention (what should be, not what is)", "hedged": text.hedged})]
    found: list[Match] = []
    seen: set[str] = set()
    for rec in _RECOGNISERS:
        for m in (rec(low, seg) if rec is not _entity_claims else _entity_claims(low, seg, vocab)):
            if m.kind in _UNIQUE or m.kind not in seen:
                seen.add(m.kind)
                found.append(m)
    merged: list[Match] = []
    for m in found:  # one claim per named thing kept ("`f` remains a regular function; callers need not await it")
        twin = next((x for x in merged if m.kind == x.kind == "entity-kept" and x.params.get("names") == m.params.get("names")), None)
        if twin is None:
            merged.append(m)
        else:
            twin.params["aspects"] = list(dict.fromkeys((twin.params.get("aspects") or []) + (m.params.get("aspects") or [])))
    found = merged
    kinds = {m.kind for m in found}
    # a listed file's description ("- `a.py` - 3 new helpers") is not a count of files
    if "listed-file" in kinds:
        found = [m for m in found if m.kind not in ("changed-file-count", "path-status", "entity-added", "entity-changed")]
    if "path-status" in kinds and "changed-file-count" in kinds:
        found = [m for m in found if not (m.kind == "path-status" and m.params["status"] not in ("only", "untouched"))]
    # "`fetch_current` and `fetch_forecast` are unchanged" is about those names, not "nothing changed"
    entity = [m for m in found if m.kind.startswith("entity-")]
    if entity and "signatures-unchanged" in kinds:
        said = "returns" if any(m.kind == "signatures-unchanged" and m.params.get("mode") == "returns" for m in found) else "signature"
        for m in entity:  # "Signatures - all unchanged, including `f(x, y)`": their signatures, not their code
            if m.kind == "entity-kept":  # ("`f` return type unchanged": what it returns)
                m.params["aspect"], m.params["aspects"] = said, [said]
    if entity and kinds & _GENERAL:
        general = kinds & _GENERAL
        if entity[0].kind == "entity-kept" and general <= {"interfaces-unchanged", "signatures-unchanged", "imports-valid",
                                                            "no-production-changes"}:
            # ("`Store.restock`: code unchanged" is said of `Store.restock`, not of all the code)
            found = [m for m in found if m.kind not in general]
        elif entity[0].kind != "entity-kept" and general <= {"no-breaking-changes", "backward-compatible"}:
            # "added a `retries` parameter (defaults to 3, so nothing breaks)": the promise is about that addition
            for m in found:
                if m.kind in general:
                    m.params["scope_names"] = list(entity[0].params["names"])
        else:
            found = [m for m in found if not m.kind.startswith("entity-")]
    if "python-requirement" in kinds:  # "requires-python went from >=3.9 to >=3.10": not things named "from" and "to"
        found = [m for m in found if not m.kind.startswith("entity-") and m.kind != "python-version"]
        entity = []
    if entity and entity[0].kind == "entity-kept" and entity[0].params.get("names") and "no-production-changes" in kinds:
        found = [m for m in found if m.kind != "no-production-changes"]  # "`Store.restock`: code unchanged"
    if entity and {"version", "semver"} & kinds:
        found = [m for m in found if not m.kind.startswith("entity-")]
    if "no-category-changes" in kinds and kinds & {"no-config-changes", "no-ci-changes"}:
        found = [m for m in found if not (m.kind == "no-category-changes" and (m.params.get("categories") or set()) <= {"config", "ci"})]
    if "signatures-unchanged" in kinds and "interfaces-unchanged" in kinds:
        found = [m for m in found if m.kind != "interfaces-unchanged"]  # "no existing method signature changes"
    if kinds & {"logging-levels", "logging-added"}:  # "info-level logging added to `f`": what was added is logging
        found = [m for m in found if m.kind not in ("entity-changed", "entity-added")]
    if "no-logging-added" in kinds and kinds & {"logging-levels", "logging-added"}:
        found = [m for m in found if m.kind != "no-logging-added"]
    if "check-clean" in kinds and len(kinds) > 1:
        found = [m for m in found if m.kind != "check-clean"]  # the topic's own claim says more
    if "runtime-behaviour" in kinds and len({m.kind for m in found}) > 1:
        found = [m for m in found if m.kind != "runtime-behaviour"] if _checkable(found) else found
    # (a clause that points back, "and all of them passed", is said of what its sentence says)
    side = _test_side(low) or (_test_side(analyse(seg.sentence.lower()).low) if seg.sentence and re.match(
        r"(?:and\s+|but\s+)?(?:(?:all|each|both|none|most)\s+of\s+(?:them|those|these)|they|all\s+(?:pass|passed|green))\b", low) else None)
    if side:
        for m in found:
            if m.kind in _SIDED and "side" not in m.params:
                m.params["side"] = side
    if not found:
        found = _unmeasured(low, seg)
    if {m.kind for m in found} & {"unmeasured"} and len({m.kind for m in found}) > 1:
        found = [m for m in found if m.kind != "unmeasured"]
    for m in found:
        m.params.setdefault("hedged", text.hedged)
    return found


_SIDED = ("tests-passed-count", "all-tests-pass", "tests-failed-count", "tests-collected")
# the base suite run against the head code: "the old suite passes against the new code", "base suite on head code"
_BASE_ON_HEAD = re.compile(r"\b(?:old|base|previous|original|earlier|unmodified|existing)\s+(?:test\s+)?suite\b[^.;]{0,80}?\b(?:against|on|with)\s+"
                           r"(?:the\s+)?(?:new|head|changed|current|updated|patched)\b|"
                           r"\b(?:tests?|suite)\s+(?:from|of)\s+(?:v|version\s+)?\d{1,4}\.\d{1,6}(?:\.\d{1,6})?\b|"
                           # "the 4 tests from base also pass against the new code"
                           r"\btests?\s+(?:from|of|at)\s+(?:the\s+)?(?:base|old|previous|original)\b[^.;]{0,60}?\b(?:against|on|with)\s+"
                           r"(?:the\s+)?(?:new|head|changed|current|updated|patched)\b|"
                           r"(?<![\w.])v?\d{1,4}\.\d{1,6}(?:\.\d{1,6})?\s+(?:test\s+)?(?:suite|tests)\b|"

                           r"\b(?:old|base|previous)\s+tests?\s+(?:run\s+)?(?:against|on)\s+(?:the\s+)?(?:new|head)\s+code\b")
# counts said of the base revision: "7 passed at base", "before this change the suite had 5 tests"
_AT_BASE = re.compile(r"(?<!\bas\s)(?<!\bthan\s)\b(?:at|on|in)\s+(?:the\s+)?base(?:\s+(?:revision|commit|branch))?\b|\bbefore\s+(?:this|the)\s+(?:change|pr|patch|"
                      r"commit|branch|refactor|fix)\b|\bbase\s*:\s*\d|\bbefore\s*:\s*\d|"
                      # "base suite: 3 passed", "Base run: 4 passed", "the old suite had 5 tests" (the base suite on the head code
                      # is _BASE_ON_HEAD, tried first)
                      r"\b(?:base|old|previous|original|pre-change)\s+(?:test\s+)?(?:suite|run|test\s+run|revision|branch|commit)\b")
_AT_HEAD = re.compile(r"\b(?:at|on|in)\s+(?:the\s+)?head\b|\bafter\s+(?:this|the)\s+(?:change|pr|patch)\b|\bhead\s*:\s*\d|\bafter\s*:\s*\d|"
                      r"\b(?:head|new|current|updated|post-change)\s+(?:test\s+)?(?:suite|run|test\s+run|revision|branch|commit)\b")


def _test_side(low: str) -> str | None:
    """Which code a test count is about, when the sentence says: the base suite against the head code (not measured),
    the base revision, else None (the head)."""
    if _BASE_ON_HEAD.search(low):
        return "base-on-head"
    if _AT_BASE.search(low) and not _AT_HEAD.search(low):
        return "base"
    return None


def _checkable(found: list[Match]) -> bool:
    return any(m.kind not in ("runtime-behaviour", "no-risk", "failure-non-critical") for m in found)


# words that make a sentence read like a claim
_CLAIM_WORDS = re.compile(
    r"\b(?:no|not|none|never|nothing|all|every|zero|only|confirmed|confirms?|guarantee[sd]?|maintain(?:s|ed)?|"
    r"preserve[sd]?|unchanged|untouched|intact|pass(?:es|ed|ing)?|proven|proves?|validated|verified|"
    r"compatible|compatibility|safe|stable|without|improve[sd]?|enhanced?|ensures?|prevents?|"
    r"strengthen(?:s|ed)?|works?|working|seamless(?:ly)?|exactly|fully|completely|respected|isolated|additive|"
    r"breaking|broken|regressions?|success(?:ful|fully)?|resolved|fixed|fixes|100%|\d{1,3}%|added|adds|removed|"
    r"removes|renamed|deprecated|changed|changes|modified|updated|bumped|introduced?|introduces|keeps?|still|"
    r"remains?|stays?|optional|required|default|defaults)(?=\W|$)")


_STATEMENT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|must|should|will|would|can|could|may|does|did|new|now|"
                             r"gets?|got|goes|went|takes?|took|uses?|used|needs?|needed|runs?|ran|returns?|raises?|accepts?|"
                             r"calls?|imports?|reads?|holds?|moves?|moved)\b|n't\b")
_NOT_A_STATEMENT = re.compile(r"\W{0,6}(?:thanks|thank\s+you|hi|hello|hey|please|let\s+me|let\s+us|let's|feel\s+free|cc|fyi|"
                              r"see\s+(?:below|above)|here\s+(?:is|are|'s))\b")


# last words of a heading that make it a section title, not a claim ("1. ZERO BREAKING CHANGES VALIDATION")
_TITLE_WORDS = frozenset({
    "validation", "verification", "check", "checks", "analysis", "results", "result", "assessment", "adherence",
    "status", "summary", "overview", "details", "report", "impact", "health", "pattern", "patterns", "protection",
    "integrity", "stability", "preservation", "conclusion", "guarantee", "evidence", "compliance", "review",
    "findings", "scope", "methodology", "notes", "testing", "tests", "changes", "overhead", "enhancements",
    "checklist", "compatibility", "changelog", "added", "removed", "changed", "fixed", "deprecated", "security",
    "description", "motivation", "context", "background", "summary", "highlights", "new", "contents"})
_CLAIM_OPENERS = frozenset({"no", "zero", "all", "none", "only", "not", "100", "nothing", "every", "without"})


def is_title(seg: Segment) -> bool:
    """A heading that names a section ("3.2 Architecture Violations Check") rather than asserting something."""
    if seg.kind != "heading":
        return False
    text = seg.text.lower()
    if ":" in text:
        head, _, tail = text.partition(":")
        if re.search(r"[a-z0-9]", tail):
            return False  # "Summary: no breaking changes" asserts what follows the colon
        text = head
    words = re.findall(r"[a-z]{1,60}|\d{1,12}", text)
    words = [w for w in words if not w.isdigit()] or words
    if not words:
        return True
    if words[0] in _CLAIM_OPENERS and words[-1] not in ("validation", "verification", "check", "checks", "analysis",
                                                        "assessment", "review", "report", "evidence"):
        return False
    return words[-1] in _TITLE_WORDS or len(words) <= 2 and not seg.marked


def looks_like_claim(seg: Segment) -> bool:
    """Whether an unrecognised segment still asserts something (listed as "not checked")."""
    if is_title(seg) or seg.kind in ("paragraph", "item") and seg.text.rstrip(" *_").endswith("?") and not seg.marked:
        return False
    low = match_text(seg)
    if seg.kind == "heading" and not seg.marked:
        return bool(re.search(r"\b(?:no|zero|all|100%|confirmed|proven|guaranteed|unchanged|stable|pass(?:es|ed)?)\b", low))
    if seg.kind == "row" and re.search(r":\s*(?:yes|no|none|ok|pass\w{0,2}|fail\w{0,3}|unchanged|\d{1,9})\s*$", low):
        return True
    if seg.checkbox == "done":
        return True
    if seg.marked or _CLAIM_WORDS.search(low):
        return True
    # any other statement with a finite verb asserts something ("Two new variables must be set before deploying"):
    # not a question, a lead-in ("Here is what changed:"), a greeting or a request
    text = seg.text.strip()
    return bool(_STATEMENT_VERB.search(low)) and not text.endswith(("?", ":")) and not _NOT_A_STATEMENT.match(low)
