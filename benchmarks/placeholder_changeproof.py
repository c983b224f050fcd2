#!/usr/bin/env python3
"""Stand-in for `changeproof` to test the benchmark plumbing (not a measurement of anything).

Understands `--version`, `api --help` and `api OLD NEW --format json -o FILE`: writes
{"verdict": "safe", "findings": []} to FILE and touches a file in $CHANGEPROOF_CACHE_DIR.
With PLACEHOLDER_FINDINGS=1 it reports one made-up finding; with PLACEHOLDER_CRASH=1 it dies
with a traceback and exit 3 (to test how the harness records a crash).
Use: python3 benchmarks/bench_api.py --changeproof "python3 benchmarks/placeholder_changeproof.py"
"""
import json
import os
import sys

args = sys.argv[1:]
if args[:1] == ["--version"]:
    print("changeproof placeholder 0")
    sys.exit(0)
if args[:1] != ["api"]:
    print("usage: placeholder_changeproof.py api OLD NEW [--format json] [-o FILE]", file=sys.stderr)
    sys.exit(2)
if "--help" in args:
    print("usage: changeproof api OLD NEW [--format json] [-o FILE]  (placeholder)")
    sys.exit(0)
cache = os.environ.get("CHANGEPROOF_CACHE_DIR")
if cache:
    os.makedirs(cache, exist_ok=True)
    with open(os.path.join(cache, "placeholder"), "a") as f:
        f.write(" ".join(args) + "\n")
if os.environ.get("PLACEHOLDER_CRASH"):
    print("Traceback (most recent call last):\n  ...\nRuntimeError: placeholder crash", file=sys.stderr)
    sys.exit(3)
findings = []
if os.environ.get("PLACEHOLDER_FINDINGS"):
    findings.append({"kind": "parameter-added-required", "severity": "breaking",
                     "object": "pkg.mod.func", "parameter": "x", "path": "pkg/mod.py", "line": 1,
                     "message": "made-up finding | with a pipe", "old": "func(a)", "new": "func(a, x)"})
text = json.dumps({"verdict": "breaking" if findings else "safe", "findings": findings})
if "-o" in args:
    with open(args[args.index("-o") + 1], "w") as f:
        f.write(text + "\n")
else:
    print(text)
