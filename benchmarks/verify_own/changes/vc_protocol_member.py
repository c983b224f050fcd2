"""The verify corpus change `protocol-member` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "protocol-member"
TESTS = True
