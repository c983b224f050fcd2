"""`changeproof verify`: check the claims of a written stability report against the evidence of a Report.

Reports written by people and coding agents assert things ("ZERO BREAKING CHANGES", "53/54 tests pass",
"No environment variables modified") without evidence. :func:`verify` reads such a Markdown document,
finds its claims (deterministically: patterns, no language model) and judges each one against a
:class:`~changeproof.model.Report`:

* ``confirmed``: the check that would have found a contradiction ran and found none (its summary is the evidence);
* ``contradicted``: the report holds evidence against it (findings with kind, object and file:line, or counts);
* ``not_verifiable``: the check was skipped or failed, tests were not run, or the claim is about runtime behaviour;
* ``not_checked``: a sentence that reads like a claim but matches no pattern; never counted as confirmed.

    result = verify(Path("STABILITY.md").read_text(), report, document="STABILITY.md")
    verify_exit_code(result)  # 1 when a claim is contradicted
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import replace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .evaluate import COUNTING_KINDS, Context, evaluate, ground
from .patterns import _UNIQUE as _REPEATABLE
from .patterns import CLAIM_KINDS, Match, looks_like_claim, recognise
from .result import SCHEMA, VERDICT_LABELS, VERDICTS, Claim, Evidence, VerifyResult
from .segments import MAX_LINE, MAX_SEGMENT, Segment, clauses, clean, iter_segments, split_document, subsegment

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Report

__all__ = [
    "CLAIM_KINDS",
    "MAX_DOCUMENT",
    "SCHEMA",
    "TIME_BUDGET",
    "VERDICTS",
    "VERDICT_LABELS",
    "Claim",
    "Evidence",
    "Segment",
    "VerifyResult",
    "read_document",
    "split_document",
    "verify",
    "verify_exit_code",
    "verify_file",
]

MAX_DOCUMENT = 1 << 20  # bytes read from a document: a pull request body is at most 64 KB, a report rarely 100 KB
TIME_BUDGET = 10.0  # seconds for one document; what is left when it runs out is listed as not checked

_NOT_CHECKED = Evidence("no claim pattern matches this sentence: changeproof did not check it", source="reason")


def _oversize(seg: Segment) -> Claim:
    what, _, size = seg.extra.partition(":")
    limit = MAX_LINE if what == "line" else MAX_SEGMENT
    return Claim(seg.line, seg.raw[:120] + "\u2026", "unrecognised", "not_checked",
                 [Evidence(f"not checked: {what} too long to analyse ({int(size):,} characters; the limit is {limit:,})",
                           source="reason")])


_VERB = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|does|do|did|will|can|keeps?|kept|remains?|stays?|still|gains?|"
                   r"adds?|moves?|uses?|[a-z]{3,30}ed|[a-z]{3,30}ing)\b")


def _key(m: Match) -> tuple:
    """What makes two matches the same claim: the kind and what it is about."""
    p = m.params
    return (m.kind, p.get("n"), p.get("status"), tuple(sorted(p.get("categories") or ())), tuple(p.get("names") or ()),
            tuple(p.get("paths") or ()), p.get("side"), p.get("path"), tuple(p.get("levels") or ()), p.get("mode"), p.get("what"))


def _with_clauses(seg: Segment, matches: list[Match], vocab: dict) -> list[tuple[Match, str]]:
    """Each claim of a sentence with the clause it is made in ("3 files touched, all under `pkg/`": two claims, two
    texts), and the claims a clause makes that the sentence as a whole did not surface; a sentence of one claim, or a
    table row, keeps its whole text."""
    if seg.kind == "row":
        return [(m, seg.raw) for m in matches]
    parts = clauses(seg)
    if not parts:
        return [(m, seg.raw) for m in matches]
    found: list[tuple[str, bool, list[Match]]] = []
    for raw, strong in parts:
        if len(raw) < len(seg.raw):
            found.append((raw, strong, recognise(subsegment(seg, raw), vocab)))
    out: list[tuple[Match, str]] = []
    # clauses of their own ("Debug logging was added; no warning-level logging was") are judged apart: a kind the
    # sentence as a whole shows and its clauses show too is taken from the clauses
    strong_found = [(raw, ms) for raw, strong, ms in found if strong and ms]
    strong_parts = [raw for raw, strong, _ in found if strong]
    # (only when every clause says something: an aside with nothing of its own, "(patch)", "(defaults to 3)",
    # "and so should `b.py`", belongs to the sentence, which is then read whole)
    if len(strong_parts) >= 2 and len(strong_found) == len(strong_parts):
        clause_kinds = {x.kind for _, ms in strong_found for x in ms}
        clause_keys = {_key(x) for _, ms in strong_found for x in ms}

        def kept(m: Match) -> bool:  # what the whole sentence says that no clause says as well
            if _key(m) in clause_keys:
                return False
            if m.kind not in clause_kinds:
                return True
            return bool(_subject(m)) or m.kind in _REPEATABLE and m.kind not in ("entity-kept", "entity-added",
                                                                                 "entity-removed", "entity-changed")
        seen: set[tuple] = set()
        picked: list[tuple[Match, str]] = []
        for raw, ms in strong_found:
            for x in ms:  # the same claim made twice in two clauses ("is safe: it is fully compatible") is two claims
                if (raw, _key(x)) not in seen:
                    seen.add((raw, _key(x)))
                    # a clause whose subject points back ("..., and all of them pass") is shown with what it points to
                    picked.append((x, seg.raw.rstrip(" .") if _ANAPHOR.match(raw) and raw != strong_parts[0] else raw))
        whole = [(m, _clause_of(m, strong_parts, seg.raw)) for m in matches if kept(m)]
        # an aside with no claim of its own ("(defaults to "EUR")") goes with the clause before it
        empty = [raw for raw in strong_parts if not any(raw == r for r, _ in strong_found)]
        out = [(x, _with_asides(raw, empty, seg.raw)) for x, raw in picked] + whole
        return sorted(out, key=lambda p: seg.raw.find(p[1][:20]) if p[1] else 0)
    keys = {_key(m) for m in matches}
    # a comma ends a clause of its own only after a first part that is a clause ("Removed `x`, callers are unaffected");
    # after a bare noun it lists what one denial covers ("No configuration, dependency or variable changed")
    first_weak = next((raw for raw, strong in parts if not strong), None)
    weak_ok = first_weak is not None and bool(_VERB.search(first_weak))
    for m in matches:
        same = [(raw, strong) for raw, strong, ms in found if any(_key(x) == _key(m) for x in ms)]
        kind = [(raw, strong) for raw, strong, ms in found if any(x.kind == m.kind for x in ms)]
        pick = same or kind
        named = _clause_of(m, [raw for raw, _ in parts], "") if not same else ""
        if len(matches) > 1 and named:  # "and so should `b.py`": the clause that names what it is about
            out.append((m, named))
        elif len(matches) > 1 and pick:
            # with the asides after it that say nothing of their own (", which is the right bump for it")
            empty = [raw for raw, strong, ms in found if strong and not ms and not any(_clause_of(x, [raw], "") for x in matches)
                     and not re.fullmatch(r"(?i)\s*(?:and|or|but|so|then|also)\s*", raw)]
            best = min(pick, key=lambda p: len(p[0]))[0]
            out.append((m, _with_asides(best, empty, seg.raw) if same else best))
        elif same and any(strong and not ms and raw not in same[0][0] and _apart(raw) for raw, strong, ms in found):
            # one claim, and a clause of its own that says something else ("no dependency was added; the cache is
            # faster"): the claim is made in its clause, and the other is judged (or listed) apart
            empty = [raw for raw, strong, ms in found if strong and not ms and not _apart(raw)]
            out.append((m, _with_asides(min(same, key=lambda p: len(p[0]))[0], empty, seg.raw)))
        else:
            out.append((m, seg.raw))
    for raw, strong, ms in found:
        for x in ms:
            if (strong or weak_ok) and _key(x) not in keys and x.kind not in ("runtime-behaviour",) \
                    and not any(x.kind == m.kind and x.kind not in _REPEATABLE for m in matches):
                keys.add(_key(x))
                out.append((x, raw))
    return out


_SUBJECT = re.compile(r"^\W{0,4}(?:\*\*[^*\n]{1,60}\*\*\s{0,4})?(?:the\s+)?`([A-Za-z_][\w.]{0,120}(?:\(\))?)`(?:\s+(?:function|method|class|module|property|helper))?\s+"
                      r"(?:is|are|was|were|has|had|still|now|no\s+longer|also|keeps?|remains?|stays?|accepts?|takes?|returns?|"
                      r"yields?|raises?|prints?|reads?|writes?|uses?|calls?|gains?|gained|lost|loses?)\b")
# a sentence that opens with a pronoun standing for the subject of the sentence before it ("It still accepts ...")
_OPENS_WITH_IT = re.compile(r"^(?P<it>It|They|This\s+(?:function|method|class|helper|module))\s+(?=(?:still|now|also|no\s+longer|"
                            r"is|are|was|were|has|have|keeps?|remains?|stays?|accepts?|takes?|returns?|yields?|raises?|prints?|"
                            r"reads?|writes?|uses?|calls?|continues?|works?|behaves?)\b)")


def _resolve_it(seg: Segment, subject: str | None) -> Segment:
    """A sentence that opens with "It" read with the subject the sentence before it named ("`grid_points` now returns a
    list. It still accepts the same arguments": `grid_points` still accepts ...)."""
    m = _OPENS_WITH_IT.match(seg.raw) if subject else None
    raw = f"`{subject}` " + seg.raw[m.end():] if m else seg.raw
    own = _SUBJECT.match(raw)
    name = own.group(1).removesuffix("()") if own else None
    if name:  # "..., and it still yields lazily": a clause of its own about the same subject
        raw = _CLAUSE_IT.sub(f"`{name}`", raw)
    if raw == seg.raw:
        return seg
    return replace(seg, raw=raw, text=clean(raw), spans=[x.strip() for x in re.findall(r"`([^`\n]{1,300})`", raw)])


_CLAUSE_IT = re.compile(r"(?<=[,;] and )it\b(?=\s+(?:still|now|also|no\s+longer|is|was|has|keeps?|remains?|stays?|accepts?|"
                        r"takes?|returns?|yields?|raises?|works?)\b)|(?<=; )it\b(?=\s+(?:still|now|also|no\s+longer|is|was|has|keeps?|"
                        r"remains?|stays?|accepts?|takes?|returns?|yields?|raises?|works?)\b)")


_ANAPHOR = re.compile(r"(?i)^(?:and\s+|but\s+|so\s+)?(?:(?:all|each|both|none|most|every\s+one|any)\s+of\s+(?:them|those|these)|"
                     r"they|them|these|those|all\s+(?:pass|passed|passing|green))\b")


def _subject(m: Match) -> tuple:
    return tuple(m.params.get("names") or ()) + tuple(m.params.get("paths") or ())


def _clause_of(m: Match, parts: list[str], whole: str) -> str:
    """The clause that names what *m* is about ("and so should `b.py`"), else the sentence."""
    subject = [s.lower() for s in _subject(m)]
    phrase = (m.params.get("phrase") or "").lower()
    for raw in parts:
        low = _norm(raw)
        if subject and any(s in low for s in subject) or phrase and phrase[:30] in low:
            return raw
    return whole


def _with_asides(raw: str, empty: list[str], whole: str) -> str:
    """A clause and the asides right after it that say nothing of their own."""
    out = raw
    at = whole.find(raw)
    for aside in empty:
        j = whole.find(aside, max(at, 0) + len(raw) - 1)
        if at >= 0 and 0 <= j - (at + len(out)) <= 4:
            out = whole[at:j + len(aside)].rstrip(" .")
    return out


_ASSERTS = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|does|do|did|will|keeps?|kept|remains?|stays?|still|no\s+longer|"
                      r"should|would|must|shall|can|could|may|might|satisf(?:y|ies|ied)|conforms?|harmless|safe|"
                      r"unchanged|untouched|intact|unmodified|won't|can't|cannot|doesn't|don't|isn't|aren't|wasn't|weren't|"
                      r"never|nothing|nobody|none|unaffected|affected|broken|breaks?|works?|passes|fails?|uses?|imports?|"
                      r"calls?|returns?|raises?|needs?|needed|requires?|required|depends?|relies|rely)\b")


