"""The verify corpus change `tests-docs-only` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "tests-docs-only"
TESTS = True
