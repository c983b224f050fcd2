# Quick start: `make demo` and `make test`. Both need only Python 3.10+ and git.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test smoke venv clean bench bench-render

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/changeproof demo

# the smoke set on the other supported Pythons first (skipped, with a message, where an interpreter is absent),
# then the full suite on this one, on every core (pytest-xdist; each test has its own cache and temporary
# directory, see tests/conftest.py). PYTEST_ARGS="-n 0" runs it in one process.
test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python tests/smoke.py $(SMOKE_PYTHONS)
	$(BIN)/python -m pytest -q -n auto $(PYTEST_ARGS)

SMOKE_PYTHONS ?= 3.10 3.13
smoke: $(STAMP)
	$(BIN)/python tests/smoke.py $(SMOKE_PYTHONS)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_api.py

bench-render: $(STAMP)
	$(BIN)/python benchmarks/bench_render.py

clean:
	rm -rf $(VENV) .venv-smoke build src/*.egg-info .pytest_cache