# what else asserts: a sameness ("same as always", "identical", "as before"), or a thing named in code with a verb
# of change ("`tomli` now capped below 3", "`f` rewritten with a heap"): words the claim's reading did not take in
_SAMENESS = re.compile(r"(?i)\b(?:same|identical|as\s+(?:before|always|usual)|like\s+before|equivalent|consistent)\b")
_CHANGE_VERB = re.compile(r"(?i)\b(?:now\s+[a-z]{3,20}|[a-z]{3,20}ed)\b")


def _asserting(raw: str, low: str) -> bool:
    """Whether a clause asserts something (so that, not understood, it keeps its sentence from being confirmed)."""
    return bool(_ASSERTS.search(low) or _SAMENESS.search(low) or _CODE.search(raw) and _CHANGE_VERB.search(low))


_ASIDE = re.compile(r"(?i)\s*(?:which|that|so|because|since|as|i\.e\.?|e\.g\.?|thus|hence)\b|\s*\(")


def _norm(text: str) -> str:
    return " ".join(text.replace("`", "").lower().split())


def _needless(seg: Segment, raw: str, m: Match, text: str, vocab: dict) -> bool:
    """Whether the claim *m* made of *text* is made without the clause *raw* as well."""
    rest = text.replace(raw, " ")
    def said(x: Match) -> tuple:
        return x.kind, sorted((k, repr(v)) for k, v in x.params.items() if k != "phrase")
    return rest != text and any(said(x) == said(m) for x in recognise(subsegment(seg, rest), vocab))


