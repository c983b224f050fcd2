"""The verify corpus change `refactor-api-break` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "refactor-api-break"
TESTS = True
