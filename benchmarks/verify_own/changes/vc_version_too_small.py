"""The verify corpus change `version-too-small` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "version-too-small"
TESTS = True
