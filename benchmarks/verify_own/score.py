"""Score `verify` on the labelled reports of reports/ (their changes built by build.py).

    python benchmarks/verify_own/score.py OUT_DIR [--verbose] [--only NAME,NAME...]

(OUT_DIR holds the reports build.py wrote; --only scores only those reports, by file name without .md. To
score another engine, put its sources first on PYTHONPATH.)

Each reports/<change>--<style>.md has a <...>.labels.json: [line, truth, quote] per claim, truth being
true / false / unverifiable, quote a piece of the sentence. A claim's verdict is the strongest of the verdicts
verify gives on that line for sentences containing the quote (contradicted > confirmed > not verifiable >
not checked); no verdict at all is "missing". Targets (issue 9): no false claim confirmed, contradiction
precision >= 0.95, >= 80% of false claims contradicted, <= 20% of claims unanswered (not checked or missing).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RANK = {"contradicted": 4, "confirmed": 3, "not_verifiable": 2, "not_checked": 1}


def _norm(text: str) -> str:
    return " ".join(text.replace("`", "").replace("*", "").lower().split())


def judge(claims: list[dict], line: int, quote: str) -> str:
    on_line = [c for c in claims if c["line"] == line or c["line"] <= line <= c.get("last_line", c["line"])]
    quoted = [c for c in on_line if _norm(quote) in _norm(c["text"])] or on_line
    if not quoted:
        return "missing"
    return max((c["verdict"] for c in quoted), key=RANK.__getitem__)


def score(out: Path, verbose: bool = False, only: set[str] | None = None) -> dict:
    from changeproof.model import report_from_json
    from changeproof.verify import verify

    rows = []
    for labels_path in sorted((HERE / "reports").glob("*.labels.json")):
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        doc = labels_path.with_name(labels_path.name.replace(".labels.json", ".md"))
        if only and doc.stem not in only:
            continue
        report = report_from_json(json.loads((out / f"{labels['change']}.json").read_text(encoding="utf-8")))
        result = verify(doc.read_text(encoding="utf-8"), report, document=doc.name).to_json()
        doc_lines = doc.read_text(encoding="utf-8").splitlines()
        for line, truth, quote in labels["claims"]:
            if _norm(quote) not in _norm(doc_lines[line - 1]) if 0 < line <= len(doc_lines) else True:
                found = [i + 1 for i, text in enumerate(doc_lines) if _norm(quote) in _norm(text)]
                if len(found) != 1:
                    raise SystemExit(f"{labels_path.name}: quote {quote!r} is on lines {found}, not {line}")
                line = found[0]
            got = judge(result["claims"], line, quote)
            rows.append({"report": doc.name, "line": line, "truth": truth, "quote": quote, "verdict": got})
    false = [r for r in rows if r["truth"] == "false"]
    contradicted = [r for r in rows if r["verdict"] == "contradicted"]
    summary = {
        "claims": len(rows),
        "false_claims": len(false),
        "false_confirmed": sum(r["verdict"] == "confirmed" for r in false),
        "false_contradicted": sum(r["verdict"] == "contradicted" for r in false),
        "true_contradicted": sum(r["verdict"] == "contradicted" and r["truth"] != "false" for r in rows),
        "contradiction_precision": round(sum(r["truth"] == "false" for r in contradicted) / len(contradicted), 3)
        if contradicted else None,
        "false_recall": round(sum(r["verdict"] == "contradicted" for r in false) / len(false), 3) if false else None,
        "unanswered": round(sum(r["verdict"] in ("not_checked", "missing") for r in rows) / len(rows), 3) if rows else None,
        "true_confirmed": sum(r["verdict"] == "confirmed" and r["truth"] == "true" for r in rows),
        "true_claims": sum(r["truth"] == "true" for r in rows),
    }
    if verbose:
        for r in rows:
            bad = (r["truth"] == "false" and r["verdict"] != "contradicted") or \
                  (r["truth"] != "false" and r["verdict"] == "contradicted") or r["verdict"] in ("missing", "not_checked")
            print(f"{'!!' if bad else '  '} {r['report']}:{r['line']} [{r['truth']}] {r['verdict']:15s} {r['quote']}")
    return summary


if __name__ == "__main__":
    import changeproof

    only = set(sys.argv[sys.argv.index("--only") + 1].split(",")) if "--only" in sys.argv else None
    print(f"engine: {Path(changeproof.__file__).parent}", file=sys.stderr)
    print(json.dumps(score(Path(sys.argv[1]), "--verbose" in sys.argv, only), indent=2))