# a bold label ("**Imports** - ...") or an instruction ("use `f(days=0)` instead") asserts nothing
_LABEL = re.compile(r"(?i)^\s*(?:\*\*[^*]{1,60}\*\*\s*$|(?:please\s+)?(?:use|call|pass|see|run|replace|migrate|switch|try|set)\s)")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did|will|keeps?|kept|remains?|stays?|no\s+longer|never|nothing|"
                     r"nobody|none|breaks?|passes|fails?)\b")
_PRONOUN = re.compile(r"(?i)\b(?:it|its|them)\b")
_CODE = re.compile(r"`[^`]{1,300}`")
_REASON = re.compile(r"(?i)^\s*(?:which|that|so|because|since|as)\b")
# a reason or consequence that claims something of its own ("because nobody calls it", "which the manager should
# already satisfy", "so callers are unaffected"): a denial, a modal, a belief, a promise of safety
_DENIES = re.compile(r"(?i)\b(?:no|not|nothing|nobody|none|never|still|already|unaffected|works?|should|would|must|can|"
                     r"could|may|might|think|believe|expect|safe|harmless|satisf(?:y|ies|ied)|conforms?|all|every)\b|n't\b")


def _apart(raw: str) -> bool:
    """Whether a clause that no claim covers says something of its own: not an aside ("(patch)", "which is the right
    bump"), or a reason that itself asserts ("because it was never used")."""
    if not _ASSERTS.search(raw):
        return False
    if _REASON.match(raw):
        return bool(_DENIES.search(raw))
    return not _ASIDE.match(raw)


