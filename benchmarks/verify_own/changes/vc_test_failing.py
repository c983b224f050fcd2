"""The verify corpus change `test-failing` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "test-failing"
TESTS = True
