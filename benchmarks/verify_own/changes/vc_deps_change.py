"""The verify corpus change `deps-change` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "deps-change"
TESTS = True