def _not_understood(seg: Segment, pairs: list[tuple[Match, str]], vocab: dict) -> tuple[list[str], list[tuple[Match, str]]]:
    """The clauses of a sentence that assert something and that no claim covers, and the claims of clauses that
    say something under the sentence's key ("Tests: 3 passed, none touched": "Tests: none touched")."""
    if seg.kind in ("row", "heading", "code"):
        return [], []
    texts = [_norm(t) for _, t in pairs]
    key = re.match(r"^\W{0,6}(?P<key>[A-Za-z][\w /-]{0,30}?)\s*:\s+\S", seg.raw)
    out: list[str] = []
    extra: list[tuple[Match, str]] = []
    for raw, strong in clauses(seg):
        low = _norm(raw)
        if len(low) < 8 and not key or not _asserting(raw, low) and not key:
            continue
        if any(t in low and len(t) > 0.5 * len(low) for t in texts):
            continue
        holders = [(m, t) for m, t in pairs if low in _norm(t)]
        if holders and not all(_needless(seg, raw, m, t, vocab) for m, t in holders):
            continue  # part of what a claim says ("1.1.0 to 2.0.0, which is the right bump")
        first = next((r for r, s_ in clauses(seg) if not s_), None)
        if not strong and not (first and _VERB.search(first)) and not _SAMENESS.search(low):
            continue  # a comma after a bare noun lists one denial's items
        if recognise(subsegment(seg, raw), vocab):
            continue
        named = {x for x in seg.spans if re.fullmatch(r"[A-Za-z_][\w.]{0,120}(?:\(\))?", x)}
        lead = _SUBJECT.match(seg.raw)  # "`f` accepts `a` and `b`, and it still ...": the sentence's subject
        if lead and lead.group(1) in named:
            named = {lead.group(1)}
        if len(named) == 1 and not _CODE.search(raw) and _PRONOUN.search(raw):
            # "`sync_all` remains a regular function; callers do not need to await it": it is `sync_all`
            name = next(iter(named))
            ms = recognise(subsegment(seg, _PRONOUN.sub(lambda p: f"`{name}`" + ("'s" if p.group(0).lower() == "its" else ""), raw, 1)), vocab)
            if ms:
                said = [(x.kind, tuple(x.params.get("names") or ())) for x, _ in pairs]
                extra += [(m, raw) for m in ms if (m.kind, tuple(m.params.get("names") or ())) not in said]
                continue
        if key and not raw.startswith(key.group("key")):
            keyed = f"{key.group('key')}: {raw}"
            ms = [m for m in recognise(subsegment(seg, keyed), vocab) if (m.kind, m.params) not in [(x.kind, x.params) for x, _ in pairs]]
            if ms:
                extra += [(m, raw) for m in ms]
                continue
        if len(low) < 8 or not _asserting(raw, low) or _LABEL.match(raw):
            continue
        if f"({raw}" in seg.raw and not _FINITE.search(low):
            continue  # "(relative import, small cleanup)": a parenthesis naming things
        if _REASON.match(raw) and len(pairs) == 1 and not _DENIES.search(raw):
            continue  # a reason or consequence of the one claim ("... because nothing uses it") is part of it when not a claim
        out.append(raw)
    return out, extra


