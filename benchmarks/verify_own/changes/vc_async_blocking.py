"""The verify corpus change `async-blocking` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "async-blocking"
TESTS = True
