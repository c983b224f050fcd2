"""The verify corpus change `demo-additive` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "demo-additive"
TESTS = True