def _without(text: str, part: str) -> str:
    """*text* without its clause *part* and the word or mark that joined them."""
    i = text.find(part)
    if i < 0:
        return text
    head = text[:i].rstrip(" ,;:(\u2014\u2013-")
    words = head.rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in ("and", "but", "so", "which", "because", "since", "as", "that"):
        head = words[0].rstrip(" ,;:")
    tail = text[i + len(part):].lstrip(" )")
    rest = (head + (("" if tail[:1] in ",;:" else " ") + tail if tail.strip(" .!?;,") else "")).strip()
    return rest or text


# what makes a clause assert something: a verb of change or state, or a number said of the thing (a date, a time
# or a step number is not); a name in code with neither is a label or an item the sentence's predicate is about
_STATE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|changed?|changes|added|adds?|removed?|removes|kept|keeps?|still|"
                    r"no\s+longer|now|pass|passes|passed|fails?|failed|breaks?|broke|broken|works?|worked|remains?|stays?|"
                    r"unchanged|untouched|(?:it|that|this|there)'s|isn't|aren't|wasn't|weren't|"
                    # what a file or a test says or checks ("and lists the removed constant")
                    r"lists|mentions|documents|describes|explains|checks|asserts|verifies|covers|pins|expects|contains|includes)\b")
_NOT_A_VALUE = re.compile(r"(?i)\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b|\b(?:step|phase|part|item|section)\s{1,4}\d{1,6}\b|`[^`]{1,300}`")


_PAREN = re.compile(r"(?<=\s)\(([^()\n]{1,200})\)")


def _asserts(raw: str) -> bool:
    """Whether a clause carries an assertion of its own (a hedge, a greeting, a connective, a label does not)."""
    return bool(_STATE.search(_CODE.sub(" ", raw)) or re.search(r"\d", _NOT_A_VALUE.sub(" ", raw)))


def _took(m: Match, low: str) -> bool:
    """Whether the reading *m* of a whole sentence took in the clause *low* (normalised): the clause holds the
    number, a name, a path or the phrase the reading was made of ("Modified files (2 total)": the 2)."""
    p = m.params
    words = [str(p[k]) for k in ("n", "passed", "failed", "total") if isinstance(p.get(k), int) and not isinstance(p.get(k), bool)]
    words += [str(x) for x in (p.get("names") or ())] + [str(x) for x in (p.get("paths") or ())]
    if p.get("path"):
        words.append(str(p["path"]))
    phrase = _norm(str(p.get("phrase") or ""))
    if phrase and (phrase in low or low in phrase):
        return True
    return any(re.search(rf"(?<![\w.]){re.escape(_norm(w))}(?![\w])", low) for w in words if w)


