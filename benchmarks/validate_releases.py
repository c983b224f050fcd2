#!/usr/bin/env python3
"""List what `changeproof api base head` reports on real release pairs, for a human to judge.

Standard library only.  Usage:

    python3 benchmarks/validate_releases.py [--pairs click,django,...] [--changeproof CMD]
                                            [--no-griffe] [--timeout S]

Uses the same repositories as bench_api.py (built on demand in its work directory, outside the repository).  For each
pair it runs changeproof once (fresh empty CHANGEPROOF_CACHE_DIR, `--format json -o FILE`) and
griffe once, and writes benchmarks/results/validation-<pair>.md: every changeproof finding (kind,
severity, object, parameter, path:line, message, old -> new) with an empty column for the
reviewer's judgement, then griffe's breakage lines for comparison.  Also writes
benchmarks/results/validation-summary.md.  It never crashes on a tool's failure: a changeproof
crash (exit 3, a traceback, no or unreadable JSON, a timeout) is recorded as such in the file.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import shlex
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_api as B  # noqa: E402

MAX_GRIFFE_LINES = 5000
RESULTS = B.RESULTS  # --results


def cell(x: Any, code: bool = False) -> str:
    if x is None or x == "":
        return ""
    text = B.md_cell(x)
    if code and "`" not in text:
        return f"`{text}`"
    return text


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def fence(text: str) -> list[str]:
    ticks = "```"
    while ticks in text:
        ticks += "`"
    return [ticks + "text", text.rstrip("\n"), ticks]


def last_lines(text: str, n: int) -> str:
    lines = text.rstrip("\n").splitlines()
    return "\n".join(lines[-n:]) if lines else "(empty)"


def refs_for(name: str) -> tuple[str, str]:
    return ("head", "onefile") if name == B.ONEFILE_NAME else ("base", "head")


def run_changeproof(cp_cmd: list[str], name: str, repo: Path, logdir: Path, timeout: float) -> dict[str, Any]:
    old, new = refs_for(name)
    out_json = logdir / name / "changeproof.json"
    out_json.parent.mkdir(parents=True, exist_ok=True)
    if out_json.exists():
        out_json.unlink()
    B.CACHES.mkdir(parents=True, exist_ok=True)
    cache = Path(tempfile.mkdtemp(prefix=f"validate-{name}-", dir=B.CACHES))
    try:
        cmd = B.changeproof_command(cp_cmd, old, new, out_json)
        m = B.measure(cmd, repo, B.changeproof_env(cache), logdir / name / "changeproof", timeout)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    judged = B.judge_changeproof(m, out_json)
    data, problem = B.parse_changeproof_json(out_json)
    return {"m": m, "judged": judged, "data": data, "problem": problem}


def run_griffe(name: str, repo: Path, logdir: Path, timeout: float) -> dict[str, Any]:
    old, new = refs_for(name)
    m = B.measure(B.griffe_command(B.scenario_package(name), old, new), repo, B.griffe_env(),
                  logdir / name / "griffe", timeout)
    judged = B.judge_griffe(m)
    output = B.read_text(m.stdout) + "\n" + B.read_text(m.stderr)
    return {"m": m, "judged": judged, "lines": B.griffe_breakage_lines(output)}


def changeproof_section(res: dict[str, Any] | None, why_not: str | None) -> tuple[list[str], str]:
    out = ["## changeproof", ""]
    if res is None:
        out += [f"Not run: {why_not}.", ""]
        return out, "not run"
    m, judged, data = res["m"], res["judged"], res["data"]
    out += [f"Command (in the repository): `{shlex.join(m.cmd)}`", "",
            f"Exit code {m.returncode}; wall time {m.wall_s:.2f} s; peak RSS {m.maxrss_mb:.0f} MB.", ""]
    stderr = B.read_text(m.stderr)
    if not judged["ok"]:
        what = "TIMEOUT" if m.timed_out else "CRASH"
        out += [f"**{what}**: {judged['error']}", ""]
        if stderr.strip():
            out += ["stderr (condensed):", ""] + fence(B.condensed_traceback(stderr)) + [""]
        if data is None:
            return out, f"{what.lower()} (exit {m.returncode})"
    findings = data["findings"] if data else []
    status = (f"{plural(len(findings), 'finding')}, verdict {data.get('verdict')}" if data else "no JSON")
    if not judged["ok"]:
        status = f"crash (exit {m.returncode}) after JSON with " + status
    out += [f"Verdict **{data.get('verdict')}**, {plural(len(findings), 'finding')}.", ""]
    if findings:
        by = Counter((str(f.get("kind")), str(f.get("severity"))) for f in findings if isinstance(f, dict))
        out += ["| kind | severity | count |", "| --- | --- | ---: |"]
        out += [f"| {cell(k)} | {cell(s)} | {n} |" for (k, s), n in sorted(by.items())]
        out += ["", "Judgement column: ✓ real and correctly described, ✗ false positive, ~ real but "
                "misdescribed (say why).", "",
                "| # | kind | severity | object | parameter | location | message | old → new | judgement |",
                "| ---: | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for i, f in enumerate(findings, 1):
            if not isinstance(f, dict):
                out.append(f"| {i} | {cell(f)} |  |  |  |  |  |  |  |")
                continue
            loc = f.get("path") or ""
            if f.get("line") not in (None, ""):
                loc = f"{loc}:{f.get('line')}"
            change = ""
            if f.get("old") not in (None, "") or f.get("new") not in (None, ""):
                change = f"{f.get('old') if f.get('old') is not None else '∅'} → {f.get('new') if f.get('new') is not None else '∅'}"
            out.append("| " + " | ".join([str(i), cell(f.get("kind")), cell(f.get("severity")),
                                          cell(f.get("object"), True), cell(f.get("parameter"), True),
                                          cell(loc), cell(f.get("message")), cell(change, True), ""]) + " |")
        out.append("")
    if judged["ok"] and stderr.strip():
        out += ["stderr (last lines):", ""] + fence(last_lines(stderr, 20)) + [""]
    return out, status


def griffe_section(res: dict[str, Any] | None, why_not: str | None) -> tuple[list[str], str]:
    out = ["## griffe (for comparison)", ""]
    if res is None:
        out += [f"Not run: {why_not}.", ""]
        return out, "not run"
    m, judged, lines = res["m"], res["judged"], res["lines"]
    out += [f"Command (in the repository): `{shlex.join(m.cmd)}` (griffe prints its breakages on stderr)", "",
            f"Exit code {m.returncode}; wall time {m.wall_s:.2f} s; peak RSS {m.maxrss_mb:.0f} MB; "
            f"{judged.get('log_errors') or 0} `ERROR` log lines.", ""]
    if not judged["ok"]:
        what = "TIMEOUT" if m.timed_out else "CRASH"
        out += [f"**{what}**: {judged['error']}", "", "stderr (condensed):", ""]
        out += fence(B.condensed_traceback(B.read_text(m.stderr))) + [""]
        return out, f"{what.lower()} (exit {m.returncode})"
    out += [f"{plural(len(lines), 'breakage')}.", ""]
    if lines:
        shown = lines[:MAX_GRIFFE_LINES]
        out += fence("\n".join(shown))
        if len(lines) > len(shown):
            out.append(f"({len(lines) - len(shown)} more lines in {m.stderr})")
        out.append("")
    return out, plural(len(lines), "breakage")


def validate(name: str, cp_cmd: list[str] | None, cp_why_not: str | None, with_griffe: bool,
             logdir: Path, timeout: float, facts: dict[str, Any]) -> dict[str, str]:
    out_md = RESULTS / f"validation-{name}.md"
    lines = [f"# Validation: {B.scenario_label(name)}", ""]
    old, new = refs_for(name)
    lines += [f"Generated {facts['date']} UTC by `python3 benchmarks/validate_releases.py`; "
              f"changeproof: {facts['changeproof']}; griffe: {facts['griffe']}; "
              f"changeproof source at {facts['main_head']} (source hash {facts['source_hash']}, "
              "see bench_api.source_hash).", "",
              f"Repository `<work>/repos/{name}`, refs `{old}` → `{new}`.", ""]
    if name == B.ONEFILE_NAME:
        lines += [f"Expected: exactly one breaking change, `{B.ONEFILE_OLD}` → `{B.ONEFILE_NEW}` "
                  f"in `{B.ONEFILE_FILE}` (a new required parameter).", ""]
    row = {"scenario": name, "changeproof": "not run", "griffe": "not run"}
    try:
        repo = B.ensure_scenario_repo(name)
    except Exception as e:  # recorded, never raised
        lines += ["**Setup failed**", ""] + fence(traceback.format_exc()) + [""]
        row["changeproof"] = row["griffe"] = f"setup failed: {e}"
        out_md.write_text(B.redact("\n".join(lines)), encoding="utf-8")
        return row
    for label, section in (("changeproof", "cp"), ("griffe", "gr")):
        try:
            if section == "cp":
                res = run_changeproof(cp_cmd, name, repo, logdir, timeout) if cp_cmd else None
                part, status = changeproof_section(res, cp_why_not)
            else:
                res = run_griffe(name, repo, logdir, timeout) if with_griffe else None
                part, status = griffe_section(res, "--no-griffe")
        except Exception as e:  # the harness itself failed: record it
            part = [f"## {label}", "", "**Harness error**", ""] + fence(traceback.format_exc()) + [""]
            status = f"harness error: {e}"
        lines += part
        row[label] = status
        B.log(f"{name}: {label}: {status}")
    out_md.parent.mkdir(parents=True, exist_ok=True)
    out_md.write_text(B.redact("\n".join(lines)), encoding="utf-8")
    row["file"] = str(out_md.relative_to(B.ROOT)) if out_md.is_relative_to(B.ROOT) else str(out_md)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", default=None,
                    help="comma-separated prefixes of: " + ", ".join(B.all_scenario_names(validation=True)) + " (default all)")
    ap.add_argument("--changeproof", default=None, help="changeproof command (default .venv/bin/changeproof)")
    ap.add_argument("--no-griffe", action="store_true", help="do not run griffe")
    ap.add_argument("--timeout", type=float, default=1800, help="per-command timeout in seconds")
    ap.add_argument("--ok-exit-codes", default="0,1",
                    help="changeproof exit codes that mean it completed (default 0,1)")
    ap.add_argument("--results", default=None, help="directory for the .md files (default benchmarks/results)")
    args = ap.parse_args(argv)
    global RESULTS
    if args.results:
        RESULTS = Path(args.results).absolute()
    B.CHANGEPROOF_OK_EXIT.clear()
    B.CHANGEPROOF_OK_EXIT.update(int(c) for c in args.ok_exit_codes.split(",") if c.strip())
    names = B.select_scenarios(args.pairs, validation=True)

    cp_cmd: list[str] | None = None
    why_not: str | None = None
    try:
        cp_cmd = B.resolve_changeproof(args.changeproof)
        if cp_cmd is None:
            why_not = f"no changeproof at {B.DEFAULT_CHANGEPROOF} (run `make venv`) and no --changeproof"
        else:
            usable, msg = B.changeproof_usable(cp_cmd)
            if not usable:
                why_not, cp_cmd = f"`changeproof api --help` failed: {msg}", None
    except SystemExit as e:
        why_not = str(e)
    with_griffe = not args.no_griffe
    try:
        B.ensure_griffe_venv()
    except Exception as e:
        B.log(f"griffe venv setup failed: {e}")
        with_griffe = False

    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    logdir = B.LOGS / f"validate-{stamp}"
    facts = {"date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M"),
             "changeproof": B.tool_version(cp_cmd) if cp_cmd else "not run",
             "griffe": B.tool_version([str(B.griffe_bin())]) if with_griffe else "not run",
             "source_hash": B.source_hash(B.changeproof_source_dir(cp_cmd)) if cp_cmd else None,
             "main_head": (B.INSTALLED_COMMITS.get(cp_cmd[0]) if cp_cmd else None)
                          or subprocess.run(["git", "rev-parse", "HEAD"], cwd=B.ROOT,
                                            capture_output=True, text=True).stdout.strip() or "no commit"}
    rows = []
    for name in names:
        try:
            rows.append(validate(name, cp_cmd, why_not, with_griffe, logdir, args.timeout, facts))
        except Exception as e:  # last resort: keep going
            B.log(f"{name}: harness error {e!r}")
            rows.append({"scenario": name, "changeproof": f"harness error: {e}", "griffe": ""})
    summary = ["# Validation summary", "", f"Generated {facts['date']} UTC from changeproof at commit "
               f"{facts['main_head']}; changeproof: {facts['changeproof']}; "
               f"griffe: {facts['griffe']}.", "", "| scenario | changeproof | griffe | file |", "| --- | --- | --- | --- |"]
    summary += [f"| {r['scenario']} | {cell(r['changeproof'])} | {cell(r['griffe'])} | {r.get('file', '')} |" for r in rows]
    text = "\n".join(summary) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "validation-summary.md").write_text(B.redact(text), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        raise
    except SystemExit:
        raise
    except BaseException:  # never crash without saying what happened
        traceback.print_exc()
        sys.exit(0)
