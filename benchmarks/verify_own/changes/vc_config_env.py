"""The verify corpus change `config-env` (benchmarks/verify_corpus/changes/), for reports of this corpus's own."""

CORPUS = "config-env"
TESTS = True