def _unread_clause(seg: Segment, mine: list[Claim], made: dict[int, Match], vocab: dict) -> str | None:
    """The first clause of *seg* that asserts something and that no reading of the sentence covers, or None when the
    sentence is accounted for. A reading covers a clause when its text overlaps the clause (a reading of a clause of
    its own), or, for a reading of the whole sentence, when the clause read alone makes a claim of a kind the
    sentence's readings make. A clause that asserts nothing (a hedge, a greeting, a connective) needs no reading."""
    if seg.kind == "row":
        return None
    whole = _norm(seg.raw)
    readings = [c for c in mine if c.kind != "unrecognised"]
    # a parenthesis is an aside of its own; what is left is the sentence, split into its clauses
    asides = [(a.strip(), True) for a in _PAREN.findall(seg.raw) if a.strip()]
    main = _PAREN.sub("", seg.raw)
    parts = [(raw, strong) for raw, strong in clauses(subsegment(seg, main))]
    if len([1 for _, strong in parts if strong]) < 2:  # no clause of its own: the parts a comma marks off
        parts = [(raw, strong) for raw, strong in parts if not strong]
    parts += asides
    for raw, strong in parts:
        if not strong and not _FINITE.search(raw.lower()):
            continue  # an item of a list ("`a`, `b` and `c` were removed") is not a clause
        low = _norm(raw)
        if not low or low == whole or not _asserts(raw):
            continue
        texts = [_norm(c.text) for c in readings]
        if any(t != whole and (low in t or t in low) for t in texts):
            continue
        if any(_took(made[id(c)], low) for c in readings if id(c) in made and _norm(c.text) == whole):
            continue
        if recognise(subsegment(seg, raw), vocab):
            continue  # read on its own too: what the sentence's reading is made of
        return raw
    return None


def _one_verdict_per_text(mine: list[Claim]) -> list[Claim]:
    """Several readings of one kind of the same words ("12 insertions and 3 deletions" read as two line counts) are one
    assertion: when one reading is contradicted the words are false, and a confirmation of another reading does not
    stand for them (it is kept, not confirmed, with the reason). Claims of different kinds on the same words (a table row's "removed" and its "breaking? no") are
    separate assertions and keep their own verdicts."""
    false = {(c.text, c.kind) for c in mine if c.verdict == "contradicted"}
    for c in mine:
        if c.verdict == "confirmed" and (c.text, c.kind) in false:
            c.verdict = "not_verifiable"
            c.evidence.insert(0, Evidence("another reading of these same words is contradicted: the part confirmed here "
                                          "holds, but it does not confirm the words", source="reason"))
    # the contradicted reading of the words first: it is the verdict on them
    order = {id(c): (next(j for j, x in enumerate(mine) if (x.text, x.kind) == (c.text, c.kind)), c.verdict != "contradicted", i)
             for i, c in enumerate(mine)}
    return sorted(mine, key=lambda c: order[id(c)])


# the words that say which count a part of a list of counts is ("6 collected, 6 passed, 0 failed")
_COUNT_WORDS = {"tests-passed-count": r"\bpass\w{0,4}\b|\bgreen\b|\bok\b", "tests-failed-count": r"\bfail\w{0,4}\b|\berrors?\b|\bred\b",
                "tests-collected": r"\bcollected\b|\btests?\b(?!\s+(?:pass|fail))", "changed-file-count": r"\bfiles?\b|\bchanged\b",
                "all-tests-pass": r"\ball\b.{0,20}(?:\bpass\w{0,4}\b|\bgreen\b|\bok\b)"}


