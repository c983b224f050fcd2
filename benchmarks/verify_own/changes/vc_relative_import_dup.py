"""The verify corpus change `relative-import-dup` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "relative-import-dup"
TESTS = True
