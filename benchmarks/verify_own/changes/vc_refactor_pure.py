"""The verify corpus change `refactor-pure` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "refactor-pure"
TESTS = True