def _own_parts(mine: list[Claim], made: dict[int, Match], whole: str = "") -> list[Claim]:
    """Counts listed in one clause ("6 collected, 6 passed, 0 failed"), each judged by its own claim, each shown with
    its own part: one verdict shown on the whole list would say of all of it what holds for one count."""
    by_text: dict[str, list[Claim]] = {}
    for c in mine:
        if c.kind in _COUNT_WORDS:
            by_text.setdefault(c.text, []).append(c)
    for text, group in by_text.items():
        if len(group) < 2 or len({c.kind for c in group}) < len(group):
            continue
        parts = [p.strip(" .") for p in re.split(r"\s*[,;]\s*|\s+and\s+", text) if p.strip(" .")]
        picked = {}
        for c in group:
            m = made.get(id(c))
            n = next((m.params.get(k) for k in ("passed", "n") if m is not None and isinstance(m.params.get(k), int)), None)
            own = [p for p in parts if re.search(_COUNT_WORDS[c.kind], p, re.IGNORECASE)
                   and (n is None or re.search(rf"(?<![\w.]){n}(?![\w.])", p))]
            if len(own) == 1:
                picked[id(c)] = own[0]
        if len(set(picked.values())) == len(group):
            for c in group:
                c.text = picked[id(c)]
    lines = [c for c in mine if c.kind == "line-count" and id(c) in made]
    for text in {c.text for c in lines}:  # "4 files, 15 insertions, 16 deletions": each line count on its own words
        group = [c for c in lines if c.text == text]
        # ("16 additions / 12 deletions", "+16/-12"; a "(+)" after a count is part of it)
        picked = {}
        # (the words of the claim, else of the whole sentence: "16 additions, 12 deletions" gave both counts one clause)
        for words_of in (text, whole) if len(group) == 2 else (text,):
            parts = [p.strip(" .") for p in re.split(r"\s*(?:[,;]|\((?![+-]\)))\s*|\s+and\s+|\s+/\s+|(?<=\d)\s*/\s*(?=[+-]?\s?\d)",
                                                    words_of) if p.strip(" .|")]
            parts = [p.strip(" .|") for p in parts]
            picked = {}
            for c in group:
                side, n = made[id(c)].params.get("side"), made[id(c)].params.get("n")
                words = r"insert|add|\+\s{0,2}\d" if side == "added" else r"delet|remov|(?<![\w-])-\s{0,2}\d"
                own = [p for p in parts if re.search(words, p, re.IGNORECASE) and re.search(rf"(?<![\w.]){n}(?![\w.])", p)]
                if len(own) == 1:
                    picked[id(c)] = own[0]
            if len(set(picked.values())) == 2:
                break
        if len(group) == 2 and len(set(picked.values())) == 2:
            for c in group:
                c.text = picked[id(c)]
            if any(c.verdict == "contradicted" for c in group):
                # "17 insertions and 13 deletions" with one count wrong: the phrase as a whole is false, so the right
                # count is shown on its own words but not confirmed
                for c in group:
                    if c.verdict == "confirmed":
                        c.verdict = "not_verifiable"
                        c.evidence.insert(0, Evidence("the other count of the same phrase is contradicted: this one holds, "
                                                      "but the phrase it is part of does not", source="reason"))
    for c in mine:  # "7 tests, all passing" read whole for its count, and its "all passing" read as a clause of its own
        inner = [d for d in mine if d is not c and (d.kind in _COUNT_WORDS or d.kind == "line-count") and d.kind != c.kind
                 and d.text in c.text and len(d.text) < len(c.text)]
        if c.kind in _COUNT_WORDS and inner and len({d.kind for d in inner}) == 1:
            rest = c.text
            for d in inner:
                rest = _without(rest, d.text).strip(" ,;.")
            if rest != c.text and re.search(_COUNT_WORDS[c.kind], rest, re.IGNORECASE) and not _ANAPHOR.match(rest):
                c.text = rest
    return mine


