#!/usr/bin/env python3
"""Score `changeproof verify` on the verify corpus.

    python3 benchmarks/verify_corpus/score.py                       # both sets
    python3 benchmarks/verify_corpus/score.py --set holdout --json  # one set, JSON summary on stdout
    python3 benchmarks/verify_corpus/score.py --set dev --verbose    # every label with its verdict
    python3 benchmarks/verify_corpus/score.py --changeproof "/path/to/.venv/bin/changeproof"

For every report of the set, the change it is about is built into a git repository in a temporary directory
(build.py; removed afterwards) and `changeproof verify REPORT base..head --format json --no-tests` runs in it.
Reports with a label that needs test outcomes (`"needs_tests": true`) get a second run with `--tests`; those
labels are judged on that run, every other label on the `--no-tests` run. CHANGEPROOF_CACHE_DIR points into the
temporary directory and CI is unset, so nothing outside it is read or written (except the results file).

Matching: a verdict of the tool matches a label on the same line. Where a line has several labels and several
claims, they are paired by word overlap; a label left over shares the verdict of a claim on its line whose text
covers most of its words; any other label is "missing" (no verdict). The JSON shape is read tolerantly: any list
of objects with a line number and a verdict.

Measures, per set and overall: false claims confirmed (count); contradiction precision (contradicted labels that
are false / all contradicted labels); recall of false claims (false labels contradicted / false labels);
unanswered share (labels with no verdict or "not checked" / all labels); true claims confirmed share.

The raw output of every run and the per-label table go to benchmarks/results/verify-corpus-<set>-<date>.txt
(--out to change, --no-save to skip). Standard library, git and the changeproof under test; no network.
Exit 0 when it scored, 2 when the corpus is inconsistent or the tool could not be run at all.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _sibling(name: str):
    """build.py / check_labels.py next to this file, under names no installed package can shadow."""
    import importlib.util

    full = f"verify_corpus_{name}"
    if full not in sys.modules:
        spec = importlib.util.spec_from_file_location(full, HERE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)
    return sys.modules[full]


build = _sibling("build")
check_labels = _sibling("check_labels")

VERDICTS = ("confirmed", "contradicted", "not_verifiable", "not_checked", "missing")
RUN_TIMEOUT = 600.0


# ----------------------------------------------------------------------------------------------- the tool's output


def normalise_verdict(value: object) -> str:
    """'Not verifiable' / 'not-verifiable' / 'NOT_VERIFIABLE' -> 'not_verifiable'; unknown words kept as is."""
    text = re.sub(r"[\s\-]+", "_", str(value).strip().lower())
    aliases = {"unverifiable": "not_verifiable", "notverifiable": "not_verifiable", "unchecked": "not_checked",
               "notchecked": "not_checked", "not_understood": "not_checked", "confirm": "confirmed",
               "contradict": "contradicted", "refuted": "contradicted"}
    return aliases.get(text, text)


def _claim_line(obj: dict) -> int | None:
    for key in ("line", "lineno", "line_number", "start_line"):
        value = obj.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    loc = obj.get("location") or obj.get("where")
    if isinstance(loc, dict):
        return _claim_line(loc)
    return None


def _claim_verdict(obj: dict) -> str | None:
    for key in ("verdict", "status", "result", "outcome"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return normalise_verdict(value)
        if isinstance(value, dict):  # {"verdict": {"status": ...}}
            inner = _claim_verdict(value)
            if inner:
                return inner
    return None


def _claim_text(obj: dict) -> str:
    for key in ("text", "claim", "sentence", "quote", "source"):
        value = obj.get(key)
        if isinstance(value, str):
            return value
    return ""


def find_claims(data: object) -> list[dict]:
    """The claims of the document: a list under a key `claims` (`verify.claims` in `changeproof.verify/1`, next to
    the check report's own lists of findings and facts), else the longest list of objects that carry a line number
    and a verdict, anywhere in the JSON document."""
    best: list[dict] = []
    named: list[dict] = []

    def walk(node: object, key: str | None) -> None:
        nonlocal best, named
        if isinstance(node, list):
            rows = [n for n in node if isinstance(n, dict) and _claim_line(n) is not None and _claim_verdict(n)]
            if key == "claims" and len(rows) > len(named):
                named = rows
            if len(rows) > len(best):
                best = rows
            for n in node:
                walk(n, None)
        elif isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)

    walk(data, None)
    best = named or best
    return [{"line": _claim_line(c), "verdict": _claim_verdict(c), "text": _claim_text(c), "raw": c} for c in best]


def parse_output(stdout: str) -> object | None:
    try:
        return json.loads(stdout)
    except ValueError:
        start = stdout.find("{")  # tolerate a line of noise before the document
        if start > 0:
            try:
                return json.loads(stdout[start:])
            except ValueError:
                return None
        return None


# --------------------------------------------------------------------------------------------------- matching

_WORD = re.compile(r"[a-z0-9_.]+")


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def match(labels: list[dict], claims: list[dict]) -> list[dict | None]:
    """For each label, the tool claim that judges it (same line), or None."""
    result: list[dict | None] = [None] * len(labels)
    by_line: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        by_line.setdefault(lab["line"], []).append(i)
    for line, idxs in by_line.items():
        here = [c for c in claims if c["line"] == line]
        if not here:
            continue
        pairs = []
        for i in idxs:
            lw = words(labels[i]["text"])
            for j, c in enumerate(here):
                cw = words(c["text"])
                jacc = len(lw & cw) / len(lw | cw) if lw | cw else 0.0
                pairs.append((jacc, -i, -j, i, j))
        used_l, used_c = set(), set()
        for _, _, _, i, j in sorted(pairs, reverse=True):
            if i in used_l or j in used_c:
                continue
            result[i] = here[j]
            used_l.add(i)
            used_c.add(j)
        for i in idxs:
            if i in used_l:
                continue
            lw = words(labels[i]["text"])
            cover = [(len(lw & words(c["text"])) / len(lw) if lw else 0.0, -j, j) for j, c in enumerate(here)]
            score, _, j = max(cover)
            if score >= 0.5 or len(here) == 1 and not here[0]["text"]:
                result[i] = here[j]
    return result


# ---------------------------------------------------------------------------------------------------- running


def default_tool() -> list[str]:
    venv = REPO / ".venv" / "bin" / "changeproof"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("changeproof")
    return [found] if found else []


def run_verify(tool: list[str], repo: Path, report: str, tests: bool, cache: Path, tmpdir: Path) -> dict:
    """`report` is a path relative to `repo` (a copy of the report outside the repository)."""
    cmd = [*tool, "verify", report, "base..head", "--format", "json", "--tests" if tests else "--no-tests"]
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")}
    env["CHANGEPROOF_CACHE_DIR"] = str(cache)
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, check=False, cwd=repo, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT)
        code, out, err = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        code, out, err = None, exc.stdout or "", f"timed out after {RUN_TIMEOUT:.0f} s"
        out = out.decode() if isinstance(out, bytes) else out
    seconds = time.monotonic() - started
    data = parse_output(out)
    claims = find_claims(data) if data is not None else []
    shown = ["changeproof", *cmd[len(tool):]]

    def redact(text: str) -> str:  # the temporary directory's name changes on every run
        return text.replace(str(tmpdir.resolve()), "$TMP").replace(str(tmpdir), "$TMP")

    return {"cmd": " ".join(shown), "exit": code, "seconds": round(seconds, 2), "stdout": redact(out),
            "stderr": redact(err), "parsed": data is not None, "claims": claims}


def score_set(rows: list[dict]) -> dict:
    """rows: one per label with 'label' and 'verdict'."""
    c = Counter((r["label"], r["verdict"]) for r in rows)
    n_false = sum(v for (lab, _), v in c.items() if lab == "false")
    n_true = sum(v for (lab, _), v in c.items() if lab == "true")
    contradicted = sum(v for (_, ver), v in c.items() if ver == "contradicted")
    unanswered = sum(v for (_, ver), v in c.items() if ver in ("missing", "not_checked"))
    return {
        "labels": len(rows),
        "by_label": {lab: sum(v for (l, _), v in c.items() if l == lab) for lab in check_labels.LABELS},
        "false_confirmed": c[("false", "confirmed")],
        "contradicted": contradicted,
        "contradiction_precision": round(c[("false", "contradicted")] / contradicted, 3) if contradicted else None,
        "false_recall": round(c[("false", "contradicted")] / n_false, 3) if n_false else None,
        "unanswered_share": round(unanswered / len(rows), 3) if rows else None,
        "true_confirmed_share": round(c[("true", "confirmed")] / n_true, 3) if n_true else None,
        "true_contradicted": c[("true", "contradicted")],
        "unverifiable_confirmed": c[("unverifiable", "confirmed")],
        "unverifiable_contradicted": c[("unverifiable", "contradicted")],
        "matrix": {lab: {ver: c[(lab, ver)] for ver in sorted({v for (_, v) in c} | set(VERDICTS))}
                   for lab in check_labels.LABELS},
    }


def fmt_summary(name: str, s: dict) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.0%}"

    lines = [
        (f"{name}: {s['labels']} labels (true {s['by_label']['true']}, false {s['by_label']['false']}, "
         f"unverifiable {s['by_label']['unverifiable']})"),
        f"  false claims confirmed:        {s['false_confirmed']}",
        (f"  contradiction precision:       {pct(s['contradiction_precision'])} ({s['contradicted']} contradicted, "
         f"{s['true_contradicted']} of them true, {s['unverifiable_contradicted']} unverifiable)"),
        f"  recall of false claims:        {pct(s['false_recall'])}",
        f"  unanswered share:              {pct(s['unanswered_share'])} (missing or not checked)",
        f"  true claims confirmed share:   {pct(s['true_confirmed_share'])}",
        f"  unverifiable claims confirmed: {s['unverifiable_confirmed']}",
        "  label \\ verdict: " + "  ".join(f"{v}" for v in s["matrix"]["true"]),
    ]
    for lab, row in s["matrix"].items():
        lines.append(f"    {lab:13} " + "  ".join(f"{row[v]:>{len(v)}}" for v in row))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*_sibling("check_labels").SETS, "all"), default="all",
                        help="a set of reports (a directory next to this script), or all of them")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--verbose", action="store_true", help="print every label with its verdict")
    parser.add_argument("--changeproof", help="the command to run (default: the repository's .venv, else PATH)")
    parser.add_argument("--report", action="append", default=[], help="only reports whose name contains this")
    parser.add_argument("--out", type=Path, help="results file (default benchmarks/results/verify-corpus-<set>-<date>.txt)")
    parser.add_argument("--no-save", action="store_true", help="do not write the results file")
    args = parser.parse_args(argv)

    problems = check_labels.problems()
    if problems:
        print("the corpus is inconsistent:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    tool = shlex.split(args.changeproof) if args.changeproof else default_tool()
    if not tool:
        print("score.py: no changeproof found (make venv, or give --changeproof CMD)", file=sys.stderr)
        return 2
    # the tool runs inside the built repositories: relative paths in the command are made absolute
    tool = [str(Path(t).resolve()) if not Path(t).is_absolute() and "/" in t and Path(t).exists() else t for t in tool]

    dirs = [d for d in check_labels.reports(args.set) if not args.report or any(r in d.name for r in args.report)]
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], check=False, capture_output=True, text=True).stdout.strip()
    raw: list[str] = []
    table: list[str] = []
    all_rows: list[dict] = []
    per_set: dict[str, list[dict]] = {}
    runs = 0
    failed_runs = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="verify-corpus-") as tmp:
        tmpdir = Path(tmp)
        built: dict[str, Path] = {}
        for d in dirs:
            set_name = d.parent.name
            _, labels = check_labels.load(d)
            change = labels[0]["change"]
            if change not in built:
                built[change] = build.build(change, tmpdir / "repos" / change)
            copy = tmpdir / "reports" / f"{set_name}-{d.name}.md"  # outside the repository, as a PR body would be
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(d / "report.md", copy)
            report = os.path.relpath(copy, built[change])
            results = {False: run_verify(tool, built[change], report, False, tmpdir / "cache", tmpdir)}
            if any(lab.get("needs_tests") for lab in labels):
                results[True] = run_verify(tool, built[change], report, True, tmpdir / "cache", tmpdir)
            for flag, res in results.items():
                runs += 1
                if not res["parsed"] or res["exit"] not in (0, 1):
                    failed_runs += 1
                raw.append(f"### {d.relative_to(HERE)} ({'--tests' if flag else '--no-tests'})\n$ {res['cmd']}\n"
                           f"exit {res['exit']} in {res['seconds']} s; {len(res['claims'])} claims read from the JSON"
                           f"{'' if res['parsed'] else ' (output is not JSON)'}\n--- stdout\n{res['stdout'].rstrip()}\n"
                           f"--- stderr\n{res['stderr'].rstrip()}\n")
            matched = {flag: match(labels, res["claims"]) for flag, res in results.items()}
            for i, lab in enumerate(labels):
                flag = bool(lab.get("needs_tests")) and True in results
                claim = matched[flag][i]
                verdict = claim["verdict"] if claim else "missing"
                if verdict not in VERDICTS:
                    verdict = f"other:{verdict}"
                row = {"set": set_name, "report": d.name, "line": lab["line"], "text": lab["text"],
                       "label": lab["label"], "verdict": verdict, "run": "--tests" if flag else "--no-tests",
                       "claim_text": claim["text"] if claim else None}
                all_rows.append(row)
                per_set.setdefault(set_name, []).append(row)
                mark = ""
                if (lab["label"], verdict) in (("false", "confirmed"), ("true", "contradicted"),
                                               ("unverifiable", "confirmed"), ("unverifiable", "contradicted")):
                    mark = "  <-- wrong"
                elif lab["label"] == "false" and verdict != "contradicted":
                    mark = "  <-- missed"
                table.append(f"{set_name}/{d.name}:{lab['line']}  [{lab['label']:12}] {verdict:15} "
                             f"{lab['text'][:70]}{mark}")
    elapsed = time.monotonic() - started

    shown_tool = " ".join(os.path.relpath(t, REPO) if Path(t).is_absolute() and Path(t).is_relative_to(REPO) else t
                          for t in tool)  # no machine path in the results file
    summary = {"commit": commit, "tool": shown_tool, "set": args.set, "reports": len(dirs), "runs": runs,
               "runs_failed": failed_runs, "seconds": round(elapsed, 1),
               "sets": {s: score_set(rows) for s, rows in per_set.items()}}
    if len(per_set) > 1:
        summary["overall"] = score_set(all_rows)
    text = [(f"verify corpus score: set {args.set}, {len(dirs)} reports, {runs} verify runs "
             f"({failed_runs} failed or unreadable), {elapsed:.0f} s; repository commit {commit[:12]}")]
    for s, sc in summary["sets"].items():
        text.append(fmt_summary(s, sc))
    if "overall" in summary:
        text.append(fmt_summary("overall", summary["overall"]))
    text_out = "\n".join(text)

    if failed_runs:
        print(f"score.py: {failed_runs} of {runs} runs failed or gave no JSON (see the raw runs in the results file)",
              file=sys.stderr)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        if args.verbose:
            print("\n".join(table) + "\n")
        print(text_out)
    if not args.no_save:
        out = args.out or REPO / "benchmarks" / "results" / f"verify-corpus-{args.set}-{datetime.date.today():%Y-%m-%d}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text_out + "\n\n## Summary (JSON)\n" + json.dumps(summary, indent=2) + "\n\n## Labels\n"
                       + "\n".join(table) + "\n\n## Raw runs\n" + "\n".join(raw), encoding="utf-8")
        if not args.json:
            print(f"\nwritten: {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")
    return 2 if runs and failed_runs == runs else 0


if __name__ == "__main__":
    sys.exit(main())
