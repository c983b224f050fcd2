#!/usr/bin/env python3
"""A stand-in for `changeproof verify ... --format json` that tests score.py's plumbing and measures nothing.

    python3 benchmarks/verify_corpus/score.py --no-save --changeproof "python3 benchmarks/verify_corpus/placeholder_verify.py"

Every non-blank line of the document becomes one claim; its verdict is PLACEHOLDER_VERDICT (default
`not_checked`), so every label is unanswered. PLACEHOLDER_VERDICT=contradicted makes every claim contradicted
(precision = the share of false labels). Exit 0, or 1 when something is contradicted, like the real command.
"""

import json
import os
import sys


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "verify":
        print("placeholder: usage: verify DOCUMENT RANGE [options]", file=sys.stderr)
        return 2
    verdict = os.environ.get("PLACEHOLDER_VERDICT", "not_checked")
    with open(argv[1], encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    claims = [{"line": i, "text": line.strip(), "kind": "placeholder", "verdict": verdict, "evidence": []}
              for i, line in enumerate(lines, 1) if line.strip()]
    doc = {"verify": {"schema": "placeholder", "document": argv[1], "claims": claims,
                      "summary": {verdict: len(claims)}}}
    print(json.dumps(doc))
    return 1 if verdict == "contradicted" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