def verify(markdown: str, report: Report, document: str | None = None, *, budget: float = TIME_BUDGET,
           clock: Callable[[], float] = time.monotonic, truncated: str | None = None) -> VerifyResult:
    """Every claim of *markdown* with its verdict and evidence from *report*, in document order.

    Bounded whatever the input: lines and sentences over the caps of :mod:`.segments` are listed as not checked,
    and once *budget* seconds are spent the rest of the document is one "not checked" entry. *truncated* says
    what was left unread of a document longer than :data:`MAX_DOCUMENT`."""
    ctx = Context(report)
    vocab = ctx.vocabulary()
    claims: list[Claim] = []
    deadline = clock() + budget
    segments = iter_segments(markdown)
    released = False  # a heading naming the release was read
    subject: str | None = None  # the code a sentence opened with, and the paragraph it is in ("It ..." after it)
    subject_of: tuple = ()
    for seg in segments:
        if clock() > deadline:
            rest = 1 + sum(1 for _ in segments)
            total = markdown.count("\n") + 1
            claims.append(Claim(seg.line, seg.raw[:120], "unrecognised", "not_checked", [Evidence(
                f"not checked: document too large or too complex: the time budget ({budget:g} s) ran out at line "
                f"{seg.line}; lines {seg.line}-{total} ({rest} sentence(s), list item(s) and table row(s)) were not "
                "analysed", source="reason")]))
            break
        if seg.kind == "oversize":
            claims.append(_oversize(seg))
            continue
        if seg.checkbox == "open":
            claims.append(Claim(seg.line, seg.raw, "unrecognised", "not_verifiable", [Evidence(
                "an unticked checklist item asserts nothing: there is nothing to verify", source="reason")], asserted=False))
            continue
        paragraph = (seg.kind, seg.last_line)
        seg = _resolve_it(seg, subject if paragraph == subject_of else None)
        lead = _SUBJECT.match(seg.raw)
        subject, subject_of = (lead.group(1).removesuffix("()"), paragraph) if lead else (subject, subject_of)
        matches = recognise(seg, vocab)
        if seg.kind == "heading" and matches and all(m.kind == "version" and "is" in m.params for m in matches):
            if released:  # "## [1.1.0] - 2025-11-18" after the release's own heading: history, not a claim
                continue
            released = True
        pairs = _with_clauses(seg, matches, vocab)
        counted = any(m.kind in COUNTING_KINDS for m in matches)  # a count in the sentence is judged by its own claim
        mine: list[Claim] = []
        for m, text in pairs:
            verdict, evidence = ground(m.kind, text, *evaluate(m, seg, ctx), ctx, counted=counted)
            mine.append(Claim(seg.line_of(text), text, m.kind, verdict, evidence, hedged=m.params.get("hedged", False)))
        unknown, extra = _not_understood(seg, pairs, vocab) if pairs else ([], [])
        for m, text in extra:
            verdict, evidence = ground(m.kind, text, *evaluate(m, seg, ctx), ctx, counted=counted)
            mine.append(Claim(seg.line_of(text), text, m.kind, verdict, evidence, hedged=m.params.get("hedged", False)))
        made = {id(c): m for c, (m, _) in zip(mine, pairs + extra)}
        for part in unknown:
            # a sentence is confirmed only when all of it was understood: a clause that asserts something else
            # ("Removed `x`, callers are unaffected") might be the false part, unless the claim is made without it:
            # then the claim is shown without that clause, which is listed apart
            for c in mine:
                if _norm(part) in _norm(c.text) and id(c) in made and _needless(seg, part, made[id(c)], c.text, vocab):
                    c.text = _without(c.text, part)
                    continue
                if c.verdict == "confirmed" and _norm(part) in _norm(c.text):
                    c.verdict = "not_verifiable"
                    c.evidence.insert(0, Evidence(f"part of this sentence was not understood (\"{part}\"): it is confirmed "
                                                  "only when all of it is", source="reason"))
            mine.append(Claim(seg.line_of(part), part, "unrecognised", "not_checked", [_NOT_CHECKED]))
        mine = _one_verdict_per_text(_own_parts(mine, made, seg.raw))
        unread = _unread_clause(seg, mine, made, vocab) if any(c.verdict == "confirmed" for c in mine) else None
        for c in mine if unread else ():
            # a reading is confirmed only when the whole sentence is accounted for: the part not read may be the
            # false one (a contradiction of one part stands on its own)
            if c.verdict == "confirmed":
                c.verdict = "not_checked"
                c.evidence.insert(0, Evidence(f"part of the sentence was not read: '{unread}'", source="reason"))
        claims += mine
        if not matches and looks_like_claim(seg):
            claims.append(Claim(seg.line, seg.raw, "unrecognised", "not_checked", [_NOT_CHECKED]))
    if truncated:
        line = markdown.count("\n") + 1
        claims.append(Claim(line, "(the rest of the document)", "unrecognised", "not_checked", [Evidence(
            f"not checked: document too large: {truncated}", source="reason")]))
    return VerifyResult(claims=claims, document=document, base=report.base, head=report.head)


def read_document(stream: BinaryIO, name: str, limit: int = MAX_DOCUMENT) -> tuple[str, str | None]:
    """The text of a document (UTF-8, a BOM dropped, undecodable bytes replaced), read up to *limit* bytes and
    cut at the last line break before it; with what was left unread, said in words (None when nothing)."""
    data = stream.read(limit + 1)
    if len(data) <= limit:
        return data.decode("utf-8-sig", errors="replace"), None
    total = len(data)
    while True:  # count what is left without keeping it
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        total += len(chunk)
    cut = data.rfind(b"\n", 0, limit)
    kept = data[: cut + 1] if cut > 0 else data[:limit]
    text = kept.decode("utf-8-sig", errors="replace")
    return text, (f"{name} is {total:,} bytes and verify reads at most {limit:,}: the {total - len(kept):,} bytes "
                  f"after line {text.count(chr(10))} were not read")


def verify_file(path: str | Path, report: Report) -> VerifyResult:
    """:func:`verify` on a file, or standard input for ``-``; an unreadable file is a UserError (exit code 2)."""
    from ..errors import UserError

    if str(path) == "-":
        text, truncated = read_document(sys.stdin.buffer, "standard input")
        return verify(text, report, document="-", truncated=truncated)
    try:
        with open(path, "rb") as stream:
            text, truncated = read_document(stream, str(path))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}", hint="give the path of the Markdown report to verify") from None
    return verify(text, report, document=str(path), truncated=truncated)


def verify_exit_code(result: VerifyResult) -> int:
    """1 when any claim is contradicted, else 0."""
    return 1 if result.contradicted else 0
